/**
 * The terminal's clock against the server's: the server's Date header (whole seconds) beside the
 * terminal's time when the answer arrived. Sales keep being taken whatever the difference; beyond
 * two minutes the register warns, since receipts and business dates follow the terminal's clock.
 */
import type { ServerClockReading } from './push-outbox';

export const CLOCK_WARNING_MS = 2 * 60_000;
/** The Date header drops the milliseconds, and the answer takes a moment to arrive. */
const READING_SLACK_MS = 1_000;

/** Terminal minus server, in ms (positive: the terminal is ahead); null when the header is unreadable. */
export function clockSkewMs(reading: ServerClockReading): number | null {
  const server = Date.parse(reading.serverDate);
  const terminal = Date.parse(reading.receivedAt);
  if (Number.isNaN(server) || Number.isNaN(terminal)) return null;
  const skew = terminal - server;
  return Math.abs(skew) <= READING_SLACK_MS ? 0 : skew;
}

export function clockWarning(skewMs: number | null): string | null {
  if (skewMs === null || Math.abs(skewMs) <= CLOCK_WARNING_MS) return null;
  const minutes = Math.round(Math.abs(skewMs) / 60_000);
  const amount = minutes >= 120 ? `${Math.round(minutes / 60)} jam` : `${minutes} menit`;
  return `Jam terminal ${skewMs > 0 ? 'lebih cepat' : 'lebih lambat'} ${amount} dari server. Penjualan tetap dicatat; minta teknisi membetulkan jam.`;
}
