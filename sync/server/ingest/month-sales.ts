/**
 * Each terminal's sales per WITA month (count, turnover, by payment method), kept at ingest for
 * `report MONTH`, which then reads a row per terminal instead of every payment ever. Only the
 * terminal's own pushes write its rows, and they already run one after the other.
 */
import type { Sale } from '#domain/checkout/sale';
import { businessMonth } from '#domain/wita';
import type { Queryable } from '../db/database';
import type { Tables } from '../db/tables';

type MonthSales = Tables['terminal_month_sales'];

export async function addMonthSales(tx: Queryable, sales: readonly Sale[]): Promise<void> {
  const byMonth = new Map<string, MonthSales>();
  for (const sale of sales) {
    const month = businessMonth(sale.completedAt);
    const key = `${month} ${sale.terminalId}`;
    const row = byMonth.get(key) ?? {
      month,
      terminal_id: sale.terminalId,
      outlet_id: sale.outletId,
      sale_count: 0,
      total: 0,
      cash: 0,
      qris: 0,
      debit: 0,
    };
    byMonth.set(key, row);
    row.sale_count++;
    row.total += sale.total;
    for (const p of sale.payments) row[p.method] += p.amount;
  }
  await tx.query(
    `INSERT INTO terminal_month_sales (month, terminal_id, outlet_id, sale_count, total, cash, qris, debit)
     SELECT month, terminal_id, outlet_id, sale_count, total, cash, qris, debit FROM json_populate_recordset(NULL::terminal_month_sales, $1)
     ON CONFLICT (month, terminal_id) DO UPDATE SET
       sale_count = terminal_month_sales.sale_count + excluded.sale_count, total = terminal_month_sales.total + excluded.total,
       cash = terminal_month_sales.cash + excluded.cash, qris = terminal_month_sales.qris + excluded.qris, debit = terminal_month_sales.debit + excluded.debit`,
    [JSON.stringify([...byMonth.values()])],
  );
}
