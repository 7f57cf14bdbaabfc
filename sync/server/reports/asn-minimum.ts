/**
 * The province's monthly minimum for ASN (the `asn.monthlyMinimum` setting, served to terminals by
 * the settings stream): read for reports, set by `npm run admin -- asn-minimum RUPIAH`.
 */
import { DEFAULT_ASN_MONTHLY_THRESHOLD } from '../../../domain/asn/asn-standing';
import type { Rupiah } from '../../../domain/money';
import { nonNegativeRupiahSchema } from '../../protocol/primitives';
import { ASN_MINIMUM_SETTING } from '../../protocol/streams';
import type { Database, Queryable } from '../db/database';
import { writeTransaction } from '../streams/change-log';

export async function readAsnMinimum(db: Queryable): Promise<Rupiah> {
  const { rows } = await db.query<{ value: unknown }>("SELECT value FROM settings WHERE outlet_id = '' AND key = $1", [ASN_MINIMUM_SETTING]);
  const parsed = nonNegativeRupiahSchema.safeParse(rows[0]?.value);
  return parsed.success ? parsed.data : DEFAULT_ASN_MONTHLY_THRESHOLD;
}

/** Province-wide; every terminal gets it on its next pull of the settings stream. */
export async function setAsnMinimum(db: Database, amount: Rupiah): Promise<void> {
  await writeTransaction(db, async (tx) => {
    await tx.query(
      `INSERT INTO settings (outlet_id, key, value) VALUES ('', $1, to_jsonb($2::bigint))
       ON CONFLICT (outlet_id, key) DO UPDATE SET value = excluded.value`,
      [ASN_MINIMUM_SETTING, amount],
    );
    tx.changed('settings', null, [ASN_MINIMUM_SETTING]);
  });
}
