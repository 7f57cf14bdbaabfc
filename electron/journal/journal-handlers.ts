/** The bridge's journal channels over the host's outbox journal (journal.ts). */
import type { Handlers } from '#bridge/bridge-contract';
import { ok, problem } from '#domain/result';
import type { Journal } from './journal';

type JournalChannel = 'journal-append' | 'journal-acknowledge' | 'journal-read';

export function createJournalHandlers(journal: Journal): Pick<Handlers, JournalChannel> {
  return {
    'journal-append': (entry) =>
      journal
        .append(entry)
        .then(ok, (error: NodeJS.ErrnoException) =>
          problem(
            'journal-failed',
            `Jurnal cadangan tidak bisa ditulis${error.code === 'ENOSPC' ? ': disk penuh' : ''} (${error.message}).`,
          ),
        ),
    'journal-acknowledge': async (seqs) => {
      await journal.acknowledge(seqs);
      return ok(null);
    },
    'journal-read': async () => ok(await journal.read()),
  };
}
