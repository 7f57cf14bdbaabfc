/**
 * Keeping the sales safe on disk: ask the browser to never evict this terminal's storage, and warn
 * the cashier when it refuses or when free space runs low (a full disk stops sales from saving).
 */
import type { PosBridge } from '../../electron/bridge-contract';

const MB = 1024 * 1024;

/** The parts of navigator.storage used here (so tests can pass a real one or a refusing one). */
export type StorageApi = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

export async function checkStorage(storage: StorageApi | undefined, bridge: PosBridge): Promise<string[]> {
  const warnings: string[] = [];
  const config = await bridge.invoke('config-get');
  const lowDiskMb = config.ok ? config.value.lowDiskMb : 500;
  if (!storage) return ['Penyimpanan browser tidak tersedia: penjualan tidak bisa disimpan dengan aman.'];
  const persisted = (await storage.persisted()) || (await storage.persist());
  if (!persisted) warnings.push('Browser tidak menjamin penyimpanan permanen: data bisa terhapus bila disk penuh. Jangan hapus data situs ini.');
  const disk = await bridge.invoke('disk-space');
  const estimate = await storage.estimate();
  const quotaLeft = (estimate.quota ?? Infinity) - (estimate.usage ?? 0);
  const freeBytes = Math.min(disk.ok ? disk.value.freeBytes : Infinity, quotaLeft);
  if (freeBytes < lowDiskMb * MB) warnings.push(`Ruang disk hampir habis: sisa ${Math.max(0, Math.floor(freeBytes / MB))} MB. Kosongkan disk agar penjualan tetap tersimpan.`);
  return warnings;
}
