import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CashMovement } from '../../domain/shift/cash-movement';
import { formatRupiah, rupiah, type Rupiah } from '../../domain/money';
import { openShift, type Shift } from '../../domain/shift/shift';
import { dayClose, NET_SALES_LABEL, shiftReport, type ShiftReport } from '../../domain/shift/shift-report';
import { buildRefund, buildSale } from '../../domain/test-documents';
import type { Columns } from '../escpos/columns';
import { encodeCommands } from '../escpos/encode';
import type { PrintCommand } from '../escpos/print-command';
import { decodeEscPos } from '../escpos/reader';
import { SAMPLE_OUTLET } from './sample-sale';
import { layoutCashSlip, layoutDayReport, layoutShiftReport } from './shift-report-layout';

const MARIA = { id: 'k1', name: 'Maria Goreti' };
const YOHANES = { id: 'm1', name: 'Yohanes Don Bosco' };
const SHIFT = 'shift-1';

function printedLines(commands: PrintCommand[], columns: Columns): string[] {
  return decodeEscPos(encodeCommands(commands, columns), columns).lines;
}

function movement(kind: CashMovement['kind'], amount: number, reason: string): CashMovement {
  return { id: `m-${kind}-${amount}`, outletId: 'LBJ', terminalId: 'T1', shiftId: SHIFT, kind, amount: rupiah(amount), reason, at: '2025-03-05T07:30:00.000Z', cashier: MARIA, training: false };
}

/** A worked shift from 08:00 to 16:00 WITA: three sales (one ASN), a refund, a pay in and a pay out; Rp 3.500 short. */
function workedShift() {
  const sales = [
    buildSale({ receiptNo: 'LBJ-T01-20250305-0001', shiftId: SHIFT, completedAt: '2025-03-05T01:10:00Z', lines: [{ price: 85_000, quantity: 2, category: 'Kopi', supplier: 'Koperasi Kopi Bajawa', name: 'Kopi Bajawa' }, { price: 120_000, discount: 10_000, category: 'Madu', supplier: 'UD Madu Sumba', name: 'Madu Sumba' }], payments: [{ method: 'cash', tendered: 300_000 }], nip: '198609262015051001' }),
    buildSale({ receiptNo: 'LBJ-T01-20250305-0002', shiftId: SHIFT, completedAt: '2025-03-05T03:00:00Z', lines: [{ price: 350_000, category: 'Tenun', supplier: 'Sanggar Tenun Watublapi', name: 'Selendang Sikka' }], discount: 35_000, payments: [{ method: 'qris' }] }),
    buildSale({ receiptNo: 'LBJ-T01-20250305-0004', shiftId: SHIFT, completedAt: '2025-03-05T06:00:00Z', lines: [{ price: 25_000, quantity: 3, category: 'Bumbu', supplier: "Sambal Lu'at Ibu Maria", name: 'Sambal' }], payments: [{ method: 'debit', amount: 50_000 }, { method: 'cash', tendered: 50_000 }] }),
  ];
  const refund = buildRefund(sales[0]!, [[1, 1]], [], { id: 'r1', shiftId: SHIFT });
  const movements = [movement('pay-in', 200_000, 'Tambah uang kecil dari brankas'), movement('pay-out', 45_000, 'Ongkos kirim madu dari Waingapu')];
  const opened = openShift({ id: SHIFT, outletId: 'LBJ', terminalId: 'T1', cashier: MARIA, training: false, openedAt: '2025-03-05T00:00:00Z', openingFloat: { 'note-50000': 2, 'note-10000': 5, 'coin-1000': 10 } });
  const open = shiftReport({ shift: opened, sales, refunds: [refund], movements });
  const counted = rupiah(open.expectedCash - 3_500);
  const shift: Shift = {
    ...opened,
    closing: { closedAt: '2025-03-05T08:00:00Z', closedBy: MARIA, counted: countOf(counted), varianceThreshold: rupiah(2_000), varianceReason: 'Kembalian salah beri', approvedBy: YOHANES },
  };
  return { shift, sales, refunds: [refund], movements };
}

/** Notes and coins that make up an amount (a multiple of Rp 100). */
function countOf(amount: number) {
  const values = [[100_000, 'note-100000'], [50_000, 'note-50000'], [20_000, 'note-20000'], [10_000, 'note-10000'], [5_000, 'note-5000'], [2_000, 'note-2000'], [1_000, 'note-1000'], [500, 'coin-500'], [200, 'coin-200'], [100, 'coin-100']] as const;
  let left = amount;
  const count: Record<string, number> = {};
  for (const [value, id] of values) {
    count[id] = Math.floor(left / value);
    left -= count[id] * value;
  }
  if (left !== 0) throw new Error(`${amount} is not a multiple of Rp 100`);
  return count;
}

