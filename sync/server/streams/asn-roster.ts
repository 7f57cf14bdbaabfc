/** The asn-roster stream: every ASN of the province. Key: NIP. */
import type { AsnRosterItem } from '../../protocol/streams';
import type { Queryable } from '../db/database';

export async function loadAsnRoster(
  db: Queryable,
  _outletId: string,
  nips: readonly string[],
): Promise<AsnRosterItem[]> {
  const { rows } = await db.query<AsnRosterItem>(
    `SELECT r.nip, r.name, r.opd, r.kind
     FROM unnest($1::text[]) WITH ORDINALITY AS k (nip, n)
     JOIN asn_roster r ON r.nip = k.nip
     ORDER BY k.n`,
    [nips],
  );
  return rows;
}
