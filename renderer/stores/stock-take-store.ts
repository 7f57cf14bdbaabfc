/**
 * The stock-take on screen (stok opname): the take being counted, its lines (kept here, each scan
 * replacing one, so the screen never reads the whole take per scan), the review and the approved
 * report. Scans on the stock-take screen come here; the rules and the writes are
 * renderer/stock/stock-take.ts's.
 */
import { create } from 'zustand';
import type { Product } from '#domain/catalog/product';
import type { Result } from '#domain/result';
import type { StockTakeReview, StockTakeScope } from '#domain/stock/stock-take';
import type { StockCounted } from '#sync/protocol/stock';
import { printNow } from '../print/printer-service';
import {
  approveStockTake,
  countProduct,
  loadStockTakeReview,
  markNotCountedZero,
  setStockTakeStatus,
  startStockTake,
  stockTakeLines,
  unfinishedStockTake,
} from '../stock/stock-take';
import type { StockTakeLineRow, StockTakeRow } from '../stock/stock-take-rows';
import { staffRef } from '../staff/pin-check';
import { approve } from './approval-store';
import { showError, showInfo, showProblem } from './notice-store';
import { scannedProduct } from './scanned-product';
import { savingDocument, typedNumber } from './stock-document';
import { currentUser } from './session-store';
import { database, showScreen, useTerminalStore } from './terminal-store';

interface StockTakeState {
  /** Undefined until loaded; null when no take is open or paused. */
  take: StockTakeRow | null | undefined;
  /** The take's lines, the last counted first. */
  lines: StockTakeLineRow[];
  /** A weighed product picked, waiting for its grams. */
  weighing: Product | null;
  review: StockTakeReview | null;
  saving: boolean;
  /** The take just approved, for its report on screen. */
  saved: { count: StockCounted; weighedLines: number[]; notCounted: number } | null;
}

const EMPTY: StockTakeState = { take: undefined, lines: [], weighing: null, review: null, saving: false, saved: null };

export const useStockTakeStore = create<StockTakeState>(() => ({ ...EMPTY }));

const byLastCount = (a: StockTakeLineRow, b: StockTakeLineRow) => (a.lastCountedAt < b.lastCountedAt ? 1 : -1);

/** The Stok screen's "Stok opname…": the unfinished take (after a restart too), or the start form. */
export async function openStockTake(): Promise<void> {
  const db = database();
  const take = (await unfinishedStockTake(db)) ?? null;
  const lines = take ? (await stockTakeLines(db, take.id)).sort(byLastCount) : [];
  useStockTakeStore.setState({ ...EMPTY, take, lines });
  showScreen('stock-take');
}

export async function beginStockTake(scope: StockTakeScope): Promise<void> {
  const user = currentUser();
  const started = await startStockTake(database(), { by: { id: user.id, name: user.name }, scope, now: new Date() });
  if (!started.ok) return showProblem(started.error);
  useStockTakeStore.setState({ ...EMPTY, take: started.value });
}

function takeId(): string | null {
  return useStockTakeStore.getState().take?.id ?? null;
}

function counted(result: Result<StockTakeLineRow>): void {
  if (!result.ok) return showProblem(result.error);
  const line = result.value;
  useStockTakeStore.setState((s) => ({
    lines: [line, ...s.lines.filter((l) => l.productId !== line.productId)],
  }));
}

/**
 * A product scanned or picked: one more of a product sold by the unit, the grams of a scale's label;
 * a weighed product picked or scanned without its weight waits for its grams.
 */
export async function countPicked(product: Product, grams: number | null = null): Promise<void> {
  const id = takeId();
  if (id === null) return showError('Mulai stok opname dulu.');
  if (product.soldBy === 'weight' && grams === null) return useStockTakeStore.setState({ weighing: product });
  const quantity = product.soldBy === 'weight' ? grams! : 1;
  counted(await countProduct(database(), { takeId: id, product, quantity, mode: 'add', now: new Date() }));
}

/** The grams of the weighed product picked, added to its line. */
export async function countWeighed(text: string): Promise<void> {
  const { weighing } = useStockTakeStore.getState();
  const id = takeId();
  if (!weighing || id === null) return;
  const result = await countProduct(database(), {
    takeId: id,
    product: weighing,
    quantity: typedNumber(text),
    mode: 'add',
    now: new Date(),
  });
  counted(result);
  if (result.ok) useStockTakeStore.setState({ weighing: null });
}

