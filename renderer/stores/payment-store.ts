/** Taking payment for the cart, then completing the sale. */
import { cartTotal } from '#domain/checkout/cart';
import { addPayment, removePayment, type Tender } from '#domain/checkout/payments';
import type { Sale } from '#domain/checkout/sale';
import { asnReceiptBlock } from '../asn/receipt-block';
import { completeSale } from '../checkout/complete-sale';
import { clearCart, notePaymentEntered, useCartStore } from './cart-store';
import { useCheckoutStore } from './checkout-store';
import { clearNotice, showError, showInfo, showProblem } from './notice-store';
import { printAfterSale } from '../print/print-commands';
import { currentUser } from './session-store';
import { requireShift } from './shift-store';
import { database, refreshStorageWarnings, salesStop, useTerminalStore } from './terminal-store';

/** The checkout store, under the name the payment dialog and receipt read it by (payment slice). */
export const usePaymentStore = useCheckoutStore;

/**
 * Guards against a second Enter while the sale commits. Kept out of the store on purpose: a
 * re-render would land inside the commit transaction (it takes milliseconds) and only slow it.
 */
let saving = false;

export function openPayment(): void {
  if (useCartStore.getState().cart.lines.length === 0) {
    showError('Keranjang kosong: pindai barang dulu.');
    return;
  }
  if (!requireShift()) return;
  const stopped = salesStop();
  if (stopped) {
    showError(stopped);
    return;
  }
  // Measured afresh while the cashier takes the money, so the sale's Enter meets today's disk.
  void refreshStorageWarnings();
  clearNotice();
  usePaymentStore.setState({ open: true, payments: [] });
}

export function closePayment(): void {
  if (saving) return;
  usePaymentStore.setState({ open: false, payments: [] });
}

export function cartDue() {
  return cartTotal(useCartStore.getState().cart);
}

export function tender(input: Tender): boolean {
  const result = addPayment(cartDue(), usePaymentStore.getState().payments, input);
  if (!result.ok) {
    showProblem(result.error);
    return false;
  }
  clearNotice();
  usePaymentStore.setState({ payments: result.value });
  notePaymentEntered();
  return true;
}

export function cancelTender(index: number): void {
  usePaymentStore.setState({ payments: removePayment(usePaymentStore.getState().payments, index) });
}

export async function finishSale(): Promise<Sale | null> {
  const { payments } = usePaymentStore.getState();
  const identity = useTerminalStore.getState().identity;
  const shift = requireShift();
  if (saving || !identity || !shift) return null;
  const stopped = salesStop();
  if (stopped) {
    showError(stopped);
    return null;
  }
  saving = true;
  try {
    const { id, name } = currentUser();
    const { cart, asn } = useCartStore.getState();
    const result = await completeSale(database(), {
      cart,
      payments,
      identity,
      cashier: { id, name },
      shiftId: shift.id,
      asn: asn?.buyer ?? null,
      now: new Date(),
    });
    if (!result.ok) {
      showProblem(result.error);
      return null;
    }
    const { sale, asnStanding } = result.value;
    clearCart();
    usePaymentStore.setState({
      open: false,
      payments: [],
      completed: sale,
      completedAsn: asnReceiptBlock(sale, asnStanding),
    });
    showInfo(`Penjualan ${sale.receiptNo} tersimpan.`, 'success');
    printAfterSale(sale);
    void refreshStorageWarnings();
    return sale;
  } catch (error) {
    showError(`Penjualan TIDAK tersimpan: ${error instanceof Error ? error.message : String(error)}. Coba lagi.`);
    return null;
  } finally {
    saving = false;
  }
}

/** Closes the receipt of the last sale: the register is ready for the next buyer. */
export function startNextSale(): void {
  usePaymentStore.setState({ completed: null, completedAsn: null });
  clearNotice();
}
