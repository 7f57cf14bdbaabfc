/**
 * Realistic data for sync server tests and benchmarks: a catalog imported through the admin
 * import, and 'sale.completed' events of its products whose totals add up.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { withCheckDigit } from '../../domain/catalog/barcode';
import type { Rupiah } from '../../domain/money';
import type { Sale } from '../../domain/checkout/sale';
import { buildSale } from '../../domain/test-documents';
import { importCatalog } from '../../sync/admin/import-catalog';
import { rosterNip } from './roster-nips';
import type { SyncEventOf, SyncEventType } from '../../sync/protocol/events';
import type { Database } from '../../sync/server/db/database';

export { rosterNip };

export interface CatalogProduct {
  id: string;
  name: string;
  price: Rupiah;
}

const SUPPLIERS = ['Koperasi Kopi Ngada', 'Madu Hutan Sumba', 'Sanggar Tenun Ikat Sikka', "Se'i Baun", 'Mete Flores Timur', 'Garam Kusamba Rote'];
const CATEGORIES = ['Kopi', 'Madu', 'Tenun', 'Olahan daging', 'Kacang', 'Bumbu'];

export function writeTempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ntt-mart-')), name);
  writeFileSync(path, content);
  return path;
}

/** `count` products with valid EAN-13s, imported through the admin catalog import. */
export async function seedCatalog(db: Database, count: number): Promise<CatalogProduct[]> {
  const lines = ['barcode,nama,harga,pemasok,kategori,satuan'];
  for (let i = 0; i < count; i++) {
    const barcode = withCheckDigit(`899${String(100_000_000 + i)}`);
    lines.push(`${barcode},Produk UMKM ${i + 1},${5_000 + (i % 200) * 500},${SUPPLIERS[i % SUPPLIERS.length]},${CATEGORIES[i % CATEGORIES.length]},pcs`);
  }
  const outcome = await importCatalog(db, lines.join('\n'));
  if (outcome.problems.length > 0) throw new Error(`seed catalog problems: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
  const { rows } = await db.query<CatalogProduct>('SELECT id, name, price FROM products ORDER BY natural_key');
  return rows;
}

export interface SaleOptions {
  terminal: { id: string; outletId: string };
  seq: number;
  products: readonly CatalogProduct[];
  /** Lines taken from the products starting here (wrapping around). */
  firstProduct?: number;
  lineCount?: number;
  completedAt?: string;
  asnNip?: string;
  training?: boolean;
  shiftId?: string | null;
}

/** A sound sale (domain buildSale) of catalog products, for the terminal, as its outbox would push it. */
export function saleEvent(options: SaleOptions): SyncEventOf<'sale.completed'> {
  const { terminal, seq, products } = options;
  const completedAt = options.completedAt ?? new Date().toISOString();
  const picks = Array.from({ length: options.lineCount ?? 3 }, (_, i) => products[((options.firstProduct ?? seq) + i) % products.length]!);
  const sale = buildSale({
    id: uuidv7(),
    receiptNo: `${terminal.id}-${String(seq).padStart(6, '0')}`,
    shiftId: options.shiftId ?? null,
    completedAt,
    lines: picks.map((p, i) => ({ price: p.price, quantity: 1 + ((seq + i) % 3), name: p.name })),
    nip: options.asnNip ?? null,
    training: options.training ?? false,
  });
  const payload: Sale = { ...sale, outletId: terminal.outletId, terminalId: terminal.id, lines: sale.lines.map((l, i) => ({ ...l, productId: picks[i]!.id })) };
  return syncEvent('sale.completed', seq, payload, completedAt);
}

/** An event of any type around its document, with a fresh UUIDv7. */
export function syncEvent<T extends SyncEventType>(type: T, seq: number, payload: SyncEventOf<T>['payload'], occurredAt = new Date().toISOString()): SyncEventOf<T> {
  return { id: uuidv7(), seq, type, occurredAt, payload } as SyncEventOf<T>;
}

/** An ASN roster CSV of `count` people, as BKD would send it to the admin import. */
export function rosterCsv(count: number): string {
  const opds = ['Dinas Pendidikan', 'Dinas Kesehatan', 'RSUD Prof. Dr. W. Z. Johannes', 'Bappeda', 'Dinas Pariwisata', 'Sekretariat Daerah'];
  return ['nip,nama,opd,jenis', ...Array.from({ length: count }, (_, i) => `${rosterNip(i)},ASN Nomor ${i + 1},${opds[i % opds.length]},PNS`)].join('\n');
}
