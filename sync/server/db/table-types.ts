/**
 * Writes the TypeScript source of tables.ts from a migrated database's information_schema: per
 * table its columns with the types the server reads them as (database.ts: int8 as number, date as
 * 'YYYY-MM-DD' text, timestamptz as Date), and which columns an insert may or must leave out.
 * `npm run db:types` runs it on an in-memory PGlite (write-table-types.ts); tables.test.ts fails
 * when tables.ts is not what it writes now.
 */
import { format, resolveConfig } from 'prettier';
import type { Queryable } from './database';

export const TABLES_FILE = new URL('./tables.ts', import.meta.url);

interface ColumnInfo {
  table_name: string;
  column_name: string;
  udt_name: string;
  nullable: boolean;
  defaulted: boolean;
  generated: boolean;
}

/** The TypeScript type a column reads as, by its PostgreSQL type name (arrays are named _element). */
const TYPES: Record<string, string> = {
  text: 'string',
  varchar: 'string',
  uuid: 'string',
  date: 'string',
  int2: 'number',
  int4: 'number',
  int8: 'number',
  bool: 'boolean',
  timestamptz: 'Date',
  bytea: 'Uint8Array',
  json: 'unknown',
  jsonb: 'unknown',
};

function columnType(column: ColumnInfo): string {
  const array = column.udt_name.startsWith('_');
  const base = TYPES[array ? column.udt_name.slice(1) : column.udt_name];
  if (base === undefined)
    throw new Error(`${column.table_name}.${column.column_name}: no TypeScript type for ${column.udt_name} yet`);
  const type = array ? `${base}[]` : base;
  return column.nullable && base !== 'unknown' ? `${type} | null` : type;
}

export async function tableTypesSource(db: Queryable): Promise<string> {
  const { rows } = await db.query<ColumnInfo>(
    `SELECT c.table_name, c.column_name, c.udt_name, c.is_nullable = 'YES' AS nullable,
       c.column_default IS NOT NULL OR c.identity_generation = 'BY DEFAULT' AS defaulted,
       c.identity_generation = 'ALWAYS' OR c.is_generated = 'ALWAYS' AS generated
     FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
     ORDER BY c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, ColumnInfo[]>();
  for (const row of rows) tables.set(row.table_name, [...(tables.get(row.table_name) ?? []), row]);
  const columnsOf = (pick: (c: ColumnInfo) => boolean) =>
    [...tables].map(([table, columns]) => {
      const picked = columns.filter(pick).map((c) => `'${c.column_name}'`);
      return `  ${table}: ${picked.length > 0 ? picked.join(' | ') : 'never'};`;
    });
  const source = [
    '/**',
    " * The server's tables as the migrations leave them, written by `npm run db:types`",
    ' * (db/table-types.ts) from sync/server/db/migrations: do not edit, run it after adding a migration.',
    ' * Column types are as the server reads them (db/database.ts); db/insert-rows.ts types inserts by them.',
    ' */',
    'export interface Tables {',
    ...[...tables].flatMap(([table, columns]) => [
      `  ${table}: {`,
      ...columns.map((c) => `    ${c.column_name}: ${columnType(c)};`),
      '  };',
    ]),
    '}',
    '',
    '/** Per table, the columns an insert may leave out: the database fills them (a default, an identity). */',
    'export interface DefaultedColumns {',
    ...columnsOf((c) => c.defaulted),
    '}',
    '',
    '/** Per table, the columns an insert must leave out: the database always computes them. */',
    'export interface GeneratedColumns {',
    ...columnsOf((c) => c.generated),
    '}',
    '',
  ].join('\n');
  return format(source, { ...(await resolveConfig(TABLES_FILE)), parser: 'typescript' });
}
