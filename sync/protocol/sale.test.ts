import { describe, expect, it } from 'vitest';
import { rupiah } from '#domain/money';
import { saleProblems, type Sale } from '#domain/checkout/sale';
import { saleSchema } from './sale';
import { toOutletId, toTerminalId } from '#domain/outlet/terminal';
import { toBusinessDate } from '#domain/wita';
import { normalizeGtin } from '#domain/catalog/barcode';

const sale: Sale = {
  id: '019b3f6e-8c2a-7d41-9a3e-5f1b2c3d4e5f',
  receiptNo: 'MBR-T01-20261221-0001',
  outletId: toOutletId('manggarai-barat'),
  terminalId: toTerminalId('T01'),
  shiftId: null,
  cashier: { id: 'demo-kasir', name: 'Maria Kasir' },
  training: true,
  completedAt: '2026-12-21T03:15:00.000Z',
  businessDate: toBusinessDate('2026-12-21'),
  lines: [
    {
      lineNo: 1,
      productId: 'p1',
      barcode: normalizeGtin('8991000100017'),
      name: 'Kopi Arabika Bajawa 250 g',
      supplier: 'Koperasi Kopi Ngada',
      category: 'Kopi',
      unit: 'bungkus',
      quantity: 2,
      weightGrams: null,
      unitPrice: rupiah(65_000),
      discount: rupiah(0),
      total: rupiah(130_000),
    },
    {
      lineNo: 2,
      productId: 'p2',
      barcode: null,
      name: "Se'i Sapi",
      supplier: "Se'i Baun",
      category: 'Olahan daging',
      unit: 'kg',
      quantity: 1,
      weightGrams: 350,
      unitPrice: rupiah(250_000),
      discount: rupiah(0),
      total: rupiah(87_500),
    },
  ],
  subtotal: rupiah(217_500),
  discount: rupiah(0),
  total: rupiah(217_500),
  payments: [
    { method: 'qris', amount: rupiah(100_000), tendered: rupiah(100_000), reference: null },
    { method: 'cash', amount: rupiah(117_500), tendered: rupiah(120_000), reference: null },
  ],
  change: rupiah(2_500),
  asn: null,
};

describe('sale documents', () => {
  it('round-trip through JSON and the schema', () => {
    expect(saleSchema.parse(JSON.parse(JSON.stringify(sale)))).toEqual(sale);
    expect(saleProblems(sale)).toEqual([]);
  });

  it('refuse fractional Rupiah and negative quantities at the edge', () => {
    expect(saleSchema.safeParse({ ...sale, total: 217_500.5 }).success).toBe(false);
    expect(saleSchema.safeParse({ ...sale, lines: [{ ...sale.lines[0], quantity: -1 }] }).success).toBe(false);
  });

  it('name every total that does not add up', () => {
    const wrong: Sale = { ...sale, total: rupiah(217_000), change: rupiah(0) };
    expect(saleProblems(wrong)).toEqual([
      'total 217000 should be 217500',
      'payments 217500 do not add up to total 217000',
      'change 0 should be 2500',
    ]);
    const shortPaid: Sale = {
      ...sale,
      payments: [{ method: 'debit', amount: rupiah(200_000), tendered: rupiah(200_000), reference: '123456' }],
      change: rupiah(0),
    };
    expect(saleProblems(shortPaid)).toEqual(['payments 200000 do not add up to total 217500']);
  });
});
