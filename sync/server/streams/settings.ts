/** The settings stream: province-wide values, overridden by the outlet's own. Key: setting key. */
import type { Rupiah } from '#domain/money';
import { nonNegativeRupiahSchema } from '#sync/protocol/primitives';
import type { SettingItem } from '#sync/protocol/streams';
import type { Database, Queryable } from '../db/database';
import { writeTransaction, type WriteTx } from './change-log';

export async function loadSettings(db: Queryable, outletId: string, keys: readonly string[]): Promise<SettingItem[]> {
  const { rows } = await db.query<SettingItem>(
    `SELECT DISTINCT ON (k.n) s.key, s.value
     FROM unnest($1::text[]) WITH ORDINALITY AS k (key, n)
     JOIN settings s ON s.key = k.key AND s.outlet_id IN ('', $2)
     ORDER BY k.n, s.outlet_id = ''`,
    [keys, outletId],
  );
  return rows;
}

/** Sets a setting for the province (outletId '') or one outlet; its terminals get it on their next pull. */
export function writeSetting(db: Database, outletId: string, key: string, value: unknown): Promise<void> {
  return writeTransaction(db, (tx) => putSetting(tx, outletId, key, value));
}

/** writeSetting inside a transaction that also writes something else (the back office's audit). */
export async function putSetting(tx: WriteTx, outletId: string, key: string, value: unknown): Promise<void> {
  await tx.query(
    `INSERT INTO settings (outlet_id, key, value) VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (outlet_id, key) DO UPDATE SET value = excluded.value`,
    [outletId, key, JSON.stringify(value)],
  );
  tx.changed('settings', outletId === '' ? null : outletId, [key]);
}

/** A province-wide Rupiah setting, or `fallback` where none (or no valid one) is set. */
export async function readProvinceRupiah(db: Queryable, key: string, fallback: Rupiah): Promise<Rupiah> {
  const { rows } = await db.query<{ value: unknown }>("SELECT value FROM settings WHERE outlet_id = '' AND key = $1", [
    key,
  ]);
  const parsed = nonNegativeRupiahSchema.safeParse(rows[0]?.value);
  return parsed.success ? parsed.data : fallback;
}
