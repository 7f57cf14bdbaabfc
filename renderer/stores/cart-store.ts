/**
 * The cart on the register, with the ASN buyer identified for it. Actions are plain functions so
 * the scanner, keyboard shortcuts and touch buttons all call the same thing. Discounts, price
 * overrides, and removing lines or voiding once a NIP or money was taken go ahead only with a
 * manager's approval (stores/approval-store).
 */
import { actionProblems, describeAction, type SensitiveAction } from '#domain/staff/approval';
import { parseBarcode } from '#domain/catalog/barcode';
import {
  addProduct,
  addScan,
  addWeighed,
  cartSubtotal,
  cartTotal,
  overridePrice,
  quantityNeedsConfirmation,
  removeLine,
  setCartDiscount,
  setLineDiscount,
  setQuantity,
  type Cart,
  type CartChange,
  type CartResult,
} from '#domain/checkout/cart';
import type { Discount } from '#domain/checkout/discount';
import { formatRupiah, multiply, type Rupiah } from '#domain/money';
import type { Product } from '#domain/catalog/product';
import type { StaffRef } from '#domain/staff/staff';
import { formatKilograms, lineGross } from '#domain/checkout/sale';
import { approve } from './approval-store';
import { confirmWithCashier } from './confirm-store';
import { showError, showInfo, showProblem } from './notice-store';
import type { Problem } from '#domain/result';
import { NEW_CART, useCheckoutStore } from './checkout-store';
import type { CartAsn } from '../asn/identify-asn';
import { requireShift } from './shift-store';
import { useTerminalStore } from './terminal-store';

/** The checkout store, under the name the register reads its cart by (cart and ASN slices). */
export const useCartStore = useCheckoutStore;

function apply(result: CartResult): boolean {
  if (!result.ok) return refuse(result.error);
  const { cart, lineKey } = result.value;
  useCartStore.setState({ cart, selectedKey: lineKey });
  const line = cart.lines.find((l) => l.key === lineKey)!;
  showInfo(
    `${line.name} — ${line.weightGrams === null ? `${line.quantity} × ${formatRupiah(line.unitPrice)}` : formatKilograms(line.weightGrams)}`,
    'success',
  );
  return true;
}

function refuseWhilePaying(): boolean {
  if (!useCheckoutStore.getState().open) return false;
  showError('Pembayaran sedang berlangsung: selesaikan atau batalkan (Esc) dulu.');
  return true;
}

/** A code from a scanner or typed in full: validated, looked up, added; or refused aloud with the reason. */
export function scanBarcode(code: string): boolean {
  if (refuseWhilePaying() || !requireShift()) return false;
  const parsed = parseBarcode(code);
  if (!parsed.ok) return refuse(parsed.error);
  const { catalog } = useTerminalStore.getState();
  // A fresh province has no catalog: "tidak terdaftar" for every code would not say what to do.
  if (catalog.size === 0) {
    showError(EMPTY_CATALOG);
    return false;
  }
  return apply(addScan(useCartStore.getState().cart, parsed.value, catalog));
}

export const EMPTY_CATALOG =
  'Katalog terminal ini masih kosong, jadi belum ada barang yang bisa dijual. Provinsi perlu mengimpor katalog di server ' +
  '(npm run admin -- import-catalog BERKAS.csv); terminal menariknya sendiri pada sinkronisasi berikutnya (lihat Sinkron).';

/** A product picked by name: one more unit, or for goods sold per kg, the weight dialog first. */
export function addProductToCart(product: Product): boolean {
  if (refuseWhilePaying() || !requireShift()) return false;
  if (product.soldBy === 'weight' && product.active) {
    useCartStore.setState({ weighing: product });
    return true;
  }
  return apply(addProduct(useCartStore.getState().cart, product));
}

/** The weight typed for the product being weighed: its line is added. */
export function addWeighedToCart(grams: number): boolean {
  const { weighing, cart } = useCartStore.getState();
  if (!weighing || refuseWhilePaying() || !requireShift()) return false;
  if (!apply(addWeighed(cart, weighing, grams))) return false;
  useCartStore.setState({ weighing: null });
  return true;
}

export function cancelWeighing(): void {
  useCartStore.setState({ weighing: null });
}

/** Sets a line's quantity; a large one (domain quantityNeedsConfirmation) only once the cashier confirms it. */
export async function changeQuantity(key: string, quantity: number): Promise<boolean> {
  const line = useCartStore.getState().cart.lines.find((l) => l.key === key);
  if (line && quantityNeedsConfirmation(line, quantity)) {
    const total = formatRupiah(multiply(line.unitPrice, quantity));
    const sure = await confirmWithCashier({
      title: 'Jumlah besar',
      text: `${quantity} × ${line.name} = ${total}. Benar sebanyak itu?`,
      yes: `Ya, ${quantity}`,
      no: `Tidak, tetap ${line.quantity}`,
    });
    if (!sure) {
      showInfo(`Jumlah ${line.name} tetap ${line.quantity}.`);
      return false;
    }
  }
  return apply(setQuantity(useCartStore.getState().cart, key, quantity));
}

