/** The Database interface over a `pg` connection pool. */
import pg from 'pg';
import { DATE_OID, INT8_OID, parseInt8, type Database, type Queryable } from './database';

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8_OID) return parseInt8;
    if (oid === DATE_OID) return (text: string) => text;
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  max?: number;
  /** Told of a connection the database dropped (restart, failover, pg_terminate_backend). */
  onConnectionError?: (error: Error) => void;
}

export function openPostgres(connectionString: string, options: PostgresOptions = {}): Database {
  const pool = new pg.Pool({ connectionString, types, max: options.max ?? 10 });
  const connectionError = options.onConnectionError ?? (() => {});
  // A client losing its connection (database restart, failover, a terminated backend) emits
  // 'error'; unheard, that event kills the process. The pool hears it for idle clients; every
  // client hears it for itself while checked out, when the query in flight fails too and that
  // failure is the caller's to report.
  pool.on('error', connectionError);
  pool.on('connect', (client) => client.on('error', connectionError));
  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<R>(sql: string, params?: readonly unknown[]) {
      const result = await client.query(sql, params as unknown[] | undefined);
      return { rows: result.rows as R[] };
    },
    async script(sql: string) {
      await client.query(sql);
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        // A failed ROLLBACK means the connection is broken: destroy it instead of pooling it.
        await client.query('ROLLBACK').then(
          () => client.release(),
          (rollbackError: Error) => client.release(rollbackError),
        );
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