export function cancelWeighing(): void {
  useStockTakeStore.setState({ weighing: null });
}

/** A line's count typed over (a correction), zero allowed. */
export async function setCounted(line: StockTakeLineRow, text: string): Promise<void> {
  const id = takeId();
  if (id === null) return;
  const take = useStockTakeStore.getState().take!;
  const product = useTerminalStore.getState().catalog.byId(line.productId) ?? {
    id: line.productId,
    name: line.name,
    soldBy: line.soldBy,
    category: take.scope.kind === 'category' ? take.scope.category : '',
  };
  counted(
    await countProduct(database(), { takeId: id, product, quantity: typedNumber(text), mode: 'set', now: new Date() }),
  );
}

/** A code scanned on the stock-take screen; only the catalog's products can be counted. */
export function stockTakeScan(code: string): void {
  const found = scannedProduct(code);
  if (found === null) return;
  if ('product' in found) return void countPicked(found.product, found.grams);
  showError(`Barcode ${found.unknownBarcode} belum ada di katalog: catat lewat penerimaan barang.`);
}

async function changeStatus(status: 'open' | 'paused'): Promise<boolean> {
  const id = takeId();
  if (id === null) return false;
  const result = await setStockTakeStatus(database(), id, status);
  if (!result.ok) {
    showProblem(result.error);
    return false;
  }
  useStockTakeStore.setState({ take: result.value });
  return true;
}

/** Pause: the register goes on selling; the count waits, through a restart too. */
export async function pauseStockTake(): Promise<void> {
  if (!(await changeStatus('paused'))) return;
  showInfo('Stok opname dijeda. Lanjutkan dari layar Stok.', 'success');
  showScreen('stock');
}

export async function resumeStockTake(): Promise<void> {
  await changeStatus('open');
}

export async function reviewStockTake(): Promise<void> {
  const id = takeId();
  if (id === null) return;
  const loaded = await loadStockTakeReview(database(), id);
  if (!loaded.ok) return showProblem(loaded.error);
  useStockTakeStore.setState({ review: loaded.value.review });
}

export function backToCounting(): void {
  useStockTakeStore.setState({ review: null });
}

/** Products nobody counted, marked as found nowhere: they are adjusted to zero on approval. */
export async function markZero(products: readonly Pick<Product, 'id' | 'name' | 'soldBy'>[]): Promise<void> {
  const id = takeId();
  if (id === null || products.length === 0) return;
  const result = await markNotCountedZero(database(), id, products, new Date());
  if (!result.ok) return showProblem(result.error);
  useStockTakeStore.setState((s) => ({ lines: [...result.value, ...s.lines] }));
  await reviewStockTake();
}

/** The manager approves (a kasir asks one for their PIN): the adjustments are booked and the report prints. */
export async function approveReviewedStockTake(): Promise<boolean> {
  const { take, review } = useStockTakeStore.getState();
  if (!take || !review) return false;
  const approval = await approve(
    { kind: 'approve-stock-take', products: review.lines.length, net: review.net },
    // The stock.counted document names who approved.
    { recorded: false },
  );
  if (!approval.ok) {
    showProblem(approval.error);
    return false;
  }
  const approvedBy = approval.value ?? staffRef(currentUser());
  return savingDocument(
    'Stok opname',
    (saving) => useStockTakeStore.setState({ saving }),
    () =>
      approveStockTake(database(), {
        identity: useTerminalStore.getState().identity!,
        takeId: take.id,
        approvedBy,
        now: new Date(),
      }),
    ({ count, review: booked, weighedLines }) => {
      printNow();
      useStockTakeStore.setState({
        ...EMPTY,
        take: null,
        saved: { count, weighedLines, notCounted: booked.notCounted.length },
      });
      showInfo(`Stok opname disetujui: ${booked.differing} produk disesuaikan; laporan dicetak.`, 'success');
    },
  );
}

export function closeSavedStockTake(): void {
  useStockTakeStore.setState({ saved: null });
}
