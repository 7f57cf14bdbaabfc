/** The settings stream: province-wide values, overridden by the outlet's own. Key: setting key. */
import type { SettingItem } from '#sync/protocol/streams';
import type { Database, Queryable } from '../db/database';
import { writeTransaction } from './change-log';

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
export async function writeSetting(db: Database, outletId: string, key: string, value: unknown): Promise<void> {
  await writeTransaction(db, async (tx) => {
    await tx.query(
      `INSERT INTO settings (outlet_id, key, value) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (outlet_id, key) DO UPDATE SET value = excluded.value`,
      [outletId, key, JSON.stringify(value)],
    );
    tx.changed('settings', outletId === '' ? null : outletId, [key]);
  });
}
