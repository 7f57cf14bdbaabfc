/**
 * `npm run bench z-report`: the Z report of a shift of 2,000 sales (with refunds and cash
 * movements) on the terminal, in chromium against its real on-disk IndexedDB:
 *   - real path: the shift's documents read from IndexedDB, the report computed and laid out for
 *     the printer (target ≤ 200 ms);
 *   - baseline: the same report computed from the documents already in memory, in the same page
 *     and run, interleaved;
 *   - and, on the printing side (Node, as the host does it), encoding the laid-out report to ESC/POS.
 */
import { v7 as uuidv7 } from 'uuid';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import { toCashMovementId, type CashMovement } from '#domain/shift/cash-movement';
import { rupiah } from '#domain/money';
import type { Refund } from '#domain/checkout/refund';
import type { PaymentMethod, Sale } from '#domain/checkout/sale';
import { toOutletId, toTerminalId } from '#domain/outlet/terminal';
import { openShift, toShiftId, type Shift } from '#domain/shift/shift';
import { shiftReport } from '#domain/shift/shift-report';
import { buildRefund, buildSale } from '#domain/test-documents';
import { encodeCommands } from '#hardware/escpos/encode';
import { layoutShiftReport } from '#hardware/receipt/shift-report-layout';
import { startTerminal } from '../support/terminal';
import type { Seed } from './z-report.page';
import { pageBundle } from './page-bundle';

const SALES = 2_000;
const ROUNDS = 15;
const TARGET_MS = 200;
const MARIA = { id: 'demo-kasir-maria', name: 'Maria' };

/** A long day at Labuan Bajo: 2,000 sales of 1–6 demo products, a tenth by ASN, 40 refunds, 12 pay ins/outs. */
function dayOfSales(): Seed {
  const opened = Date.parse('2026-12-21T00:00:00Z');
  const shift: Shift = openShift({
    id: toShiftId(uuidv7()),
    outletId: toOutletId('demo-manggarai-barat'),
    terminalId: toTerminalId('demo-latihan-1'),
    cashier: MARIA,
    training: true,
    openedAt: new Date(opened).toISOString(),
    openingFloat: { 'note-50000': 4, 'note-10000': 10 },
  });
  const methods: PaymentMethod[] = ['cash', 'cash', 'qris', 'debit'];
  const products = DEMO_CATALOG.filter((p) => p.soldBy === 'unit');
  const sales: Sale[] = [];
  for (let i = 0; i < SALES; i++) {
    const lines = Array.from({ length: 1 + (i % 6) }, (_, l) => {
      const p = products[(i * 7 + l * 13) % products.length]!;
      return { price: p.price, quantity: 1 + ((i + l) % 3), name: p.name, category: p.category, supplier: p.supplier };
    });
    const method = methods[i % methods.length]!;
    sales.push(
      buildSale({
        id: uuidv7(),
        receiptNo: `MBR-L01-20261221-${String(i + 1).padStart(4, '0')}`,
        shiftId: shift.id,
        completedAt: new Date(opened + i * 20_000).toISOString(),
        lines,
        discount: i % 25 === 0 ? 1_000 : 0,
        payments: [{ method }],
        nip: i % 10 === 0 ? '198609262015051001' : null,
        training: true,
      }),
    );
  }
  const refunds: Refund[] = sales
    .filter((_, i) => i % 50 === 7)
    .map((s) => buildRefund(s, [[1, 1]], [], { id: uuidv7(), shiftId: shift.id }));
  const movements: CashMovement[] = Array.from({ length: 12 }, (_, i) => ({
    id: toCashMovementId(uuidv7()),
    outletId: shift.outletId,
    terminalId: shift.terminalId,
    shiftId: shift.id,
    kind: i % 3 === 0 ? 'pay-in' : 'pay-out',
    amount: rupiah(10_000 + i * 1_000),
    reason: 'Kas',
    at: new Date(opened + i * 3_600_000).toISOString(),
    cashier: MARIA,
    training: true,
  }));
  const closed: Shift = {
    ...shift,
    closing: {
      closedAt: new Date(opened + 12 * 3_600_000).toISOString(),
      closedBy: MARIA,
      counted: { 'note-100000': 100 },
      varianceThreshold: rupiah(10_000),
      varianceReason: null,
      approvedBy: null,
    },
  };
  return { shift: closed, sales, refunds, movements };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const row = (label: string, values: number[]) =>
  console.log(
    `${label.padEnd(52)} p50 ${percentile(values, 50).toFixed(1).padStart(7)} ms   max ${Math.max(...values)
      .toFixed(1)
      .padStart(7)} ms   (n=${values.length})`,
  );

async function main() {
  const bundle = await pageBundle(new URL('./z-report.page.ts', import.meta.url));
  const docs = dayOfSales();
  const terminal = await startTerminal();
  const { page } = terminal;
  try {
    // Evaluated through the DevTools protocol: the page's CSP rightly refuses inline scripts.
    await page.evaluate(bundle);
    await page.evaluate(
      (seed) => (window as unknown as { __zReport: { seed(s: Seed): Promise<void> } }).__zReport.seed(seed),
      docs,
    );
    const real: number[] = [];
    const baseline: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Interleaved, so drift in the shared machine's load hits both.
      const [r, b] = await page.evaluate(async (shiftId) => {
        const bench = (
          window as unknown as {
            __zReport: { real(id: string): Promise<number>; baseline(id: string): Promise<number> };
          }
        ).__zReport;
        return [await bench.real(shiftId), await bench.baseline(shiftId)];
      }, docs.shift.id);
      real.push(r!);
      baseline.push(b!);
    }
    const report = shiftReport(docs);
    const layout = layoutShiftReport(
      report,
      { name: 'NTT Mart Manggarai Barat', address: 'Labuan Bajo', phone: null },
      {
        columns: 48,
        training: true,
        printedAt: docs.shift.closing!.closedAt,
        varianceReason: null,
        approvedBy: null,
        terminalCode: 'T01',
        counted: null,
        reprint: false,
      },
    );
    const encode: number[] = [];
    let bytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const start = performance.now();
      bytes = encodeCommands(layout, 48).length;
      encode.push(performance.now() - start);
    }

    const lines = docs.sales.reduce((n, s) => n + s.lines.length, 0);
    console.log(
      `chromium ${terminal.context.browser()?.version() ?? ''}: shift of ${SALES} sales (${lines} lines), ${docs.refunds.length} refunds, ${docs.movements.length} pay ins/outs`,
    );
    row(`real path: IndexedDB read + report + layout (≤ ${TARGET_MS} ms)`, real);
    row('baseline: report from documents in memory', baseline);
    console.log(
      `${'real ÷ baseline'.padEnd(52)} p50 ${(percentile(real, 50) / percentile(baseline, 50)).toFixed(1).padStart(7)}×`,
    );
    row(`printing side (Node): ESC/POS encode, ${bytes} bytes`, encode);
    const met = percentile(real, 50) <= TARGET_MS;
    console.log(
      `Z report p50 ${percentile(real, 50).toFixed(1)} ms: ${met ? 'within' : 'OVER'} the ${TARGET_MS} ms target`,
    );
    if (!met) process.exitCode = 1;
  } finally {
    await terminal.close();
  }
}

await main();
