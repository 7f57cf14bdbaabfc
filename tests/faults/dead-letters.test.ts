/**
 * Dead letters against a real server (in-process, PostgreSQL), driven like sync-client.test.ts:
 * a refused event's seq holds the terminal's high water back until the terminal sends it again
 * under a new id or the province skips it (either way the outbox journal lets it go), and an event
 * the server fails on (500) is set aside so the events after it still flow.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNAL_FILE, openJournal, type Journal } from '#electron/journal/journal';
import type { SyncConnection } from '#electron/sync/connection';
import { pushBatch } from '#electron/sync/server-requests';
import { runAdminCommand } from '#sync/admin/commands';
import { MemorySyncStore } from '#sync/client/memory-store';
import { pushOutbox, SERVER_FAULT_TRIES } from '#sync/client/push-outbox';
import type { SyncTransport } from '#sync/client/transport';
import type { ServerAnswer } from '#sync/protocol/server-answer';
import type { SyncEvent } from '#sync/protocol/events';
import { saleEvent, seedCatalog, type CatalogProduct } from '../support/sync-fixtures';
import { startTestServer, type TestServer } from '../support/sync-server';

let server: TestServer;
let products: CatalogProduct[];

beforeAll(async () => {
  server = await startTestServer('postgres');
  products = await seedCatalog(server.db, 10);
}, 60_000);
afterAll(() => server.close());

interface Client {
  terminal: { id: string; outletId: string };
  store: MemorySyncStore;
  connection: SyncConnection;
  transport: SyncTransport;
  now: () => Date;
}

async function client(): Promise<Client> {
  const enrolled = await server.enrol('sikka');
  const connection: SyncConnection = {
    serverUrl: server.baseUrl,
    terminalId: enrolled.terminalId,
    outletId: enrolled.outletId,
    token: enrolled.token,
    enrolledAt: new Date().toISOString(),
  };
  return {
    terminal: { id: enrolled.terminalId, outletId: enrolled.outletId },
    store: new MemorySyncStore(),
    connection,
    now: () => new Date(),
    transport: {
      push: (body) => pushBatch(connection, body, 'test'),
      pull: () => Promise.reject(new Error('not pulled here')),
    },
  };
}

const sales = (c: Client, count: number, from = 1) =>
  Array.from({ length: count }, (_, i) => saleEvent({ terminal: c.terminal, seq: from + i, products }));

/** A terminal whose event at `seq` the server refuses: another terminal took its id first (a copied database, say). */
async function withRefusedSeq(seq: number, count: number): Promise<{ c: Client; refused: SyncEvent }> {
  const c = await client();
  const other = await client();
  const events = sales(c, count);
  const refused = events[seq - 1]!;
  await server.push(other.connection.token, [
    { ...saleEvent({ terminal: other.terminal, seq: 1, products }), id: refused.id },
  ]);
  for (const event of events) c.store.enqueue(event);
  const report = await pushOutbox(c.store, c);
  expect(report).toMatchObject({ acknowledged: count - 1, deadLettered: 1, highWaterSeq: seq - 1, failure: null });
  return { c, refused };
}

const highWater = async (terminalId: string) =>
  (
    await server.db.query<{ high_water_seq: number }>('SELECT high_water_seq FROM terminals WHERE id = $1', [
      terminalId,
    ])
  ).rows[0]!.high_water_seq;

