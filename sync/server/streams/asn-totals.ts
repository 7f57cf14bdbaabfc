/** The asn-totals stream: each ASN's spending per WITA month across all outlets. Change-log key: 'NIP:YYYY-MM'. */
import type { Nip } from '#domain/asn/nip';
import type { AsnTotalItem } from '#sync/protocol/streams';
import type { Queryable } from '../db/database';
import { nipKeyer } from './asn-key';

export function asnTotalKey(nip: Nip, month: string): string {
  return `${nip}:${month}`;
}

export async function loadAsnTotals(
  db: Queryable,
  _outletId: string,
  keys: readonly string[],
): Promise<AsnTotalItem[]> {
  // Totals are kept only for NIPs of checked documents (./asn-monthly-totals.ts).
  const { rows } = await db.query<{ nip: Nip; month: string; total: AsnTotalItem['total']; saleCount: number }>(
    `SELECT t.nip, t.month, t.total, t.sale_count AS "saleCount"
     FROM unnest($1::text[]) WITH ORDINALITY AS k (key, n)
     JOIN asn_monthly_totals t ON t.nip = split_part(k.key, ':', 1) AND t.month = split_part(k.key, ':', 2)
     ORDER BY k.n`,
    [keys],
  );
  const nipKey = await nipKeyer(db);
  return rows.map(({ nip, ...total }) => ({ nipKey: nipKey(nip), ...total }));
}
