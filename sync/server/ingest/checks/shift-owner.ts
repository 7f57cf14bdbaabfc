/**
 * A sale or refund counts in the shift it names, so it may name only a shift of the terminal that
 * wrote it: an Alor sale must not land in a Kupang shift's figures. A shift id the server has not
 * seen is taken (its 'shift.opened' may still come, after a gap in the terminal's events).
 */
import type { Queryable } from '#sync/server/db/database';
import { shiftRecords } from '../shift-records';

/** Per document, why its shift is not the writing terminal's, or null. */
export async function foreignShiftProblems(
  tx: Queryable,
  shiftIds: readonly (string | null)[],
  terminalId: string,
): Promise<(string | null)[]> {
  const known = await shiftRecords(
    tx,
    shiftIds.filter((id) => id !== null),
  );
  return shiftIds.map((id) => {
    const owner = id === null ? undefined : known.get(id)?.terminalId;
    return owner === undefined || owner === terminalId
      ? null
      : `shift ${id} belongs to terminal ${owner}, not to ${terminalId}`;
  });
}
