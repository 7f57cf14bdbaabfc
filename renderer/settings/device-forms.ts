/**
 * The printer and serial scanner settings forms: what their fields hold (text, as typed) and the settings they make,
 * checked with the same schema main checks, so every problem is named in Bahasa Indonesia before
 * anything is sent.
 */
import type { z } from 'zod';
import { failed, ok, type Problem, type Result } from '#domain/result';
import { DEFAULT_DRAWER_PULSE } from '#hardware/escpos/commands';
import { printerConfigSchema, type PrinterConfig } from '#hardware/printer/printer-config';
import { serialScannerSettingsSchema, type SerialScannerSettings } from '#hardware/scanner/scanner-settings';

export type ConnectionType = PrinterConfig['connection']['type'];

export interface PrinterForm {
  type: ConnectionType;
  host: string;
  port: string;
  serialPath: string;
  baudRate: string;
  flowControl: string;
  devicePath: string;
  columns: string;
}

/** A form refused names each of its problems, to list them under the form. */
export type FormProblem = Problem & { problems: string[] };

export type Checked<T> = Result<T, FormProblem>;

export function printerForm(config: PrinterConfig | null): PrinterForm {
  // 58 mm paper (32 columns) is what the shops' printers take.
  const form: PrinterForm = {
    type: 'tcp',
    host: '',
    port: '9100',
    serialPath: '',
    baudRate: '9600',
    flowControl: 'none',
    devicePath: '',
    columns: '32',
  };
  if (!config) return form;
  const { connection } = config;
  form.type = connection.type;
  form.columns = String(config.columns);
  if (connection.type === 'tcp') Object.assign(form, { host: connection.host, port: String(connection.port) });
  if (connection.type === 'serial')
    Object.assign(form, {
      serialPath: connection.path,
      baudRate: String(connection.baudRate),
      flowControl: connection.flowControl,
    });
  if (connection.type === 'device') form.devicePath = connection.path;
  return form;
}

/** The settings the form describes; the drawer pulse of the saved printer is kept. */
export function printerConfigOf(form: PrinterForm, saved: PrinterConfig | null): Checked<PrinterConfig> {
  const connection =
    form.type === 'tcp'
      ? { type: 'tcp', host: form.host, port: wholeNumber(form.port) }
      : form.type === 'serial'
        ? { type: 'serial', path: form.serialPath, baudRate: wholeNumber(form.baudRate), flowControl: form.flowControl }
        : { type: 'device', path: form.devicePath };
  return checked(
    printerConfigSchema.safeParse({
      connection,
      columns: wholeNumber(form.columns),
      drawer: saved?.drawer ?? DEFAULT_DRAWER_PULSE,
    }),
  );
}

export interface ScannerForm {
  path: string;
  baudRate: string;
  terminator: string;
}

export function scannerForm(settings: SerialScannerSettings | null): ScannerForm {
  return settings
    ? { path: settings.path, baudRate: String(settings.baudRate), terminator: settings.terminator }
    : { path: '', baudRate: '9600', terminator: 'cr' };
}

export function scannerSettingsOf(form: ScannerForm): Checked<SerialScannerSettings> {
  return checked(
    serialScannerSettingsSchema.safeParse({
      path: form.path,
      baudRate: wholeNumber(form.baudRate),
      terminator: form.terminator,
    }),
  );
}

/** Digits only; anything else becomes NaN, which the schema refuses with its own message. */
function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

function checked<T>(result: z.ZodSafeParseResult<T>): Checked<T> {
  if (result.success) return ok(result.data);
  const problems = [...new Set(result.error.issues.map((i) => i.message))];
  return failed({ code: 'invalid-form', message: problems.join('; '), problems });
}
