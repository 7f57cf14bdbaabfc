/**
 * Which printer the terminal prints to, as the settings screen stores it and main validates it,
 * and the `--printer` URI the command line takes (free of Node, so the renderer's settings screen
 * checks a form with the same rules; transport-for.ts turns a connection into a transport):
 *   tcp://192.168.1.50:9100                       network printer
 *   serial:/dev/ttyUSB0?baud=9600&flow=rts-cts    serial printer (serial:COM3?baud=19200 on Windows)
 *   /dev/usb/lp0, \\localhost\PrinterShare          device or share path
 */
import { z } from 'zod';
import { ok, problem, type Result } from '#domain/result';
import { COLUMNS } from '../escpos/columns';
import { DEFAULT_DRAWER_PULSE } from '../escpos/commands';

export const BAUD_RATES = [9600, 19200, 38400, 57600, 115200] as const;
export type BaudRate = (typeof BAUD_RATES)[number];
export const FLOW_CONTROLS = ['none', 'rts-cts', 'xon-xoff'] as const;
export type FlowControl = (typeof FLOW_CONTROLS)[number];

export const baudRateSchema = z.union(
  BAUD_RATES.map((rate) => z.literal(rate)),
  {
    error: `Baud rate harus salah satu dari ${BAUD_RATES.join(', ')}`,
  },
);

/**
 * What a 'device' printer may be: a printer device the operating system made, never an ordinary
 * file. Bytes are appended to this path, so anything else would write receipts (with whatever text
 * a product name or address holds) into a file of the user's, a shell start-up file say.
 */
const PRINTER_DEVICE_PATHS: readonly RegExp[] = [
  /^\/dev\/usb\/lp\d{1,3}$/,
  /^\/dev\/tty[A-Za-z]{0,8}\d{1,3}$/,
  /^\/dev\/serial\/by-(?:id|path)\/[A-Za-z0-9][A-Za-z0-9_:+.-]{0,200}$/,
  /^COM\d{1,3}$/i,
  /^\\\\\.\\COM\d{1,3}$/i,
  /^\\\\[A-Za-z0-9][A-Za-z0-9.-]{0,62}\\[A-Za-z0-9][A-Za-z0-9 _.$-]{0,79}$/,
];

const DEVICE_PATH_PROBLEM =
  'Path printer harus perangkat printer: /dev/usb/lp0, /dev/ttyUSB0, /dev/serial/by-id/…, COM3 atau \\\\komputer\\NamaPrinter';

export function isPrinterDevicePath(path: string): boolean {
  return PRINTER_DEVICE_PATHS.some((pattern) => pattern.test(path));
}

export const printerConnectionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('tcp'),
    host: z.string().trim().min(1, 'Alamat printer jaringan wajib diisi'),
    port: z
      .number({ error: 'Port harus 1–65535' })
      .int('Port harus 1–65535')
      .min(1, 'Port harus 1–65535')
      .max(65535, 'Port harus 1–65535'),
  }),
  z.object({
    type: z.literal('serial'),
    path: z.string().trim().min(1, 'Pilih port serial printer'),
    baudRate: baudRateSchema,
    flowControl: z.enum(FLOW_CONTROLS, { error: 'Kontrol alur harus none, rts-cts atau xon-xoff' }),
  }),
  z.object({
    type: z.literal('device'),
    path: z
      .string()
      .trim()
      .min(1, 'Path printer wajib diisi')
      .refine((path) => path === '' || isPrinterDevicePath(path), DEVICE_PATH_PROBLEM),
  }),
]);
export type PrinterConnection = z.infer<typeof printerConnectionSchema>;

export const columnsSchema = z.union(
  COLUMNS.map((c) => z.literal(c)),
  { error: 'Lebar kertas harus 32 (58 mm) atau 48 (80 mm) kolom' },
);

export const drawerPulseSchema = z.object({
  pin: z.union([z.literal(2), z.literal(5)]),
  onMs: z.number().int().min(2).max(510),
  offMs: z.number().int().min(2).max(510),
});

export const printerConfigSchema = z.object({
  connection: printerConnectionSchema,
  columns: columnsSchema,
  drawer: drawerPulseSchema.default(DEFAULT_DRAWER_PULSE),
});
export type PrinterConfig = z.infer<typeof printerConfigSchema>;

export type UriResult = Result<PrinterConnection>;

export function parsePrinterUri(uri: string): UriResult {
  const text = uri.trim();
  if (text === '') return problem('printer-address-empty', 'Alamat printer kosong');
  const tcp = /^tcp:\/\/([^/:]+)(?::(\d+))?\/?$/i.exec(text);
  if (tcp) return validated({ type: 'tcp', host: tcp[1], port: Number(tcp[2] ?? 9100) });
  if (/^tcp:/i.test(text))
    return problem(
      'printer-address-invalid',
      `Alamat printer jaringan tidak valid: ${text} (contoh tcp://192.168.1.50:9100)`,
    );
  const serial = /^serial:([^?]+)(?:\?(.*))?$/i.exec(text);
  if (serial) {
    const params = new URLSearchParams(serial[2] ?? '');
    return validated({
      type: 'serial',
      path: serial[1],
      baudRate: Number(params.get('baud') ?? 9600),
      flowControl: params.get('flow') ?? 'none',
    });
  }
  return validated({ type: 'device', path: text });
}

function validated(candidate: unknown): UriResult {
  const parsed = printerConnectionSchema.safeParse(candidate);
  return parsed.success
    ? ok(parsed.data)
    : problem('printer-address-invalid', parsed.error.issues.map((i) => i.message).join('; '));
}
