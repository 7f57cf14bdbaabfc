import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRupiah, rupiah, type Rupiah } from '#domain/money';
import { toOutletId, toTerminalId } from '#domain/outlet/terminal';
import { openShift, type Shift } from '#domain/shift/shift';
import { NET_SALES_LABEL, shiftReport, type ShiftReport } from '#domain/shift/shift-report';
import { buildRefund, buildSale } from '#domain/test-documents';
import type { Columns } from '../escpos/columns';
import { encodeCommands } from '../escpos/encode';
import type { PrintCommand } from '../escpos/print-command';
import { decodeEscPos } from '../escpos/reader';
import {
  countOf,
  goldenDayReport,
  goldenPayOut,
  goldenZReport,
  MARIA,
  movement,
  SHIFT,
  workedShift,
} from './golden-papers';
import { SAMPLE_OUTLET } from './sample-sale';
import { layoutShiftReport } from './shift-report-layout';

function printedLines(commands: PrintCommand[], columns: Columns): string[] {
  return decodeEscPos(encodeCommands(commands, columns), columns).lines;
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
    const { report, commands } = goldenZReport(columns);
    const lines = printedLines(commands, columns);
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
    const options = {
      columns,
      training: false,
      printedAt: shift.closing!.closedAt,
      varianceReason: null,
      approvedBy: null,
      terminalCode: 'T01',
      counted: shift.closing!.counted,
    };
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
    const lines = printedLines(
      layoutShiftReport(report, SAMPLE_OUTLET, {
        columns,
        training: true,
        printedAt: '2025-03-05T05:00:00Z',
        varianceReason: null,
        approvedBy: null,
        terminalCode: 'L01',
        counted: null,
        reprint: false,
      }),
      columns,
    );
    expect(lines.some((l) => l.trim() === 'LAPORAN X - SEMENTARA')).toBe(true);
    expect(valueOf(lines, 'Per')).toBe('05/03/2025 13:00');
    expect(lines.some((l) => l.startsWith('Kas dihitung') || l.startsWith('Selisih'))).toBe(false);
    expect(lines.filter((l) => l.includes('LATIHAN'))).toHaveLength(2);
  });

  it('prints a pay-out slip and the day report as the golden text', async () => {
    const slip = printedLines(goldenPayOut(columns), columns);
    await expect(`${slip.join('\n')}\n`).toMatchFileSnapshot(`golden/pay-out-${paper}.txt`);
    expect(valueOf(slip, 'JUMLAH')).toBe(plain(rupiah(45_000)));
    const { closing, commands } = goldenDayReport(columns);
    const lines = printedLines(commands, columns);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`golden/day-report-${paper}.txt`);
    expect(valueOf(lines, 'Kas seharusnya')).toBe(plain(closing.report.expectedCash));
  });
});

describe('the printed Z report', () => {
  const saleArb = fc.record({
    // Free lines are fine; a sale of nothing but free lines has no payment and is no sale.
    lines: fc
      .array(
        fc.record({
          price: fc.integer({ min: 0, max: 500_000 }),
          quantity: fc.integer({ min: 1, max: 5 }),
          category: fc.constantFrom('Kopi', 'Tenun', 'Madu'),
          supplier: fc.constantFrom('Koperasi Bajawa', 'Sanggar Watublapi'),
        }),
        { minLength: 1, maxLength: 4 },
      )
      .filter((lines) => lines.some((l) => l.price > 0)),
    method: fc.constantFrom('cash' as const, 'qris' as const, 'debit' as const),
    refund: fc.boolean(),
  });

  it('shows the figures of shiftReport for random shifts', () => {
    fc.assert(
      fc.property(
        fc.array(saleArb, { maxLength: 12 }),
        fc.integer({ min: 0, max: 300_000 }),
        fc.integer({ min: -500, max: 500 }),
        fc.constantFrom<Columns>(32, 48),
        (drafts, payIn, countedHundreds, columns) => {
          const sales = drafts.map((d, i) =>
            buildSale({ receiptNo: `R-${i + 1}`, shiftId: SHIFT, lines: d.lines, payments: [{ method: d.method }] }),
          );
          const refunds = sales.flatMap((s, i) =>
            drafts[i]!.refund ? [buildRefund(s, [[1, 1]], [], { shiftId: SHIFT })] : [],
          );
          const movements = payIn > 0 ? [movement('pay-in', payIn, 'Uang kecil')] : [];
          const opened = openShift({
            id: SHIFT,
            outletId: toOutletId('LBJ'),
            terminalId: toTerminalId('T1'),
            cashier: MARIA,
            training: false,
            openedAt: '2025-03-05T00:00:00Z',
            openingFloat: { 'note-100000': 1 },
          });
          const expected = shiftReport({ shift: opened, sales, refunds, movements }).expectedCash;
          const counted = Math.max(0, Math.round(expected / 100) * 100 + countedHundreds * 100);
          const shift: Shift = {
            ...opened,
            closing: {
              closedAt: '2025-03-05T09:00:00Z',
              closedBy: MARIA,
              counted: countOf(counted),
              varianceThreshold: rupiah(10_000),
              varianceReason: null,
              approvedBy: null,
            },
          };
          const report: ShiftReport = shiftReport({ shift, sales, refunds, movements });
          const lines = printedLines(
            layoutShiftReport(report, SAMPLE_OUTLET, {
              columns,
              training: false,
              printedAt: '2025-03-05T09:00:00Z',
              varianceReason: null,
              approvedBy: null,
              terminalCode: 'T01',
              counted: null,
              reprint: false,
            }),
            columns,
          );
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
          for (const c of report.byCategory)
            expect(valueOf(lines.slice(lines.findIndex((l) => l.startsWith('PER KATEGORI'))), c.key)).toBe(
              plain(c.net),
            );
        },
      ),
      { numRuns: 60 },
    );
  });
});
