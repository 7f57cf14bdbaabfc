/**
 * A realistic sale from the Labuan Bajo outlet: what the test page and `npm run print-test` print and
 * what receipt tests and benchmarks lay out. Built through the domain rules so it always adds up.
 */
import { rupiah, subtract, sum, type Rupiah } from '../../domain/money';
import { lineGross, type Payment, type Sale, type SaleLine } from '../../domain/checkout/sale';
import { businessDate } from '../../domain/wita';
import type { OutletInfo } from './receipt-layout';

export const SAMPLE_OUTLET: OutletInfo = {
  name: 'NTT Mart Labuan Bajo',
  address: 'Jl. Soekarno Hatta No. 5, Labuan Bajo, Manggarai Barat',
  phone: '0385-41234',
};

const PRODUCTS: Array<Pick<SaleLine, 'name' | 'supplier' | 'category' | 'unit'> & { price: number }> = [
  { name: 'Kopi Arabika Flores Bajawa 250 g', supplier: 'Koperasi Kopi Bajawa', category: 'Kopi', unit: 'bungkus', price: 85_000 },
  { name: 'Madu Hutan Sumba 500 ml', supplier: 'UD Madu Sumba', category: 'Madu', unit: 'botol', price: 120_000 },
  { name: 'Sambal Lu\'at Manggarai', supplier: 'Ibu Maria', category: 'Bumbu', unit: 'botol', price: 25_000 },
  { name: 'Kacang Mete Flores Timur', supplier: 'CV Mete Larantuka', category: 'Camilan', unit: 'bungkus', price: 65_000 },
  { name: 'Tenun Ikat Sikka Selendang', supplier: 'Sanggar Tenun Watublapi', category: 'Tenun', unit: 'lembar', price: 350_000 },
  { name: 'Jagung Bose Instan', supplier: 'KWT Oebobo', category: 'Pangan', unit: 'bungkus', price: 18_000 },
  { name: 'Gula Lontar Rote', supplier: 'UMKM Lontar Rote', category: 'Pangan', unit: 'bungkus', price: 30_000 },
  { name: 'Se\'i Sapi Kupang 250 g', supplier: 'Se\'i Bu Ati', category: 'Daging olahan', unit: 'bungkus', price: 95_000 },
  { name: 'Minyak Kelapa Kampung', supplier: 'KWT Alor', category: 'Pangan', unit: 'botol', price: 40_000 },
  { name: 'Kripik Pisang Kepok', supplier: 'UMKM Nekamese', category: 'Camilan', unit: 'bungkus', price: 15_000 },
];

export const SAMPLE_SALE_ID = '0195a3c2-7b1e-7c3d-9a4f-2b8e6d1c0f57';

/** A cash sale of `lineCount` lines (cycling through the products), paid with round notes. */
export function sampleSale(lineCount = 3, overrides: Partial<Sale> = {}): Sale {
  const lines: SaleLine[] = Array.from({ length: lineCount }, (_, index) => {
    const product = PRODUCTS[index % PRODUCTS.length]!;
    const quantity = (index % 3) + 1;
    const unitPrice = rupiah(product.price);
    const discount = index === 1 ? rupiah(10_000) : rupiah(0);
    return {
      lineNo: index + 1,
      productId: `p-${index + 1}`,
      barcode: null,
      name: product.name,
      supplier: product.supplier,
      category: product.category,
      unit: product.unit,
      quantity,
      weightGrams: null,
      unitPrice,
      discount,
      total: subtract(lineGross({ quantity, weightGrams: null, unitPrice }), discount),
    };
  });
  return saleOf(lines, overrides);
}

/** Completes a sale around its lines: totals, one cash payment rounded up to Rp 50.000, change. */
export function saleOf(lines: SaleLine[], overrides: Partial<Sale> = {}): Sale {
  const subtotal = sum(lines.map((l) => l.total));
  const discount = overrides.discount ?? rupiah(0);
  const total = subtract(subtotal, discount);
  const tendered = rupiah(Math.max(total, Math.ceil(total / 50_000) * 50_000));
  const payments: Payment[] = total > 0 ? [{ method: 'cash', amount: total, tendered, reference: null }] : [];
  const completedAt = '2025-03-05T06:07:00.000Z';
  const sale: Sale = {
    id: SAMPLE_SALE_ID,
    receiptNo: 'LBJ-T01-20250305-0042',
    outletId: 'lbj',
    terminalId: 'lbj-t01',
    shiftId: 'shift-1',
    cashier: { id: 'kasir-1', name: 'Maria Goreti' },
    training: false,
    completedAt,
    businessDate: businessDate(completedAt),
    lines,
    subtotal,
    discount,
    total,
    payments,
    change: subtract(tendered, total as Rupiah),
    asn: null,
  };
  return { ...sale, ...overrides } as Sale;
}
