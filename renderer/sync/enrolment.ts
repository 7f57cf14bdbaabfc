/**
 * Leaving mode latihan. Once the main process has enrolled the terminal (and keeps its token), one
 * transaction makes the database the enrolled terminal's: its identity, an outbox numbered from
 * seq 1 for the server, and no trace of practice. Every mode latihan document (sales, refunds,
 * shifts, cash movements, day closings, audit entries), their stock movements, their outbox events
 * (never sent) and their unprinted slips are deleted, with the demo catalog, the demo staff's
 * lockouts and the practice receipt numbering: practice can then neither reach the province nor be
 * counted with real sales on this terminal. The outlet's own data (its staff replace the demo
 * staff) is downloaded next; the register opens once that is done (stage 'ready').
 */
import { missingCase } from '#domain/missing-case';
import { enrolledIdentity, toOutletId, toTerminalId, type TerminalIdentity } from '#domain/outlet/terminal';
import type { SyncConnectionInfo } from '#bridge/bridge-contract';
import type { PrintJob } from '#hardware/print-queue/print-queue';
import { eventDocument } from '#sync/protocol/events';
import type { PosDatabase } from '../db/database';
import type { ServerSettingRow, SyncStateRow } from '../db/rows';
import { forgetCounters } from '../outbox/counters';

export type EnrolmentState = Extract<SyncStateRow, { key: 'enrolment' }>;

export async function enrolmentState(db: PosDatabase): Promise<EnrolmentState | undefined> {
  return (await db.syncState.get('enrolment')) as EnrolmentState | undefined;
}

/** Idempotent: a terminal already switched to this enrolment is left as it is. */
export async function switchToEnrolled(db: PosDatabase, info: SyncConnectionInfo): Promise<TerminalIdentity> {
  const documents = [db.sales, db.refunds, db.shifts, db.cashMovements, db.dayClosings, db.audit, db.stockReceipts];
  const tables = [
    ...documents,
    db.settings,
    db.stockMovements,
    db.stockLevels,
    db.outbox,
    db.counters,
    db.printQueue,
    db.products,
    db.pinFailures,
    db.syncState,
    db.syncStreams,
    db.syncStaging,
  ];
  const identity = await db.transaction('rw', tables, async () => {
    const current = (await db.settings.get('terminal'))?.value;
    if (current && !current.training) {
      if (current.terminalId !== info.terminalId)
        throw new Error(`Database ini milik terminal ${current.terminalId}, bukan ${info.terminalId}.`);
      return current;
    }
    const real = await db.outbox.filter((e) => !eventDocument(e).training).count();
    if (real > 0)
      throw new Error(`Ada ${real} event bukan latihan di antrean: pendaftaran dibatalkan agar tidak ada yang hilang.`);
    const practiceSales = await db.sales.filter((s) => s.training).primaryKeys();
    await db.stockMovements.where('saleId').anyOf(practiceSales).delete();
    const practiceReceipts = await db.stockReceipts.filter((r) => r.training).primaryKeys();
    await db.stockMovements.where('documentId').anyOf(practiceReceipts).delete();
    // The practice catalog goes (below), and with it what mode latihan had on its shelves.
    await db.stockLevels.clear();
    for (const table of documents) await (table as typeof db.sales).filter((d) => d.training).delete();
    await db.printQueue.filter((job) => job.state !== 'printed' && printsPractice(job)).delete();
    await db.outbox.clear();
    await db.counters.clear();
    await db.products.clear();
    await db.pinFailures.clear();
    await db.syncStreams.clear();
    await db.syncStaging.clear();
    const enrolled = enrolledIdentity({
      outletId: toOutletId(info.outletId),
      terminalId: toTerminalId(info.terminalId),
      outletName: info.outletId,
      outletAddress: '',
      qrisStatic: '',
    });
    await db.settings.put({ key: 'terminal', value: enrolled });
    await db.syncState.put({
      key: 'enrolment',
      stage: 'downloading',
      terminalId: info.terminalId,
      serverUrl: info.serverUrl,
      enrolledAt: info.enrolledAt,
    });
    return enrolled;
  });
  forgetCounters(db);
  return identity;
}

/** Whether a print job prints a mode latihan document (labels and test pages are not documents). */
function printsPractice({ request }: PrintJob): boolean {
  switch (request.kind) {
    case 'receipt':
      return request.sale.training;
    case 'refund-receipt':
      return request.refund.training;
    case 'shift-report':
      return request.training;
    case 'day-report':
      return request.closing.training;
    case 'cash-slip':
      return request.movement.training;
    case 'bast':
      return request.receiving.training;
    case 'transfer-slip':
      return request.transfer.training;
    case 'stock-take-report':
      return request.count.training;
    case 'write-off-slip':
      return request.writeOff.training;
    case 'test-page':
    case 'labels':
    case 'supplier-statement':
    case 'purchase-order':
      return false;
    default:
      return missingCase(request);
  }
}

/** After the download: the outlet's name, address and QRIS from its settings, and the register opens. */
export async function openForSales(db: PosDatabase): Promise<TerminalIdentity> {
  return db.transaction('rw', [db.settings, db.serverSettings, db.syncState], async () => {
    const identity = await withServerSettings(db);
    const state = await enrolmentState(db);
    if (state) await db.syncState.put({ ...state, stage: 'ready' });
    return identity;
  });
}

/** The identity with what the settings stream says of the outlet (call again when settings change). */
export async function withServerSettings(db: PosDatabase): Promise<TerminalIdentity> {
  return db.transaction('rw', [db.settings, db.serverSettings], async () => {
    const current = (await db.settings.get('terminal'))!.value;
    if (current.training) return current;
    const outlet = outletSetting(await db.serverSettings.get('outlet'));
    const qris = (await db.serverSettings.get('qris.static'))?.value;
    const next = enrolledIdentity({
      outletId: current.outletId,
      terminalId: current.terminalId,
      outletName: outlet?.name ?? current.outletName,
      outletAddress: outlet ? [outlet.city, outlet.kabupaten].filter((p) => p).join(', ') : current.outletAddress,
      qrisStatic: typeof qris === 'string' ? qris : current.qrisStatic,
    });
    await db.settings.put({ key: 'terminal', value: next });
    return next;
  });
}

function outletSetting(row: ServerSettingRow | undefined): { name?: string; city?: string; kabupaten?: string } | null {
  const value = row?.value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const text = (key: string) =>
    typeof (value as Record<string, unknown>)[key] === 'string'
      ? ((value as Record<string, unknown>)[key] as string)
      : undefined;
  return { name: text('name'), city: text('city'), kabupaten: text('kabupaten') };
}