describe('a dead letter', () => {
  it('resent by "Kirim ulang semua" goes under a new id into its own seq, and the high water runs to the end', async () => {
    const { c, refused } = await withRefusedSeq(5, 250);
    expect(c.store.requeueDeadLetters()).toBe(1);
    const resent = c.store.outbox.get(5)!;
    expect(resent.id).not.toBe(refused.id);
    expect(resent.payload).toEqual(refused.payload);
    for (const event of sales(c, 100, 251)) c.store.enqueue(event);
    const report = await pushOutbox(c.store, c);
    expect(report).toMatchObject({ acknowledged: 101, deadLettered: 0, highWaterSeq: 350, failure: null });
    expect(c.store.deadLetters.size).toBe(0);
    expect(
      (await server.db.query('SELECT count(*)::int AS n FROM seq_gaps WHERE terminal_id = $1', [c.terminal.id])).rows,
    ).toEqual([{ n: 0 }]);
  });

  it('skipped by the province is recorded with its reason, and the terminal drains on with its high water at the end', async () => {
    const { c } = await withRefusedSeq(3, 20);
    const terminal = c.terminal.id;
    expect(await runAdminCommand(server.db, ['dead-letter', 'list', terminal])).toMatch(
      new RegExp(`${terminal}\\s+3\\s+.*belongs to another terminal`),
    );
    await expect(runAdminCommand(server.db, ['dead-letter', 'skip', terminal, '3'])).rejects.toThrow(/butuh --reason/);
    await expect(
      runAdminCommand(server.db, ['dead-letter', 'skip', terminal, '4', '--reason', 'salah']),
    ).rejects.toThrow(/Seq 4 .* tidak sedang ditunggu/);
    expect(
      await runAdminCommand(server.db, [
        'dead-letter',
        'skip',
        terminal,
        '3',
        '--reason',
        'Salinan basis data; penjualan dicatat manual',
      ]),
    ).toMatch(/2 → 20/);
    expect(
      (await server.db.query('SELECT seq, reason FROM skipped_seqs WHERE terminal_id = $1', [terminal])).rows,
    ).toEqual([{ seq: 3, reason: 'Salinan basis data; penjualan dicatat manual' }]);
    expect(await runAdminCommand(server.db, ['dead-letter', 'list', terminal])).toMatch(/tidak menunggu seq/);
    for (const event of sales(c, 30, 21)) c.store.enqueue(event);
    expect(await pushOutbox(c.store, c)).toMatchObject({ acknowledged: 30, highWaterSeq: 50, failure: null });
    expect(await highWater(terminal)).toBe(50);
  });
});

