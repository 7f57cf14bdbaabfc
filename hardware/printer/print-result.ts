/** What a print or a drawer kick comes to, free of Node: main answers it over the bridge and the renderer's print queue reads it. */
import type { PrinterStatus } from './status';

export type PrintErrorCode = 'printer-not-ready' | 'printer-offline' | 'print-interrupted';

export type PrintOutcome =
  | { ok: true; status: PrinterStatus }
  | { ok: false; error: { code: PrintErrorCode; message: string }; status: PrinterStatus };

/** A print or drawer result: the printer's status comes along whenever the printer was reached. */
export type PrintResult =
  PrintOutcome | { ok: false; error: { code: string; message: string }; status: PrinterStatus | null };
