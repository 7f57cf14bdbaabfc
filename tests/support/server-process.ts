/**
 * The provincial server as a real child process, started the way `npm run server` starts it
 * (sync/server/main.ts through tsx), on a fixed loopback port so it can be stopped, killed and
 * started again at the same address; and the admin CLI as `npm run admin` runs it. Both use
 * PostgreSQL through DATABASE_URL (a test schema from server-databases.ts), or PGlite in a data directory.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from '#electron/paths';
import { until } from './until';

const TSX = ['--import', 'tsx'];

export interface ServerProcess {
  url: string;
  port: number;
  /** Starts the server and waits (30 s unless told) until /v1/health answers. */
  start(timeoutMs?: number): Promise<void>;
  /** SIGTERM, as an operator stops it. */
  stop(): Promise<void>;
  /** SIGKILL: a crash, mid-whatever it was doing. */
  kill(): Promise<void>;
  running(): boolean;
  /** What the server wrote, for a failing test's message. */
  output: string[];
}

export async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function serverProcess(database: string | { dataDir: string }, port?: number): Promise<ServerProcess> {
  const chosen = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosen}`;
  let child: ChildProcess | null = null;
  const output: string[] = [];
  const ended = async (signal: NodeJS.Signals) => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exit = once(running, 'exit');
    running.kill(signal);
    await exit;
    child = null;
  };
  return {
    url,
    port: chosen,
    output,
    running: () => child !== null,
    async start(timeoutMs = 30_000) {
      child = spawn(process.execPath, [...TSX, join(PROJECT_ROOT, 'sync/server/main.ts')], {
        cwd: PROJECT_ROOT,
        env: { ...databaseEnv(database), PORT: String(chosen), LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (d: Buffer) => output.push(String(d)));
      child.stderr!.on('data', (d: Buffer) => output.push(String(d)));
      const started = child;
      await until(
        async () => {
          if (started.exitCode !== null) throw new Error(`server exited: ${output.join('')}`);
          return fetch(`${url}/v1/health`).then(
            (r) => r.ok,
            () => false,
          );
        },
        'the server process to answer /v1/health',
        timeoutMs,
      );
    },
    stop: () => ended('SIGTERM'),
    kill: () => ended('SIGKILL'),
  };
}

/** PostgreSQL by its URL, or the embedded database in a data directory (DATABASE_URL unset). */
export function databaseEnv(database: string | { dataDir: string }): NodeJS.ProcessEnv {
  const { DATABASE_URL: _unused, ...rest } = process.env;
  return typeof database === 'string' ? { ...rest, DATABASE_URL: database } : { ...rest, DATA_DIR: database.dataDir };
}

/** `npm run admin -- ARGS` against the same database; returns what it printed. */
export function admin(databaseUrl: string, ...args: string[]): string {
  return adminWithInput(databaseUrl, '', args);
}

/** `staff add`, the PIN given on stdin as a script gives it. */
export function addStaff(
  databaseUrl: string,
  outletId: string,
  name: string,
  role: 'kasir' | 'manager',
  pin: string,
): string {
  return adminWithInput(databaseUrl, `${pin}\n`, ['staff', 'add', outletId, name, '--role', role]);
}

/** `user add` for the back office, the password given on stdin as a script gives it. */
export function addBackofficeUser(
  databaseUrl: string,
  name: string,
  password: string,
  role: 'provinsi' | 'bkd' | 'outlet',
  outletId?: string,
): string {
  const outlet = outletId === undefined ? [] : ['--outlet', outletId];
  return adminWithInput(databaseUrl, `${password}\n`, ['user', 'add', name, '--role', role, ...outlet]);
}

function adminWithInput(databaseUrl: string, input: string, args: string[]): string {
  const result = spawnSync('npm', ['run', '--silent', 'admin', '--', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    input,
  });
  if (result.status !== 0)
    throw new Error(`admin ${args.join(' ')} failed (${result.status}): ${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** The code `enroll-code OUTLET` printed. */
export function enrolmentCode(databaseUrl: string, outletId: string): string {
  const printed = admin(databaseUrl, 'enroll-code', outletId);
  const code = /: ([A-Z0-9]{4}-[A-Z0-9]{4})\s*$/m.exec(printed)?.[1];
  if (!code) throw new Error(`no code in: ${printed}`);
  return code;
}