describe('a dead letter in the outbox journal', () => {
  /**
   * The terminal's journal (the host's file, rotated at every chance) holding each queued event, told
   * what the province now holds after each settle, as renderer/journal/acknowledging-store.ts does.
   */
  async function journaled(
    c: Client,
    events: readonly SyncEvent[],
  ): Promise<{ journal: Journal; file: () => string; close: () => Promise<void> }> {
    const dir = mkdtempSync(join(tmpdir(), 'ntt-dead-journal-'));
    const journal = openJournal(dir, { compactAfterBytes: 0 });
    await journal.append({ terminalId: c.terminal.id, events: [...events], counters: [] });
    const settle = c.store.settle.bind(c.store);
    c.store.settle = async (settlements) => {
      const held = await settle(settlements);
      await journal.acknowledge(held);
      return held;
    };
    return {
      journal,
      file: () => readFileSync(join(dir, JOURNAL_FILE), 'utf8'),
      close: async () => {
        await journal.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  it("leaves the journal once the province skips its seq: the next answer's high water passes it", async () => {
    const c = await client();
    const other = await client();
    const events = sales(c, 20);
    const refused = events[2]!;
    await server.push(other.connection.token, [
      { ...saleEvent({ terminal: other.terminal, seq: 1, products }), id: refused.id },
    ]);
    for (const event of events) c.store.enqueue(event);
    const { journal, file, close } = await journaled(c, events);
    try {
      expect(await pushOutbox(c.store, c)).toMatchObject({ acknowledged: 19, deadLettered: 1, highWaterSeq: 2 });
      expect((await journal.read()).events).toEqual([refused]);

      await runAdminCommand(server.db, ['dead-letter', 'skip', c.terminal.id, '3', '--reason', 'Salinan basis data']);
      const later = sales(c, 5, 21);
      await journal.append({ terminalId: c.terminal.id, events: later, counters: [] });
      for (const event of later) c.store.enqueue(event);
      expect(await pushOutbox(c.store, c)).toMatchObject({ acknowledged: 5, highWaterSeq: 25, failure: null });
      expect((await journal.read()).events).toEqual([]);
      // Rotated: the file no longer holds the refused event.
      expect(file()).not.toContain(refused.id);
      // Kept on the terminal for the record, but no longer waiting for anyone: not sent again.
      expect([...c.store.deadLetters.values()]).toEqual([
        expect.objectContaining({ seq: 3, resolvedAt: expect.any(String) }),
      ]);
      expect(c.store.requeueDeadLetters()).toBe(0);
    } finally {
      await close();
    }
  });

  it('leaves the journal once it is resent as a corrected event and the province stores that', async () => {
    const { c, refused } = await withRefusedSeq(4, 10);
    const { journal, file, close } = await journaled(c, [refused]);
    try {
      // The other terminal's event is moved out of the way: what made the province refuse it is put right.
      expect(c.store.requeueDeadLetters()).toBe(1);
      const resent = c.store.outbox.get(4)!;
      expect(await pushOutbox(c.store, c)).toMatchObject({
        acknowledged: 1,
        deadLettered: 0,
        highWaterSeq: 10,
        failure: null,
      });
      expect(resent.id).not.toBe(refused.id);
      expect((await journal.read()).events).toEqual([]);
      expect(file()).not.toContain(refused.id);
      expect(c.store.deadLetters.size).toBe(0);
    } finally {
      await close();
    }
  });

  it('stays in the journal while the province holds its seq under another event: that needs a person', async () => {
    const c = await client();
    const events = sales(c, 6);
    await server.push(c.connection.token, events.slice(0, 3));
    const clash = { ...events[2]!, id: '0190a0b0-0001-7000-8000-00000000abcd' };
    c.store.enqueue(clash);
    for (const event of events.slice(3)) c.store.enqueue(event);
    const { journal, close } = await journaled(c, [clash, ...events.slice(3)]);
    try {
      expect(await pushOutbox(c.store, c)).toMatchObject({ acknowledged: 3, deadLettered: 1, highWaterSeq: 6 });
      expect((await journal.read()).events).toEqual([clash]);
      expect(c.store.requeueDeadLetters()).toBe(1);
    } finally {
      await close();
    }
  });
});

describe('an event the server fails on', () => {
  /** The real server, except that a batch holding `poison` is answered 500 as a server bug would. */
  const failingOn = (c: Client, poison: (e: SyncEvent) => boolean): SyncTransport & { requests: number } => {
    const transport = {
      requests: 0,
      push: async (body: Uint8Array): Promise<ServerAnswer> => {
        transport.requests++;
        const { events } = JSON.parse(gunzipSync(body).toString('utf8')) as { events: SyncEvent[] };
        if (events.some(poison))
          return {
            kind: 'answer',
            status: 500,
            body: { error: { code: 'internal', message: 'internal server error' } },
            date: null,
          };
        return pushBatch(c.connection, body, 'test');
      },
      pull: c.transport.pull,
    };
    return transport;
  };

  it('is narrowed down, tried alone, and set aside as a dead letter once the next event goes through; the rest flow', async () => {
    const c = await client();
    const events = sales(c, 450);
    for (const event of events) c.store.enqueue(event);
    const transport = failingOn(c, (e) => e.seq === 137);
    const report = await pushOutbox(c.store, { ...c, transport });
    expect(report).toMatchObject({ acknowledged: 449, deadLettered: 1, failure: null });
    expect([...c.store.deadLetters.values()]).toEqual([
      expect.objectContaining({
        seq: 137,
        reason: expect.stringMatching(/^Server gagal memproses event ini 3 kali .*500/),
      }),
    ]);
    expect(c.store.outbox.size).toBe(0);
    expect(await highWater(c.terminal.id)).toBe(136);
    expect(transport.requests).toBeLessThan(40);
  });

  it('is never set aside while the server fails on everything: the events wait', async () => {
    const c = await client();
    for (const event of sales(c, 5)) c.store.enqueue(event);
    const transport = failingOn(c, () => true);
    const report = await pushOutbox(c.store, { ...c, transport });
    expect(report).toMatchObject({ acknowledged: 0, deadLettered: 0, failure: { kind: 'server', status: 500 } });
    expect(c.store.outbox.size).toBe(5);
    // Halved 5 → 3 → 2 → 1, tried alone, then the next event alone fails too.
    expect(transport.requests).toBe(3 + SERVER_FAULT_TRIES + 1);
  });

  it('is not buried while it is the last event waiting', async () => {
    const c = await client();
    c.store.enqueue(sales(c, 1)[0]!);
    const report = await pushOutbox(c.store, { ...c, transport: failingOn(c, () => true) });
    expect(report).toMatchObject({ deadLettered: 0, failure: { kind: 'server', status: 500 } });
    expect(c.store.outbox.size).toBe(1);
  });
});
