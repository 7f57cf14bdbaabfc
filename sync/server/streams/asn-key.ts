/**
 * The province's ASN key (server_identity.asn_key, made by migration 007): terminals get it at
 * enrolment and the ASN streams send HMAC(key, NIP) in place of the NIP, so a terminal's database
 * holds no NIP of anyone who has not bought there.
 */
import type { Nip } from '#domain/asn/nip';
import type { Queryable } from '../db/database';
import { keyedHash } from '../terminals/secrets';

export async function loadAsnKey(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ asn_key: string }>('SELECT asn_key FROM server_identity');
  return rows[0]!.asn_key;
}

/** NIP → its key on the terminals. */
export async function nipKeyer(db: Queryable): Promise<(nip: Nip) => string> {
  const key = await loadAsnKey(db);
  return (nip) => keyedHash(key, nip);
}
