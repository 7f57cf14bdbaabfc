/**
 * The documents of the golden paper tests (golden/*.txt), laid out as print commands: the receipt
 * and shift report tests print and decode them, the screen's paper preview test
 * (renderer/components/PaperPreview.browser.test.tsx) renders them, and both must match the golden text.
 */
import { rupiah } from '#domain/money';
import { toCashMovementId, type CashMovement } from '#domain/shift/cash-movement';
import type { Sale } from '#domain/checkout/sale';
import { toOutletId, toTerminalId, type OutletId, type TerminalId } from '#domain/outlet/terminal';
import { openShift, toShiftId, type Shift } from '#domain/shift/shift';
import { dayClose, shiftReport, toDayClosingId } from '#domain/shift/shift-report';
import { toBusinessDate, type BusinessDate } from '#domain/wita';
import { buildRefund, buildSale, type LineSpec } from '#domain/test-documents';
import type { TaxSeller } from '#domain/tax/ppn';
import type { Columns } from '../escpos/columns';
import type { PrintCommand } from '../escpos/print-command';
import { layoutReceipt, layoutRefundReceipt, type AsnBlock } from './receipt-layout';
import { SAMPLE_OUTLET, SAMPLE_SALE } from './sample-sale';
import { layoutCashSlip, layoutDayReport, layoutShiftReport } from './shift-report-layout';
import { layoutBast, type BastReceiving } from './bast-layout';
import { layoutStockTakeReport } from './stock-take-layout';
import { layoutWriteOffSlip } from './write-off-slip-layout';
import type { PrintRequest } from '#bridge/print-request';
import { layoutSupplierStatement } from './supplier-statement-layout';
import { layoutPurchaseOrder } from './purchase-order-layout';
import type { PurchaseOrder } from '#domain/supplier/purchase-order';
import type { SupplierStatement } from '#domain/supplier/settlement';

export const MARIA = { id: 'k1', name: 'Maria Goreti' };
export const YOHANES = { id: 'm1', name: 'Yohanes Don Bosco' };
export const SHIFT = toShiftId('shift-1');
const LBJ = toOutletId('LBJ');
const T1 = toTerminalId('T1');

export function line(name: string, price: number, quantity = 1, discount = 0): LineSpec {
  return { name, price, quantity, discount, supplier: 'UMKM', category: 'Umum' };
}

/** A busy sale: long and unbreakable names, a free item, a weighed line, discounts, split payment. */
export function busySale(): Sale {
  const lines = [
    line('Kain Tenun Ikat Motif Sumba Timur Pewarna Alami Akar Mengkudu Ukuran Besar', 1_250_000, 1, 50_000),
    line('KopiRobustaManggaraiTimurGilingHalusPremium', 45_000, 2),
    line('Kantong belanja anyaman lontar (gratis)', 0, 1),
    { ...line('Ikan Kerapu Segar', 120_000), weightGrams: 1_250 },
    ...Array.from({ length: 12 }, (_, i) => line(`Kue Rambut Rote rasa ${i + 1}`, 12_500, (i % 4) + 1)),
  ];
  return buildSale({
    ...SAMPLE_SALE,
    lines: lines.map((l, i) => ({ ...l, productId: `p-${i + 1}` })),
    discount: 5_000,
    payments: [
      { method: 'qris', amount: 1_000_000, reference: 'QR88231907' },
      { method: 'cash', tendered: 1_000_000 },
    ],
  });
}

export const GOLDEN_SELLER: TaxSeller = {
  npwp: '012345678901000',
  name: 'PT Usaha Bersama NTT Mart',
  address: 'Jl. El Tari No. 52, Kupang',
};

/**
 * A sale of taxable and exempt goods with a line and a whole-sale discount: with `seller`, a PKP
 * outlet's receipt with its identity and PPN summary; without, a non-PKP outlet's, which has neither.
 */
export function taxSale(seller: TaxSeller | undefined): Sale {
  return buildSale({
    ...SAMPLE_SALE,
    lines: [
      { ...line('Kopi Arabika Flores Bajawa 250 g', 85_000, 2), productId: 'kopi' },
      { ...line('Beras Merah Sumba 5 kg', 75_000), productId: 'beras', taxStatus: 'dibebaskan' },
      { ...line('Madu Hutan Sumba 500 ml', 120_000, 1, 10_000), productId: 'madu' },
    ],
    discount: 5_000,
    payments: [{ method: 'cash', tendered: 400_000 }],
    ...(seller === undefined ? {} : { seller }),
  });
}

