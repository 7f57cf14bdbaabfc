/**
 * The asn benchmark's code inside the terminal's page (bundled by asn.bench.ts): puts a
 * 150,000-NIP roster in the terminal's own IndexedDB the way a download switches it in, with a
 * busy month of ASN sales and the province's figures, then times one NIP at a time:
 *   - lookup: findRosterEntry (renderer/sync/asn-roster.ts), what the register asks the roster;
 *   - identify: the whole check behind the dialog (renderer/asn/identify-asn.ts): the number's
 *     parts, the roster, and the month so far from the figures and this terminal's sales;
 *   - baseline: a bare IndexedDB get of the same bucket row, no Dexie, no search in it.
 */
import { asnMonthOf } from '../../domain/asn/asn-standing';
import { rupiah } from '../../domain/money';
import { buildSale } from '../../domain/test-documents';
import { identifyAsn } from '../../renderer/asn/identify-asn';
import { PosDatabase } from '../../renderer/db/database';
import { findRosterEntry, replaceRoster, rosterBucket } from '../../renderer/sync/asn-roster';
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
  const entries = Array.from({ length: count }, (_, i) => ({
    nip: rosterNip(i),
    name: `ASN Nomor ${i + 1}`,
    opd: OPDS[i % OPDS.length]!,
    kind: 'PNS' as const,
  }));
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
  await db.asnTotals.bulkPut(
    Array.from({ length: count / 10 }, (_, i) => ({
      nip: rosterNip(i * 10),
      month,
      total: rupiah(40_000),
      saleCount: 1,
      ackSerial: 0,
    })),
  );
}

async function lookup(nip: string): Promise<number> {
  const start = performance.now();
  await findRosterEntry(db, nip);
  return performance.now() - start;
}

async function identify(nip: string): Promise<number> {
  const start = performance.now();
  const result = await identifyAsn(db, nip, new Date(), true);
  if (!result.ok) throw new Error(result.message);
  return performance.now() - start;
}

/** The floor: one get of the bucket's row through the plain IndexedDB API. */
function baseline(nip: string): Promise<number> {
  const idb = db.backendDB();
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const request = idb.transaction('asnRoster').objectStore('asnRoster').get(rosterBucket(nip));
    request.onsuccess = () => resolve(performance.now() - start);
    request.onerror = () => reject(request.error);
  });
}

async function open(): Promise<void> {
  if (!db.isOpen()) await db.open();
}

(window as unknown as { __asn: unknown }).__asn = { open, seed, lookup, identify, baseline };