const plain = (amount: Rupiah) => formatRupiah(amount).replace(/\u00a0/g, ' ');

/** The value printed on the row that starts with this label (one line, or the right-aligned line after a wrapped label). */
function valueOf(lines: readonly string[], label: string): string {
  const index = lines.findIndex((l) => l === label || l.startsWith(`${label} `));
  if (index < 0) throw new Error(`no row ${label} in\n${lines.join('\n')}`);
  const rest = lines[index]!.slice(label.length).trim();
  return rest === '' ? lines[index + 1]!.trim() : rest;
}

describe.each([32, 48] as Columns[])('shift reports on %i columns', (columns) => {
  const paper = columns === 32 ? '58mm' : '80mm';

  it('prints the Z report of a worked shift as the golden text, with the figures of shiftReport', async () => {
    const { shift, sales, refunds, movements } = workedShift();
    const report = shiftReport({ shift, sales, refunds, movements });
    const lines = printedLines(layoutShiftReport(report, SAMPLE_OUTLET, { columns, training: false, printedAt: shift.closing!.closedAt, varianceReason: 'Kembalian salah beri', approvedBy: YOHANES, terminalCode: 'T01', counted: shift.closing!.counted, reprint: false }), columns);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`golden/z-report-${paper}.txt`);
    for (const text of lines.filter((l) => !l.startsWith('['))) expect(text.length).toBeLessThanOrEqual(columns);
    expect(lines.some((l) => l.trim() === 'LAPORAN Z - TUTUP SHIFT')).toBe(true);
    expect(valueOf(lines, NET_SALES_LABEL)).toBe(plain(report.netSales));
    expect(valueOf(lines, 'Selisih')).toBe(plain(rupiah(-3_500)));
    expect(valueOf(lines, 'Struk akhir')).toBe('LBJ-T01-20250305-0004');
    expect(lines.at(-1)).toBe('[CUT]');
  });

  it('names the terminal as the screen does, lists the counted notes and coins, and marks a reprint SALINAN', () => {
    const { shift, sales, refunds, movements } = workedShift();
    const report = shiftReport({ shift, sales, refunds, movements });
    const options = { columns, training: false, printedAt: shift.closing!.closedAt, varianceReason: null, approvedBy: null, terminalCode: 'T01', counted: shift.closing!.counted };
    const lines = printedLines(layoutShiftReport(report, SAMPLE_OUTLET, { ...options, reprint: false }), columns);
    expect(valueOf(lines, 'Terminal')).toBe('T01');
    expect(lines.some((l) => l.includes('SALINAN'))).toBe(false);
    const counted = lines.slice(lines.indexOf('Rincian hitungan laci:') + 1).filter((l) => / x \d+ /.test(l));
    expect(counted.length).toBeGreaterThan(2);
    const total = counted.reduce((t, l) => t + Number(l.split('Rp').at(-1)!.replace(/\D/g, '')), 0);
    expect(total).toBe(report.counted);
    expect(valueOf(lines, '  Rp 100.000 x 5')).toBe(plain(rupiah(500_000)));
    const copy = printedLines(layoutShiftReport(report, SAMPLE_OUTLET, { ...options, reprint: true }), columns);
    expect(copy.filter((l) => l.trim() === '*** SALINAN ***')).toHaveLength(1);
    expect(copy.filter((l) => !l.includes('SALINAN'))).toEqual(lines);
  });

  it('prints an X report as of its time, without a count, and marks training', () => {
    const { shift, sales, refunds, movements } = workedShift();
    const report = shiftReport({ shift: { ...shift, closing: null }, sales, refunds, movements });
    const lines = printedLines(layoutShiftReport(report, SAMPLE_OUTLET, { columns, training: true, printedAt: '2025-03-05T05:00:00Z', varianceReason: null, approvedBy: null, terminalCode: 'L01', counted: null, reprint: false }), columns);
    expect(lines.some((l) => l.trim() === 'LAPORAN X - SEMENTARA')).toBe(true);
    expect(valueOf(lines, 'Per')).toBe('05/03/2025 13:00');
    expect(lines.some((l) => l.startsWith('Kas dihitung') || l.startsWith('Selisih'))).toBe(false);
    expect(lines.filter((l) => l.includes('LATIHAN'))).toHaveLength(2);
  });

  it('prints a pay-out slip and the day report as the golden text', async () => {
    const { shift, sales, refunds, movements } = workedShift();
    const slip = printedLines(layoutCashSlip(movements[1]!, SAMPLE_OUTLET, columns), columns);
    await expect(`${slip.join('\n')}\n`).toMatchFileSnapshot(`golden/pay-out-${paper}.txt`);
    expect(valueOf(slip, 'JUMLAH')).toBe(plain(rupiah(45_000)));
    const day = dayClose('LBJ', '2025-03-05', [shiftReport({ shift, sales, refunds, movements })]);
    if (!day.ok) throw new Error(day.message);
    const closing = { id: 'd1', outletId: 'LBJ', terminalId: 'T1', businessDate: '2025-03-05', closedAt: '2025-03-05T08:30:00Z', closedBy: YOHANES, training: false, report: day.dayClose };
    const lines = printedLines(layoutDayReport(closing, SAMPLE_OUTLET, columns, 'T01'), columns);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`golden/day-report-${paper}.txt`);
    expect(valueOf(lines, 'Kas seharusnya')).toBe(plain(day.dayClose.expectedCash));
  });
});

