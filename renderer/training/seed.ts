/**
 * First start: a terminal that was never enrolled becomes the mode latihan (training) terminal of
 * the demo outlet, with the demo catalog, in one transaction so it is all there or not at all.
 */
import { DEMO_CATALOG } from './demo-catalog';
import { DEMO_IDENTITY } from './demo-outlet';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import type { PosDatabase } from '../db/database';

export async function loadOrSeedIdentity(db: PosDatabase): Promise<TerminalIdentity> {
  return db.transaction('rw', [db.settings, db.products], async () => {
    const existing = await db.settings.get('terminal');
    if (existing) return existing.value;
    await db.settings.put({ key: 'terminal', value: DEMO_IDENTITY });
    if ((await db.products.count()) === 0) await db.products.bulkAdd([...DEMO_CATALOG]);
    return DEMO_IDENTITY;
  });
}
