/**
 * The province's monthly minimum for ASN (the `asn.monthlyMinimum` setting, served to terminals by
 * the settings stream): read for reports, set by `npm run admin -- asn-minimum RUPIAH`.
 */
import { DEFAULT_ASN_MONTHLY_THRESHOLD } from '#domain/asn/asn-standing';
import type { Rupiah } from '#domain/money';
import { nonNegativeRupiahSchema } from '#sync/protocol/primitives';
import { ASN_MINIMUM_SETTING } from '#sync/protocol/streams';
import type { Database, Queryable } from '../db/database';
import { writeSetting } from '../streams/settings';

export async function readAsnMinimum(db: Queryable): Promise<Rupiah> {
  const { rows } = await db.query<{ value: unknown }>("SELECT value FROM settings WHERE outlet_id = '' AND key = $1", [
    ASN_MINIMUM_SETTING,
  ]);
  const parsed = nonNegativeRupiahSchema.safeParse(rows[0]?.value);
  return parsed.success ? parsed.data : DEFAULT_ASN_MONTHLY_THRESHOLD;
}

/** Province-wide; every terminal gets it on its next pull of the settings stream. */
export function setAsnMinimum(db: Database, amount: Rupiah): Promise<void> {
  return writeSetting(db, '', ASN_MINIMUM_SETTING, amount);
}
