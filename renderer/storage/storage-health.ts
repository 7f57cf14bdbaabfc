/**
 * Keeping the sales safe on disk: ask the browser to never evict this terminal's storage, warn
 * the cashier when it refuses or when free space runs low, and stop new sales while the disk
 * holding the data has less free space than the reserve (config lowDiskMb), before a full disk
 * stops them from saving and makes the browser drop its database.
 */
import type { PosBridge } from '#bridge/bridge-contract';

const MB = 1024 * 1024;

/** The parts of navigator.storage used here (so tests can pass a real one or a refusing one). */
export type StorageApi = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

export interface StorageHealth {
  warnings: string[];
  /** Why new sales are refused, for the manager; null while there is room. */
  salesStopped: string | null;
  /** Whether the browser granted persistent storage; null without a storage API. */
  persisted: boolean | null;
  /** Free space for the terminal's data: the disk's, or the browser's quota left if that is less. */
  freeMb: number | null;
  reserveMb: number;
}

export async function checkStorage(storage: StorageApi | undefined, bridge: PosBridge): Promise<StorageHealth> {
  const warnings: string[] = [];
  const config = await bridge.invoke('config-get');
  const reserveMb = config.ok ? config.value.lowDiskMb : 500;
  if (!storage)
    return {
      warnings: ['Penyimpanan browser tidak tersedia: penjualan tidak bisa disimpan dengan aman.'],
      salesStopped: null,
      persisted: null,
      freeMb: null,
      reserveMb,
    };
  const persisted = (await storage.persisted()) || (await storage.persist());
  if (!persisted)
    warnings.push(
      'Browser tidak menjamin penyimpanan permanen: data bisa terhapus bila disk penuh. Jangan hapus data situs ini.',
    );
  const disk = await bridge.invoke('disk-space');
  const estimate = await storage.estimate();
  const quotaLeft = (estimate.quota ?? Infinity) - (estimate.usage ?? 0);
  const freeBytes = Math.min(disk.ok ? disk.value.freeBytes : Infinity, quotaLeft);
  const freeMb = Number.isFinite(freeBytes) ? Math.max(0, Math.floor(freeBytes / MB)) : null;
  // Warned at twice the reserve, stopped below it.
  if (freeBytes < 2 * reserveMb * MB)
    warnings.push(`Ruang disk hampir habis: sisa ${freeMb} MB. Kosongkan disk agar penjualan tetap tersimpan.`);
  const salesStopped =
    freeBytes < reserveMb * MB
      ? `Penjualan dihentikan: ruang disk tinggal ${freeMb} MB, di bawah cadangan ${reserveMb} MB. Manajer: kosongkan disk komputer ini (hapus berkas yang tidak perlu); penjualan dibuka lagi sendiri begitu ruang cukup.`
      : null;
  return { warnings, salesStopped, persisted, freeMb, reserveMb };
}
