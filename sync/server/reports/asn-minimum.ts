/**
 * The province's monthly minimum for ASN (the `asn.monthlyMinimum` setting, served to terminals by
 * the settings stream): read for reports, set by `npm run admin -- asn-minimum RUPIAH`.
 */
import { DEFAULT_ASN_MONTHLY_THRESHOLD } from '#domain/asn/asn-standing';
import type { Rupiah } from '#domain/money';
import { ASN_MINIMUM_SETTING } from '#sync/protocol/streams';
import type { Database, Queryable } from '../db/database';
import { readProvinceRupiah, writeSetting } from '../streams/settings';

export function readAsnMinimum(db: Queryable): Promise<Rupiah> {
  return readProvinceRupiah(db, ASN_MINIMUM_SETTING, DEFAULT_ASN_MONTHLY_THRESHOLD);
}

/** Province-wide; every terminal gets it on its next pull of the settings stream. */
export function setAsnMinimum(db: Database, amount: Rupiah): Promise<void> {
  return writeSetting(db, '', ASN_MINIMUM_SETTING, amount);
}
