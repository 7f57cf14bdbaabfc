/** The asn-roster stream: every ASN of the province, as terminals keep them. Change-log key: NIP. */
import type { Nip } from '#domain/asn/nip';
import { shortAsnName } from '#domain/asn/short-name';
import type { AsnRosterItem } from '#sync/protocol/streams';
import type { Queryable } from '../db/database';
import { nipKeyer } from './asn-key';

export async function loadAsnRoster(
  db: Queryable,
  _outletId: string,
  nips: readonly string[],
): Promise<AsnRosterItem[]> {
  // The roster holds only NIPs the import checked (domain/asn/asn-roster-rows.ts).
  const { rows } = await db.query<{ nip: Nip; name: string; opd: string }>(
    `SELECT r.nip, r.name, r.opd
     FROM unnest($1::text[]) WITH ORDINALITY AS k (nip, n)
     JOIN asn_roster r ON r.nip = k.nip
     ORDER BY k.n`,
    [nips],
  );
  const nipKey = await nipKeyer(db);
  return rows.map((r) => ({ nipKey: nipKey(r.nip), displayName: shortAsnName(r.name), opd: r.opd }));
}
