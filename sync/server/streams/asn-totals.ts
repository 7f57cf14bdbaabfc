/** The asn-totals stream: each ASN's spending per WITA month across all outlets. Key: 'NIP:YYYY-MM'. */
import type { AsnTotalItem } from '../../protocol/streams';
import type { Queryable } from '../db/database';

export function asnTotalKey(nip: string, month: string): string {
  return `${nip}:${month}`;
}

export async function loadAsnTotals(
  db: Queryable,
  _outletId: string,
  keys: readonly string[],
): Promise<AsnTotalItem[]> {
  const { rows } = await db.query<AsnTotalItem>(
    `SELECT t.nip, t.month, t.total, t.sale_count AS "saleCount"
     FROM unnest($1::text[]) WITH ORDINALITY AS k (key, n)
     JOIN asn_monthly_totals t ON t.nip = split_part(k.key, ':', 1) AND t.month = split_part(k.key, ':', 2)
     ORDER BY k.n`,
    [keys],
  );
  return rows;
}