/** The ASN block printed under the busy sale: Rp 20.000 short of the minimum. */
export const GOLDEN_ASN: AsnBlock = {
  maskedNip: '1985***********017',
  name: 'Yohanes Don Bosco Seran',
  monthTotal: rupiah(80_000),
  threshold: rupiah(100_000),
};

/** A refund of one of each of two lines, paid back partly by QRIS and partly in cash. */
export function goldenRefund() {
  const original = buildSale({
    receiptNo: 'LBJ-T01-20250305-0042',
    lines: [
      { name: 'Madu Hutan Sumba 500 ml', price: 120_000, quantity: 2 },
      { name: 'Kain Tenun Ikat Motif Sumba Timur Pewarna Alami', price: 750_000, discount: 50_000 },
    ],
    payments: [
      { method: 'qris', amount: 500_000 },
      { method: 'cash', tendered: 500_000 },
    ],
  });
  const refund = {
    ...buildRefund(
      original,
      [
        [1, 1],
        [2, 1],
      ],
      [],
      {
        id: '0195a3c2-9d40-7e11-8b2c-4f6a1e3d5c79',
        payments: [
          { method: 'qris', amount: rupiah(500_000) },
          { method: 'cash', amount: rupiah(320_000) },
        ],
      },
    ),
    receiptNo: 'LBJ-T01-20250306-0003',
    reason: 'Botol retak, kain salah motif',
  };
  return { original, refund };
}

export function movement(kind: CashMovement['kind'], amount: number, reason: string): CashMovement {
  return {
    id: toCashMovementId(`m-${kind}-${amount}`),
    outletId: LBJ,
    terminalId: T1,
    shiftId: SHIFT,
    kind,
    amount: rupiah(amount),
    reason,
    at: '2025-03-05T07:30:00.000Z',
    cashier: MARIA,
    training: false,
  };
}

/** A worked shift from 08:00 to 16:00 WITA: three sales (one ASN), a refund, a pay in and a pay out; Rp 3.500 short. */
export function workedShift() {
  const sales = [
    buildSale({
      receiptNo: 'LBJ-T01-20250305-0001',
      shiftId: SHIFT,
      completedAt: '2025-03-05T01:10:00Z',
      lines: [
        { price: 85_000, quantity: 2, category: 'Kopi', supplier: 'Koperasi Kopi Bajawa', name: 'Kopi Bajawa' },
        { price: 120_000, discount: 10_000, category: 'Madu', supplier: 'UD Madu Sumba', name: 'Madu Sumba' },
      ],
      payments: [{ method: 'cash', tendered: 300_000 }],
      nip: '198609262015051001',
    }),
    buildSale({
      receiptNo: 'LBJ-T01-20250305-0002',
      shiftId: SHIFT,
      completedAt: '2025-03-05T03:00:00Z',
      lines: [{ price: 350_000, category: 'Tenun', supplier: 'Sanggar Tenun Watublapi', name: 'Selendang Sikka' }],
      discount: 35_000,
      payments: [{ method: 'qris' }],
    }),
    buildSale({
      receiptNo: 'LBJ-T01-20250305-0004',
      shiftId: SHIFT,
      completedAt: '2025-03-05T06:00:00Z',
      lines: [{ price: 25_000, quantity: 3, category: 'Bumbu', supplier: "Sambal Lu'at Ibu Maria", name: 'Sambal' }],
      payments: [
        { method: 'debit', amount: 50_000 },
        { method: 'cash', tendered: 50_000 },
      ],
    }),
  ];
  const refund = buildRefund(sales[0]!, [[1, 1]], [], { id: 'r1', shiftId: SHIFT });
  const movements = [
    movement('pay-in', 200_000, 'Tambah uang kecil dari brankas'),
    movement('pay-out', 45_000, 'Ongkos kirim madu dari Waingapu'),
  ];
  const opened = openShift({
    id: SHIFT,
    outletId: LBJ,
    terminalId: T1,
    cashier: MARIA,
    training: false,
    openedAt: '2025-03-05T00:00:00Z',
    openingFloat: { 'note-50000': 2, 'note-10000': 5, 'coin-1000': 10 },
  });
  const open = shiftReport({ shift: opened, sales, refunds: [refund], movements });
  const counted = rupiah(open.expectedCash - 3_500);
  const shift: Shift = {
    ...opened,
    closing: {
      closedAt: '2025-03-05T08:00:00Z',
      closedBy: MARIA,
      counted: countOf(counted),
      varianceThreshold: rupiah(2_000),
      varianceReason: 'Kembalian salah beri',
      approvedBy: YOHANES,
    },
  };
  return { shift, sales, refunds: [refund], movements };
}

