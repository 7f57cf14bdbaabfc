/**
 * `import-events FILE`: the events in a terminal's export of unsynced events (its sync screen,
 * for when the terminal cannot reach the server), taken exactly as a push would take them: each
 * once, duplicates recognised, business rules applied. When the terminal later reaches the server,
 * its own pushes of the same events are answered as duplicates.
 */
import { syncEventSchema, type SyncEvent } from '../protocol/events';
import { MAX_EVENTS_PER_PUSH } from '../protocol/messages';
import { unsyncedExportSchema } from '../protocol/unsynced-export';
import type { Database } from '../server/db/database';
import { ingestEvents } from '../server/ingest/ingest';
import { AdminError } from './output';

/** `path` names the file in messages; `text` is what it holds. */
export async function importEvents(db: Database, path: string, text: string): Promise<string> {
  let parsed;
  try {
    parsed = unsyncedExportSchema.safeParse(JSON.parse(text));
  } catch (error) {
    throw new AdminError(`Berkas ${path} tidak bisa dibaca sebagai JSON: ${(error as Error).message}`);
  }
  if (!parsed.success)
    throw new AdminError(
      `Berkas ${path} bukan ekspor event terminal NTT Mart: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  const file = parsed.data;
  const { rows } = await db.query<{ id: string; outlet_id: string }>(
    'SELECT id, outlet_id FROM terminals WHERE id = $1',
    [file.terminalId],
  );
  const terminal = rows[0];
  if (!terminal) throw new AdminError(`Terminal ${file.terminalId} tidak terdaftar di server ini.`);

  const events: SyncEvent[] = [];
  const unreadable: number[] = [];
  file.events.forEach((raw, index) => {
    const event = syncEventSchema.safeParse(raw);
    if (event.success) events.push(event.data);
    else unreadable.push(index + 1);
  });
  const counts = { stored: 0, quarantined: 0, duplicate: 0, rejected: 0 };
  for (let start = 0; start < events.length; start += MAX_EVENTS_PER_PUSH) {
    const { results } = await ingestEvents(
      db,
      { id: terminal.id, outletId: terminal.outlet_id },
      events.slice(start, start + MAX_EVENTS_PER_PUSH),
    );
    for (const result of results) {
      counts[result.status]++;
      if (result.status === 'stored' && result.quarantined) counts.quarantined++;
    }
  }
  return [
    `Event terminal ${terminal.id} (diekspor ${file.exportedAt}): ${counts.stored} disimpan (${counts.quarantined} dikarantina), ${counts.duplicate} sudah ada, ${counts.rejected} ditolak.`,
    ...(unreadable.length > 0
      ? [`${unreadable.length} event tidak sah dan dilewati (urutan ke-${unreadable.join(', ')}).`]
      : []),
    ...(file.deadLetters.length > 0
      ? [`${file.deadLetters.length} event yang dulu ditolak server ada di berkas dan tidak diimpor.`]
      : []),
  ].join('\n');
}
