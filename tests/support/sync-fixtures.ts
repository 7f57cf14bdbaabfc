/**
 * Realistic data for sync server tests and benchmarks: a catalog imported through the admin
 * import, and 'sale.completed' events whose totals add up (domain saleProblems is empty).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { withCheckDigit } from '../../domain/barcode';
import { rupiah, type Rupiah } from '../../domain/money';
import { saleProblems, type Sale } from '../../domain/sale';
import { businessDate } from '../../domain/wita';
import { importCatalog } from '../../sync/admin/import-catalog';
import type { SyncEvent } from '../../sync/protocol/events';
import type { Database } from '../../sync/server/db/database';

export interface CatalogProduct {
  id: string;
  name: string;
  price: Rupiah;
}

const SUPPLIERS = ['Koperasi Kopi Ngada', 'Madu Hutan Sumba', 'Sanggar Tenun Ikat Sikka', "Se'i Baun", 'Mete Flores Timur', 'Garam Kusamba Rote'];
const CATEGORIES = ['Kopi', 'Madu', 'Tenun', 'Olahan daging', 'Kacang', 'Bumbu'];

export function writeTempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ntt-mart-')), name);
  writeFileSync(path, content);
  return path;
}

/** `count` products with valid EAN-13s, imported through the admin catalog import. */
export async function seedCatalog(db: Database, count: number): Promise<CatalogProduct[]> {
  const lines = ['barcode,nama,harga,pemasok,kategori,satuan'];
  for (let i = 0; i < count; i++) {
    const barcode = withCheckDigit(`899${String(100_000_000 + i)}`);
    lines.push(`${barcode},Produk UMKM ${i + 1},${5_000 + (i % 200) * 500},${SUPPLIERS[i % SUPPLIERS.length]},${CATEGORIES[i % CATEGORIES.length]},pcs`);
  }
  const outcome = await importCatalog(db, writeTempFile('katalog.csv', lines.join('\n')));
  if (outcome.problems.length > 0) throw new Error(`seed catalog problems: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
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
}

export function saleEvent(options: SaleOptions): SyncEvent {
  const { terminal, seq, products } = options;
  const completedAt = options.completedAt ?? new Date().toISOString();
  const lineCount = options.lineCount ?? 3;
  const lines = Array.from({ length: lineCount }, (_, i) => {
    const product = products[((options.firstProduct ?? seq) + i) % products.length]!;
    const quantity = 1 + ((seq + i) % 3);
    return {
      lineNo: i + 1, productId: product.id, barcode: null, name: product.name, supplier: 'UMKM NTT', category: 'Lainnya', unit: 'pcs',
      quantity, weightGrams: null, unitPrice: product.price, discount: rupiah(0), total: rupiah(product.price * quantity),
    };
  });
  const total = rupiah(lines.reduce((a, l) => a + l.total, 0));
  const tendered = rupiah(Math.ceil(total / 50_000) * 50_000);
  const sale: Sale = {
    id: uuidv7(),
    receiptNo: `${terminal.id}-${String(seq).padStart(6, '0')}`,
    outletId: terminal.outletId,
    terminalId: terminal.id,
    shiftId: null,
    cashier: { id: 'kasir-1', name: 'Maria Kasir' },
    training: options.training ?? false,
    completedAt,
    businessDate: businessDate(completedAt),
    lines,
    subtotal: total,
    discount: rupiah(0),
    total,
    payments: [{ method: 'cash', amount: total, tendered, reference: null }],
    change: rupiah(tendered - total),
    asn: options.asnNip ? { nip: options.asnNip, name: null, verified: true } : null,
  };
  if (saleProblems(sale).length > 0) throw new Error(`fixture sale does not add up: ${saleProblems(sale).join('; ')}`);
  return { id: uuidv7(), seq, type: 'sale.completed', occurredAt: completedAt, payload: sale };
}
