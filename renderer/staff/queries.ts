/** The staff lists screens show, as live queries: staff the province adds appear as soon as a pull brings them. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import type { StaffItem } from '#sync/protocol/streams';
import { database } from '../stores/terminal-store';
import { loginStaff } from './staff-table';

/** Who may sign in at this terminal; undefined until the first answer. */
export function useLoginStaff(identity: TerminalIdentity): StaffItem[] | undefined {
  return useLiveQuery(() => loginStaff(database(), identity), [identity]);
}
