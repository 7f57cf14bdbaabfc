/**
 * Printer status from ESC/POS real-time status (DLE EOT n). Each reply is one byte shaped
 * 0xx1xx10; the bits that matter:
 *   n=1 printer status   bit 3  offline
 *   n=2 offline cause    bit 2  cover open, bit 5 stopped at paper end, bit 6 error
 *   n=4 paper sensor     bits 2–3 paper near end, bits 5–6 paper end
 */

export type PrinterState = 'ready' | 'paper-near-end' | 'paper-out' | 'cover-open' | 'offline';
export const PRINTER_STATES: readonly PrinterState[] = [
  'ready',
  'paper-near-end',
  'paper-out',
  'cover-open',
  'offline',
];

export interface PrinterStatus {
  state: PrinterState;
  /** For the cashier, in Bahasa Indonesia. */
  message: string;
  /** false when the connection cannot carry replies (a device file) and "ready" only means it opened. */
  reported: boolean;
}

const BASE = 0x12;

export function isStatusByte(byte: number): boolean {
  return (byte & 0x93) === BASE;
}

/** The state the three replies (to DLE EOT 1, 2 and 4, in that order) describe. */
export function stateFromReplies(replies: Uint8Array): PrinterState {
  const [printer = 0, cause = 0, paper = 0] = replies;
  if (cause & 0x04) return 'cover-open';
  if (paper & 0x60 || cause & 0x20) return 'paper-out';
  if (printer & 0x08 || cause & 0x40) return 'offline';
  if (paper & 0x0c) return 'paper-near-end';
  return 'ready';
}

/** What a printer in this state answers to DLE EOT n (the virtual printer speaks through it). */
export function replyFor(state: PrinterState, n: number): number {
  const offline = state === 'paper-out' || state === 'cover-open' || state === 'offline';
  switch (n) {
    case 1:
      return BASE | (offline ? 0x08 : 0);
    case 2:
      return (
        BASE |
        (state === 'cover-open' ? 0x04 : 0) |
        (state === 'paper-out' ? 0x20 : 0) |
        (state === 'offline' ? 0x40 : 0)
      );
    case 4:
      return (
        BASE | (state === 'paper-out' ? 0x60 : 0) | (state === 'paper-near-end' || state === 'paper-out' ? 0x0c : 0)
      );
    default:
      return BASE;
  }
}

export function canPrint(state: PrinterState): boolean {
  return state === 'ready' || state === 'paper-near-end';
}

export function statusOf(state: PrinterState, detail?: string, reported = true): PrinterStatus {
  return { state, message: detail ? `${stateMessage(state)} (${detail})` : stateMessage(state), reported };
}

/** Each state in words: a few for the status badge on the register, read at a glance, and the message that says what to do. */
const STATE_WORDS: Record<PrinterState, { label: string; message: string }> = {
  ready: { label: 'Printer siap', message: 'Printer siap' },
  'paper-near-end': { label: 'Kertas hampir habis', message: 'Kertas printer hampir habis' },
  'paper-out': { label: 'Kertas habis', message: 'Kertas printer habis: pasang gulungan baru' },
  'cover-open': { label: 'Penutup terbuka', message: 'Penutup printer terbuka: tutup dulu' },
  offline: { label: 'Printer offline', message: 'Printer tidak terhubung: periksa kabel dan daya' },
};

export function stateLabel(state: PrinterState): string {
  return STATE_WORDS[state].label;
}

export function stateMessage(state: PrinterState): string {
  return STATE_WORDS[state].message;
}
