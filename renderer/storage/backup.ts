/**
 * Backup for a replacement PC: a manager exports what the province may not have yet (every event
 * of the outbox and the dead letters), the counters (outbox seq, each day's receipt sequence) and
 * the last days' shifts with their sales, refunds and cash movements to one file — a download in
 * the browser build, a file in the user data folder in Electron (for the USB stick) — and restores
 * it on the new PC once it is enrolled as the same terminal (an enrolment code made with
 * `enroll-code OUTLET --replace TERMINAL`). The events go back into the outbox with their ids and
 * seqs, so the province answers `duplicate` for those it already stored and nothing is counted
 * twice; the counters go on from where they stood, so no seq or receipt number is reused.
 * Restoring twice changes nothing.
 */
import { z } from 'zod';
import { problem, ok, type Result } from '#domain/result';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import { journalCounterSchema } from '#bridge/journal-entry';
import { eventDocument, syncEventSchema } from '#sync/protocol/events';
import { refundSchema } from '#sync/protocol/refund';
import { saleSchema } from '#sync/protocol/sale';
import { cashMovementSchema, shiftSchema } from '#sync/protocol/shift';
import { getBridge } from '../bridge/bridge';
import type { PosDatabase } from '../db/database';
import { journalOf } from '../journal/journal-writer';
import { restoreFromJournal } from '../journal/rebuild';
import { OUTBOX_SEQ } from '../outbox/counters';
import { exportFileId, writeExport } from '../sync/unsynced';

export const BACKUP_FORMAT = 'ntt-mart-pos-cadangan';
/** The shifts of the last days come along (an open shift goes on, recent receipts can be reprinted and refunded offline). */
export const BACKUP_RECENT_DAYS = 7;
const MAX_ID = 100;

export const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(1),
    terminalId: z.string().min(1).max(MAX_ID),
    outletId: z.string().min(1).max(MAX_ID),
    exportedAt: z.iso.datetime(),
    counters: z.array(journalCounterSchema),
    events: z.array(syncEventSchema),
    recent: z
      .object({
        shifts: z.array(shiftSchema),
        sales: z.array(saleSchema),
        refunds: z.array(refundSchema),
        cashMovements: z.array(cashMovementSchema),
      })
      .strict(),
  })
  .strict()
  .refine(
    (b) =>
      b.events.every((e) => eventDocument(e).terminalId === b.terminalId) &&
      [...b.recent.shifts, ...b.recent.sales, ...b.recent.refunds, ...b.recent.cashMovements].every(
        (d) => d.terminalId === b.terminalId,
      ),
    { message: 'semua isi harus milik terminal cadangan' },
  );
export type Backup = z.infer<typeof backupSchema>;

/** The backup of this terminal as of `now`. */
export async function makeBackup(db: PosDatabase, identity: TerminalIdentity, now = new Date()): Promise<Backup> {
  const since = new Date(now.getTime() - BACKUP_RECENT_DAYS * 86_400_000).toISOString();
  return db.transaction(
    'r',
    [db.outbox, db.deadLetters, db.counters, db.shifts, db.sales, db.refunds, db.cashMovements],
    async () => {
      const shifts = await db.shifts.filter((s) => s.closing === null || s.openedAt >= since).toArray();
      const ids = shifts.map((s) => s.id);
      const [outbox, letters, counters, sales, refunds, cashMovements] = await Promise.all([
        db.outbox.orderBy('seq').toArray(),
        db.deadLetters.toArray(),
        db.counters.toArray(),
        db.sales
          .where('completedAt')
          .aboveOrEqual(shifts.map((s) => s.openedAt).sort()[0] ?? now.toISOString())
          .filter((s) => s.shiftId !== null && ids.includes(s.shiftId))
          .toArray(),
        db.refunds.where('shiftId').anyOf(ids).toArray(),
        db.cashMovements.where('shiftId').anyOf(ids).toArray(),
      ]);
      return {
        format: BACKUP_FORMAT,
        version: 1,
        terminalId: identity.terminalId,
        outletId: identity.outletId,
        exportedAt: now.toISOString(),
        counters,
        events: [...outbox, ...letters.map((l) => l.event)].sort((a, b) => a.seq - b.seq),
        recent: { shifts, sales, refunds, cashMovements },
      } satisfies Backup;
    },
  );
}

