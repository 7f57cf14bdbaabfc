/**
 * Mode latihan: the demo ASN (demo-asn.ts) on the terminal's roster, with this month's
 * spending "reported" for two of them, written at every start of a training terminal. They are kept
 * as a province's roster is (keyed by NIP, with the demo key; shortened names), so training runs the
 * same lookup. Enrolment downloads the province's roster and totals whole, which replaces them.
 */
import { DEMO_ASN, demoAsnTotals } from './demo-asn';
import { shortAsnName } from '#domain/asn/short-name';
import { businessMonth } from '#domain/wita';
import { bridgeNipKeyer, type NipKeyer } from '../asn/nip-key';
import type { PosDatabase } from '../db/database';
import { putRosterEntries } from '../sync/asn-roster';

export async function seedDemoAsn(db: PosDatabase, now: Date, keyer: NipKeyer = bridgeNipKeyer): Promise<void> {
  const keys = await keyer(
    DEMO_ASN.map((a) => a.nip),
    true,
  );
  const keyOf = new Map(DEMO_ASN.map((a, i) => [a.nip, keys[i]!]));
  await db.transaction('rw', [db.asnRoster, db.asnMonthTotals], async () => {
    await putRosterEntries(
      db,
      DEMO_ASN.map(({ nip, name, opd }) => ({ nipKey: keyOf.get(nip)!, displayName: shortAsnName(name), opd })),
    );
    await db.asnMonthTotals.bulkPut(
      demoAsnTotals(businessMonth(now)).map(({ nip, ...total }) => ({
        nipKey: keyOf.get(nip)!,
        ...total,
        ackSerial: 0,
      })),
    );
  });
}
