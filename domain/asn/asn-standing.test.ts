import { describe, expect, it } from 'vitest';
import {
  asnMonthOf,
  asnReceiptLine,
  asnStanding,
  DEFAULT_ASN_MONTHLY_THRESHOLD,
  type AsnStandingInput,
} from './asn-standing';
import { rupiah } from '../money';
import { parseNip, type Nip } from './nip';
import type { Refund } from '../checkout/refund';
import type { Sale } from '../checkout/sale';
import { buildRefund, buildSale } from '../test-documents';

function nip(text: string): Nip {
  const result = parseNip(text, '2026-03-01T00:00:00Z');
  if (!result.ok) throw new Error(result.error.message);
  return result.value.nip;
}

const NIP = nip('198609262015051001');
const OTHER = nip('199312282025212001');

function sale(price: number, completedAt: string, buyer: Nip | null = NIP, training = false): Sale {
  return buildSale({ lines: [{ price }], completedAt, nip: buyer, training });
}

const refundOf = (original: Sale): Refund => buildRefund(original, [[1, 1]], []);

const input = (over: Partial<AsnStandingInput>): AsnStandingInput => ({
  nip: NIP,
  month: '2026-01',
  reportedTotal: rupiah(0),
  unreportedSales: [],
  unreportedRefunds: [],
  threshold: DEFAULT_ASN_MONTHLY_THRESHOLD,
  training: false,
  ...over,
});

describe('ASN standing', () => {
  it('adds this terminal’s unreported sales to the server’s figure and prints the receipt line', () => {
    const standing = asnStanding(
      input({ reportedTotal: rupiah(50_000), unreportedSales: [sale(15_000, '2026-01-20T03:00:00Z')] }),
    );
    expect(standing).toEqual({
      nip: NIP,
      month: '2026-01',
      total: 65_000,
      threshold: 100_000,
      remaining: 35_000,
      met: false,
      progress: 0.65,
    });
    expect(asnReceiptLine(standing).replace(/\u00a0/g, ' ')).toBe('Belanja ASN bulan ini: Rp 65.000 / Rp 100.000');
  });

  it('counts a sale in its WITA month, whatever offset the terminal clock wrote', () => {
    const lateJanuary = ['2026-01-31T23:30:00+08:00', '2026-01-31T22:30:00+07:00', '2026-01-31T15:30:00Z'];
    const earlyFebruary = ['2026-02-01T00:10:00+08:00', '2026-01-31T23:10:00+07:00', '2026-01-31T16:10:00Z'];
    for (const at of lateJanuary) expect(asnMonthOf(sale(1_000, at))).toBe('2026-01');
    for (const at of earlyFebruary) expect(asnMonthOf(sale(1_000, at))).toBe('2026-02');
    const sales = [sale(20_000, lateJanuary[0]!), sale(30_000, earlyFebruary[0]!)];
    expect(asnStanding(input({ month: '2026-01', unreportedSales: sales })).total).toBe(20_000);
    expect(asnStanding(input({ month: '2026-02', unreportedSales: sales })).total).toBe(30_000);
  });

  it('ignores other ASN, buyers without a NIP and training sales', () => {
    const sales = [
      sale(10_000, '2026-01-05T03:00:00Z', OTHER),
      sale(10_000, '2026-01-05T03:00:00Z', null),
      sale(10_000, '2026-01-05T03:00:00Z', NIP, true),
    ];
    expect(asnStanding(input({ unreportedSales: sales })).total).toBe(0);
  });

  it('counts only practice documents in mode latihan', () => {
    const practice = sale(25_000, '2026-01-05T03:00:00Z', NIP, true);
    const real = sale(10_000, '2026-01-05T03:00:00Z');
    expect(
      asnStanding(
        input({
          training: true,
          reportedTotal: rupiah(65_000),
          unreportedSales: [practice, real],
          unreportedRefunds: [refundOf(real)],
        }),
      ).total,
    ).toBe(90_000);
    expect(
      asnStanding(input({ training: true, unreportedRefunds: [refundOf(practice)], reportedTotal: rupiah(65_000) }))
        .total,
    ).toBe(40_000);
  });

  it('lowers the month of the original sale on a refund', () => {
    const january = sale(40_000, '2026-01-31T15:30:00Z');
    const refund = refundOf(january);
    expect(
      asnStanding(input({ month: '2026-01', reportedTotal: rupiah(120_000), unreportedRefunds: [refund] })),
    ).toMatchObject({ total: 80_000, met: false, remaining: 20_000 });
    expect(
      asnStanding(input({ month: '2026-02', reportedTotal: rupiah(10_000), unreportedRefunds: [refund] })).total,
    ).toBe(10_000);
  });

  it('is met at the threshold, which comes from settings', () => {
    expect(asnStanding(input({ reportedTotal: rupiah(100_000) }))).toMatchObject({
      met: true,
      remaining: 0,
      progress: 1,
    });
    expect(asnStanding(input({ reportedTotal: rupiah(99_999) }))).toMatchObject({ met: false, remaining: 1 });
    expect(asnStanding(input({ reportedTotal: rupiah(180_000) }))).toMatchObject({
      met: true,
      remaining: 0,
      progress: 1,
    });
    expect(asnStanding(input({ reportedTotal: rupiah(100_000), threshold: rupiah(150_000) }))).toMatchObject({
      met: false,
      remaining: 50_000,
    });
    expect(asnStanding(input({ threshold: rupiah(0) }))).toMatchObject({ met: true, progress: 1 });
  });

  it('never shows a negative month', () => {
    const refund = refundOf(sale(40_000, '2026-01-10T03:00:00Z'));
    expect(asnStanding(input({ reportedTotal: rupiah(0), unreportedRefunds: [refund] }))).toMatchObject({
      total: 0,
      progress: 0,
    });
  });
});
