/**
 * Realistic data for sync server tests and benchmarks: a catalog imported through the admin
 * import, and 'sale.completed' events of its products whose totals add up.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { withCheckDigit } from '#domain/catalog/barcode';
import { rupiah, type Rupiah } from '#domain/money';
import type { Sale } from '#domain/checkout/sale';
import { buildSale } from '#domain/test-documents';
import { importCatalog } from '#sync/admin/import-catalog';
import { rosterNip } from './roster-nips';
import type { SyncEventOf, SyncEventType } from '#sync/protocol/events';
import type { Database } from '#sync/server/db/database';
import { toOutletId, toTerminalId } from '#domain/outlet/terminal';

export { rosterNip };

export interface CatalogProduct {
  id: string;
  name: string;
  price: Rupiah;
}

const SUPPLIERS = [
  'Koperasi Kopi Ngada',
  'Madu Hutan Sumba',
  'Sanggar Tenun Ikat Sikka',
  "Se'i Baun",
  'Mete Flores Timur',
  'Garam Kusamba Rote',
];
const CATEGORIES = ['Kopi', 'Madu', 'Tenun', 'Olahan daging', 'Kacang', 'Bumbu'];

export function writeTempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ntt-mart-')), name);
  writeFileSync(path, content);
  return path;
}

/**
 * Marks the terminal enrolled at `at`, as if long in service: the server takes its events dated
 * since then and quarantines older ones (sync/server/ingest/checks/clock.ts).
 */
export async function backdateEnrolment(db: Database, terminalId: string, at: string): Promise<void> {
  await db.query('UPDATE terminals SET enrolled_at = $2 WHERE id = $1', [terminalId, at]);
}