/**
 * Writes the backup where the host keeps files (Electron) or offers it as a download (browser
 * build); resolves with where it went and how many events it holds.
 */
export async function exportBackup(
  db: PosDatabase,
  identity: TerminalIdentity,
  now = new Date(),
): Promise<{ where: string; events: number }> {
  const backup = await makeBackup(db, identity, now);
  const id = exportFileId('cadangan', identity.terminalId, now);
  const info = await getBridge().invoke('app-info');
  if (info.ok && info.value.host === 'web') {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(backup)], { type: 'application/json' }));
    link.download = `${id}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    return { where: `unduhan ${id}.json`, events: backup.events.length };
  }
  const { events, ...rest } = backup;
  const parts = [
    `${JSON.stringify(rest).slice(0, -1)},"events":[`,
    ...events.map((e, i) => (i === 0 ? '' : ',') + JSON.stringify(e)),
    ']}\n',
  ];
  return { where: await writeExport(id, parts), events: events.length };
}

/** The file's text as a backup, or why it is not one, in the manager's words. */
export function readBackup(text: string): Result<Backup> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem(
      'backup-unreadable',
      'Berkas ini bukan cadangan terminal: isinya rusak atau terpotong (bukan JSON utuh).',
    );
  }
  const parsed = backupSchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT)
    return problem(
      'backup-wrong-file',
      'Berkas ini bukan cadangan terminal NTT Mart. Pilih berkas cadangan-….json yang diekspor dari layar Pengaturan → Penyimpanan.',
    );
  const issue = parsed.error.issues[0]!;
  return problem(
    'backup-invalid',
    `Berkas cadangan rusak atau diubah: ${issue.path.join('.') || 'isi'} tidak sah (${issue.message}). Ekspor ulang dari terminal lama bila masih bisa.`,
  );
}

/** Events per journal entry (each crosses the bridge as one message). */
const JOURNAL_EVENTS = 200;

/** Puts the backup into this terminal's database; refused unless the terminal is enrolled as the backup's terminal. */
export async function restoreBackup(
  db: PosDatabase,
  text: string,
): Promise<Result<{ events: number; documents: number }>> {
  const read = readBackup(text);
  if (!read.ok) return read;
  const backup = read.value;
  const connection = await getBridge().invoke('sync-connection');
  if (!connection.ok || connection.value === null)
    return problem(
      'not-enrolled',
      `Daftarkan terminal ini dulu sebagai pengganti ${backup.terminalId} (kode pendaftaran pengganti dari provinsi), baru pulihkan cadangan.`,
    );
  if (connection.value.terminalId !== backup.terminalId)
    return problem(
      'other-terminal',
      `Cadangan ini milik terminal ${backup.terminalId}, sedangkan terminal ini terdaftar sebagai ${connection.value.terminalId}. Minta kode pendaftaran pengganti untuk ${backup.terminalId} ke provinsi.`,
    );
  const lastSeq = backup.counters.find((c) => c.name === OUTBOX_SEQ)?.value ?? 0;
  await restoreFromJournal(
    db,
    { terminalId: backup.terminalId, events: backup.events, counters: backup.counters, lastSeq, shiftEvents: [] },
    connection.value,
  );
  const { shifts, sales, refunds, cashMovements } = backup.recent;
  await db.transaction('rw', [db.shifts, db.sales, db.refunds, db.cashMovements], async () => {
    // As the old terminal last held them (a shift closed after its events were exported included).
    await db.shifts.bulkPut(shifts);
    await db.sales.bulkPut(sales);
    await db.refunds.bulkPut(refunds);
    await db.cashMovements.bulkPut(cashMovements);
  });
  const journal = journalOf(db);
  for (let i = 0; journal && (i === 0 || i < backup.events.length); i += JOURNAL_EVENTS)
    await journal.append({
      terminalId: backup.terminalId,
      events: backup.events.slice(i, i + JOURNAL_EVENTS),
      counters: i + JOURNAL_EVENTS >= backup.events.length ? backup.counters : [],
    });
  return ok({ events: backup.events.length, documents: shifts.length + sales.length + refunds.length });
}