/** Notes and coins that make up an amount (a multiple of Rp 100). */
export function countOf(amount: number) {
  const values = [
    [100_000, 'note-100000'],
    [50_000, 'note-50000'],
    [20_000, 'note-20000'],
    [10_000, 'note-10000'],
    [5_000, 'note-5000'],
    [2_000, 'note-2000'],
    [1_000, 'note-1000'],
    [500, 'coin-500'],
    [200, 'coin-200'],
    [100, 'coin-100'],
  ] as const;
  let left = amount;
  const count: Record<string, number> = {};
  for (const [value, id] of values) {
    count[id] = Math.floor(left / value);
    left -= count[id] * value;
  }
  if (left !== 0) throw new Error(`${amount} is not a multiple of Rp 100`);
  return count;
}

/** The Z report of the worked shift, closed Rp 3.500 short with a reason and a manager's approval. */
export function goldenZReport(columns: Columns) {
  const { shift, sales, refunds, movements } = workedShift();
  const report = shiftReport({ shift, sales, refunds, movements });
  const commands = layoutShiftReport(report, SAMPLE_OUTLET, {
    columns,
    training: false,
    printedAt: shift.closing!.closedAt,
    varianceReason: 'Kembalian salah beri',
    approvedBy: YOHANES,
    terminalCode: 'T01',
    counted: shift.closing!.counted,
    reprint: false,
  });
  return { report, commands };
}

/** The pay-out slip of the worked shift. */
export function goldenPayOut(columns: Columns): PrintCommand[] {
  return layoutCashSlip(workedShift().movements[1]!, SAMPLE_OUTLET, columns);
}

/** The day report of a day with the worked shift alone. */
export function goldenDayReport(columns: Columns) {
  const { shift, sales, refunds, movements } = workedShift();
  const day = dayClose(LBJ, toBusinessDate('2025-03-05'), [shiftReport({ shift, sales, refunds, movements })]);
  if (!day.ok) throw new Error(day.error.message);
  const closing = {
    id: toDayClosingId('d1'),
    outletId: LBJ,
    terminalId: T1,
    businessDate: toBusinessDate('2025-03-05'),
    closedAt: '2025-03-05T08:30:00Z',
    closedBy: YOHANES,
    training: false,
    report: day.value,
  };
  return { closing, commands: layoutDayReport(closing, SAMPLE_OUTLET, columns, 'T01') };
}

/**
 * A BAST of a delivery from a UMKM co-operative: food with expiry dates, a weighed line, a product
 * new to the catalog, and a long name.
 */
export function goldenReceiving() {
  const line = (lineNo: number, name: string, quantity: number, unitCost: number, expiry: string | null) => ({
    lineNo,
    productId: `p-${lineNo}`,
    name,
    quantity,
    unitCost: rupiah(unitCost),
    expiry: expiry === null ? null : toBusinessDate(expiry),
    newProduct: null,
  });
  const receiving: BastReceiving & { outletId: OutletId; terminalId: TerminalId; businessDate: BusinessDate } = {
    id: '0195a3c2-9d40-7e11-8b2c-4f6a1e3d5c80',
    outletId: LBJ,
    terminalId: T1,
    training: false,
    receivedAt: '2025-03-05T02:15:00.000Z',
    businessDate: toBusinessDate('2025-03-05'),
    receivedBy: YOHANES,
    supplier: 'Koperasi Wanita Tani Sehati Manggarai Barat',
    deliveryNote: 'SJ-0312/III/2025',
    lines: [
      line(1, 'Kopi Arabika Flores Bajawa 250 g', 24, 62_000, null),
      line(2, "Sambal Lu'at Manggarai", 12, 15_000, '2025-06-30'),
      line(3, 'Ikan Kerapu Asap', 2_500, 90_000, '2025-03-19'),
      {
        ...line(4, 'Keripik Pisang Kepok Rasa Gula Aren Khas Manggarai Kemasan Besar', 30, 8_500, '2025-05-01'),
        newProduct: {
          barcode: null,
          name: 'Keripik Pisang Kepok Rasa Gula Aren Khas Manggarai Kemasan Besar',
          proposedPrice: rupiah(15_000),
          soldBy: 'unit',
          category: 'Camilan',
          unit: 'bungkus',
        },
      },
    ],
    total: rupiah(24 * 62_000 + 12 * 15_000 + 225_000 + 30 * 8_500),
  };
  return receiving;
}

