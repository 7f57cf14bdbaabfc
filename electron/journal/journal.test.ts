import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { rupiah } from '#domain/money';
import { saleEvent, syncEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { closedShift, testShift } from '#tests/support/shift-fixtures';
import { createBridgeHost } from '../terminal-host';
import type { JournalEntry } from '#bridge/journal-entry';
import { JOURNAL_FILE, openJournal, type Journal } from './journal';

const products: CatalogProduct[] = ['Kopi Bajawa', 'Madu Hutan Sumba', 'Tenun Ikat Sikka'].map(
  (name, i) => ({ id: uuidv7(), name, price: rupiah(25_000 + i * 5_000) }) as CatalogProduct,
);
const TERMINAL = { id: uuidv7(), outletId: 'ende' };

/** A sale's commit as the renderer journals it: its event, the outbox seq and the date's receipt counter after it. */
const commit = (seq: number, terminal = TERMINAL): JournalEntry => ({
  terminalId: terminal.id,
  events: [saleEvent({ terminal, seq, products })],
  counters: [
    { name: 'outbox-seq', value: seq },
    { name: 'receipt:2026-12-21', value: seq },
  ],
});

const dirs: string[] = [];
const journals: Journal[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ntt-journal-'));
  dirs.push(dir);
  return dir;
};
const opened = (dir: string, options?: Parameters<typeof openJournal>[1]) => {
  const journal = openJournal(dir, options);
  journals.push(journal);
  return journal;
};

afterEach(async () => {
  for (const journal of journals.splice(0)) await journal.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes until the filesystem has no byte left. */
function fillDisk(path: string): void {
  try {
    writeFileSync(path, Buffer.alloc(64 * 1024 * 1024));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
}

describe('the outbox journal', () => {
  it('keeps every appended event and the counters across a restart of the host', async () => {
    const dir = tempDir();
    const journal = opened(dir);
    const entries = [1, 2, 3].map((seq) => commit(seq));
    for (const entry of entries) expect(await journal.append(entry)).toEqual({ lastSeq: entry.events[0]!.seq });
    await journal.close();

    const again = await opened(dir).read();
    expect(again).toEqual({
      terminalId: TERMINAL.id,
      events: entries.map((e) => e.events[0]),
      counters: [
        { name: 'outbox-seq', value: 3 },
        { name: 'receipt:2026-12-21', value: 3 },
      ],
      lastSeq: 3,
      shiftEvents: [],
    });
  });

  it('drops acknowledged events at rotation, keeping the counters and the last seq', async () => {
    const dir = tempDir();
    const journal = opened(dir, { compactAfterBytes: 2_000 });
    for (let seq = 1; seq <= 20; seq++) await journal.append(commit(seq));
    const before = statSync(join(dir, JOURNAL_FILE)).size;
    await journal.acknowledge(Array.from({ length: 18 }, (_, i) => i + 1));
    const after = statSync(join(dir, JOURNAL_FILE)).size;
    expect(after).toBeLessThan(before / 4);
    await journal.append(commit(21));
    await journal.close();

    const snapshot = await opened(dir).read();
    expect(snapshot.events.map((e) => e.seq)).toEqual([19, 20, 21]);
    expect(snapshot.counters).toContainEqual({ name: 'receipt:2026-12-21', value: 21 });
    expect(snapshot.lastSeq).toBe(21);
    expect(readFileSync(join(dir, JOURNAL_FILE), 'utf8')).not.toContain(`"seq":18,`);
  });

  it('keeps the acknowledged events of a shift still open, across rotations and restarts, until it closes', async () => {
    const dir = tempDir();
    const journal = opened(dir, { compactAfterBytes: 1_000 });
    const shift = testShift(TERMINAL, '2026-12-21T00:00:00.000Z', { 'note-50000': 2 });
    const opening = syncEvent('shift.opened', 1, shift);
    const sales = [2, 3, 4].map((seq) => saleEvent({ terminal: TERMINAL, seq, products, shiftId: shift.id }));
    const outside = Array.from({ length: 10 }, (_, i) => saleEvent({ terminal: TERMINAL, seq: 5 + i, products }));
    for (const event of [opening, ...sales, ...outside])
      await journal.append({ terminalId: TERMINAL.id, events: [event], counters: [] });
    await journal.acknowledge([1, 2, 3, ...outside.map((e) => e.seq)]);
    // Rotated: the acknowledged sales outside any shift are gone from the file, the shift's are not.
    const file = readFileSync(join(dir, JOURNAL_FILE), 'utf8');
    expect(file).toContain(sales[0]!.id);
    expect(file).not.toContain(outside[0]!.id);
    await journal.close();

    const restarted = opened(dir, { compactAfterBytes: 1_000 });
    expect(await restarted.read()).toMatchObject({ events: [sales[2]], shiftEvents: [opening, sales[0], sales[1]] });
    const closing = syncEvent(
      'shift.closed',
      15,
      closedShift(
        shift,
        { sales: [], refunds: [], movements: [] },
        {
          counted: { 'note-50000': 2 },
          closedAt: '2026-12-21T08:00:00.000Z',
        },
      ),
    );
    await restarted.append({ terminalId: TERMINAL.id, events: [closing], counters: [] });
    expect((await restarted.read()).shiftEvents).toEqual([]);
    await restarted.acknowledge([4, 15]);
    await restarted.close();
    expect(await opened(dir).read()).toMatchObject({ events: [], shiftEvents: [], lastSeq: 15 });
  });

  it('skips a line cut short by a crash and appends after it readably', async () => {
    const dir = tempDir();
    const journal = opened(dir);
    await journal.append(commit(1));
    await journal.close();
    appendFileSync(join(dir, JOURNAL_FILE), '{"t":"entry","entry":{"terminalId":"');

    const restarted = opened(dir);
    expect((await restarted.read()).events.map((e) => e.seq)).toEqual([1]);
    await restarted.append(commit(2));
    await restarted.close();
    expect((await opened(dir).read()).events.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('belongs to one terminal: a new identity starts it afresh', async () => {
    const dir = tempDir();
    const journal = opened(dir);
    const practice = { id: 'demo-latihan-1', outletId: 'demo-manggarai-barat' };
    await journal.append(commit(1, practice));
    await journal.append(commit(2, practice));
    await journal.append(commit(1));
    await journal.close();
    expect(await opened(dir).read()).toMatchObject({
      terminalId: TERMINAL.id,
      events: [{ seq: 1, payload: { terminalId: TERMINAL.id } }],
      lastSeq: 1,
    });
  });

  it('is served over the bridge, refusing an event of another terminal', async () => {
    const dir = tempDir();
    const host = createBridgeHost(dir, 'web', 'test');
    try {
      expect(await host.registry.invoke('journal-append', [commit(1)])).toEqual({ ok: true, value: { lastSeq: 1 } });
      const foreign = { ...commit(2), terminalId: 'terminal-lain' };
      expect(await host.registry.invoke('journal-append', [foreign])).toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments' },
      });
      expect(await host.registry.invoke('journal-acknowledge', [[1]])).toEqual({ ok: true, value: null });
      expect(await host.registry.invoke('journal-read', [])).toMatchObject({
        ok: true,
        value: { events: [], lastSeq: 1 },
      });
    } finally {
      await host.close();
    }
  });

  it('refuses an append the disk cannot hold, keeping what it held', async (context) => {
    const dir = tempDir();
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
    } catch (error) {
      context.skip(
        `cannot mount a tmpfs here (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      );
    }
    const host = createBridgeHost(dir, 'web', 'test');
    try {
      expect(await host.registry.invoke('journal-append', [commit(1)])).toMatchObject({ ok: true });
      fillDisk(join(dir, 'pengisi'));
      // The file's last page may still hold a line or two; then the disk says no.
      const kept = [1];
      let refusal;
      for (let seq = 2; !refusal && seq < 20; seq++) {
        const answer = await host.registry.invoke('journal-append', [commit(seq)]);
        if (answer.ok) kept.push(seq);
        else refusal = answer.error;
      }
      expect(refusal).toMatchObject({ code: 'journal-failed', message: expect.stringContaining('disk penuh') });
      rmSync(join(dir, 'pengisi'));
      expect(await host.registry.invoke('journal-append', [commit(30)])).toMatchObject({ ok: true });
      await host.close();
      expect((await opened(dir).read()).events.map((e) => e.seq)).toEqual([...kept, 30]);
    } finally {
      await host.close();
      for (const journal of journals.splice(0)) await journal.close();
      execFileSync('umount', [dir]);
    }
  });
});