/** `count` products with valid EAN-13s, imported through the admin catalog import. */
export async function seedCatalog(db: Database, count: number): Promise<CatalogProduct[]> {
  const lines = ['barcode,nama,harga,pemasok,kategori,satuan'];
  for (let i = 0; i < count; i++) {
    const barcode = withCheckDigit(`899${String(100_000_000 + i)}`);
    lines.push(
      `${barcode},Produk UMKM ${i + 1},${5_000 + (i % 200) * 500},${SUPPLIERS[i % SUPPLIERS.length]},${CATEGORIES[i % CATEGORIES.length]},pcs`,
    );
  }
  const outcome = await importCatalog(db, lines.join('\n'));
  if (outcome.problems.length > 0)
    throw new Error(`seed catalog problems: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
  const { rows } = await db.query<CatalogProduct>('SELECT id, name, price FROM products ORDER BY natural_key');
  return rows;
}

export interface SaleOptions {
  terminal: { id: string; outletId: string };
  seq: number;
  products: readonly CatalogProduct[];
  /** Lines taken from the products starting here (wrapping around). */
  firstProduct?: number;
  lineCount?: number;
  completedAt?: string;
  asnNip?: string;
  training?: boolean;
  shiftId?: string | null;
}

/** A sound sale (domain buildSale) of catalog products, for the terminal, as its outbox would push it. */
export function saleEvent(options: SaleOptions): SyncEventOf<'sale.completed'> {
  const { terminal, seq, products } = options;
  const completedAt = options.completedAt ?? new Date().toISOString();
  const picks = Array.from(
    { length: options.lineCount ?? 3 },
    (_, i) => products[((options.firstProduct ?? seq) + i) % products.length]!,
  );
  const sale = buildSale({
    id: uuidv7(),
    receiptNo: `${terminal.id}-${String(seq).padStart(6, '0')}`,
    shiftId: options.shiftId ?? null,
    completedAt,
    lines: picks.map((p, i) => ({ price: p.price, quantity: 1 + ((seq + i) % 3), name: p.name })),
    nip: options.asnNip ?? null,
    training: options.training ?? false,
  });
  const payload: Sale = {
    ...sale,
    outletId: toOutletId(terminal.outletId),
    terminalId: toTerminalId(terminal.id),
    lines: sale.lines.map((l, i) => ({ ...l, productId: picks[i]!.id })),
  };
  return syncEvent('sale.completed', seq, payload, completedAt);
}

/** An event of any type around its document, with a fresh UUIDv7. */
export function syncEvent<T extends SyncEventType>(
  type: T,
  seq: number,
  payload: SyncEventOf<T>['payload'],
  occurredAt = new Date().toISOString(),
): SyncEventOf<T> {
  return { id: uuidv7(), seq, type, occurredAt, payload } as SyncEventOf<T>;
}

/** An ASN roster CSV of `count` people, as BKD would send it to the admin import. */
export function rosterCsv(count: number): string {
  const opds = [
    'Dinas Pendidikan',
    'Dinas Kesehatan',
    'RSUD Prof. Dr. W. Z. Johannes',
    'Bappeda',
    'Dinas Pariwisata',
    'Sekretariat Daerah',
  ];
  return [
    'nip,nama,opd,jenis',
    ...Array.from({ length: count }, (_, i) => `${rosterNip(i)},ASN Nomor ${i + 1},${opds[i % opds.length]},PNS`),
  ].join('\n');
}

const KINDS = [
  'Kopi Arabika',
  'Kopi Robusta',
  'Madu Hutan',
  'Keripik Pisang',
  'Kacang Mete',
  "Sambal Lu'at",
  'Abon Ikan',
  "Se'i Sapi",
  'Kain Tenun Ikat',
  'Selendang',
  'Minyak Kelapa',
  'Gula Lontar',
  'Garam',
  'Beras Merah',
  'Jagung Bose',
  'Sirup Asam',
];
const ORIGINS = [
  'Bajawa',
  'Ende',
  'Sikka',
  'Kupang',
  'Sumba Timur',
  'Alor',
  'Rote',
  'Lembata',
  'Manggarai',
  'Atambua',
  'Soe',
  'Larantuka',
  'Maumere',
  'Waingapu',
];
const SIZES = ['100 g', '250 g', '500 g', '1 kg', '300 ml', '1 lembar', '2 m'];
const CASHIERS = [
  { id: '0190a1b2-0000-7000-8000-000000000001', name: 'Maria Goreti' },
  { id: '0190a1b2-0000-7000-8000-000000000002', name: 'Yosef Bria' },
  { id: '0190a1b2-0000-7000-8000-000000000003', name: 'Elisabeth Nona' },
];

/**
 * Sales as a shop's day brings them, each unlike the last, for benchmarks whose figures depend on
 * how sales compress: 1 to 15 lines (most short) of the catalog's products, under names as varied
 * as a real catalog's; quantities, weighed goods, the odd discount; cash with change, QRIS and
 * debit with their references; an ASN's NIP on about one in seven; times spread over the last minutes and
 * three cashiers. Seeded, so runs compare.
 */
export function variedSaleEvents(
  terminal: SaleOptions['terminal'],
  products: readonly CatalogProduct[],
  count: number,
  firstSeq = 1,
  seed = 2026,
): SyncEventOf<'sale.completed'>[] {
  let state = seed;
  const rand = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)]!;
  const nameOf = (i: number) =>
    `${KINDS[i % KINDS.length]} ${ORIGINS[Math.floor(i / KINDS.length) % ORIGINS.length]} ${SIZES[Math.floor(i / 7) % SIZES.length]}`;
  // The last minutes before now, so a terminal enrolled just now may push them (the server
  // quarantines events dated before its enrolment by more than 10 minutes).
  const span = 8 * 60_000;
  const opened = Date.now() - span;
  const shiftId = uuidv7();
  return Array.from({ length: count }, (_, i) => {
    const seq = firstSeq + i;
    const lineCount = rand() < 0.55 ? int(1, 3) : rand() < 0.8 ? int(4, 8) : int(9, 15);
    const lines = Array.from({ length: lineCount }, () => {
      const index = int(0, products.length - 1);
      const product = products[index]!;
      const line = {
        price: product.price,
        name: nameOf(index),
        productId: product.id,
        supplier: `UMKM ${ORIGINS[index % ORIGINS.length]}`,
        category: KINDS[index % KINDS.length],
      };
      if (rand() < 0.08) return { ...line, weightGrams: int(150, 2_500), unit: 'kg' };
      return { ...line, quantity: rand() < 0.7 ? 1 : int(2, 6), discount: rand() < 0.05 ? 500 : 0 };
    });
    const completedAt = new Date(opened + i * Math.floor(span / count) + int(0, 999)).toISOString();
    const method = rand();
    const payments =
      method < 0.6
        ? [{ method: 'cash' as const }]
        : method < 0.85
          ? [{ method: 'qris' as const, reference: `QR${int(100_000_000, 999_999_999)}${int(1_000, 9_999)}` }]
          : [{ method: 'debit' as const, reference: `${int(100_000, 999_999)}` }];
    const sale = buildSale({
      id: uuidv7(),
      receiptNo: `${terminal.outletId.slice(0, 3).toUpperCase()}-T01-20261221-${String(seq).padStart(5, '0')}`,
      shiftId,
      completedAt,
      outletId: terminal.outletId,
      terminalId: terminal.id,
      cashier: pick(CASHIERS),
      lines,
      payments,
      nip: rand() < 0.14 ? rosterNip(int(0, 149_999)) : null,
    });
    // Cash is handed over in notes: the change varies with the total.
    const cash = sale.payments[0]!.method === 'cash' ? Math.ceil(sale.total / 50_000) * 50_000 : 0;
    const withTender =
      cash > 0
        ? { ...sale, payments: [{ ...sale.payments[0]!, tendered: rupiah(cash) }], change: rupiah(cash - sale.total) }
        : sale;
    return syncEvent('sale.completed', seq, withTender, completedAt);
  });
}
