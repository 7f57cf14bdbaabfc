/**
 * The one interface the server and admin CLI use to reach the database, implemented over a `pg`
 * pool (PostgreSQL) and over PGlite (embedded, the zero-setup default). Same SQL for both.
 * Parsed types are made alike: int8 as number, date as 'YYYY-MM-DD', timestamptz as Date.
 */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: R[] }>;
  /** Runs a script of several statements without parameters (migrations). */
  script(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /**
   * Runs `work` in one transaction (READ COMMITTED), committing when it resolves and rolling back
   * when it throws. Inside, use only `tx`: on PGlite a query on the database itself would wait for
   * the transaction to end.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** SQLSTATEs after which the same transaction may succeed when run again. */
const RETRYABLE = new Set(['23505', '40001', '40P01']);

export function isRetryable(error: unknown): boolean {
  return typeof error === 'object' && error !== null && RETRYABLE.has(String((error as { code?: unknown }).code));
}

/**
 * The database went away under a query: a restart, a failover, a terminated backend, a refused
 * or broken connection. Worth answering 503 and trying again later, never a server bug.
 */
const CONNECTION_SQLSTATES = /^(08|57P0)/;
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND']);

export function isConnectionLost(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = String((error as { code?: unknown }).code ?? '');
  return (
    CONNECTION_SQLSTATES.test(code) ||
    CONNECTION_ERRNOS.has(code) ||
    /Connection terminated|connection is closed|Client has encountered a connection error/i.test(error.message)
  );
}

/** int8 values the server handles (money, counts, positions) stay far below 2^53. */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 ${text} does not fit a JavaScript number`);
  return value;
}

export const INT8_OID = 20;
export const DATE_OID = 1082;
