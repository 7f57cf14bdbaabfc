/** `outlets`: the 22 outlets with their active terminals. */
import type { Queryable } from '../server/db/database';
import { table } from './output';

export async function listOutlets(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ id: string; name: string; city: string; terminals: number }>(
    `SELECT o.id, o.name, o.city, count(t.id) FILTER (WHERE t.revoked_at IS NULL)::int AS terminals
     FROM outlets o LEFT JOIN terminals t ON t.outlet_id = o.id
     GROUP BY o.id ORDER BY o.name`,
  );
  return table(
    ['ID', 'NAMA', 'KOTA', 'TERMINAL AKTIF'],
    rows.map((r) => [r.id, r.name, r.city, r.terminals]),
  );
}
