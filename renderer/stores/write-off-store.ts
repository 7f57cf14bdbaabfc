/**
 * The write-off being typed (stok terbuang): reason, note and lines, kept while the manager moves
 * between screens; scans on the write-off screen come here. Saving asks for a manager's approval
 * (approval kind 'write-off') and goes through renderer/stock/write-off.ts; a refused save keeps
 * everything. "Hapus stok kedaluwarsa" opens it filled with the expired batches.
 */
import { create } from 'zustand';
import type { Product } from '#domain/catalog/product';
import type { WriteOffReason } from '#domain/stock/stock-reason';
import { businessDate } from '#domain/wita';
import type { StockWrittenOff } from '#sync/protocol/stock';
import { printNow } from '../print/printer-service';
import { weighedLinesOf } from '../stock/stock-document';
import { checkWriteOffInput, expiredLines, writeOff, type WriteOffLineInput } from '../stock/write-off';
import { approve } from './approval-store';
import { showError, showInfo, showProblem } from './notice-store';
import { staffRef } from '../staff/pin-check';
import { scannedProduct } from './scanned-product';
import { currentUser } from './session-store';
import { savingDocument, typedNumber } from './stock-document';
import { database, showScreen, useTerminalStore } from './terminal-store';

/** A line as typed: the quantity stays text until saving; `expiry` names the expired batch it came from. */
export interface WriteOffDraftLine {
  key: number;
  product: Product;
  quantity: string;
  expiry: string | null;
}

interface WriteOffState {
  reason: WriteOffReason | null;
  note: string;
  lines: WriteOffDraftLine[];
  nextKey: number;
  saving: boolean;
  /** The write-off just booked, for its slip on screen. */
  saved: { writeOff: StockWrittenOff; weighedLines: number[] } | null;
}

const EMPTY: WriteOffState = { reason: null, note: '', lines: [], nextKey: 1, saving: false, saved: null };

export const useWriteOffStore = create<WriteOffState>(() => ({ ...EMPTY }));

export function setWriteOffReason(reason: WriteOffReason): void {
  useWriteOffStore.setState({ reason });
}

export function setWriteOffNote(note: string): void {
  useWriteOffStore.setState({ note });
}

/** A product from the catalog: a second scan of one sold by the unit adds one to its line. */
export function addWriteOffProduct(product: Product): void {
  const { lines, nextKey } = useWriteOffStore.getState();
  const existing = lines.find((l) => l.product.id === product.id && l.expiry === null);
  if (existing) {
    const count = Number(existing.quantity);
    if (product.soldBy === 'unit' && Number.isInteger(count)) setWriteOffQuantity(existing.key, String(count + 1));
    return;
  }
  useWriteOffStore.setState({
    lines: [...lines, { key: nextKey, product, quantity: product.soldBy === 'unit' ? '1' : '', expiry: null }],
    nextKey: nextKey + 1,
    saved: null,
  });
}

export function setWriteOffQuantity(key: number, quantity: string): void {
  useWriteOffStore.setState((s) => ({ lines: s.lines.map((l) => (l.key === key ? { ...l, quantity } : l)) }));
}

export function removeWriteOffLine(key: number): void {
  useWriteOffStore.setState((s) => ({ lines: s.lines.filter((l) => l.key !== key) }));
}

/** A code scanned or typed on the write-off screen; only the catalog's products are on the books. */
export function writeOffScan(code: string): void {
  const found = scannedProduct(code);
  if (found === null) return;
  if ('product' in found) return addWriteOffProduct(found.product);
  showError(`Barcode ${found.unknownBarcode} belum ada di katalog: tidak ada stoknya untuk dibuang.`);
}

/** Hapus stok kedaluwarsa: the write-off, reason kedaluwarsa, with each expired batch and what it holds. */
export async function startExpiredWriteOff(): Promise<void> {
  const { catalog } = useTerminalStore.getState();
  const expired = await expiredLines(database(), (id) => catalog.byId(id), businessDate(new Date()));
  if (expired.length === 0) return showInfo('Tidak ada stok yang sudah lewat tanggal kedaluwarsa.');
  useWriteOffStore.setState({
    ...EMPTY,
    reason: 'kedaluwarsa',
    lines: expired.map((l, i) => ({ key: i + 1, product: l.product, quantity: String(l.quantity), expiry: l.expiry })),
    nextKey: expired.length + 1,
  });
  showScreen('write-off');
}

/** Checks what was typed, asks a manager to approve, then books the write-off and prints its slip. */
export async function saveWriteOff(): Promise<boolean> {
  const state = useWriteOffStore.getState();
  const lines: WriteOffLineInput[] = state.lines.map((l) => ({
    product: l.product,
    quantity: typedNumber(l.quantity),
    expiry: l.expiry,
  }));
  const checked = checkWriteOffInput({ reason: state.reason, lines });
  if (!checked.ok) {
    showProblem(checked.error);
    return false;
  }
  const approval = await approve(
    { kind: 'write-off', reason: checked.value.reason, lineCount: lines.length },
    { recorded: false },
  );
  if (!approval.ok || !approval.value) return false;
  const approvedBy = approval.value;
  return savingDocument(
    'Stok terbuang',
    (saving) => useWriteOffStore.setState({ saving }),
    () =>
      writeOff(database(), {
        identity: useTerminalStore.getState().identity!,
        staff: staffRef(currentUser()),
        approvedBy,
        reason: state.reason,
        note: state.note,
        lines,
        now: new Date(),
      }),
    (document) => {
      printNow();
      useWriteOffStore.setState({ ...EMPTY, saved: { writeOff: document, weighedLines: weighedLinesOf(lines) } });
      showInfo(`Stok terbuang ${document.lines.length} baris tersimpan; berita acara dicetak.`, 'success');
    },
  );
}

/** Start the next write-off after looking at the slip. */
export function closeSavedWriteOff(): void {
  useWriteOffStore.setState({ saved: null });
}