/** Removes a line; once a NIP or payment was entered, with a manager's approval. */
export async function removeCartLine(key: string): Promise<boolean> {
  const { cart: before, nipEntered, paymentEntered } = useCartStore.getState();
  const name = before.lines.find((l) => l.key === key)?.name;
  const removed = await approvedChange((cart) => {
    const index = cart.lines.findIndex((l) => l.key === key);
    if (index < 0) return null;
    const result = removeLine(cart, key);
    const neighbour = result.ok
      ? result.value.cart.lines[Math.min(index, result.value.cart.lines.length - 1)]
      : undefined;
    return {
      result,
      action: { kind: 'remove-line', lineNo: index + 1, nipEntered, paymentEntered },
      select: neighbour?.key ?? null,
    };
  });
  // The notice of the line's scan must not outlive the line (an approved removal names the manager instead).
  if (removed && !nipEntered && !paymentEntered) showInfo(`${name} dihapus dari keranjang.`);
  return removed;
}

/** Voids the sale in progress (a completed sale is never voided: it is refunded). */
export async function voidCart(): Promise<boolean> {
  const { cart, nipEntered, paymentEntered } = useCartStore.getState();
  if (cart.lines.length === 0) return false;
  if (
    !(await approved({
      kind: 'void-sale',
      lineCount: cart.lines.length,
      total: cartTotal(cart),
      nipEntered,
      paymentEntered,
    }))
  )
    return false;
  clearCart();
  showInfo('Transaksi dibatalkan.');
  return true;
}

export function discountLine(key: string, discount: Discount, reason: string): Promise<boolean> {
  return approvedChange((cart) => {
    const index = cart.lines.findIndex((l) => l.key === key);
    const line = cart.lines[index];
    if (!line) return null;
    return {
      result: setLineDiscount(cart, key, discount),
      action: { kind: 'line-discount', lineNo: index + 1, base: lineGross(line), discount, reason },
      select: key,
    };
  });
}

export function discountCart(discount: Discount, reason: string): Promise<boolean> {
  return approvedChange((cart) => ({
    result: setCartDiscount(cart, discount),
    action: { kind: 'sale-discount', base: cartSubtotal(cart), discount, reason },
  }));
}

export function changePrice(key: string, price: Rupiah, reason: string): Promise<boolean> {
  return approvedChange((cart, approvedBy) => {
    const index = cart.lines.findIndex((l) => l.key === key);
    const line = cart.lines[index];
    if (!line) return null;
    return {
      result: overridePrice(cart, key, price, approvedBy),
      action: { kind: 'price-override', lineNo: index + 1, from: line.unitPrice, to: price, reason },
      select: key,
    };
  });
}

interface PlannedChange {
  result: CartResult | CartChange;
  action: SensitiveAction;
  /** The line to select afterwards; left as it is when undefined. */
  select?: string | null;
}

/**
 * A cart change that may need a manager: refused with the domain's reason, or approved and then
 * made on the cart as it is by then (a scan may have come in while the manager was on the way).
 */
async function approvedChange(
  plan: (cart: Cart, approvedBy: StaffRef | null) => PlannedChange | null,
): Promise<boolean> {
  const first = plan(useCartStore.getState().cart, null);
  if (!first) return false;
  if (!first.result.ok) return refuse(first.result.error);
  const approval = await approvedBy(first.action);
  if (approval === false) return false;
  const now = plan(useCartStore.getState().cart, approval);
  if (!now) return false;
  if (!now.result.ok) return refuse(now.result.error);
  const { selectedKey } = useCartStore.getState();
  useCartStore.setState({
    cart: now.result.value.cart,
    selectedKey: now.select === undefined ? selectedKey : now.select,
  });
  return true;
}

/** A refused change: its Problem shown to the cashier, and false for the caller. */
function refuse(problem: Problem): false {
  showProblem(problem);
  return false;
}

/**
 * Checks the act as entered, then asks for the approval it needs; says why when it may not go
 * ahead (false), and who approved when it does (null when it needed no one).
 */
async function approvedBy(action: SensitiveAction): Promise<StaffRef | null | false> {
  const problems = actionProblems(action);
  if (problems.length > 0) return refuse({ code: 'action-refused', message: problems.join(' ') });
  const approval = await approve(action);
  if (!approval.ok) return refuse(approval.error);
  if (approval.value) showInfo(`${describeAction(action)} — disetujui ${approval.value.name}.`, 'success');
  return approval.value;
}

async function approved(action: SensitiveAction): Promise<boolean> {
  return (await approvedBy(action)) !== false;
}

/** A payment was accepted: from now on removing goods from this cart needs a manager. */
export function notePaymentEntered(): void {
  useCartStore.setState({ paymentEntered: true });
}

/** The cashier confirmed the ASN buying this cart: from now on removing goods needs a manager. */
export function setCartAsn(asn: CartAsn): void {
  useCartStore.setState({ asn, nipEntered: true });
}

/** The sale goes on without an ASN (a wrong NIP taken back); removing goods still needs a manager. */
export function removeCartAsn(): void {
  useCartStore.setState({ asn: null });
}

/** Moves the selection up (-1) or down (+1) the cart. */
export function moveSelection(step: -1 | 1): void {
  const { cart, selectedKey } = useCartStore.getState();
  if (cart.lines.length === 0) return;
  const index = cart.lines.findIndex((l) => l.key === selectedKey);
  const next = index < 0 ? cart.lines.length - 1 : Math.max(0, Math.min(cart.lines.length - 1, index + step));
  useCartStore.setState({ selectedKey: cart.lines[next]!.key });
}

export function selectLine(key: string): void {
  useCartStore.setState({ selectedKey: key });
}

/** The next buyer starts afresh: no lines, no ASN, no payment. */
export function clearCart(): void {
  useCartStore.setState(NEW_CART);
}
