/**
 * The hardware channels of the bridge: hardware/handlers' plain functions, wired to the printer
 * saved in the terminal's config and to the event hub for serial scans. A print, test page or
 * drawer kick answers with its PrintResult as the value (the printer's status comes along even when
 * it failed); the other channels turn a hardware error into a bridge error with its Indonesian message.
 */
import type { Result } from '../domain/result';
import { createHardwareHandlers, type HardwareHandlers } from '../hardware/handlers';
import type { PrinterTimeouts } from '../hardware/printer/printer';
import type { Handlers } from '../bridge/bridge-contract';
import { BridgeFailure, type BridgeEventHub } from './bridge-registry';
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
      'printer-print': (request) => hardware.print(request),
      'printer-test': (printer) => hardware.testPrinter(printer),
      'printer-status': async () => valueOf(await hardware.printerStatus()),
      'drawer-open': () => hardware.openDrawer(),
      'serial-list': async () => valueOf(await hardware.listSerialPorts()),
      'scanner-start': async (settings) => valueOf(await hardware.startSerialScanner(settings)),
      'scanner-stop': async () => valueOf(await hardware.stopSerialScanner()),
    },
    close: async () => {
      await hardware.stopSerialScanner();
    },
  };
}

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new BridgeFailure(result.error.code, result.error.message);
  return result.value;
}
