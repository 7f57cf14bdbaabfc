/**
 * The hardware side of the bridge: plain async functions that the Electron main process registers,
 * one per channel, and that tests call directly. Every input is validated here with zod (it comes
 * from the renderer, so it is not trusted) and every failure comes back as data
 * (`{ ok: false, error: { code, message } }`) with a message for the cashier in Bahasa Indonesia.
 */
import type { z } from 'zod';
import type { Problem, Result } from '#domain/result';
import { drawerKick } from './escpos/commands';
import { encodeCommands } from './escpos/encode';
import { NOT_RETRYABLE } from './print-queue/print-queue';
import { layoutPrintRequest } from './print-layout';
import { printRequestSchema, type PrintRequest } from '#bridge/print-request';
import type { PrintResult } from './printer/print-result';
import { DEFAULT_TIMEOUTS, Printer, type PrinterTimeouts } from './printer/printer';
import { printerConfigSchema, type PrinterConfig } from './printer/printer-config';
import { statusOf, type PrinterStatus } from './printer/status';
import { transportFor } from './printer/transport-for';
import { serialScannerSettingsSchema, type SerialPortInfo, type SerialScannerStatus } from './scanner/scanner-settings';
import { listSerialPorts, SerialScanner } from './scanner/serial-scanner';

export interface HardwareContext {
  /** The printer saved in settings, or null before one is set up. */
  printerConfig(): PrinterConfig | null;
  /** A code from the serial scanner, for the same pipeline as the keyboard wedge. */
  onScan(code: string): void;
  onScannerStatus(status: SerialScannerStatus): void;
  timeouts?: PrinterTimeouts;
}

const NO_PRINTER: Problem = { code: 'no-printer', message: 'Printer belum diatur. Buka Pengaturan > Printer.' };

export function createHardwareHandlers(context: HardwareContext) {
  const printers = new Map<string, Printer>();
  let scanner: SerialScanner | null = null;

  /** One Printer per connection, so everything sent to the same printer takes turns. */
  const printerFor = (config: PrinterConfig): Printer => {
    const key = JSON.stringify(config.connection);
    let printer = printers.get(key);
    if (!printer) {
      printer = new Printer(transportFor(config.connection), context.timeouts ?? DEFAULT_TIMEOUTS);
      printers.set(key, printer);
    }
    return printer;
  };

  const printOn = (config: PrinterConfig, request: PrintRequest): Promise<PrintResult> =>
    printerFor(config).print(encodeCommands(layoutPrintRequest(request, config.columns), config.columns));

  return {
    /** 'printer-print': a receipt, labels or the test page, on the configured printer (the print queue's delivery). */
    async print(input: unknown): Promise<PrintResult> {
      const request = printRequestSchema.safeParse(input);
      if (!request.success)
        return { ok: false, error: invalid(NOT_RETRYABLE, 'Pekerjaan cetak tidak valid', request.error), status: null };
      const config = context.printerConfig();
      if (!config) return { ok: false, error: NO_PRINTER, status: null };
      return printOn(config, request.data);
    },

    /** 'printer-test': the test page on a printer from the settings form, before it is saved. */
    async testPrinter(input: unknown): Promise<PrintResult> {
      const config = printerConfigSchema.safeParse(input);
      if (!config.success)
        return {
          ok: false,
          error: invalid('invalid-settings', 'Pengaturan printer tidak valid', config.error),
          status: null,
        };
      return printOn(config.data, { kind: 'test-page' });
    },

    /** 'printer-status': what the register screen shows. */
    async printerStatus(): Promise<Result<PrinterStatus>> {
      const config = context.printerConfig();
      if (!config) return { ok: true, value: statusOf('offline', 'printer belum diatur') };
      return { ok: true, value: await printerFor(config).status() };
    },

    /** 'drawer-open': after a cash sale and on a manager's request (the renderer checks the role). */
    async openDrawer(): Promise<PrintResult> {
      const config = context.printerConfig();
      if (!config) return { ok: false, error: NO_PRINTER, status: null };
      return printerFor(config).print(drawerKick(config.drawer));
    },

    /** 'serial-list': ports for the scanner and printer settings. */
    async listSerialPorts(): Promise<Result<SerialPortInfo[]>> {
      try {
        return { ok: true, value: await listSerialPorts() };
      } catch (error) {
        return {
          ok: false,
          error: {
            code: 'serial-list-failed',
            message: `Daftar port serial tidak terbaca: ${(error as Error).message}`,
          },
        };
      }
    },

    /** 'scanner-start': opens the serial scanner (replacing a running one) and keeps it connected. */
    async startSerialScanner(input: unknown): Promise<Result<SerialScannerStatus>> {
      const settings = serialScannerSettingsSchema.safeParse(input);
      if (!settings.success)
        return { ok: false, error: invalid('invalid-settings', 'Pengaturan pemindai tidak valid', settings.error) };
      await scanner?.stop();
      scanner = new SerialScanner(settings.data, context.onScan, context.onScannerStatus);
      return { ok: true, value: await scanner.start() };
    },

    /** 'scanner-stop'. */
    async stopSerialScanner(): Promise<Result<null>> {
      await scanner?.stop();
      scanner = null;
      return { ok: true, value: null };
    },
  };
}

export type HardwareHandlers = ReturnType<typeof createHardwareHandlers>;

function invalid(code: string, what: string, error: z.ZodError): Problem {
  return {
    code,
    message: `${what}: ${error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ')}`,
  };
}
