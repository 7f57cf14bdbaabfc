/**
 * Which of this terminal's acknowledged events a pulled figure already includes (for the ASN
 * monthly totals: a sale the server counted must not be added again on the terminal).
 *
 * An item served by a pull is the server's state when its page was read, so it includes every
 * event acknowledged before that page was asked for (the server commits before it answers): the
 * serial stored with the item. An item a complete pull did not serve again had no change since it
 * was served, so it also includes every event acknowledged before that pull started. An event
 * whose answer was lost (stored, but acknowledged only after a retry) may be counted twice until
 * the next pull: the terminal then errs on the side of showing more spending, never less.
 */
import type { AckRecord, StreamState } from './records';

export function coveredAckSerial(item: { ackSerial: number }, state: Pick<StreamState, 'ackSerialAtLastPull'>): number {
  return Math.max(item.ackSerial, state.ackSerialAtLastPull);
}

/** True when the pulled item (say an ASN's month total) already includes this acknowledged event. */
export function includedInPulled(
  ack: Pick<AckRecord, 'ackSerial' | 'quarantined'>,
  item: { ackSerial: number },
  state: Pick<StreamState, 'ackSerialAtLastPull'>,
): boolean {
  return !ack.quarantined && ack.ackSerial <= coveredAckSerial(item, state);
}
