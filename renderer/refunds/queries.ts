/** What the sales history reads from the database, as a live query: a sale or refund shows at once. */
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../stores/terminal-store';
import { salesHistory, type HistoryRow } from './refund-commands';

/** The latest sales and refunds, newest first; undefined until the first answer. */
export function useSalesHistory(limit: number): HistoryRow[] | undefined {
  return useLiveQuery(() => salesHistory(database(), limit), [limit]);
}
