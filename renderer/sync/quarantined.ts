/**
 * The events the server stored but quarantined, for the sync screen: kept, newest first, in one
 * syncState row the settle writes, so the screen's live query reads that row alone. Reading them
 * out of the acknowledgement rows meant reading the latest 500 answers whole on every settle
 * (some 70 ms at 50 answers), and a drain settles often.
 */
import { ackRecordsOf, type AckRecord } from '#sync/client/records';
import type { PosDatabase } from '../db/database';
import type { SyncStateRow } from '../db/rows';

/** The screen lists this many. */
const KEPT = 100;
/** Before the row exists, quarantined events are looked for among this many of the latest answers. */
const RECENT_ANSWERS = 500;

type QuarantinedRow = Extract<SyncStateRow, { key: 'quarantined' }>;

export async function quarantinedEvents(db: PosDatabase): Promise<AckRecord[]> {
  return ((await db.syncState.get('quarantined')) as QuarantinedRow | undefined)?.acks ?? scanned(db);
}

/** In the settle's transaction: one answer's acknowledgements (in seq order) go ahead of those kept; the row is started from the answers when missing. */
export async function keepQuarantined(db: PosDatabase, acknowledged: readonly AckRecord[]): Promise<void> {
  const row = (await db.syncState.get('quarantined')) as QuarantinedRow | undefined;
  const quarantined = acknowledged.filter((a) => a.quarantined);
  if (row && quarantined.length === 0) return;
  const kept = row?.acks ?? (await scanned(db));
  await db.syncState.put({ key: 'quarantined', acks: [...quarantined, ...kept].slice(0, KEPT) });
}

/** Read out of the acknowledgement rows: newest answer first, each answer's events in seq order. */
async function scanned(db: PosDatabase): Promise<AckRecord[]> {
  const answers = await db.outboxAcks.orderBy('ackSerial').reverse().limit(RECENT_ANSWERS).toArray();
  return answers
    .flatMap(ackRecordsOf)
    .filter((a) => a.quarantined)
    .slice(0, KEPT);
}
