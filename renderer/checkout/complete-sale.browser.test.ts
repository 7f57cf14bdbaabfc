import { describe, expect, it } from 'vitest';
import { parseBarcode, withCheckDigit } from '#domain/catalog/barcode';
import { addProduct, addScan, EMPTY_CART, type Cart } from '#domain/checkout/cart';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { rupiah } from '#domain/money';
import { parseNip } from '#domain/asn/nip';
import type { Product } from '#domain/catalog/product';
import type { Payment } from '#domain/checkout/sale';
import { toShiftId } from '#domain/shift/shift';
import { saleCompletedEventSchema } from '#sync/protocol/events';
import { OUTLET_TAX_SETTING } from '#sync/protocol/tax';
import { PosDatabase } from '../db/database';
import { useFreshDatabases } from '../db/test-databases';
import { DexiePrintJobStore } from '../print/print-queue';
import { testNipKeyer } from '../asn/test-nip-keyer';
import { completeSale, type CheckoutInput } from './complete-sale';

const identity = { ...DEMO_IDENTITY, outletCode: 'MBR', terminalCode: 'T01' };
const kopi: Product = {
  id: 'kopi',
  barcode: withCheckDigit('899512010002'),
  plu: null,
  name: 'Kopi Arabika Bajawa 250 g',
  price: rupiah(65_000),
  soldBy: 'unit',
  supplier: 'Koperasi Kopi Bajawa',
  category: 'Kopi & Teh',
  unit: 'bungkus',
  active: true,
};
const sei: Product = {
  id: 'sei',
  barcode: null,
  plu: '1001',
  name: "Se'i Sapi Curah",
  price: rupiah(320_000),
  soldBy: 'weight',
  supplier: "Se'i Baun",
  category: 'Olahan Daging',
  unit: 'kg',
  active: true,
};

const freshDb = useFreshDatabases();
const SHIFT_ID = toShiftId('019b3f6e-8c2a-7d41-9a3e-5f1b2c3d4e5f');

function ok(result: ReturnType<typeof addProduct>): Cart {
  if (!result.ok) throw new Error(result.error.message);
  return result.value.cart;
}

/** Two bungkus of kopi and 500 g of se'i from a scale label: Rp 130.000 + Rp 160.000. */
function cartOf(): Cart {
  const withKopi = ok(addProduct(ok(addProduct(EMPTY_CART, kopi)), kopi));
  const label = parseBarcode(withCheckDigit('251001000500'));
  if (!label.ok) throw new Error(label.error.message);
  return ok(addScan(withKopi, label.value, { byBarcode: () => undefined, byPlu: () => sei }));
}
const cash = (amount: number, tendered = amount): Payment => ({
  method: 'cash',
  amount: rupiah(amount),
  tendered: rupiah(tendered),
  reference: null,
});
const input = (over: Partial<CheckoutInput> = {}): CheckoutInput => ({
  cart: cartOf(),
  payments: [cash(290_000, 300_000)],
  identity,
  cashier: { id: 'k1', name: 'Maria' },
  shiftId: SHIFT_ID,
  asn: null,
  now: new Date('2026-12-21T03:15:00Z'),
  ...over,
});

