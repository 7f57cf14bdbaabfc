/**
 * The outbox journal: every committed outbox event, appended by the host process to a file in the
 * user data folder, outside the browser's storage, and flushed to disk (fdatasync) before the
 * append answers. Chromium deletes an origin's whole IndexedDB when the disk fills up; with the
 * journal a terminal that starts with an empty or unreadable database rebuilds its outbox, its
 * event sequence and its receipt counters (renderer/journal) before it sells again.
 *
 * One JSON line per record: a commit's entry, the seqs the province acknowledged, or (first line
 * after a rotation) the state carried over. Acknowledged events are dropped from the file by
 * rotation, except those of a shift still open (kept until the shift closes, so a rebuilt terminal
 * still has its open shift and the sales its Z report counts): the live state is written to a new file, flushed, and renamed over the old one, so a
 * power cut leaves one or the other whole. A line cut short by a crash or a full disk is skipped
 * when reading, and the file is rewritten before anything is appended after it.
 */
import { mkdir, open, readFile, rename, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { eventShiftId, type SyncEvent } from '#sync/protocol/events';
import { syncEventSchema } from '#sync/protocol/events';
import {
  journalCounterSchema,
  journalEntrySchema,
  type JournalEntry,
  type JournalSnapshot,
} from '#bridge/journal-entry';

export const JOURNAL_FILE = join('jurnal', 'outbox-journal.jsonl');
/** Rotate once this many bytes of the file are acknowledged events (and they are most of it). */
const COMPACT_AFTER_BYTES = 4 * 1024 * 1024;
/** Events per line when the live state is rewritten. */
const EVENTS_PER_LINE = 500;

const lineSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('entry'), entry: journalEntrySchema }),
  z.object({ t: z.literal('ack'), seqs: z.array(z.number().int().positive()) }),
  z.object({
    t: z.literal('state'),
    terminalId: z.string().nullable(),
    counters: z.array(journalCounterSchema),
    lastSeq: z.number().int().nonnegative(),
  }),
  /** After a rotation: acknowledged events of the shifts still open. */
  z.object({ t: z.literal('kept'), events: z.array(syncEventSchema) }),
]);
type Line = z.infer<typeof lineSchema>;

export interface Journal {
  /** Resolves once the entry is on disk; rejects (and keeps nothing of it) when it cannot be. */
  append(entry: JournalEntry): Promise<{ lastSeq: number }>;
  /** The province holds these events: they leave the journal at its next rotation. */
  acknowledge(seqs: readonly number[]): Promise<void>;
  read(): Promise<JournalSnapshot>;
  close(): Promise<void>;
}

type Held = Map<number, { event: SyncEvent; bytes: number }>;

interface State {
  terminalId: string | null;
  /** Unacknowledged events by seq, with the bytes each takes in the file. */
  events: Held;
  /** Acknowledged events of the shifts still open, by seq. */
  kept: Held;
  /** The shifts opened and not yet closed. */
  openShifts: Set<string>;
  counters: Map<string, number>;
  lastSeq: number;
}

