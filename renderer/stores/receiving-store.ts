/**
 * The goods receiving being typed (penerimaan barang): supplier, delivery note and lines, kept while
 * the manager moves between screens, so nothing typed is lost; scans on the receiving screen come
 * here. Picking a purchase order (pesanan) fills its supplier and the lines still to arrive, each
 * with what was ordered, so the manager corrects only what differs. Saving goes through
 * renderer/stock/receive-goods.ts; a refused save keeps everything.
 */
import { create } from 'zustand';
import type { Product } from '#domain/catalog/product';
import { parseRupiah } from '#domain/money';
import type { StockReceived } from '#sync/protocol/stock';
import { printNow } from '../print/printer-service';
import type { PurchaseOrderRow } from '../db/rows';
import { outstanding } from '../stock/purchase-orders';
import { receiveGoods, type NewProductInput, type ReceivingLineInput } from '../stock/receive-goods';
import { showInfo } from './notice-store';
import { scannedProduct } from './scanned-product';
import { managerOnly, savingDocument, typedNumber } from './stock-document';
import { currentUser } from './session-store';
import { database, reloadCatalog, useTerminalStore } from './terminal-store';

/** A line as typed: the numbers stay text until saving, so a half-typed figure is not lost or bent. */
export interface DraftLine {
  key: number;
  product: Product | null;
  newProduct: NewProductInput | null;
  quantity: string;
  unitCost: string;
  /** 'YYYY-MM-DD' from the date field, or ''. */
  expiry: string;
  /** Still to arrive of this product on the picked purchase order; null when it is not on one. */
  ordered: number | null;
}

interface ReceivingState {
  /** The purchase order the goods arrive against, or null. */
  purchaseOrder: PurchaseOrderRow | null;
  supplier: string;
  deliveryNote: string;
  lines: DraftLine[];
  nextKey: number;
  saving: boolean;
  /** A scanned barcode the catalog does not have: the new product form opens with it. */
  unknownBarcode: string | null;
  /** The receiving just saved, with the lines weighed, for its BAST on screen. */
  saved: { receiving: StockReceived; weighedLines: number[] } | null;
}

const EMPTY = {
  purchaseOrder: null,
  supplier: '',
  deliveryNote: '',
  lines: [],
  nextKey: 1,
  saving: false,
  unknownBarcode: null,
  saved: null,
};

export const useReceivingStore = create<ReceivingState>(() => ({ ...EMPTY }));

export function setReceivingHeader(patch: Partial<Pick<ReceivingState, 'supplier' | 'deliveryNote'>>): void {
  useReceivingStore.setState(patch);
}

/** A product from the catalog: a second scan of it adds one to its line. */
export function receiveProduct(product: Product): void {
  const { lines, nextKey, supplier } = useReceivingStore.getState();
  const existing = lines.find((l) => l.product?.id === product.id);
  if (existing) {
    const count = Number(existing.quantity);
    const quantity = product.soldBy === 'unit' && Number.isInteger(count) ? String(count + 1) : existing.quantity;
    return updateLine(existing.key, { quantity });
  }
  useReceivingStore.setState({
    lines: [
      ...lines,
      {
        key: nextKey,
        product,
        newProduct: null,
        quantity: product.soldBy === 'unit' ? '1' : '',
        unitCost: '',
        expiry: '',
        ordered: null,
      },
    ],
    nextKey: nextKey + 1,
    // The first product names its UMKM, when the manager has not typed one.
    supplier: supplier === '' ? product.supplier : supplier,
    saved: null,
  });
}

export function receiveNewProduct(newProduct: NewProductInput): void {
  const { lines, nextKey } = useReceivingStore.getState();
  useReceivingStore.setState({
    unknownBarcode: null,
    lines: [
      ...lines,
      {
        key: nextKey,
        product: null,
        newProduct,
        quantity: newProduct.soldBy === 'unit' ? '1' : '',
        unitCost: '',
        expiry: '',
        ordered: null,
      },
    ],
    nextKey: nextKey + 1,
    saved: null,
  });
}

