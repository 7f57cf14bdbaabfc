/**
 * Crashes in chromium with the real renderer, a real server process on PostgreSQL and the fault
 * proxy between them: the server killed mid-batch, the renderer reloaded or crashed between a
 * sale's commit and its push and in the middle of a push, chromium restarted mid-drain, and two
 * windows draining at once. After each, the server holds every event of the terminal exactly
 * once and the terminal's outbox is empty.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { addStaff } from '#sync/admin/staff';
import type { SyncEvent } from '#sync/protocol/events';
import { createEnrolmentCode } from '#sync/server/terminals/enrolment';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { openTestDatabase, type TestDatabase } from '../support/server-databases';
import { serverProcess, type ServerProcess } from '../support/server-process';
import { saleEvent, seedCatalog, type CatalogProduct } from '../support/sync-fixtures';
import { countStore, openShift, readStore, signIn, startTerminal, type Terminal } from '../support/terminal';
import { acknowledged, enrolThroughScreen, nextSeq, openSyncScreen, queueSales, sell } from '../support/terminal-data';
import { until } from '../support/until';

/** The outlet's manager on the server: signs in once the terminal is enrolled, sells and presses "Sinkronkan sekarang". */
const MANAGER = { name: 'Fransiska Manajer', pin: '258046' };

let database: TestDatabase;
let server: ServerProcess;
let proxy: FaultProxy;
let catalog: CatalogProduct[];
let barcodes: string[];
const terminals: Terminal[] = [];

beforeAll(async () => {
  database = await openTestDatabase('postgres');
  catalog = await seedCatalog(database.db, 20);
  barcodes = (
    await database.db.query<{ barcode: string }>('SELECT barcode FROM products ORDER BY natural_key')
  ).rows.map((r) => r.barcode);
  await addStaff(database.db, 'sikka', MANAGER.name, 'manager', MANAGER.pin);
  server = await serverProcess(database.url!);
  await server.start();
  proxy = await startFaultProxy(server.port);
}, 120_000);

afterAll(async () => {
  for (const terminal of terminals) await terminal.close();
  await proxy?.close();
  await server?.stop();
  await database?.close();
});

/** A terminal enrolled through the proxy, its manager signed in; returns it with its terminal id. */
async function enrolledTerminal(): Promise<{ terminal: Terminal; id: string; outletId: string }> {
  const terminal = await startTerminal();
  terminals.push(terminal);
  const code = (await createEnrolmentCode(database.db, 'sikka'))!.code;
  await enrolThroughScreen(terminal.page, proxy.url, code, MANAGER);
  const connection = await terminal.bridge.registry.invoke('sync-connection', []);
  if (!connection.ok || !connection.value) throw new Error('not enrolled');
  const { terminalId, outletId } = connection.value as { terminalId: string; outletId: string };
  return { terminal, id: terminalId, outletId };
}

/** Sales numbered after what the terminal numbered itself (its enrolment's audit entry). */
const queued = async (
  terminal: Terminal,
  ids: { id: string; outletId: string },
  count: number,
): Promise<SyncEvent[]> => {
  const first = await nextSeq(terminal.page);
  return Array.from({ length: count }, (_, i) =>
    saleEvent({ terminal: ids, seq: first + i, products: catalog, asnNip: undefined }),
  );
};

async function serverEvents(terminalId: string): Promise<Map<string, number>> {
  const { rows } = await database.db.query<{ id: string; total: number | null }>(
    'SELECT e.id::text, s.total FROM events e LEFT JOIN sales s ON s.event_id = e.id WHERE e.terminal_id = $1',
    [terminalId],
  );
  return new Map(rows.map((r) => [r.id, r.total ?? -1]));
}

/** The invariant: the server holds exactly the terminal's events, each once, sales with the same totals; nothing waits. */
async function expectExactlyOnce(terminal: Terminal, terminalId: string, timeoutMs = 60_000): Promise<void> {
  await until(async () => (await countStore(terminal.page, 'outbox')) === 0, 'the outbox to drain', timeoutMs);
  const acks = await acknowledged(terminal.page);
  const sales = new Map(
    (await readStore<{ id: string; total: number }>(terminal.page, 'sales')).map((s) => [s.id, s.total]),
  );
  const held = await serverEvents(terminalId);
  expect(new Set(held.keys())).toEqual(new Set(acks.map((a) => a.id)));
  expect(held.size).toBe(acks.length);
  const saleAcks = acks.filter((a) => a.type === 'sale.completed');
  expect(saleAcks).toHaveLength(sales.size);
  for (const ack of saleAcks) expect(held.get(ack.id)).toBe(sales.get(ack.documentId));
  expect(await readStore(terminal.page, 'deadLetters')).toEqual([]);
}