/**
 * A stock-take of the coffee and honey shelf: a unit short, a weighed line over, one as expected,
 * a long name; two products nobody counted.
 */
export function goldenStockTake(): Extract<PrintRequest, { kind: 'stock-take-report' }>['count'] {
  const line = (productId: string, name: string, expected: number, counted: number, unitValue: number) => ({
    productId,
    name,
    expected,
    counted,
    unitValue: rupiah(unitValue),
  });
  return {
    id: '0195a3c2-9d40-7e11-8b2c-4f6a1e3d5c81',
    outletId: LBJ,
    terminalId: T1,
    training: false,
    startedAt: '2025-03-05T00:30:00.000Z',
    approvedAt: '2025-03-05T02:45:00.000Z',
    businessDate: toBusinessDate('2025-03-05'),
    approvedBy: YOHANES,
    category: 'Kopi & Madu',
    lines: [
      line('p-1', 'Kopi Arabika Flores Bajawa 250 g', 24, 23, 85_000),
      line('p-2', 'Madu Hutan Sumba Timur Kemasan Botol Kaca 500 ml Asli', 12, 12, 120_000),
      line('p-3', 'Kopi Robusta Manggarai Curah', 2_500, 2_750, 140_000),
    ],
  };
}

/** A write-off of expired goods: a weighed line, a long name, a batch's expiry and a note. */
export function goldenWriteOff() {
  return {
    id: '0195a3c2-9d40-7e11-8b2c-4f6a1e3d5c81',
    outletId: LBJ,
    terminalId: T1,
    training: false,
    writtenOffAt: '2025-03-20T01:30:00.000Z',
    businessDate: toBusinessDate('2025-03-20'),
    approvedBy: YOHANES,
    reason: 'kedaluwarsa' as const,
    note: 'Ditemukan saat merapikan rak pendingin',
    lines: [
      {
        lineNo: 1,
        productId: 'p-1',
        name: "Sambal Lu'at Manggarai",
        quantity: 3,
        expiry: toBusinessDate('2025-03-15'),
      },
      { lineNo: 2, productId: 'p-2', name: 'Ikan Kerapu Asap', quantity: 750, expiry: toBusinessDate('2025-03-19') },
      {
        lineNo: 3,
        productId: 'p-3',
        name: 'Keripik Pisang Kepok Rasa Gula Aren Khas Manggarai Kemasan Besar',
        quantity: 12,
        expiry: null,
      },
    ],
  };
}