describe('the printed Z report', () => {
  const saleArb = fc.record({
    // Free lines are fine; a sale of nothing but free lines has no payment and is no sale.
    lines: fc
      .array(fc.record({ price: fc.integer({ min: 0, max: 500_000 }), quantity: fc.integer({ min: 1, max: 5 }), category: fc.constantFrom('Kopi', 'Tenun', 'Madu'), supplier: fc.constantFrom('Koperasi Bajawa', 'Sanggar Watublapi') }), { minLength: 1, maxLength: 4 })
      .filter((lines) => lines.some((l) => l.price > 0)),
    method: fc.constantFrom('cash' as const, 'qris' as const, 'debit' as const),
    refund: fc.boolean(),
  });

  it('shows the figures of shiftReport for random shifts', () => {
    fc.assert(
      fc.property(fc.array(saleArb, { maxLength: 12 }), fc.integer({ min: 0, max: 300_000 }), fc.integer({ min: -500, max: 500 }), fc.constantFrom<Columns>(32, 48), (drafts, payIn, countedHundreds, columns) => {
        const sales = drafts.map((d, i) => buildSale({ receiptNo: `R-${i + 1}`, shiftId: SHIFT, lines: d.lines, payments: [{ method: d.method }] }));
        const refunds = sales.flatMap((s, i) => (drafts[i]!.refund ? [buildRefund(s, [[1, 1]], [], { shiftId: SHIFT })] : []));
        const movements = payIn > 0 ? [movement('pay-in', payIn, 'Uang kecil')] : [];
        const opened = openShift({ id: SHIFT, outletId: 'LBJ', terminalId: 'T1', cashier: MARIA, training: false, openedAt: '2025-03-05T00:00:00Z', openingFloat: { 'note-100000': 1 } });
        const expected = shiftReport({ shift: opened, sales, refunds, movements }).expectedCash;
        const counted = Math.max(0, Math.round(expected / 100) * 100 + countedHundreds * 100);
        const shift: Shift = { ...opened, closing: { closedAt: '2025-03-05T09:00:00Z', closedBy: MARIA, counted: countOf(counted), varianceThreshold: rupiah(10_000), varianceReason: null, approvedBy: null } };
        const report: ShiftReport = shiftReport({ shift, sales, refunds, movements });
        const lines = printedLines(layoutShiftReport(report, SAMPLE_OUTLET, { columns, training: false, printedAt: '2025-03-05T09:00:00Z', varianceReason: null, approvedBy: null, terminalCode: 'T01', counted: null, reprint: false }), columns);
        const minus = (a: Rupiah) => plain(rupiah(0 - a));
        expect(valueOf(lines, 'Transaksi')).toBe(String(report.saleCount));
        expect(valueOf(lines, 'Penjualan kotor')).toBe(plain(report.grossSales));
        expect(valueOf(lines, NET_SALES_LABEL)).toBe(plain(report.netSales));
        expect(valueOf(lines, `Refund (${report.refundCount})`)).toBe(minus(report.refunds));
        expect(valueOf(lines, 'Hasil bersih')).toBe(plain(report.net));
        expect(valueOf(lines, '  Tunai')).toBe(plain(report.salesByMethod.cash));
        expect(valueOf(lines, '  QRIS')).toBe(plain(report.salesByMethod.qris));
        expect(valueOf(lines, '  Debit')).toBe(plain(report.salesByMethod.debit));
        expect(valueOf(lines, 'Kas seharusnya')).toBe(plain(report.expectedCash));
        expect(valueOf(lines, 'Kas dihitung')).toBe(plain(rupiah(counted)));
        expect(valueOf(lines, 'Selisih')).toBe(plain(report.variance!));
        expect(lines.includes('SELISIH PERLU PERSETUJUAN')).toBe(report.varianceNeedsApproval);
        for (const c of report.byCategory) expect(valueOf(lines.slice(lines.findIndex((l) => l.startsWith('PER KATEGORI'))), c.key)).toBe(plain(c.net));
      }),
      { numRuns: 60 },
    );
  });
});
