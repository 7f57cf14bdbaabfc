import { describe, expect, it } from 'vitest';
import type { Product } from '#domain/catalog/product';
import { rupiah } from '#domain/money';
import { toBusinessDate } from '#domain/wita';
import type { StockLevel } from '../db/rows';
import { stockAlerts } from './stock-alerts';
import { onlyExpiredLeft, stockFigure } from './stock-figure';

const product = (id: string, over: Partial<Product> = {}): Product => ({
  ...{ id, name: id, barcode: null, plu: null, price: rupiah(10_000), soldBy: 'unit', active: true },
  ...{ supplier: 'UMKM', category: 'Umum', unit: 'pcs' },
  ...over,
});
const level = (productId: string, onHand: number, over: Partial<StockLevel> = {}): StockLevel => ({
  ...{ productId, onHand, unit: 'unit', batches: [], negativeSince: null, updatedAt: '' },
  ...over,
});
const batch = (id: string, expiry: string, remaining: number) => ({ id, expiry, remaining, receivedAt: '' });
const today = toBusinessDate('2026-12-02');

describe('stockFigure', () => {
  it('is low at the product’s minimum, else at the default; out at zero or below', () => {
    expect(stockFigure(product('a', { minimumStock: 10 }), level('a', 10)).status).toBe('low');
    expect(stockFigure(product('a', { minimumStock: 10 }), level('a', 11)).status).toBe('ok');
    expect(stockFigure(product('a'), level('a', 3))).toEqual({ onHand: 3, status: 'low', text: '3 pcs' });
    expect(stockFigure(product('a'), level('a', 4)).status).toBe('ok');
    expect(stockFigure(product('a'), undefined)).toEqual({ onHand: 0, status: 'out', text: '0 pcs' });
    const sei = product('sei', { soldBy: 'weight', unit: 'kg' });
    expect(stockFigure(sei, level('sei', 1_000, { unit: 'g' })).status).toBe('low');
    expect(stockFigure(sei, level('sei', 1_250, { unit: 'g' })).text).toBe('1,25 kg');
  });
});

describe('onlyExpiredLeft', () => {
  it('is true only when every unit on hand is from a batch past its expiry', () => {
    const expired = batch('b1', '2026-12-01', 4);
    expect(onlyExpiredLeft(level('a', 4, { batches: [expired] }), today)).toBe(true);
    // Sellable through the expiry date itself.
    expect(onlyExpiredLeft(level('a', 4, { batches: [batch('b1', '2026-12-02', 4)] }), today)).toBe(false);
    // Units with no batch (refunded, or from before the ledger) may be fresh.
    expect(onlyExpiredLeft(level('a', 6, { batches: [expired] }), today)).toBe(false);
    expect(onlyExpiredLeft(level('a', 5, { batches: [expired, batch('b2', '2027-01-01', 1)] }), today)).toBe(false);
    expect(onlyExpiredLeft(level('a', 0), today)).toBe(false);
  });
});

describe('stockAlerts', () => {
  it('lists below zero, out, low and expiring (expired too) in that order, and leaves the rest out', () => {
    const products = [
      product('ok'),
      product('low'),
      product('never'),
      product('minus'),
      product('soon'),
      product('gone', { active: false }),
    ];
    const levels = [
      level('ok', 50, { batches: [batch('b0', '2027-06-01', 50)] }),
      level('low', 2),
      level('minus', -3, { negativeSince: '2026-12-01T02:00:00Z' }),
      level('soon', 40, {
        batches: [batch('b1', '2026-11-30', 4), batch('b2', '2026-12-20', 6), batch('b3', '2027-03-01', 30)],
      }),
    ];
    const alerts = stockAlerts(products, levels, today, 30);
    expect(alerts.map((a) => [a.product.id, a.kinds])).toEqual([
      ['minus', ['negative', 'out']],
      ['never', ['out']],
      ['low', ['low']],
      ['soon', ['expiring']],
    ]);
    expect(alerts[0]!.negativeSince).toBe('2026-12-01T02:00:00Z');
    expect(alerts[3]!.expiring.map((b) => b.id)).toEqual(['b1', 'b2']);
    expect(stockAlerts(products, levels, today, 7).find((a) => a.product.id === 'soon')!.expiring).toHaveLength(1);
  });
});
