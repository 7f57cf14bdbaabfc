/**
 * The purchase order being written on the terminal (Stok → "Pesan ke UMKM…"): the supplier, and a
 * line per product of theirs with the suggested quantity, kept as typed until sent
 * (renderer/stock/raise-order.ts). A refused order keeps everything typed.
 */
import { create } from 'zustand';
import { formatRupiah } from '#domain/money';
import { checkQuantity } from '#domain/stock/quantity';
import { printPurchaseOrder } from '../print/print-commands';
import { orderSuggestion, raisePurchaseOrder, type SuggestedLine } from '../stock/raise-order';
import { showInfo, showProblem } from './notice-store';
import { currentUser } from './session-store';
import { managerOnly, savingDocument, typedNumber } from './stock-document';
import { database } from './terminal-store';

export interface OrderLine extends SuggestedLine {
  quantity: string;
}

interface OrderState {
  supplier: string;
  lines: OrderLine[];
  saving: boolean;
}

export const useOrderStore = create<OrderState>(() => ({ supplier: '', lines: [], saving: false }));

/** The supplier chosen: a line per product of theirs, filled with the suggestion (empty when none). */
export async function chooseOrderSupplier(supplier: string): Promise<void> {
  useOrderStore.setState({ supplier, lines: [] });
  const suggested = supplier === '' ? [] : await orderSuggestion(database(), supplier, new Date());
  if (useOrderStore.getState().supplier !== supplier) return;
  useOrderStore.setState({
    lines: suggested.map((l) => ({ ...l, quantity: l.suggested > 0 ? String(l.suggested) : '' })),
  });
}

export function setOrderQuantity(productId: string, quantity: string): void {
  useOrderStore.setState((s) => ({
    lines: s.lines.map((l) => (l.product.id === productId ? { ...l, quantity } : l)),
  }));
}

/** Lines with a quantity typed (empty or 0: not ordered) go to the province; the order prints when it is taken. */
export async function sendOrder(): Promise<boolean> {
  if (!managerOnly('Pesanan ke UMKM')) return false;
  const { supplier, lines } = useOrderStore.getState();
  const typed = lines.filter((l) => l.quantity.trim() !== '' && l.quantity.trim() !== '0');
  if (typed.length === 0) {
    showInfo('Isi jumlah yang dipesan pada paling sedikit satu produk.');
    return false;
  }
  for (const line of typed) {
    const quantity = checkQuantity(typedNumber(line.quantity));
    if (!quantity.ok) {
      showProblem({ ...quantity.error, message: `${line.product.name}: ${quantity.error.message}` });
      return false;
    }
  }
  const ordered = typed.map((l) => ({ productId: l.product.id, quantity: typedNumber(l.quantity) }));
  return savingDocument(
    'Pesanan',
    (saving) => useOrderStore.setState({ saving }),
    () => raisePurchaseOrder(database(), { supplier, raisedBy: currentUser().name, lines: ordered }),
    async ({ order, budgetLeft }) => {
      await printPurchaseOrder(order);
      useOrderStore.setState({ supplier: '', lines: [] });
      showInfo(
        `Pesanan ${order.number} ke ${order.supplierName} tercatat di provinsi; sisa anggaran bulan ini ${formatRupiah(budgetLeft)}.`,
        'success',
      );
    },
  );
}
