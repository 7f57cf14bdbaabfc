/**
 * Each shift's running figures (shift_totals), kept at ingest from its sound documents, so
 * `report shifts` reads a row per shift instead of every document of the day. The figures are
 * the ones domain/shift/shift-report.ts adds up from the documents: sales (count, totals, line and
 * sale discounts, by method), refunds made in the shift (count, total, cash paid back) and pay ins
 * and outs. A shift is one terminal's, and only that terminal's pushes write its row, one after
 * the other.
 */
import type { Refund } from '#domain/checkout/refund';
import type { Sale } from '#domain/checkout/sale';
import type { CashMovement } from '#domain/shift/cash-movement';
import type { Queryable } from '../db/database';
import type { Tables } from '../db/tables';

/** A shift's row in shift_totals. */
export type ShiftTotalsRow = Tables['shift_totals'];

type Figures = Omit<ShiftTotalsRow, 'shift_id'>;
const FIGURES: readonly (keyof Figures)[] = [
  'sale_count',
  'net_sales',
  'line_discounts',
  'sale_discounts',
  'sales_cash',
  'sales_qris',
  'sales_debit',
  'refund_count',
  'refunds',
  'refunds_cash',
  'pay_in_count',
  'pay_ins',
  'pay_out_count',
  'pay_outs',
];

export interface ShiftDocuments {
  sales?: readonly Sale[];
  refunds?: readonly Refund[];
  movements?: readonly CashMovement[];
}

export async function addShiftTotals(
  tx: Queryable,
  { sales = [], refunds = [], movements = [] }: ShiftDocuments,
): Promise<void> {
  const byShift = new Map<string, ShiftTotalsRow>();
  const row = (shiftId: string) => {
    const found = byShift.get(shiftId) ?? {
      shift_id: shiftId,
      ...(Object.fromEntries(FIGURES.map((f) => [f, 0])) as unknown as Figures),
    };
    byShift.set(shiftId, found);
    return found;
  };
  for (const sale of sales) {
    if (sale.shiftId === null) continue;
    const r = row(sale.shiftId);
    r.sale_count++;
    r.net_sales += sale.total;
    r.sale_discounts += sale.discount;
    for (const line of sale.lines) r.line_discounts += line.discount;
    for (const p of sale.payments) r[`sales_${p.method}`] += p.amount;
  }
  for (const refund of refunds) {
    if (refund.shiftId === null) continue;
    const r = row(refund.shiftId);
    r.refund_count++;
    r.refunds += refund.total;
    for (const p of refund.payments) if (p.method === 'cash') r.refunds_cash += p.amount;
  }
  for (const m of movements) {
    const r = row(m.shiftId);
    if (m.kind === 'pay-in') {
      r.pay_in_count++;
      r.pay_ins += m.amount;
    } else {
      r.pay_out_count++;
      r.pay_outs += m.amount;
    }
  }
  if (byShift.size === 0) return;
  await tx.query(
    `INSERT INTO shift_totals SELECT * FROM json_populate_recordset(NULL::shift_totals, $1)
     ON CONFLICT (shift_id) DO UPDATE SET ${FIGURES.map((f) => `${f} = shift_totals.${f} + excluded.${f}`).join(', ')}`,
    [JSON.stringify([...byShift.values()])],
  );
}
