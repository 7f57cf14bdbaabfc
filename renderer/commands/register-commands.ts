/**
 * The register's commands: the buttons beside the cart and the keys of the register screen
 * (RegisterScreen binds them all; the receipt dialog shows "Cetak ulang" from here too).
 */
import { confirmWithCashier } from '../stores/confirm-store';
import { openAsnEntry } from '../stores/asn-store';
import { changeQuantity, moveSelection, removeCartLine, useCartStore, voidCart } from '../stores/cart-store';
import { openPayment } from '../stores/payment-store';
import { reprintLastReceipt } from '../print/print-commands';
import type { Command } from './command';
import { noDialog, openRegisterDialog, type DialogContext } from './open-dialogs';

export interface RegisterContext extends DialogContext {
  /** Lines in the cart. */
  lines: number;
  focusSearch(): void;
}

type RegisterCommand = Command<RegisterContext>;

const free = (context: RegisterContext) => noDialog(context.dialogs);
const hasLines = (context: RegisterContext) => context.lines > 0;

function focusQuantity(): void {
  const key = useCartStore.getState().selectedKey;
  document.querySelector<HTMLInputElement>(`[data-line="${key}"] input.quantity`)?.select();
}

function removeSelected(): void {
  const key = useCartStore.getState().selectedKey;
  if (key) void removeCartLine(key);
}

function stepSelected(step: 1 | -1): void {
  const { cart, selectedKey } = useCartStore.getState();
  const line = cart.lines.find((l) => l.key === selectedKey);
  if (line) void changeQuantity(line.key, line.quantity + step);
}

async function voidSale(): Promise<void> {
  const lines = useCartStore.getState().cart.lines.length;
  if (lines === 0) return;
  const sure = await confirmWithCashier({
    title: 'Batalkan transaksi?',
    text: `Keranjang (${lines} baris) dikosongkan; tidak ada yang tersimpan.`,
    yes: 'Ya, batalkan transaksi',
    no: 'Tidak, lanjutkan',
  });
  if (sure) await voidCart();
}

const search: RegisterCommand = {
  id: 'search',
  label: 'Cari produk',
  key: 'F2',
  enabled: free,
  run: (context) => context.focusSearch(),
};
const quantity: RegisterCommand = {
  id: 'quantity',
  label: 'Ubah jumlah',
  key: 'F4',
  enabled: free,
  pressable: hasLines,
  run: focusQuantity,
};
const removeLine: RegisterCommand = {
  id: 'remove-line',
  label: 'Hapus baris',
  key: 'F6',
  enabled: free,
  pressable: hasLines,
  run: removeSelected,
};
const voidCartCommand: RegisterCommand = {
  id: 'void',
  label: 'Batalkan transaksi',
  key: 'F7',
  enabled: free,
  pressable: hasLines,
  run: () => void voidSale(),
};
const discount: RegisterCommand = {
  id: 'discount',
  label: 'Diskon / harga',
  key: 'F12',
  enabled: (context) => free(context) && hasLines(context),
  run: () => openRegisterDialog('discount'),
};
const asn: RegisterCommand = { id: 'asn', label: 'NIP ASN', key: 'F11', enabled: free, run: openAsnEntry };
const pay: RegisterCommand = {
  id: 'pay',
  label: 'Bayar',
  key: 'F10',
  enabled: free,
  pressable: hasLines,
  run: openPayment,
};
/** Over the receipt of the sale just made too: the buyer asks for a copy. */
const reprint: Command<DialogContext> = {
  id: 'reprint',
  label: 'Cetak ulang',
  key: 'F3',
  enabled: (context) => !context.dialogs.includes('payment'),
  run: () => void reprintLastReceipt(),
};

/** Keys without a button of their own; the register's hint line names them. */
const keyOnly = (id: string, label: string, key: string, run: () => void): RegisterCommand => ({
  id,
  label,
  key,
  enabled: free,
  run,
});

export const REGISTER_COMMANDS = {
  search,
  quantity,
  removeLine,
  void: voidCartCommand,
  discount,
  asn,
  pay,
  reprint,
  deleteLine: keyOnly('delete-line', 'Hapus baris', 'Delete', removeSelected),
  more: keyOnly('more', 'Tambah jumlah', '+', () => stepSelected(1)),
  less: keyOnly('less', 'Kurangi jumlah', '-', () => stepSelected(-1)),
  up: keyOnly('up', 'Baris sebelumnya', 'ArrowUp', () => moveSelection(-1)),
  down: keyOnly('down', 'Baris berikutnya', 'ArrowDown', () => moveSelection(1)),
} satisfies Record<string, RegisterCommand>;
