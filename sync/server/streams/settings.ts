/** The settings stream: province-wide values, overridden by the outlet's own. Key: setting key. */
import type { SettingItem } from '../../protocol/streams';
import type { Queryable } from '../db/database';

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
