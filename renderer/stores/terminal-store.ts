/** The terminal itself: its database, identity (mode latihan or enrolled), catalog, screen and storage health. */
import { create } from 'zustand';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import { getBridge } from '../bridge/bridge';
import { buildCatalogIndex, type CatalogIndex } from '../catalog/catalog-index';
import type { PosDatabase } from '../db/database';
import { pepperStoredStaff, seedDemoStaff } from '../staff/staff-table';
import { attachJournal, bridgeJournal } from '../journal/journal-writer';
import { HostUnreachable, recoverFromJournal } from '../journal/rebuild';
import { DEFAULT_RETENTION_DAYS } from '#domain/terminal/storage-forecast';
import { checkStorage, type StorageHealth } from '../storage/storage-health';
import { scheduleRetention } from '../storage/retention';
import { storageFigures, type StorageFigures } from '../storage/storage-usage';
import { clearNotice, showInfo } from './notice-store';
import { seedDemoAsn } from '../training/seed-demo-asn';
import { loadOrSeedIdentity } from '../training/seed';

export type Screen =
  | 'register'
  | 'shift'
  | 'sales'
  | 'import'
  | 'labels'
  | 'receiving'
  | 'purchase-order'
  | 'transfer'
  | 'stock'
  | 'stock-take'
  | 'write-off'
  | 'settings'
  | 'sync';

/** Disk space runs out during a day of sales too, so the check is repeated (and after each sale). */
const STORAGE_CHECK_INTERVAL_MS = 30 * 1000;

interface TerminalState {
  db: PosDatabase | null;
  identity: TerminalIdentity | null;
  catalog: CatalogIndex;
  screen: Screen;
  storageWarnings: string[];
  /** The last storage check: free space against the reserve, persistent storage granted or not. */
  storage: StorageHealth | null;
  /** The storage screen's figures: database size, quota, growth, what retention freed. */
  storageFigures: StorageFigures | null;
  /** Why the journal is behind the outbox (new sales wait for it), or null. */
  journalProblem: string | null;
  bootError: string | null;
}

export const useTerminalStore = create<TerminalState>(() => ({
  db: null,
  identity: null,
  catalog: buildCatalogIndex([]),
  screen: 'register',
  storageWarnings: [],
  storage: null,
  storageFigures: null,
  journalProblem: null,
  bootError: null,
}));

let catchUpJournal: (() => Promise<void>) | null = null;

export async function bootTerminal(db: PosDatabase): Promise<void> {
  try {
    const recovery = await recoverFromJournal(db, getBridge());
    if (recovery) {
      const journal = bridgeJournal(db, getBridge(), recovery.snapshot.lastSeq, (journalProblem) =>
        useTerminalStore.setState({ journalProblem }),
      );
      attachJournal(db, journal);
      catchUpJournal = journal.catchUp;
    }
    const identity = await loadOrSeedIdentity(db);
    await catchUpJournal?.();
    if (recovery && recovery.restored > 0)
      showInfo(
        `Database terminal kosong atau rusak: ${recovery.restored} event yang belum sampai ke provinsi dipulihkan dari jurnal cadangan.`,
      );
    if (identity.training) {
      await seedDemoStaff(db);
      await seedDemoAsn(db, new Date());
    } else await pepperStoredStaff(db);
    const catalog = buildCatalogIndex(await db.products.toArray());
    useTerminalStore.setState({ db, identity, catalog, bootError: null });
  } catch (error) {
    if (error instanceof HostUnreachable) {
      useTerminalStore.setState({ bootError: error.message });
      return;
    }
    const reason = error instanceof Error ? error.message : String(error);
    const diskFull = /full disk|no_space|quota/i.test(reason)
      ? ' Disk penuh: kosongkan disk komputer ini lalu muat ulang.'
      : '';
    useTerminalStore.setState({ bootError: `Database terminal tidak bisa dibuka: ${reason}.${diskFull}` });
    return;
  }
  await refreshStorageWarnings();
  setInterval(() => void refreshStorageWarnings(), STORAGE_CHECK_INTERVAL_MS);
  if (!useTerminalStore.getState().identity?.training) scheduleRetention(db, retentionDays);
}

/** The retention window the host's config sets. */
export async function retentionDays(): Promise<number> {
  const config = await getBridge().invoke('config-get');
  return config.ok ? config.value.retentionDays : DEFAULT_RETENTION_DAYS;
}

/** Checks the disk again (after each sale too); a journal left behind is caught up first. */
export async function refreshStorageWarnings(): Promise<void> {
  if (useTerminalStore.getState().journalProblem) await catchUpJournal?.();
  const storage = await checkStorage(navigator.storage, getBridge());
  const { db } = useTerminalStore.getState();
  const figures = db ? await storageFigures(db, navigator.storage, await retentionDays()) : null;
  useTerminalStore.setState({
    storage,
    storageFigures: figures,
    storageWarnings: figures?.warning ? [...storage.warnings, figures.warning] : storage.warnings,
  });
}

/** Why a new sale cannot be taken now (too little disk, the journal behind), or null. */
export function salesStop({ storage, journalProblem }: TerminalState = useTerminalStore.getState()): string | null {
  if (journalProblem)
    return `Penjualan dihentikan: jurnal cadangan tertinggal (${journalProblem}). Manajer: periksa ruang disk; penjualan dibuka lagi sendiri begitu jurnal tersusul.`;
  return storage?.salesStopped ?? null;
}

export async function reloadCatalog(): Promise<void> {
  const { db } = useTerminalStore.getState();
  if (db) useTerminalStore.setState({ catalog: buildCatalogIndex(await db.products.toArray()) });
}

/** A new screen starts with no notice: the last one belonged to what was done on the screen before. */
export function showScreen(screen: Screen): void {
  if (useTerminalStore.getState().screen !== screen) clearNotice();
  useTerminalStore.setState({ screen });
}

export function database(): PosDatabase {
  const { db } = useTerminalStore.getState();
  if (!db) throw new Error('Terminal belum siap.');
  return db;
}
