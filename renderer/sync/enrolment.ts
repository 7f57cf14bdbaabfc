/**
 * Leaving mode latihan. Once the main process has enrolled the terminal (and keeps its token), one
 * transaction makes the database the enrolled terminal's: its identity, an outbox numbered from
 * seq 1 for the server, and no trace of practice. Training sales, their stock movements, their
 * outbox events (never sent) and their unprinted receipts are deleted, with the demo catalog and
 * the training receipt numbering: practice can then neither reach the province nor be counted
 * with real sales on this terminal. The outlet's own data is downloaded next; the register opens
 * once that is done (stage 'ready').
 */
import { enrolledIdentity, type TerminalIdentity } from '../../domain/terminal';
import type { SyncConnectionInfo } from '../../electron/bridge-contract';
import type { PosDatabase } from '../db/database';
import type { ServerSettingRow, SyncStateRow } from '../db/rows';
import { forgetCounters } from '../checkout/sale-counters';

export type EnrolmentState = Extract<SyncStateRow, { key: 'enrolment' }>;

export async function enrolmentState(db: PosDatabase): Promise<EnrolmentState | undefined> {
  return (await db.syncState.get('enrolment')) as EnrolmentState | undefined;
}

/** Idempotent: a terminal already switched to this enrolment is left as it is. */
export async function switchToEnrolled(db: PosDatabase, info: SyncConnectionInfo): Promise<TerminalIdentity> {
  const tables = [db.settings, db.sales, db.stockMovements, db.outbox, db.counters, db.printQueue, db.products, db.syncState, db.syncStreams, db.syncStaging];
  const identity = await db.transaction('rw', tables, async () => {
    const current = (await db.settings.get('terminal'))?.value;
    if (current && !current.training) {
      if (current.terminalId !== info.terminalId) throw new Error(`Database ini milik terminal ${current.terminalId}, bukan ${info.terminalId}.`);
      return current;
    }
    const real = await db.outbox.filter((e) => !e.payload.training).count();
    if (real > 0) throw new Error(`Ada ${real} event bukan latihan di antrean: pendaftaran dibatalkan agar tidak ada yang hilang.`);
    const practice = await db.sales.filter((s) => s.training).primaryKeys();
    await db.stockMovements.where('saleId').anyOf(practice).delete();
    await db.printQueue.filter((j) => j.state !== 'printed' && j.request.kind === 'receipt' && j.request.sale.training).delete();
    await db.sales.bulkDelete(practice);
    await db.outbox.clear();
    await db.counters.clear();
    await db.products.clear();
    await db.syncStreams.clear();
    await db.syncStaging.clear();
    const enrolled = enrolledIdentity({ outletId: info.outletId, terminalId: info.terminalId, outletName: info.outletId, outletAddress: '', qrisStatic: '' });
    await db.settings.put({ key: 'terminal', value: enrolled });
    await db.syncState.put({ key: 'enrolment', stage: 'downloading', terminalId: info.terminalId, serverUrl: info.serverUrl, enrolledAt: info.enrolledAt });
    return enrolled;
  });
  forgetCounters(db);
  return identity;
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
  const text = (key: string) => (typeof (value as Record<string, unknown>)[key] === 'string' ? ((value as Record<string, unknown>)[key] as string) : undefined);
  return { name: text('name'), city: text('city'), kabupaten: text('kabupaten') };
}
