/**
 * Rupiah figures the province sets for its terminals (settings stream, `npm run admin -- setting`):
 * the last pulled value, or the domain's default in mode latihan and before the first pull.
 */
import { DEFAULT_ASN_MONTHLY_THRESHOLD } from '#domain/asn/asn-standing';
import type { Rupiah } from '#domain/money';
import { DEFAULT_PAY_OUT_APPROVAL_THRESHOLD } from '#domain/shift/cash-movement';
import { DEFAULT_VARIANCE_THRESHOLD } from '#domain/shift/shift';
import { nonNegativeRupiahSchema } from '#sync/protocol/primitives';
import { ASN_MINIMUM_SETTING, PAY_OUT_APPROVAL_SETTING, VARIANCE_THRESHOLD_SETTING } from '#sync/protocol/streams';
import type { PosDatabase } from '../db/database';

async function rupiahSetting(db: PosDatabase, key: string, fallback: Rupiah, training: boolean): Promise<Rupiah> {
  if (training) return fallback;
  const setting = nonNegativeRupiahSchema.safeParse((await db.serverSettings.get(key))?.value);
  return setting.success ? setting.data : fallback;
}

/** The Rupiah every ASN must spend each month. */
export const asnThreshold = (db: PosDatabase, training: boolean) =>
  rupiahSetting(db, ASN_MINIMUM_SETTING, DEFAULT_ASN_MONTHLY_THRESHOLD, training);

/** The cash variance a cashier may close a shift with on their own. */
export const varianceThreshold = (db: PosDatabase, training: boolean) =>
  rupiahSetting(db, VARIANCE_THRESHOLD_SETTING, DEFAULT_VARIANCE_THRESHOLD, training);

/** The kas keluar a kasir may take on their own. */
export const payOutApprovalThreshold = (db: PosDatabase, training: boolean) =>
  rupiahSetting(db, PAY_OUT_APPROVAL_SETTING, DEFAULT_PAY_OUT_APPROVAL_THRESHOLD, training);
