/** What a print or a drawer kick comes to, free of Node: main answers it over the bridge and the renderer's print queue reads it. */
import type { Problem } from '#domain/result';
import type { PrinterStatus } from './status';

export type PrintErrorCode = 'printer-not-ready' | 'printer-offline' | 'print-interrupted';

export type PrintOutcome =
  { ok: true; status: PrinterStatus } | { ok: false; error: Problem & { code: PrintErrorCode }; status: PrinterStatus };

/** A print or drawer result: the printer's status comes along whenever the printer was reached. */
export type PrintResult = PrintOutcome | { ok: false; error: Problem; status: PrinterStatus | null };
