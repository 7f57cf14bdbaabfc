/**
 * Multi-row INSERT ... VALUES with parameters, split so no statement exceeds PostgreSQL's 65,535
 * parameters. Parameter types come from the target columns (jsonb columns take JSON text).
 */
import type { Queryable } from './database';

const MAX_PARAMETERS = 65_535;

export async function insertRows(tx: Queryable, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[], suffix = ''): Promise<void> {
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values = chunk.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
    await tx.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} ${suffix}`, chunk.flat());
  }
}
