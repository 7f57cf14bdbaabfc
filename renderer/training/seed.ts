/**
 * First start: a terminal that was never enrolled becomes the mode latihan (training) terminal of
 * the demo outlet, with the demo catalog and its opening stock, in one transaction so it is all there
 * or not at all.
 */
import { DEMO_CATALOG } from './demo-catalog';
import { DEMO_IDENTITY } from './demo-outlet';
import { demoOpeningStock } from './demo-stock';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import type { PosDatabase } from '../db/database';

export async function loadOrSeedIdentity(db: PosDatabase): Promise<TerminalIdentity> {
  const tables = [db.settings, db.products, db.stockReceipts, db.stockMovements, db.stockLevels];
  return db.transaction('rw', tables, async () => {
    const existing = await db.settings.get('terminal');
    if (existing) return existing.value;
    await db.settings.put({ key: 'terminal', value: DEMO_IDENTITY });
    if ((await db.products.count()) === 0) {
      await db.products.bulkAdd([...DEMO_CATALOG]);
      const opening = demoOpeningStock(DEMO_CATALOG, new Date());
      await db.stockReceipts.add(opening.receiving);
      await db.stockMovements.bulkAdd(opening.movements);
      await db.stockLevels.bulkPut(opening.levels);
    }
    return DEMO_IDENTITY;
  });
}
