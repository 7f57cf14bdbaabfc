/** What the shift screens read from the database, as live queries (a shift closed shows at once). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Shift } from '#domain/shift/shift';
import { database } from '../stores/terminal-store';
import { closedShifts } from './shift-documents';

/** The latest shifts closed on this terminal; empty until the first answer. */
export function useClosedShifts(limit: number): Shift[] {
  return useLiveQuery(() => closedShifts(database(), limit), [limit], []);
}
