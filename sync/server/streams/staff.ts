/** The staff stream: the outlet's cashiers and managers with their PIN hashes. Key: staff id. */
import type { StaffItem } from '#sync/protocol/streams';
import type { Queryable } from '../db/database';

export async function loadStaff(db: Queryable, outletId: string, ids: readonly string[]): Promise<StaffItem[]> {
  const { rows } = await db.query<StaffItem>(
    `SELECT s.id, s.name, s.role, s.pin_hash AS "pinHash", s.active
     FROM unnest($1::text[]) WITH ORDINALITY AS k (id, n)
     JOIN staff s ON s.id = k.id AND s.outlet_id = $2
     ORDER BY k.n`,
    [ids, outletId],
  );
  return rows;
}