/** Kills the page's renderer process, as a crash would (Chrome's "Aw, Snap!"). */
async function crashRenderer(terminal: Terminal): Promise<void> {
  const crashed = new Promise((resolve) => terminal.page.once('crash', resolve));
  const cdp = await terminal.context.newCDPSession(terminal.page);
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

const syncNow = async (page: Page) => {
  await openSyncScreen(page);
  await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
};

/** A new window on the same terminal after the old one died; the sync engine starts at boot, before anyone signs in. */
async function reopen(terminal: Terminal): Promise<void> {
  terminal.page = await terminal.context.newPage();
  await terminal.page.goto(terminal.url);
  await terminal.page.locator('.staff-list').waitFor();
}

describe('sync survives crashes', () => {
  it('drains everything exactly once when the server process is killed mid-batch, twice', async () => {
    const { terminal, id, outletId } = await enrolledTerminal();
    await queueSales(terminal.page, await queued(terminal, { id, outletId }, 1_000));
    await syncNow(terminal.page);
    for (const atLeast of [200, 600]) {
      await until(async () => (await serverEvents(id)).size >= atLeast, `${atLeast} events on the server`, 30_000);
      await server.kill();
      expect((await serverEvents(id)).size).toBeLessThan(1_000);
      await server.start();
    }
    await expectExactlyOnce(terminal, id);
  }, 120_000);

  it('sends sales committed while offline after the renderer reloads, and after it crashes', async () => {
    const { terminal, id } = await enrolledTerminal();
    await openShift(terminal.page);
    proxy.set({ refuse: true });
    onTestFinished(() => proxy.set({ refuse: false }));
    await sell(terminal.page, barcodes.slice(0, 2));
    await sell(terminal.page, barcodes.slice(2, 3));
    await terminal.page.reload();
    await signIn(terminal.page, MANAGER.name, MANAGER.pin);
    await sell(terminal.page, barcodes.slice(3, 5));
    await crashRenderer(terminal);
    const before = (await serverEvents(id)).size;
    proxy.set({ refuse: false });
    await reopen(terminal);
    await expectExactlyOnce(terminal, id);
    expect((await readStore(terminal.page, 'sales')).length).toBe(3);
    // The three sales (and the sign-ins, the shift) reached the server only now.
    expect((await serverEvents(id)).size).toBeGreaterThanOrEqual(before + 3);
  }, 90_000);

  it('takes a push the server stored but whose answer the renderer never saw (crash mid-push) as a duplicate', async () => {
    const { terminal, id } = await enrolledTerminal();
    await openShift(terminal.page);
    proxy.set({ latencyMs: 1_500 });
    let waiting: string[] = [];
    try {
      await sell(terminal.page, barcodes.slice(5, 7));
      waiting = (await readStore<{ id: string }>(terminal.page, 'outbox')).map((e) => e.id);
      await until(
        async () => {
          const held = await serverEvents(id);
          return waiting.every((e) => held.has(e));
        },
        'the server to store the sale with the events before it',
        15_000,
      );
      expect(await countStore(terminal.page, 'outbox')).toBe(waiting.length);
      await crashRenderer(terminal);
    } finally {
      proxy.set({ latencyMs: 0 });
    }
    await reopen(terminal);
    await expectExactlyOnce(terminal, id);
    const acks = new Map((await acknowledged(terminal.page)).map((a) => [a.id, a.status]));
    expect(waiting.map((e) => acks.get(e))).toEqual(waiting.map(() => 'duplicate'));
  }, 60_000);

  it('carries on after chromium itself is restarted in the middle of a drain', async () => {
    const { terminal, id, outletId } = await enrolledTerminal();
    await queueSales(terminal.page, await queued(terminal, { id, outletId }, 600));
    proxy.set({ latencyMs: 100 });
    try {
      await syncNow(terminal.page);
      await until(async () => (await serverEvents(id)).size >= 200, 'the first batch on the server', 30_000);
      await terminal.relaunch();
    } finally {
      proxy.set({ latencyMs: 0 });
    }
    await expectExactlyOnce(terminal, id);
  }, 90_000);

  it('lets only one window drain at a time: no batch is ever sent twice', async () => {
    const { terminal, id, outletId } = await enrolledTerminal();
    await queueSales(terminal.page, await queued(terminal, { id, outletId }, 1_000));
    const second = await terminal.context.newPage();
    await second.goto(terminal.url);
    await signIn(second, MANAGER.name, MANAGER.pin);
    await Promise.all([terminal.page, second].map(openSyncScreen));
    await Promise.all(
      [terminal.page, second].map((page) => page.getByRole('button', { name: 'Sinkronkan sekarang' }).click()),
    );
    await expectExactlyOnce(terminal, id);
    // Two drainers would both have pushed the first events: the server would have answered "duplicate".
    expect(new Set((await acknowledged(terminal.page)).map((a) => a.status))).toEqual(new Set(['stored']));
    await second.close();
  }, 90_000);
});
