/**
 * The asn benchmark's code inside the terminal's page (bundled by asn.bench.ts): puts a
 * 150,000-NIP roster in the terminal's own IndexedDB the way a download switches it in, with a
 * busy month of ASN sales and the province's figures, then times one NIP at a time:
 *   - lookup: findRosterEntry (renderer/sync/asn-roster.ts) by the NIP's key, what the register asks the roster;
 *   - identify: the whole check behind the dialog (renderer/asn/identify-asn.ts): the number's
 *     parts, its key from the host over the bridge, the roster, and the month so far from the
 *     figures and this terminal's sales;
 *   - baseline: a bare IndexedDB get of the same bucket row, no Dexie, no search in it.
 * The roster is keyed with the demo key (mode latihan), as identify asks for it.
 */
import { DEMO_ASN_KEY, nipKeys } from '#domain/asn/nip-key';
import { asnMonthOf } from '#domain/asn/asn-standing';
import { rupiah } from '#domain/money';
import { buildSale } from '#domain/test-documents';
import { identifyAsn } from '#renderer/asn/identify-asn';
import { PosDatabase } from '#renderer/db/database';
import { findRosterEntry, replaceRoster, rosterBucket } from '#renderer/sync/asn-roster';
import { rosterNip } from '../support/roster-nips';

const db = new PosDatabase();
const OPDS = [
  'Dinas Pendidikan',
  'Dinas Kesehatan',
  'RSUD Prof. Dr. W. Z. Johannes',
  'Bappeda',
  'Dinas Pariwisata',
  'Sekretariat Daerah',
];

async function seed(count: number, salesCount: number, now: string): Promise<void> {
  const keys = await nipKeys(
    DEMO_ASN_KEY,
    Array.from({ length: count }, (_, i) => rosterNip(i)),
  );
  const entries = keys.map((nipKey, i) => ({ nipKey, displayName: `ASN N. ${i + 1}`, opd: OPDS[i % OPDS.length]! }));
  await db.transaction('rw', db.asnRoster, () => replaceRoster(db, entries));
  const sales = Array.from({ length: salesCount }, (_, i) =>
    buildSale({
      id: `bench-sale-${i}`,
      receiptNo: `BENCH-${i}`,
      lines: [{ price: 15_000 + (i % 10) * 5_000 }],
      completedAt: now,
      nip: rosterNip((i * 37) % count),
      training: true,
    }),
  );
  await db.sales.bulkPut(sales);
  const month = asnMonthOf({ completedAt: now });
  await db.asnMonthTotals.bulkPut(
    Array.from({ length: count / 10 }, (_, i) => ({
      nipKey: keys[i * 10]!,
      month,
      total: rupiah(40_000),
      saleCount: 1,
      ackSerial: 0,
    })),
  );
}

async function lookup(nip: string): Promise<number> {
  const [nipKey] = await nipKeys(DEMO_ASN_KEY, [nip]);
  const start = performance.now();
  await findRosterEntry(db, nipKey!);
  return performance.now() - start;
}

async function identify(nip: string): Promise<number> {
  const start = performance.now();
  const result = await identifyAsn(db, nip, new Date(), true);
  if (!result.ok) throw new Error(result.error.message);
  return performance.now() - start;
}

/** The floor: one get of the bucket's row through the plain IndexedDB API. */
async function baseline(nip: string): Promise<number> {
  const [nipKey] = await nipKeys(DEMO_ASN_KEY, [nip]);
  const idb = db.backendDB();
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const request = idb.transaction('asnRoster').objectStore('asnRoster').get(rosterBucket(nipKey!));
    request.onsuccess = () => resolve(performance.now() - start);
    request.onerror = () => reject(request.error);
  });
}

async function open(): Promise<void> {
  if (!db.isOpen()) await db.open();
}

(window as unknown as { __asn: unknown }).__asn = { open, seed, lookup, identify, baseline };
