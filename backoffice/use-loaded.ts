/** What each management screen does with its data: load it, say why not, load it again after a change. */
import { useCallback, useEffect, useState } from 'react';
import { reasonOf, type Said } from './Notice';

/** `load` must keep its identity between renders (a module function, or useCallback) unless what it reads changed. */
export function useLoaded<T>(load: () => Promise<T>, failure: string) {
  const [data, setData] = useState<T | null>(null);
  const [said, setSaid] = useState<Said>(null);
  const reload = useCallback(
    () => load().then(setData, (e: unknown) => setSaid({ kind: 'problem', text: reasonOf(e, failure) })),
    [load, failure],
  );
  useEffect(() => void reload(), [reload]);

  /** Runs a change, then says `done` (or the server's reason) and loads again; false when refused. */
  const change = useCallback(
    async (work: () => Promise<unknown>, done: string | null, refused: string): Promise<boolean> => {
      try {
        await work();
        setSaid(done === null ? null : { kind: 'ok', text: done });
        await reload();
        return true;
      } catch (error) {
        setSaid({ kind: 'problem', text: reasonOf(error, refused) });
        return false;
      }
    },
    [reload],
  );
  return { data, said, setSaid, change };
}
