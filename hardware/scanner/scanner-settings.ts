/**
 * The serial scanner's settings and status as the settings screen edits them and main validates
 * them; free of Node so the renderer checks a form with the same rules.
 */
import { z } from 'zod';
import { baudRateSchema } from '../printer/printer-config';

export const TERMINATORS = ['cr', 'lf', 'crlf', 'tab'] as const;
export type Terminator = (typeof TERMINATORS)[number];

export const serialScannerSettingsSchema = z.object({
  path: z.string().trim().min(1, 'Pilih port serial pemindai'),
  baudRate: baudRateSchema,
  terminator: z.enum(TERMINATORS, { error: 'Akhiran kode harus cr, lf, crlf atau tab' }),
});
export type SerialScannerSettings = z.infer<typeof serialScannerSettingsSchema>;

export type ScannerState = 'connected' | 'reconnecting' | 'stopped';
export interface SerialScannerStatus {
  state: ScannerState;
  path: string;
  /** For the cashier, in Bahasa Indonesia. */
  message: string;
}

export interface SerialPortInfo {
  path: string;
  /** What the settings screen shows beside the path: maker and USB ids when known. */
  label: string;
}
