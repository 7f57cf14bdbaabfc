/**
 * The serial scanner that main runs: its codes join the same scan pipeline as the keyboard wedge,
 * its status (connected, waiting for the cable, stopped) shows in Pengaturan.
 */
import { create } from 'zustand';
import type { SerialScannerSettings, SerialScannerStatus } from '#hardware/scanner/scanner-settings';
import type { Result } from '#domain/result';
import { getBridge } from '../bridge/bridge';

export const useSerialScannerStore = create<{ status: SerialScannerStatus | null }>(() => ({ status: null }));

export function listenForSerialScans(onScan: (code: string) => void): void {
  const bridge = getBridge();
  bridge.on('scanner-scan', onScan);
  bridge.on('scanner-status', (status) => useSerialScannerStore.setState({ status }));
}

/** Opens the scanner (replacing a running one): its status, or why it cannot. */
export async function startSerialScanner(settings: SerialScannerSettings): Promise<Result<SerialScannerStatus>> {
  const result = await getBridge().invoke('scanner-start', settings);
  if (result.ok) useSerialScannerStore.setState({ status: result.value });
  return result;
}

export async function stopSerialScanner(): Promise<void> {
  await getBridge().invoke('scanner-stop');
}
