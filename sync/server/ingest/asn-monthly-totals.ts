/**
 * ASN monthly totals: what each NIP spent per WITA month across all outlets, kept up to date as
 * events arrive (late ones included) and served through the asn-totals stream. Sales add to it,
 * refunds subtract; the ingest calls this once per batch with all of the batch's spending, so a
 * transaction takes these shared rows' locks in one statement, in one global order.
 */
import type { Nip } from '#domain/asn/nip';
import { asnTotalKey } from '../streams/asn-totals';
import type { WriteTx } from '../streams/change-log';

export interface AsnSpending {
  nip: Nip;
  month: string;
  amount: number;
  sales: number;
}

export async function addAsnSpending(tx: WriteTx, spending: readonly AsnSpending[]): Promise<void> {
  const byKey = new Map<string, AsnSpending>();
  for (const s of spending) {
    const key = asnTotalKey(s.nip, s.month);
    const sum = byKey.get(key);
    byKey.set(key, sum ? { ...sum, amount: sum.amount + s.amount, sales: sum.sales + s.sales } : s);
  }
  if (byKey.size === 0) return;
  // Rows in key order: two batches updating the same NIPs lock them in the same order, never in a circle.
  const rows = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, s]) => s);
  await tx.query(
    `INSERT INTO asn_monthly_totals (nip, month, total, sale_count)
     SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::integer[])
     ON CONFLICT (nip, month) DO UPDATE SET
       total = asn_monthly_totals.total + excluded.total,
       sale_count = asn_monthly_totals.sale_count + excluded.sale_count,
       updated_at = now()`,
    [rows.map((r) => r.nip), rows.map((r) => r.month), rows.map((r) => r.amount), rows.map((r) => r.sales)],
  );
  tx.changed('asn-totals', null, byKey.keys());
}
