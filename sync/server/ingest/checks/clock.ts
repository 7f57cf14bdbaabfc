/**
 * An event dated where no real event of its terminal can be: before the terminal was enrolled (a
 * terminal makes real events only after it leaves mode latihan) or after the server received it.
 * Both bounds give way by CLOCK_TOLERANCE_MS, since terminals' clocks drift (the terminal's top bar
 * warns from 2 minutes). An offline terminal pushing days-old events is within both bounds.
 * Checked on the envelope's occurredAt and on the instant the document itself is dated by.
 */

export const CLOCK_TOLERANCE_MS = 10 * 60_000;

/** Every clock reason starts so. */
export const CLOCK = 'clock:';

/** Why these instants (named, e.g. { occurredAt: … }) cannot be this terminal's; empty when they can. */
export function clockProblems(instants: Record<string, string>, enrolledAt: Date, receivedAt: Date): string[] {
  const earliest = enrolledAt.getTime() - CLOCK_TOLERANCE_MS;
  const latest = receivedAt.getTime() + CLOCK_TOLERANCE_MS;
  return Object.entries(instants).flatMap(([name, instant]) => {
    const at = Date.parse(instant);
    if (at < earliest)
      return [
        `${CLOCK} ${name} ${instant} is more than 10 minutes before the terminal was enrolled (${enrolledAt.toISOString()})`,
      ];
    if (at > latest)
      return [
        `${CLOCK} ${name} ${instant} is more than 10 minutes after the server received it (${receivedAt.toISOString()})`,
      ];
    return [];
  });
}