/** Every golden paper by its file name's first part (golden/NAME-58mm.txt, golden/NAME-80mm.txt). */
/** A supplier's month: consigned goods at a price and for a commission, an outright delivery, a payout and its correction. */
export function goldenStatement(): SupplierStatement {
  return {
    supplier: {
      id: 7,
      name: 'Koperasi Wanita Tani Sehati Manggarai Barat',
      nib: '9120301234567',
      bank: 'Bank NTT 0012030405 a.n. Koperasi Wanita Tani Sehati',
    },
    month: '2026-11',
    from: toBusinessDate('2026-11-01'),
    to: toBusinessDate('2026-11-30'),
    opening: rupiah(150_000),
    lines: [
      {
        outletId: 'manggarai-barat',
        productId: 'p-1',
        name: 'Kopi Arabika Flores Bajawa 250 g',
        kind: 'konsinyasi',
        terms: 'konsinyasi Rp 52.000/unit',
        quantity: 14,
        sales: rupiah(910_000),
        owed: rupiah(728_000),
      },
      {
        outletId: 'manggarai-barat',
        productId: 'p-2',
        name: "Sambal Lu'at Manggarai",
        kind: 'konsinyasi',
        terms: 'konsinyasi komisi 20%',
        quantity: 9,
        sales: rupiah(202_500),
        owed: rupiah(162_000),
      },
      {
        outletId: 'kota-kupang',
        productId: 'p-3',
        name: 'Keripik Pisang Kepok Rasa Gula Aren Khas Manggarai Kemasan Besar',
        kind: 'beli-putus',
        terms: 'beli putus Rp 8.500/unit',
        quantity: 30,
        sales: rupiah(0),
        owed: rupiah(255_000),
      },
    ],
    payouts: [
      { id: 1, paidOn: toBusinessDate('2026-11-10'), amount: rupiah(150_000), reference: 'TRF-NTT-20261110-0042' },
      {
        id: 2,
        paidOn: toBusinessDate('2026-11-11'),
        amount: rupiah(-5_000),
        reference: 'Koreksi TRF-NTT-20261110-0042',
      },
    ],
    owed: rupiah(1_145_000),
    paid: rupiah(145_000),
    closing: rupiah(1_150_000),
  };
}

/** An order partly received: a long name, a weighed consigned line, and a line that has begun to arrive. */
export function goldenPurchaseOrder(): PurchaseOrder {
  return {
    id: '01938f2c-7a00-7000-8000-0000000000a1',
    number: 'PO-000042',
    supplierName: 'Koperasi Kopi Ngada',
    date: toBusinessDate('2026-12-03'),
    raisedBy: 'Bidang Perdagangan Provinsi',
    status: 'partial',
    lines: [
      {
        lineNo: 1,
        productId: 'p-1',
        name: 'Kopi Arabika Bajawa Flores Sangrai Sedang Kemasan Kraft 250 gram',
        unit: 'bungkus',
        soldBy: 'unit',
        kind: 'beli-putus',
        quantity: 24,
        unitCost: rupiah(42_500),
        received: 10,
      },
      {
        lineNo: 2,
        productId: 'p-2',
        name: 'Gula Aren Semut Ngada',
        unit: 'kg',
        soldBy: 'weight',
        kind: 'konsinyasi',
        quantity: 2_500,
        unitCost: rupiah(36_000),
        received: 0,
      },
    ],
  };
}

export const GOLDEN_PAPERS: Record<string, (columns: Columns) => PrintCommand[]> = {
  busy: (columns) => layoutReceipt(busySale(), SAMPLE_OUTLET, { columns, reprint: false, asn: GOLDEN_ASN }),
  refund: (columns) => layoutRefundReceipt(goldenRefund().refund, SAMPLE_OUTLET, { columns, reprint: false }),
  pkp: (columns) => layoutReceipt(taxSale(GOLDEN_SELLER), SAMPLE_OUTLET, { columns, reprint: false, asn: null }),
  'non-pkp': (columns) => layoutReceipt(taxSale(undefined), SAMPLE_OUTLET, { columns, reprint: false, asn: null }),
  'z-report': (columns) => goldenZReport(columns).commands,
  'pay-out': goldenPayOut,
  'day-report': (columns) => goldenDayReport(columns).commands,
  bast: (columns) => layoutBast(goldenReceiving(), SAMPLE_OUTLET, [3], columns),
  'stock-take': (columns) =>
    layoutStockTakeReport(
      { kind: 'stock-take-report', count: goldenStockTake(), outlet: SAMPLE_OUTLET, weighedLines: [3], notCounted: 2 },
      columns,
    ),
  'write-off-slip': (columns) =>
    layoutWriteOffSlip(
      { kind: 'write-off-slip', writeOff: goldenWriteOff(), outlet: SAMPLE_OUTLET, weighedLines: [2] },
      columns,
    ),
  'supplier-statement': (columns) => layoutSupplierStatement(goldenStatement(), SAMPLE_OUTLET, columns),
  'purchase-order': (columns) => layoutPurchaseOrder(goldenPurchaseOrder(), SAMPLE_OUTLET, columns),
};