/**
 * Receiving against a purchase order: its supplier, and a line for each product still to arrive,
 * filled with what is outstanding and the order's price. Lines typed before are replaced.
 */
export async function pickPurchaseOrder(order: PurchaseOrderRow): Promise<void> {
  const open = order.lines.filter((l) => outstanding(l) > 0);
  const products = await database().products.bulkGet(open.map((l) => l.productId));
  const lines = open.flatMap((l, i): DraftLine[] => {
    const product = products[i];
    return product
      ? [
          {
            key: i + 1,
            product,
            newProduct: null,
            quantity: String(outstanding(l)),
            unitCost: String(l.unitCost),
            expiry: '',
            ordered: outstanding(l),
          },
        ]
      : [];
  });
  useReceivingStore.setState({
    purchaseOrder: order,
    supplier: order.supplierName,
    lines,
    nextKey: lines.length + 1,
    saved: null,
  });
  showInfo(`Pesanan ${order.number} dari ${order.supplierName}: periksa jumlah yang datang, lalu simpan.`);
}

/** Receive without a purchase order (the lines stay as typed). */
export function forgetPurchaseOrder(): void {
  useReceivingStore.setState((s) => ({ purchaseOrder: null, lines: s.lines.map((l) => ({ ...l, ordered: null })) }));
}

export function updateLine(key: number, patch: Partial<Pick<DraftLine, 'quantity' | 'unitCost' | 'expiry'>>): void {
  useReceivingStore.setState((s) => ({ lines: s.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) }));
}

export function removeLine(key: number): void {
  useReceivingStore.setState((s) => ({ lines: s.lines.filter((l) => l.key !== key) }));
}

/**
 * A barcode scanned or typed on the receiving screen adds the catalog's product; one the catalog
 * does not have opens the new product form with that barcode.
 */
export function receiveScan(code: string): void {
  const found = scannedProduct(code);
  if (found === null) return;
  if ('product' in found) return receiveProduct(found.product);
  useReceivingStore.setState({ unknownBarcode: found.unknownBarcode });
  showInfo(`Barcode ${found.unknownBarcode} belum ada di katalog: isi sebagai produk baru.`);
}

export async function saveReceiving(): Promise<boolean> {
  const state = useReceivingStore.getState();
  if (!managerOnly('Penerimaan barang')) return false;
  const user = currentUser();
  const identity = useTerminalStore.getState().identity!;
  const lines: ReceivingLineInput[] = state.lines.map((l) => {
    const common = {
      quantity: typedNumber(l.quantity),
      unitCost: l.unitCost.trim() === '' ? Number.NaN : (parseRupiah(l.unitCost) ?? Number.NaN),
      expiry: l.expiry === '' ? null : l.expiry,
    };
    return l.product
      ? { ...common, product: l.product, newProduct: null }
      : { ...common, product: null, newProduct: l.newProduct! };
  });
  return savingDocument(
    'Penerimaan',
    (saving) => useReceivingStore.setState({ saving }),
    () =>
      receiveGoods(database(), {
        identity,
        receivedBy: { id: user.id, name: user.name },
        supplier: state.supplier,
        deliveryNote: state.deliveryNote,
        lines,
        now: new Date(),
        purchaseOrder: state.purchaseOrder,
      }),
    async (receiving) => {
      printNow();
      if (lines.some((l) => l.newProduct)) await reloadCatalog();
      const weighedLines = state.lines.flatMap((l, i) =>
        (l.product?.soldBy ?? l.newProduct!.soldBy) === 'weight' ? [i + 1] : [],
      );
      useReceivingStore.setState({ ...EMPTY, saved: { receiving, weighedLines } });
      const against = state.purchaseOrder ? ` untuk pesanan ${state.purchaseOrder.number}` : '';
      showInfo(`Penerimaan dari ${receiving.supplier}${against} tersimpan; BAST dicetak.`, 'success');
    },
  );
}

/** The new product form closed without adding. */
export function forgetUnknownBarcode(): void {
  useReceivingStore.setState({ unknownBarcode: null });
}

/** Start the next receiving after looking at the BAST. */
export function closeSavedReceiving(): void {
  useReceivingStore.setState({ saved: null });
}
