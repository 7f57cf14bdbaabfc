import { describe, expect, it } from 'vitest';
import type { Product } from '#domain/catalog/product';
import { stockReceivedSchema } from '#sync/protocol/stock';
import { stockFigure } from '../stock/stock-figure';
import { DEMO_CATALOG } from './demo-catalog';
import {
  DEMO_EXPIRING_PRODUCER,
  DEMO_LOW_PRODUCER,
  DEMO_OPENING_SUPPLIER,
  DEMO_SOLD_OUT_PRODUCER,
  demoOpeningStock,
} from './demo-stock';

describe('mode latihan opening stock', () => {
  const now = new Date('2026-12-03T01:00:00Z');
  const opening = demoOpeningStock(DEMO_CATALOG, now);
  const statusOf = (p: Product) =>
    stockFigure(
      p,
      opening.levels.find((l) => l.productId === p.id),
    ).status;
  const statusesOf = (producer: string) =>
    new Set(DEMO_CATALOG.filter((p) => p.supplier.startsWith(producer)).map(statusOf));

  it('is a valid receiving of every stocked product, totalled at its lines’ cost', () => {
    expect(stockReceivedSchema.safeParse(opening.receiving).success).toBe(true);
    expect(opening.receiving).toMatchObject({
      supplier: DEMO_OPENING_SUPPLIER,
      training: true,
      businessDate: '2026-12-03',
    });
    expect(opening.movements).toHaveLength(opening.receiving.lines.length);
    expect(opening.levels.every((l, i) => l.onHand === opening.movements[i]!.quantity && l.batches.length === 1)).toBe(
      true,
    );
  });

  it('leaves most shelves stocked, one producer low and one sold out', () => {
    const statuses = DEMO_CATALOG.map(statusOf);
    expect(statuses.filter((s) => s === 'ok').length).toBeGreaterThan(DEMO_CATALOG.length * 0.9);
    expect(statusesOf(DEMO_SOLD_OUT_PRODUCER)).toEqual(new Set(['out']));
    expect(statusesOf(DEMO_LOW_PRODUCER)).toEqual(new Set(['low']));
  });

  it("dates only one producer's goods, expiring within days", () => {
    const dated = DEMO_CATALOG.filter((p) => opening.levels.find((l) => l.productId === p.id)?.nextExpiry);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((p) => p.supplier.startsWith(DEMO_EXPIRING_PRODUCER))).toBe(true);
    expect(new Set(opening.levels.map((l) => l.nextExpiry).filter(Boolean))).toEqual(new Set(['2026-12-08']));
  });
});
