/**
 * The stock-ledger benchmark's code inside the terminal's page (bundled by stock-ledger.bench.ts):
 * fills the terminal's own IndexedDB with a year of sale movements spread over the catalog (and the
 * stock levels they fold into, as the commits would have kept them), then times what reads the
 * ledger: stock on hand of one product (renderer/stock/queries' one key read) beside the same read
 * in a table of one row, and the first page of its kartu stok (renderer/stock/stock-card.ts).
 */
import { v7 as uuidv7 } from 'uuid';
import { PosDatabase } from '#renderer/db/database';
import type { StockLevel, StockMovement } from '#renderer/db/rows';
import { applyMovement } from '#renderer/stock/stock-level';
import { stockCardPage } from '#renderer/stock/stock-card';

const db = new PosDatabase();
const CHUNK = 20_000;

/** `count` sale movements over the year before `endIso`, product after product from `productIds`. */
async function fill(count: number, productIds: string[], endIso: string): Promise<number> {
  const start = performance.now();
  const end = Date.parse(endIso);
  const step = (365 * 86_400_000) / count;
  const levels = new Map<string, StockLevel | undefined>();
  for (let from = 0; from < count; from += CHUNK) {
    const chunk: StockMovement[] = [];
    for (let i = from; i < Math.min(count, from + CHUNK); i++) {
      const productId = productIds[i % productIds.length]!;
      const movement: StockMovement = {
        id: uuidv7(),
        productId,
        saleId: uuidv7(),
        reason: 'sale',
        quantity: -(1 + (i % 3)),
        unit: 'unit',
        occurredAt: new Date(end - (count - i) * step).toISOString(),
      };
      levels.set(productId, applyMovement(levels.get(productId), movement));
      chunk.push(movement);
    }
    await db.stockMovements.bulkAdd(chunk);
  }
  await db.stockLevels.bulkPut([...levels.values()].filter((l) => l !== undefined));
  return performance.now() - start;
}

/** Milliseconds to read one product's stock on hand, as the register's line and the Stok screen do. */
async function onHand(productId: string): Promise<number> {
  const start = performance.now();
  await db.stockLevels.get(productId);
  return performance.now() - start;
}

/** Baseline: milliseconds of the same one key read in a table of one row (the terminal's identity). */
async function keyRead(): Promise<number> {
  const start = performance.now();
  await db.settings.get('terminal');
  return performance.now() - start;
}

/** Milliseconds to read the first (newest) page of a product's kartu stok, references and all. */
async function cardPage(productId: string): Promise<number> {
  const start = performance.now();
  const page = await stockCardPage(db, productId, null);
  if (page.rows.length === 0) throw new Error('empty kartu stok');
  return performance.now() - start;
}

async function movements(): Promise<number> {
  return db.stockMovements.count();
}

(window as unknown as { __stockLedger: unknown }).__stockLedger = { fill, onHand, keyRead, cardPage, movements };
