/**
 * ASN monthly totals: what each NIP spent per WITA month across all outlets, kept up to date as
 * events arrive (late ones included) and served through the asn-totals stream. Sales add to it,
 * refunds subtract; the ingest calls this once per batch with all of the batch's spending, so a
 * transaction takes these shared rows' locks in one statement, in one global order. What the
 * change moves between met, below and none is added to the compliance per OPD rollup, in the
 * writer's own rows (migration 027, reports/dashboard-panels.ts).
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

/** `writer`: the pushing terminal's id ('' for the back office), whose rows of the OPD rollup take the change. */
export async function addAsnSpending(tx: WriteTx, spending: readonly AsnSpending[], writer: string): Promise<void> {
  const byKey = new Map<string, AsnSpending>();
  for (const s of spending) {
    const key = asnTotalKey(s.nip, s.month);
    const sum = byKey.get(key);
    byKey.set(key, sum ? { ...sum, amount: sum.amount + s.amount, sales: sum.sales + s.sales } : s);
  }
  if (byKey.size === 0) return;
  // Rows in key order: two batches updating the same NIPs lock them in the same order, never in a circle.
  const rows = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, s]) => s);
  const { rows: after } = await tx.query<{ nip: Nip; month: string; total: number }>(
    `INSERT INTO asn_monthly_totals (nip, month, total, sale_count)
     SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::integer[])
     ON CONFLICT (nip, month) DO UPDATE SET
       total = asn_monthly_totals.total + excluded.total,
       sale_count = asn_monthly_totals.sale_count + excluded.sale_count,
       updated_at = now()
     RETURNING nip, month, total`,
    [rows.map((r) => r.nip), rows.map((r) => r.month), rows.map((r) => r.amount), rows.map((r) => r.sales)],
  );
  tx.changed('asn-totals', null, byKey.keys());
  const before = after.map((r) => r.total - byKey.get(asnTotalKey(r.nip, r.month))!.amount);
  // A month whose rollup is being rebuilt (its row locked) is waited for; one not built is skipped.
  await tx.query(
    `WITH k AS (SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[]) AS k (nip, month, old, new)),
       m AS (SELECT month, minimum FROM opd_compliance_months
             WHERE month IN (SELECT month FROM k) AND minimum IS NOT NULL FOR SHARE)
     INSERT INTO opd_month_compliance (month, opd, writer, met, below)
     SELECT k.month, r.opd, $5,
       sum((k.new >= m.minimum)::int - (k.old >= m.minimum)::int),
       sum((k.new > 0 AND k.new < m.minimum)::int - (k.old > 0 AND k.old < m.minimum)::int)
     FROM k JOIN m USING (month) JOIN asn_roster r ON r.nip = k.nip
     GROUP BY k.month, r.opd ORDER BY k.month, r.opd
     ON CONFLICT (month, opd, writer) DO UPDATE SET
       met = opd_month_compliance.met + excluded.met, below = opd_month_compliance.below + excluded.below`,
    [after.map((r) => r.nip), after.map((r) => r.month), before, after.map((r) => r.total), writer],
  );
}
