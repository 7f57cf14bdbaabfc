/**
 * Each terminal's sales per WITA month (count, turnover, by payment method), per day (with the
 * part bought by ASN) and per month and product, kept at ingest: `report MONTH` and the back
 * office's Beranda then read a few rows per terminal instead of every sale. Only the terminal's own
 * pushes write its rows, and they already run one after the other.
 */
import type { Sale } from '#domain/checkout/sale';
import { businessMonth } from '#domain/wita';
import type { Queryable } from '../db/database';
import type { Tables } from '../db/tables';

type MonthSales = Tables['terminal_month_sales'];
type DaySales = Tables['terminal_day_sales'];
type ProductSales = Tables['terminal_product_month_sales'];

export async function addMonthSales(tx: Queryable, sales: readonly Sale[]): Promise<void> {
  const byMonth = new Map<string, MonthSales>();
  const byDay = new Map<string, DaySales>();
  const byProduct = new Map<string, ProductSales>();
  for (const sale of sales) {
    const month = businessMonth(sale.completedAt);
    const terminal = { terminal_id: sale.terminalId, outlet_id: sale.outletId };
    const row = byMonth.get(`${month} ${sale.terminalId}`) ?? {
      month,
      ...terminal,
      sale_count: 0,
      total: 0,
      cash: 0,
      qris: 0,
      debit: 0,
    };
    byMonth.set(`${month} ${sale.terminalId}`, row);
    row.sale_count++;
    row.total += sale.total;
    for (const p of sale.payments) row[p.method] += p.amount;
    const day = byDay.get(`${sale.businessDate} ${sale.terminalId}`) ?? {
      business_date: sale.businessDate,
      ...terminal,
      sale_count: 0,
      total: 0,
      asn_total: 0,
    };
    byDay.set(`${sale.businessDate} ${sale.terminalId}`, day);
    day.sale_count++;
    day.total += sale.total;
    if (sale.asn) day.asn_total += sale.total;
    for (const line of sale.lines) {
      const key = `${month} ${sale.terminalId} ${line.productId}`;
      const product = byProduct.get(key) ?? { month, ...terminal, product_id: line.productId, quantity: 0, total: 0 };
      byProduct.set(key, product);
      product.quantity += line.quantity;
      product.total += line.total;
    }
  }
  await tx.query(
    `INSERT INTO terminal_month_sales (month, terminal_id, outlet_id, sale_count, total, cash, qris, debit)
     SELECT month, terminal_id, outlet_id, sale_count, total, cash, qris, debit FROM json_populate_recordset(NULL::terminal_month_sales, $1)
     ON CONFLICT (month, terminal_id) DO UPDATE SET
       sale_count = terminal_month_sales.sale_count + excluded.sale_count, total = terminal_month_sales.total + excluded.total,
       cash = terminal_month_sales.cash + excluded.cash, qris = terminal_month_sales.qris + excluded.qris, debit = terminal_month_sales.debit + excluded.debit`,
    [JSON.stringify([...byMonth.values()])],
  );
  await tx.query(
    `INSERT INTO terminal_day_sales (business_date, terminal_id, outlet_id, sale_count, total, asn_total)
     SELECT business_date, terminal_id, outlet_id, sale_count, total, asn_total FROM json_populate_recordset(NULL::terminal_day_sales, $1)
     ON CONFLICT (business_date, terminal_id) DO UPDATE SET
       sale_count = terminal_day_sales.sale_count + excluded.sale_count, total = terminal_day_sales.total + excluded.total,
       asn_total = terminal_day_sales.asn_total + excluded.asn_total`,
    [JSON.stringify([...byDay.values()])],
  );
  await tx.query(
    `INSERT INTO terminal_product_month_sales (month, terminal_id, outlet_id, product_id, quantity, total)
     SELECT month, terminal_id, outlet_id, product_id, quantity, total FROM json_populate_recordset(NULL::terminal_product_month_sales, $1)
     ON CONFLICT (month, terminal_id, product_id) DO UPDATE SET
       quantity = terminal_product_month_sales.quantity + excluded.quantity, total = terminal_product_month_sales.total + excluded.total`,
    [JSON.stringify([...byProduct.values()])],
  );
}
