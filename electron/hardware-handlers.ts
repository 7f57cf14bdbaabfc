/**
 * The hardware channels of the bridge: hardware/handlers' plain functions, wired to the printer
 * saved in the terminal's config and to the event hub for serial scans. A print, test page or
 * drawer kick answers with its PrintResult as the value (the printer's status comes along even when
 * it failed); the other channels answer with hardware's own Result, its error in Indonesian.
 */
import { ok } from '#domain/result';
import { createHardwareHandlers, type HardwareHandlers } from '#hardware/handlers';
import type { PrinterTimeouts } from '#hardware/printer/printer';
import type { Handlers } from '#bridge/bridge-contract';
import type { BridgeEventHub } from './bridge-registry';
import type { ConfigStore } from './config';

export type HardwareChannel =
  | 'printer-print'
  | 'printer-test'
  | 'printer-status'
  | 'drawer-open'
  | 'serial-list'
  | 'scanner-start'
  | 'scanner-stop';

export interface HardwareHost {
  handlers: Pick<Handlers, HardwareChannel>;
  /** Closes the serial scanner, so the port is free for the next opener. */
  close(): Promise<void>;
}

export function createHardwareHost(
  config: ConfigStore,
  events: BridgeEventHub,
  timeouts?: PrinterTimeouts,
): HardwareHost {
  const hardware: HardwareHandlers = createHardwareHandlers({
    printerConfig: () => config.current().printer,
    onScan: (code) => events.emit('scanner-scan', code),
    onScannerStatus: (status) => events.emit('scanner-status', status),
    timeouts,
  });
  return {
    handlers: {
      'printer-print': async (request) => ok(await hardware.print(request)),
      'printer-test': async (printer) => ok(await hardware.testPrinter(printer)),
      'printer-status': () => hardware.printerStatus(),
      'drawer-open': async () => ok(await hardware.openDrawer()),
      'serial-list': () => hardware.listSerialPorts(),
      'scanner-start': (settings) => hardware.startSerialScanner(settings),
      'scanner-stop': () => hardware.stopSerialScanner(),
    },
    close: async () => {
      await hardware.stopSerialScanner();
    },
  };
}
