/** A change of the terminal's host settings in words, for its audit entry. */
import type { TerminalConfig } from '#bridge/bridge-contract';
import type { PrinterConfig } from '#hardware/printer/printer-config';

const onOff = (value: boolean) => (value ? 'aktif' : 'mati');

function printerText(printer: PrinterConfig | null): string {
  if (!printer) return 'tidak ada';
  const { connection } = printer;
  const where =
    connection.type === 'tcp'
      ? `jaringan ${connection.host}:${connection.port}`
      : connection.type === 'serial'
        ? `serial ${connection.path} @ ${connection.baudRate}`
        : `perangkat ${connection.path}`;
  return `${where}, ${printer.columns} kolom`;
}

export function settingsChanges(patch: Partial<TerminalConfig>): string[] {
  const changes: string[] = [];
  if (patch.printer !== undefined) changes.push(`printer: ${printerText(patch.printer)}`);
  if (patch.kiosk !== undefined) changes.push(`mode kios: ${onOff(patch.kiosk)}`);
  if (patch.fullscreen !== undefined) changes.push(`layar penuh: ${onOff(patch.fullscreen)}`);
  if (patch.lowDiskMb !== undefined) changes.push(`peringatan disk: ${patch.lowDiskMb} MB`);
  if (patch.retentionDays !== undefined) changes.push(`masa simpan data: ${patch.retentionDays} hari`);
  if (patch.serialScanner !== undefined)
    changes.push(
      `pemindai serial: ${patch.serialScanner ? `${patch.serialScanner.path} @ ${patch.serialScanner.baudRate}` : 'tidak ada'}`,
    );
  if (patch.cameraScanner !== undefined) changes.push(`pemindai kamera: ${onOff(patch.cameraScanner)}`);
  return changes;
}
