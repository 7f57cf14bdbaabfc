/** The terminal itself: its database, identity (mode latihan or enrolled), catalog, screen and storage health. */
import { create } from 'zustand';
import type { TerminalIdentity } from '../../domain/outlet/terminal';
import { getBridge } from '../bridge/bridge';
import { buildCatalogIndex, type CatalogIndex } from '../catalog/catalog-index';
import type { PosDatabase } from '../db/database';
import { pepperStoredStaff, seedDemoStaff } from '../staff/staff-table';
import { checkStorage } from '../storage/storage-health';
import { seedDemoAsn } from '../training/demo-asn';
import { loadOrSeedIdentity } from '../training/seed';
import { clearNotice } from './notice-store';

export type Screen = 'register' | 'shift' | 'sales' | 'import' | 'labels' | 'settings' | 'sync';

/** Disk space runs out during a day of sales too, so the check is repeated. */
const STORAGE_CHECK_INTERVAL_MS = 10 * 60 * 1000;

interface TerminalState {
  db: PosDatabase | null;
  identity: TerminalIdentity | null;
  catalog: CatalogIndex;
  screen: Screen;
  storageWarnings: string[];
  bootError: string | null;
}

export const useTerminalStore = create<TerminalState>(() => ({
  db: null,
  identity: null,
  catalog: buildCatalogIndex([]),
  screen: 'register',
  storageWarnings: [],
  bootError: null,
}));

export async function bootTerminal(db: PosDatabase): Promise<void> {
  try {
    const identity = await loadOrSeedIdentity(db);
    if (identity.training) {
      await seedDemoStaff(db);
      await seedDemoAsn(db, new Date());
    } else await pepperStoredStaff(db);
    const catalog = buildCatalogIndex(await db.products.toArray());
    useTerminalStore.setState({ db, identity, catalog, bootError: null });
  } catch (error) {
    useTerminalStore.setState({ bootError: `Database terminal tidak bisa dibuka: ${error instanceof Error ? error.message : String(error)}` });
    return;
  }
  await refreshStorageWarnings();
  setInterval(() => void refreshStorageWarnings(), STORAGE_CHECK_INTERVAL_MS);
}

async function refreshStorageWarnings(): Promise<void> {
  useTerminalStore.setState({ storageWarnings: await checkStorage(navigator.storage, getBridge()) });
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
