/**
 * Goods receiving (penerimaan barang), by a manager: the receiving document, its movements (each
 * line a batch with its expiry), the products received before the province has them (sellable here
 * at once), the stock.received event and the BAST's print job, in one commit (outbox/commit). A
 * receiving against a purchase order names it, and adds what arrived to the order's lines here too.
 */
import { v7 as uuidv7 } from 'uuid';
import { normalizeGtin, type Gtin } from '#domain/catalog/barcode';
import type { Product, SoldBy } from '#domain/catalog/product';
import { rupiah, sum } from '#domain/money';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import { ok, problem, type Result } from '#domain/result';
import type { StaffRef } from '#domain/staff/staff';
import { checkReceiving } from '#domain/stock/stock-checks';
import { stockValue } from '#domain/stock/quantity';
import { businessDate, toBusinessDate } from '#domain/wita';
import { stockReceivedSchema, type StockReceived } from '#sync/protocol/stock';
import type { PosDatabase } from '../db/database';
import type { PurchaseOrderRow } from '../db/rows';
import { mintCodes, NO_CODE_BLOCK, ownCodeBlock } from '../catalog/assign-codes';
import { outletInfo } from '../print/print-queue';
import { receivingMovements, unitsOf } from './document-movements';
import { receivedInto } from './purchase-orders';
import { checkDocument, commitStockDocument, documentHead, numberedLines, weighedLinesOf } from './stock-document';

/** A product the catalog does not have yet, as the manager typed it. */
export interface NewProductInput {
  name: string;
  proposedPrice: number;
  /** The product's own barcode; empty for an in-store code given here. */
  barcode: string;
  soldBy: SoldBy;
  unit: string;
  category: string;
  perishable: boolean;
}

export type ReceivingLineInput = {
  /** Whole units, or grams for weighed goods. */
  quantity: number;
  /** Per unit, or per kilogram for weighed goods. */
  unitCost: number;
  /** 'YYYY-MM-DD', or null. */
  expiry: string | null;
} & ({ product: Product; newProduct: null } | { product: null; newProduct: NewProductInput });

export interface ReceivingInput {
  identity: TerminalIdentity;
  receivedBy: StaffRef;
  supplier: string;
  deliveryNote: string;
  lines: readonly ReceivingLineInput[];
  now: Date;
  /** The purchase order (pesanan) the goods arrive against, or null. */
  purchaseOrder?: PurchaseOrderRow | null | undefined;
}

export async function receiveGoods(db: PosDatabase, input: ReceivingInput): Promise<Result<StockReceived>> {
  const date = businessDate(input.now);
  const nameOf = (line: ReceivingLineInput) => line.product?.name ?? line.newProduct!.name.trim();
  for (const line of input.lines) {
    const wrong = line.newProduct && newProductProblem(line.newProduct);
    if (wrong) return problem('invalid-new-product', wrong);
    if (line.expiry !== null && !/^\d{4}-\d{2}-\d{2}$/.test(line.expiry))
      return problem('invalid-expiry', `${nameOf(line)}: tanggal kedaluwarsa tidak valid.`);
  }
  const checked = checkReceiving({
    supplier: input.supplier,
    businessDate: date,
    lines: input.lines.map((line) => ({
      name: nameOf(line),
      quantity: line.quantity,
      unitCost: line.unitCost,
      expiry: line.expiry === null ? null : toBusinessDate(line.expiry),
      perishable: line.product ? (line.product.perishable ?? false) : line.newProduct.perishable,
    })),
  });
  if (!checked.ok) return checked;
  const coded = await codesForNewProducts(db, input.identity, input.lines);
  if (!coded.ok) return coded;

  const receivedAt = input.now.toISOString();
  const products: Product[] = [];
  const lines = input.lines.map((line, i) => {
    let product = line.product;
    if (line.newProduct) {
      const typed = line.newProduct;
      product = {
        id: uuidv7(),
        barcode: coded.value[i]!,
        plu: null,
        name: typed.name.trim(),
        price: rupiah(typed.proposedPrice),
        soldBy: typed.soldBy,
        supplier: input.supplier.trim(),
        category: typed.category.trim(),
        unit: typed.unit.trim(),
        active: true,
        perishable: typed.perishable,
        minimumStock: null,
      };
      products.push(product);
    }
    return { product: product!, quantity: line.quantity, line };
  });
  const checkedReceiving = checkDocument(
    stockReceivedSchema,
    {
      ...documentHead(input.identity, input.now),
      receivedAt,
      receivedBy: input.receivedBy,
      supplier: input.supplier.trim(),
      deliveryNote: input.deliveryNote.trim(),
      ...(input.purchaseOrder ? { purchaseOrderId: input.purchaseOrder.id } : {}),
      lines: numberedLines(lines).map((numbered, i) => {
        const { line, product } = lines[i]!;
        return {
          ...numbered,
          unitCost: rupiah(line.unitCost),
          expiry: line.expiry === null ? null : toBusinessDate(line.expiry),
          newProduct: line.newProduct && {
            barcode: product.barcode,
            name: product.name,
            proposedPrice: product.price,
            soldBy: product.soldBy,
            category: product.category,
            unit: product.unit,
          },
        };
      }),
      total: sum(lines.map(({ line, product }) => stockValue(line.quantity, rupiah(line.unitCost), product.soldBy))),
    } satisfies StockReceived,
    'invalid-receiving',
    'Penerimaan belum bisa disimpan',
  );
  if (!checkedReceiving.ok) return checkedReceiving;
  const receiving = checkedReceiving.value;
  try {
    await commitStockDocument(db, {
      store: 'stockReceipts',
      document: receiving,
      movements: receivingMovements(receiving, unitsOf(lines.map((l) => l.product))),
      print: { kind: 'bast', receiving, outlet: outletInfo(input.identity), weighedLines: weighedLinesOf(lines) },
      event: { type: 'stock.received', occurredAt: receivedAt, payload: receiving },
      also: {
        stores: ['products', 'purchaseOrders'],
        writes: [
          ...products.map((value) => ({ op: 'add' as const, store: 'products' as const, value })),
          ...(input.purchaseOrder
            ? [
                {
                  op: 'update' as const,
                  store: 'purchaseOrders' as const,
                  key: input.purchaseOrder.id,
                  update: (current: unknown) => current && receivedInto(current as PurchaseOrderRow, receiving.lines),
                },
              ]
            : []),
        ],
        events: [],
      },
    });
  } catch (error) {
    // The barcode index is the last word when another window took a code in between.
    if (error instanceof DOMException && error.name === 'ConstraintError')
      return problem('code-taken', 'Barcode produk baru baru saja dipakai produk lain: periksa lalu simpan lagi.');
    throw error;
  }
  return ok(receiving);
}