describe('completeSale (real IndexedDB)', () => {
  it('writes the sale, stock movements, outbox event and print job together', async () => {
    const db = freshDb();
    const result = await completeSale(db, input());
    if (!result.ok) throw new Error(result.error.message);
    const { sale } = result.value;
    expect(sale).toMatchObject({
      receiptNo: 'MBR-T01-20261221-0001',
      total: 290_000,
      change: 10_000,
      businessDate: '2026-12-21',
      training: true,
      shiftId: SHIFT_ID,
      cashier: { id: 'k1', name: 'Maria' },
    });
    expect(await db.sales.get(sale.id)).toEqual(sale);
    const movements = await db.stockMovements.where('saleId').equals(sale.id).toArray();
    expect(movements.map((m) => [m.productId, m.quantity, m.unit]).sort()).toEqual([
      ['kopi', -2, 'unit'],
      ['sei', -500, 'g'],
    ]);
    const [event] = await db.outbox.toArray();
    expect(saleCompletedEventSchema.parse(event)).toMatchObject({ seq: 1, type: 'sale.completed', payload: sale });
    expect(await new DexiePrintJobStore(db).unfinished()).toMatchObject([
      {
        state: 'pending',
        attempts: 0,
        request: { kind: 'receipt', sale, outlet: { name: identity.outletName }, reprint: false },
      },
    ]);
  });

  it("records a PKP outlet's PPN, exempt products apart, and none for a non-PKP outlet", async () => {
    const db = freshDb();
    const plain = await completeSale(db, input());
    if (!plain.ok) throw new Error(plain.error.message);
    expect(plain.value.sale.tax).toBeUndefined();
    const seller = { npwp: '0123456789012345', name: 'PT NTT Mart', address: 'Jl. El Tari 1, Kupang' };
    await db.serverSettings.put({ key: OUTLET_TAX_SETTING, value: { pkp: true, seller } });
    await db.products.bulkPut([kopi, { ...sei, taxStatus: 'dibebaskan' }]);
    const result = await completeSale(db, input());
    if (!result.ok) throw new Error(result.error.message);
    const { sale } = result.value;
    // Kopi Rp 130.000 kena PPN: 130.000 × 11/111 = 12.882,9 → 12.883; se'i Rp 160.000 bebas PPN.
    expect(sale.tax).toEqual({ seller, taxable: 130_000, exempt: 160_000, base: 117_117, dpp: 107_357, ppn: 12_883 });
    expect(sale.lines.map((l) => l.tax?.ppn)).toEqual([12_883, 0]);
    expect(await db.sales.get(sale.id)).toEqual(sale);
  });

  it('numbers receipts per business date and never gives a number twice, even with the clock set back', async () => {
    const db = freshDb();
    const numbers: string[] = [];
    for (const at of ['2026-12-21T03:00:00Z', '2026-12-21T15:59:00Z', '2026-12-21T16:01:00Z', '2026-12-21T04:00:00Z']) {
      const result = await completeSale(db, input({ now: new Date(at) }));
      if (!result.ok) throw new Error(result.error.message);
      numbers.push(result.value.sale.receiptNo);
    }
    // 16:01 UTC is already 22 December in WITA; the last sale's clock went back to the 21st.
    expect(numbers).toEqual([
      'MBR-T01-20261221-0001',
      'MBR-T01-20261221-0002',
      'MBR-T01-20261222-0001',
      'MBR-T01-20261221-0003',
    ]);
    expect((await db.outbox.toArray()).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it('writes nothing and takes no number when the transaction fails part-way', async () => {
    const db = freshDb();
    const first = await completeSale(db, input());
    // A stray record already holding the next number makes the sale's add fail inside the transaction.
    if (!first.ok) throw new Error(first.error.message);
    const stray = { ...first.value.sale, id: 'stray', receiptNo: 'MBR-T01-20261221-0002' };
    await db.sales.add(stray);
    await expect(completeSale(db, input())).rejects.toThrow(/uniqueness/);
    await db.sales.delete('stray');
    expect(await db.sales.count()).toBe(1);
    expect(await db.stockMovements.count()).toBe(2);
    expect(await db.outbox.count()).toBe(1);
    const next = await completeSale(db, input());
    expect(next.ok && next.value.sale.receiptNo).toBe('MBR-T01-20261221-0002');
    expect((await db.outbox.toArray()).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('keeps numbers unique when two tabs sell from the same database', async () => {
    const tabA = freshDb();
    const tabB = new PosDatabase(tabA.name);
    const numbers: string[] = [];
    for (const tab of [tabA, tabB, tabA, tabA, tabB]) {
      const result = await completeSale(tab, input());
      if (!result.ok) throw new Error(result.error.message);
      numbers.push(result.value.sale.receiptNo.slice(-4));
    }
    tabB.close();
    expect(numbers).toEqual(['0001', '0002', '0003', '0004', '0005']);
    expect((await tabA.outbox.toArray()).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('takes the next outbox seq after events other writers added', async () => {
    const db = freshDb();
    await completeSale(db, input());
    // Another kind of event (a later issue's shift event, say) took seq 2 and the sync client has
    // since pruned it: the counter alone says so.
    await db.counters.put({ name: 'outbox-seq', value: 2 });
    const next = await completeSale(db, input());
    const event = await db.outbox.get(3);
    expect(event?.type === 'sale.completed' && next.ok && event.payload.id === next.value.sale.id).toBe(true);
  });

  it('refuses a sale whose payments do not add up, writing nothing', async () => {
    const db = freshDb();
    expect(await completeSale(db, input({ payments: [cash(200_000)] }))).toEqual({
      ok: false,
      error: {
        code: 'invalid-sale',
        message: expect.stringContaining('payments 200000 do not add up to total 290000'),
      },
    });
    expect(await completeSale(db, input({ cart: EMPTY_CART, payments: [cash(1000)] }))).toMatchObject({ ok: false });
    expect(await db.sales.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);
  });

  it('keeps everything after the database is closed and opened again', async () => {
    const db = freshDb();
    const result = await completeSale(
      db,
      input({
        payments: [
          cash(100_000),
          { method: 'qris', amount: rupiah(190_000), tendered: rupiah(190_000), reference: null },
        ],
      }),
    );
    db.close();
    const again = new PosDatabase(db.name);
    expect(await again.sales.toArray()).toEqual([result.ok && result.value.sale]);
    expect(await again.outbox.count()).toBe(1);
    again.close();
  });

  it('records the ASN buyer and prints their month with this sale, in the WITA month of the sale', async () => {
    const db = freshDb();
    const nip = parseNip('198609262015051001', '2026-01-01T00:00:00Z');
    if (!nip.ok) throw new Error(nip.error.message);
    const asn = {
      nip: nip.value.nip,
      kind: 'PNS' as const,
      name: 'Maria G. N.',
      opd: 'Dinas Pendidikan',
      verified: true,
    };
    // 23:30 WITA on 31 January, then 00:10 WITA on 1 February (as the terminal's UTC clock has them).
    const january = await completeSale(db, input({ asn, now: new Date('2026-01-31T15:30:00Z') }), testNipKeyer);
    const february = await completeSale(
      db,
      input({ asn: { ...asn, name: null, opd: null, verified: false }, now: new Date('2026-01-31T16:10:00Z') }),
      testNipKeyer,
    );
    if (!january.ok || !february.ok) throw new Error('sale refused');
    expect(january.value.sale.asn).toEqual({ nip: '198609262015051001', name: 'Maria G. N.', verified: true });
    expect(february.value.sale.asn).toEqual({ nip: '198609262015051001', name: null, verified: false });
    expect(january.value.asnStanding).toMatchObject({ month: '2026-01', total: 290_000, met: true });
    expect(february.value.asnStanding).toMatchObject({ month: '2026-02', total: 290_000 });
    const jobs = await new DexiePrintJobStore(db).unfinished();
    expect(jobs.map((j) => j.request.kind === 'receipt' && j.request.asn)).toEqual([
      { maskedNip: '1986***********001', name: 'Maria G. N.', monthTotal: 290_000, threshold: 100_000 },
      { maskedNip: '1986***********001', name: null, monthTotal: 290_000, threshold: 100_000 },
    ]);
    // A third sale in February adds to February only.
    const third = await completeSale(db, input({ asn, now: new Date('2026-02-02T01:00:00Z') }), testNipKeyer);
    expect(third.ok && third.value.asnStanding).toMatchObject({ month: '2026-02', total: 580_000 });
    expect((await completeSale(db, input())).ok && (await db.sales.where('asn.nip').equals(asn.nip).count())).toBe(3);
  });
});
