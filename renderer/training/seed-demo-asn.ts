/**
 * Mode latihan: the demo ASN (demo-asn.ts) on the terminal's roster, with this month's
 * spending "reported" for two of them, written at every start of a training terminal. Enrolment
 * downloads the province's roster and totals whole, which replaces them.
 */
import { DEMO_ASN, demoAsnTotals } from './demo-asn';
import { businessMonth } from '../../domain/wita';
import type { PosDatabase } from '../db/database';
import { putRosterEntries } from '../sync/asn-roster';

export async function seedDemoAsn(db: PosDatabase, now: Date): Promise<void> {
  await db.transaction('rw', [db.asnRoster, db.asnTotals], async () => {
    await putRosterEntries(
      db,
      DEMO_ASN.map(({ nip, name, opd, kind }) => ({ nip, name, opd, kind })),
    );
    await db.asnTotals.bulkPut(demoAsnTotals(businessMonth(now)).map((t) => ({ ...t, ackSerial: 0 })));
  });
}
