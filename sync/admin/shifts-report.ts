/**
 * `report shifts OUTLET DATE`: each shift of an outlet's WITA day with its figures and variance,
 * computed by the same domain function (shiftReport) the terminal prints its X and Z reports with,
 * over the documents the province holds. Where the terminal's Z report said otherwise, documents
 * of the shift are missing or quarantined, and the report says so.
 */
import type { CashMovement } from '../../domain/shift/cash-movement';
import { add, formatRupiah, sum, ZERO, type Rupiah } from '../../domain/money';
import type { Refund } from '../../domain/checkout/refund';
import type { Sale } from '../../domain/checkout/sale';
import type { Shift } from '../../domain/shift/shift';
import { shiftReport, type ShiftReport } from '../../domain/shift/shift-report';
import { formatWita } from '../../domain/wita';
import type { ShiftClosed } from '../protocol/shift';
import { businessDateSchema } from '../protocol/primitives';
import type { Queryable } from '../server/db/database';
import { AdminError, requireOutlet, table } from './output';

interface ShiftRow {
  id: string;
  opened: Shift;
  closed: ShiftClosed | null;
}

export async function shiftsReport(db: Queryable, outletId: string, date: string): Promise<string> {
  if (!businessDateSchema.safeParse(date).success) throw new AdminError(`Tanggal "${date}" harus berbentuk YYYY-MM-DD, misalnya 2026-12-21.`);
  const outletName = await requireOutlet(db, outletId);
  const { rows: shifts } = await db.query<ShiftRow>(
    `SELECT s.id, eo.payload AS opened, ec.payload AS closed
     FROM shifts s JOIN events eo ON eo.id = s.event_id
     LEFT JOIN shift_closings c ON c.shift_id = s.id LEFT JOIN events ec ON ec.id = c.event_id
     WHERE s.outlet_id = $1 AND s.business_date = $2 ORDER BY s.opened_at, s.id`,
    [outletId, date],
  );
  const title = `Shift ${outletName}, ${date} (hari WITA)`;
  if (shifts.length === 0) return `${title}: belum ada shift yang diterima server.`;
  const docs = await shiftDocuments(db, shifts.map((s) => s.id));
  const reports = shifts.map((s) => shiftReport({ shift: s.closed?.shift ?? s.opened, ...docs(s.id) }));
  const rp = (amount: Rupiah | null) => (amount === null ? '-' : formatRupiah(amount));
  const total = (pick: (r: ShiftReport) => Rupiah) => formatRupiah(sum(reports.map(pick)));
  // An open shift has no count yet: the day's counted cash and variance add up the closed shifts only.
  const closed = reports.filter((r) => r.counted !== null);
  const closedTotal = (pick: (r: ShiftReport) => Rupiah | null) => (closed.length === 0 ? '-' : formatRupiah(sum(closed.map((r) => pick(r) ?? ZERO))));
  const open = reports.length - closed.length;
  return [
    `${title}: ${shifts.length} shift`,
    '',
    table(
      ['KASIR', 'TERMINAL', 'BUKA', 'TUTUP', 'TRANSAKSI', 'PENJUALAN', 'REFUND', 'KAS MASUK', 'KAS KELUAR', 'MODAL AWAL', 'KAS SEHARUSNYA', 'DIHITUNG', 'SELISIH'],
      [
        ...reports.map((r) => [
          r.cashier.name, r.terminalId, formatWita(r.openedAt), r.closedAt === null ? 'masih buka' : formatWita(r.closedAt), r.saleCount, rp(r.netSales),
          rp(r.refunds), rp(r.payIns), rp(r.payOuts), rp(r.openingFloat), rp(r.expectedCash), rp(r.counted), rp(r.variance),
        ]),
        [
          'JUMLAH', '', '', '', reports.reduce((n, r) => n + r.saleCount, 0), total((r) => r.netSales), total((r) => r.refunds), total((r) => r.payIns),
          total((r) => r.payOuts), total((r) => r.openingFloat), total((r) => r.expectedCash), closedTotal((r) => r.counted), closedTotal((r) => r.variance),
        ],
      ],
    ),
    ...(open === 0 ? [] : ['', `${open} shift masih buka: kasnya belum dihitung, jadi DIHITUNG dan SELISIH hanya dari shift yang sudah ditutup.`]),
    ...reports.flatMap((r, i) => notes(r, shifts[i]!.closed)),
  ].join('\n');
}

/** The shift's sales, refunds and cash movements as the terminal sent them, in the terminal's order. */
async function shiftDocuments(db: Queryable, shiftIds: readonly string[]) {
  const { rows } = await db.query<{ kind: 'sale' | 'refund' | 'movement'; shift_id: string; payload: Sale | Refund | CashMovement }>(
    `SELECT 'sale' AS kind, d.shift_id, e.payload, e.seq FROM sales d JOIN events e ON e.id = d.event_id WHERE d.shift_id = ANY($1::text[])
     UNION ALL
     SELECT 'refund', d.shift_id, e.payload, e.seq FROM refunds d JOIN events e ON e.id = d.event_id WHERE d.shift_id = ANY($1::text[])
     UNION ALL
     SELECT 'movement', d.shift_id, e.payload, e.seq FROM cash_movements d JOIN events e ON e.id = d.event_id WHERE d.shift_id = ANY($1::text[])
     ORDER BY seq`,
    [shiftIds],
  );
  return (shiftId: string) => {
    const of = rows.filter((r) => r.shift_id === shiftId);
    return {
      sales: of.filter((r) => r.kind === 'sale').map((r) => r.payload as Sale),
      refunds: of.filter((r) => r.kind === 'refund').map((r) => r.payload as Refund),
      movements: of.filter((r) => r.kind === 'movement').map((r) => r.payload as CashMovement),
    };
  };
}

function notes(report: ShiftReport, closed: ShiftClosed | null): string[] {
  const who = `${report.cashier.name} (${formatWita(report.openedAt)})`;
  const methods = `tunai ${formatRupiah(report.salesByMethod.cash)}, QRIS ${formatRupiah(report.salesByMethod.qris)}, debit ${formatRupiah(report.salesByMethod.debit)}`;
  const lines = [`${who}: ${methods}; diskon ${formatRupiah(add(report.lineDiscounts, report.saleDiscounts))}.`];
  const closing = closed?.shift.closing;
  if (closing?.varianceReason) lines.push(`${who}: selisih karena "${closing.varianceReason}"${closing.approvedBy ? `, disetujui ${closing.approvedBy.name}` : ''}.`);
  if (closed && (closed.report.saleCount !== report.saleCount || closed.report.expectedCash !== report.expectedCash)) {
    lines.push(
      `${who}: terminal mencatat ${closed.report.saleCount} transaksi dan kas seharusnya ${formatRupiah(closed.report.expectedCash)}; ` +
        'sebagian dokumen shift ini belum diterima atau dikarantina.',
    );
  }
  return ['', ...lines];
}
