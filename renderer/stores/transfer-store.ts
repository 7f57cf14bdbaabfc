/**
 * The transfer being typed (kirim mutasi): destination and lines, kept while the manager moves
 * between screens; scans on the transfer screen come here. Saving goes through
 * renderer/stock/send-transfer.ts; a refused save keeps everything. Receiving a transfer sent here
 * goes through renderer/stock/receive-transfer.ts.
 */
import { create } from 'zustand';
import type { Product } from '#domain/catalog/product';
import type { TransferSent } from '#sync/protocol/stock';
import type { IncomingTransferRow } from '../db/rows';
import { printNow } from '../print/printer-service';
import { receiveTransfer } from '../stock/receive-transfer';
import { sendTransfer } from '../stock/send-transfer';
import { weighedLinesOf } from '../stock/stock-document';
import type { OutletChoice } from '../stock/queries';
import { showError, showInfo } from './notice-store';
import { scannedProduct } from './scanned-product';
import { managerOnly, savingDocument, typedNumber } from './stock-document';
import { currentUser } from './session-store';
import { database, useTerminalStore } from './terminal-store';

/** A line as typed: the quantity stays text until saving. */
export interface TransferDraftLine {
  product: Product;
  quantity: string;
}

interface TransferState {
  to: OutletChoice | null;
  lines: TransferDraftLine[];
  saving: boolean;
  /** The transfer just sent, for its slip on screen. */
  saved: { transfer: TransferSent; toOutletName: string; weighedLines: number[] } | null;
}

const EMPTY: TransferState = { to: null, lines: [], saving: false, saved: null };

export const useTransferStore = create<TransferState>(() => ({ ...EMPTY }));

export function chooseDestination(to: OutletChoice | null): void {
  useTransferStore.setState({ to });
}

/** A product from the catalog: a second scan of one sold by the unit adds one to its line. */
export function addTransferProduct(product: Product): void {
  const { lines } = useTransferStore.getState();
  const existing = lines.find((l) => l.product.id === product.id);
  if (existing) {
    const count = Number(existing.quantity);
    if (product.soldBy === 'unit' && Number.isInteger(count)) setTransferQuantity(product.id, String(count + 1));
    return;
  }
  useTransferStore.setState({
    lines: [...lines, { product, quantity: product.soldBy === 'unit' ? '1' : '' }],
    saved: null,
  });
}

export function setTransferQuantity(productId: string, quantity: string): void {
  useTransferStore.setState((s) => ({
    lines: s.lines.map((l) => (l.product.id === productId ? { ...l, quantity } : l)),
  }));
}

export function removeTransferLine(productId: string): void {
  useTransferStore.setState((s) => ({ lines: s.lines.filter((l) => l.product.id !== productId) }));
}

/** A code scanned or typed on the transfer screen; only the catalog's products can be sent. */
export function transferScan(code: string): void {
  const found = scannedProduct(code);
  if (found === null) return;
  if ('product' in found) return addTransferProduct(found.product);
  showError(`Barcode ${found.unknownBarcode} belum ada di katalog: hanya produk katalog yang bisa dimutasi.`);
}

export async function saveTransfer(): Promise<boolean> {
  if (!managerOnly('Mutasi')) return false;
  const state = useTransferStore.getState();
  const user = currentUser();
  const lines = state.lines.map((l) => ({ product: l.product, quantity: typedNumber(l.quantity) }));
  return savingDocument(
    'Mutasi',
    (saving) => useTransferStore.setState({ saving }),
    () =>
      sendTransfer(database(), {
        identity: useTerminalStore.getState().identity!,
        sentBy: { id: user.id, name: user.name },
        to: state.to,
        lines,
        now: new Date(),
      }),
    (transfer) => {
      printNow();
      const toOutletName = state.to!.name;
      useTransferStore.setState({ ...EMPTY, saved: { transfer, toOutletName, weighedLines: weighedLinesOf(lines) } });
      showInfo(`Mutasi ke ${toOutletName} tersimpan; surat jalan dicetak.`, 'success');
    },
  );
}

/** Start the next transfer after looking at the slip. */
export function closeSavedTransfer(): void {
  useTransferStore.setState({ saved: null });
}

/**
 * What arrived of an incoming transfer, as the manager typed it per line; true once received.
 * `setSaving` is the receiving form's own flag.
 */
export async function acceptTransfer(
  transfer: IncomingTransferRow,
  arrived: ReadonlyMap<number, string>,
  setSaving: (saving: boolean) => void,
): Promise<boolean> {
  if (!managerOnly('Penerimaan mutasi')) return false;
  const user = currentUser();
  return savingDocument(
    'Penerimaan mutasi',
    setSaving,
    () =>
      receiveTransfer(database(), {
        identity: useTerminalStore.getState().identity!,
        receivedBy: { id: user.id, name: user.name },
        transfer,
        arrived: new Map(transfer.lines.map((l) => [l.lineNo, typedNumber(arrived.get(l.lineNo) ?? '')])),
        now: new Date(),
      }),
    (received) => {
      const short = received.lines.filter((l) => l.received !== l.sent).length;
      showInfo(
        `Mutasi dari ${transfer.fromOutletName} diterima${short > 0 ? `; ${short} baris berselisih, tercatat` : ''}.`,
        'success',
      );
    },
  );
}
