/**
 * What has not reached the province, for the manager: dead letters sent again on request, and an
 * export of every unsynced event (waiting and dead) to a file in the user data folder, written by
 * the main process piece by piece, for when a terminal must be carried to the office (the
 * province reads it with `npm run admin -- import-events FILE`).
 */
import type { TerminalIdentity } from '#domain/outlet/terminal';
import { MAX_EXPORT_PIECE } from '#bridge/bridge-contract';
import { UNSYNCED_EXPORT_FORMAT, type UnsyncedExport } from '#sync/protocol/unsynced-export';
import { getBridge } from '../bridge/bridge';
import type { PosDatabase } from '../db/database';
import { eventDocument } from '#sync/protocol/events';
import { resendable } from '#sync/client/resend';
import { journalOf } from '../journal/journal-writer';

/** The dead letters still waiting for someone: not resolved by the province (sync/client/settle.ts resolvedLetters). */
export function openDeadLetters(db: PosDatabase) {
  return db.deadLetters.orderBy('seq').filter((l) => l.resolvedAt === undefined);
}

/**
 * Dead letters back into the outbox with their seqs under new ids (sync/client/resend.ts): the
 * server judges them again. The journal gets the resent events too, so a database rebuilt from it
 * sends the new ids; its copy of a seq leaves the journal once the province acknowledges that seq.
 */
export async function requeueDeadLetters(db: PosDatabase): Promise<number> {
  const resent = await db.transaction('rw', [db.deadLetters, db.outbox], async () => {
    const letters = await openDeadLetters(db).toArray();
    const events = letters.map((l) => resendable(l));
    await db.outbox.bulkPut(events);
    await db.deadLetters.bulkDelete(letters.map((l) => l.id));
    return events;
  });
  const journal = journalOf(db);
  const identity = (await db.settings.get('terminal'))?.value;
  const own = resent.filter((e) => eventDocument(e).terminalId === identity?.terminalId);
  for (let i = 0; journal && identity && i < own.length; i += RESENT_PER_ENTRY)
    await journal.append({ terminalId: identity.terminalId, events: own.slice(i, i + RESENT_PER_ENTRY), counters: [] });
  return resent.length;
}

/** Events per journal entry when dead letters are resent (each crosses the bridge as one message). */
const RESENT_PER_ENTRY = 200;

/** Writes the export; resolves with the file's path, or rejects with the reason in Bahasa Indonesia. */
export async function exportUnsynced(
  db: PosDatabase,
  identity: TerminalIdentity,
  now = new Date(),
): Promise<{ path: string; events: number; deadLetters: number }> {
  const [events, letters] = await db.transaction('r', [db.outbox, db.deadLetters], () =>
    Promise.all([db.outbox.orderBy('seq').toArray(), openDeadLetters(db).toArray()]),
  );
  const header: Omit<UnsyncedExport, 'events' | 'deadLetters'> = {
    format: UNSYNCED_EXPORT_FORMAT,
    version: 1,
    terminalId: identity.terminalId,
    outletId: identity.outletId,
    exportedAt: now.toISOString(),
  };
  const parts = [
    `${JSON.stringify(header).slice(0, -1)},"events":[`,
    ...events.map((e, i) => (i === 0 ? '' : ',') + JSON.stringify(e)),
    '],"deadLetters":[',
    ...letters.map(
      (l, i) => (i === 0 ? '' : ',') + JSON.stringify({ reason: l.reason, deadAt: l.deadAt, event: l.event }),
    ),
    ']}\n',
  ];
  const path = await writeExport(exportFileId('belum-terkirim', identity.terminalId, now), parts);
  return { path, events: events.length, deadLetters: letters.length };
}

/** A file name for an export: its kind, the terminal and the time, in the characters main accepts. */
export function exportFileId(kind: string, terminalId: string, now: Date): string {
  return `${kind}-${terminalId}-${now
    .toISOString()
    .replace(/[^0-9]/g, '')
    .slice(0, 14)}`
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-');
}

/** Writes the parts' text through main in pieces the bridge carries; resolves with the file's path, or rejects with the reason. */
export async function writeExport(exportId: string, parts: readonly string[]): Promise<string> {
  const pieces: string[] = [''];
  for (const part of parts) {
    if (pieces.at(-1)!.length + part.length > MAX_EXPORT_PIECE && pieces.at(-1) !== '') pieces.push('');
    pieces[pieces.length - 1] += part;
  }
  let path = '';
  for (const [index, text] of pieces.entries()) {
    const result = await getBridge().invoke('sync-export-write', {
      exportId,
      part: index,
      text,
      last: index === pieces.length - 1,
    });
    if (!result.ok) throw new Error(`Ekspor gagal: ${result.error.message}`);
    path = result.value.path;
  }
  return path;
}
