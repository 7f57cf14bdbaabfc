/**
 * Inserts rows given as objects keyed by column name through json_populate_recordset: one JSON
 * parameter per table whatever the number of rows, converted by the table's own column types
 * (jsonb columns take objects, arrays become PostgreSQL arrays). For a batch of a few hundred rows
 * this is about twice as fast as INSERT ... VALUES with a parameter per value, which PostgreSQL
 * parses and plans value by value. Several tables go in one statement (data-modifying WITH), in
 * the order given, so parents come before the children whose foreign keys point at them.
 */
import type { Queryable } from './database';

export async function insertRows(
  tx: Queryable,
  tables: Readonly<Record<string, readonly Record<string, unknown>[]>>,
): Promise<void> {
  const filled = Object.entries(tables).filter(([, rows]) => rows.length > 0);
  if (filled.length === 0) return;
  const inserts = filled.map(([table, rows], i) => {
    const columns = Object.keys(rows[0]!).join(', ');
    return `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $${i + 1})`;
  });
  const last = inserts.pop()!;
  const sql =
    inserts.length === 0
      ? last
      : `WITH ${inserts.map((insert, i) => `written_${i} AS (${insert})`).join(', ')} ${last}`;
  await tx.query(
    sql,
    filled.map(([, rows]) => JSON.stringify(rows)),
  );
}