function newProductProblem(product: NewProductInput): string | null {
  const name = product.name.trim() || 'Produk baru';
  if (product.name.trim() === '') return 'Nama produk baru harus diisi.';
  if (!Number.isSafeInteger(product.proposedPrice) || product.proposedPrice <= 0)
    return `${name}: usulan harga jual harus Rupiah bulat di atas nol.`;
  if (product.barcode.trim() !== '' && normalizeGtin(product.barcode.trim()) === null)
    return `${name}: barcode ${product.barcode.trim()} tidak valid (EAN-8/EAN-13/UPC dengan digit pemeriksa yang benar). Kosongkan untuk kode toko.`;
  if (product.unit.trim() === '') return `${name}: satuan harus diisi (pcs, bungkus, botol…).`;
  return null;
}

/**
 * The barcode of each new product (null for catalog lines): the one typed, which no product may
 * already have, or for goods sold by the unit the next in-store article code of this till's block, for a label (weighed
 * goods are found by search, or by the scale's label once the province gives them a PLU).
 */
async function codesForNewProducts(
  db: PosDatabase,
  identity: TerminalIdentity,
  lines: readonly ReceivingLineInput[],
): Promise<Result<(Gtin | null)[]>> {
  const typed = lines.map((l) =>
    l.newProduct && l.newProduct.barcode.trim() !== '' ? normalizeGtin(l.newProduct.barcode.trim()) : null,
  );
  const wanted = typed.filter((code): code is Gtin => code !== null);
  if (new Set(wanted).size !== wanted.length)
    return problem('code-taken', 'Dua produk baru memakai barcode yang sama.');
  const holders = await db.products.where('barcode').anyOf(wanted).toArray();
  if (holders.length > 0)
    return problem(
      'code-taken',
      `Barcode ${holders[0]!.barcode} sudah dipakai ${holders[0]!.name}: pilih produk itu dari katalog.`,
    );
  const needsCode = (l: ReceivingLineInput, i: number) =>
    l.newProduct !== null && l.newProduct.soldBy === 'unit' && typed[i] === null;
  const needCode = lines.filter(needsCode).length;
  const block = needCode === 0 ? null : await ownCodeBlock(db, identity);
  if (needCode > 0 && block === null) return problem('no-code-block', NO_CODE_BLOCK);
  const fresh = block === null ? [] : await mintCodes(db, block, needCode);
  return ok(lines.map((l, i) => (needsCode(l, i) ? fresh.shift()! : (typed[i] ?? null))));
}
