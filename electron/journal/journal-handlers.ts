/** The bridge's journal channels over the host's outbox journal (journal.ts). */
import type { Handlers } from '../../bridge/bridge-contract';
import { BridgeFailure } from '../bridge-registry';
import type { Journal } from './journal';

type JournalChannel = 'journal-append' | 'journal-acknowledge' | 'journal-read';

export function createJournalHandlers(journal: Journal): Pick<Handlers, JournalChannel> {
  return {
    'journal-append': (entry) =>
      journal.append(entry).catch((error: NodeJS.ErrnoException) => {
        throw new BridgeFailure(
          'journal-failed',
          `Jurnal cadangan tidak bisa ditulis${error.code === 'ENOSPC' ? ': disk penuh' : ''} (${error.message}).`,
        );
      }),
    'journal-acknowledge': async (seqs) => {
      await journal.acknowledge(seqs);
      return null;
    },
    'journal-read': () => journal.read(),
  };
}