export function openJournal(userDataDir: string, options: { compactAfterBytes?: number } = {}): Journal {
  const path = join(userDataDir, JOURNAL_FILE);
  const compactAfter = options.compactAfterBytes ?? COMPACT_AFTER_BYTES;
  let state: State | null = null;
  let handle: FileHandle | null = null;
  let fileBytes = 0;
  /** The file may end in a partial line: rewrite it before appending. */
  let dirty = false;
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work);
    chain = next.catch(() => undefined);
    return next;
  };

  async function load(): Promise<State> {
    if (state) return state;
    const loaded: State = emptyState();
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const lines = text.split('\n');
    // The last piece is '' when the file ends with a newline; anything else is a line cut short.
    dirty = lines.pop() !== '';
    for (const raw of lines) {
      const line = parseLine(raw);
      if (line) applyLine(loaded, line, Buffer.byteLength(raw) + 1);
      else dirty = true;
    }
    fileBytes = Buffer.byteLength(text);
    state = loaded;
    return loaded;
  }

  async function appendLine(line: Line): Promise<number> {
    if (dirty) await rewrite();
    const text = `${JSON.stringify(line)}\n`;
    handle ??= await openForAppend(path);
    dirty = true;
    await handle.write(text);
    await handle.datasync();
    dirty = false;
    const bytes = Buffer.byteLength(text);
    fileBytes += bytes;
    return bytes;
  }

  /** Rotation: the live state to a new file, flushed, renamed over the old one. */
  async function rewrite(): Promise<void> {
    const current = await load();
    const lines: Line[] = [
      { t: 'state', terminalId: current.terminalId, counters: countersOf(current), lastSeq: current.lastSeq },
    ];
    const kept = inSeqOrder(current.kept);
    for (let i = 0; i < kept.length; i += EVENTS_PER_LINE)
      lines.push({ t: 'kept', events: kept.slice(i, i + EVENTS_PER_LINE) });
    const events = [...current.events.values()].map((e) => e.event);
    for (let i = 0; i < events.length; i += EVENTS_PER_LINE) {
      lines.push({
        t: 'entry',
        entry: { terminalId: current.terminalId!, events: events.slice(i, i + EVENTS_PER_LINE), counters: [] },
      });
    }
    const text = lines.map((l) => `${JSON.stringify(l)}\n`).join('');
    await handle?.close();
    handle = null;
    const temporary = `${path}.tmp`;
    await mkdir(dirname(path), { recursive: true });
    const file = await open(temporary, 'w');
    try {
      await file.write(text);
      await file.datasync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
    await syncFolder(dirname(path));
    fileBytes = Buffer.byteLength(text);
    dirty = false;
  }

  const liveBytes = (s: State) => [...s.events.values(), ...s.kept.values()].reduce((n, e) => n + e.bytes, 0);

  return {
    append: (entry) =>
      serial(async () => {
        const current = await load();
        const line: Line = { t: 'entry', entry };
        if (current.terminalId !== null && current.terminalId !== entry.terminalId) {
          // A new identity (mode latihan left for enrolment): the old one's journal is of no use.
          applyLine(current, line, 0);
          await rewrite().catch((error: unknown) => {
            state = null;
            throw error;
          });
        } else {
          const bytes = await appendLine(line);
          applyLine(current, line, bytes);
        }
        return { lastSeq: current.lastSeq };
      }),
    acknowledge: (seqs) =>
      serial(async () => {
        const current = await load();
        const held = seqs.filter((seq) => current.events.has(seq));
        if (held.length === 0) return;
        const line: Line = { t: 'ack', seqs: held };
        await appendLine(line);
        applyLine(current, line, 0);
        const live = liveBytes(current);
        if (fileBytes - live > compactAfter && fileBytes > 2 * live) await rewrite();
      }),
    read: () =>
      serial(async () => {
        const current = await load();
        return {
          terminalId: current.terminalId,
          events: inSeqOrder(current.events),
          counters: countersOf(current),
          lastSeq: current.lastSeq,
          shiftEvents: inSeqOrder(current.kept),
        };
      }),
    close: () =>
      serial(async () => {
        await handle?.close();
        handle = null;
      }),
  };
}

function parseLine(raw: string): Line | null {
  try {
    const parsed = lineSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** `bytes`: what the line takes in the file, shared out among an entry's events. */
function applyLine(state: State, line: Line, bytes: number): void {
  switch (line.t) {
    case 'state':
      Object.assign(state, emptyState(), {
        terminalId: line.terminalId,
        counters: new Map(line.counters.map((c) => [c.name, c.value])),
        lastSeq: line.lastSeq,
      });
      return;
    case 'kept': {
      const share = bytes / Math.max(1, line.events.length);
      for (const event of line.events) {
        state.kept.set(event.seq, { event, bytes: share });
        followShifts(state, event);
      }
      return;
    }
    case 'ack':
      for (const seq of line.seqs) {
        const held = state.events.get(seq);
        state.events.delete(seq);
        const shift = held && eventShiftId(held.event);
        if (shift && state.openShifts.has(shift)) state.kept.set(seq, held);
      }
      return;
    case 'entry': {
      const { entry } = line;
      if (state.terminalId !== entry.terminalId) Object.assign(state, emptyState(), { terminalId: entry.terminalId });
      const share = entry.events.length === 0 ? 0 : bytes / entry.events.length;
      for (const event of entry.events) {
        state.events.set(event.seq, { event, bytes: share });
        state.lastSeq = Math.max(state.lastSeq, event.seq);
        followShifts(state, event);
      }
      for (const counter of entry.counters)
        state.counters.set(counter.name, Math.max(counter.value, state.counters.get(counter.name) ?? 0));
    }
  }
}

const emptyState = (): State => ({
  terminalId: null,
  events: new Map(),
  kept: new Map(),
  openShifts: new Set(),
  counters: new Map(),
  lastSeq: 0,
});

/** A shift opens with its opening; its closing lets go of the acknowledged events kept for it. */
function followShifts(state: State, event: SyncEvent): void {
  if (event.type === 'shift.opened') state.openShifts.add(event.payload.id);
  if (event.type !== 'shift.closed') return;
  const closed = event.payload.shift.id;
  state.openShifts.delete(closed);
  for (const [seq, held] of state.kept) if (eventShiftId(held.event) === closed) state.kept.delete(seq);
}

const inSeqOrder = (held: Held) => [...held.entries()].sort(([a], [b]) => a - b).map(([, e]) => e.event);

const countersOf = (state: State) => [...state.counters].map(([name, value]) => ({ name, value }));

async function openForAppend(path: string): Promise<FileHandle> {
  await mkdir(dirname(path), { recursive: true });
  return open(path, 'a');
}

/** Makes a rename durable. Windows cannot open a folder; there NTFS's own journal has to do. */
async function syncFolder(folder: string): Promise<void> {
  const directory = await open(folder, 'r').catch(() => null);
  if (!directory) return;
  try {
    await directory.datasync();
  } finally {
    await directory.close();
  }
}
