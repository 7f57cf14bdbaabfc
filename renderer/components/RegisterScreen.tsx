import { useEffect, useRef, useState } from 'react';
import { cartDiscount, cartTotal, itemCount } from '../../domain/checkout/cart';
import { formatRupiah, subtract, ZERO } from '../../domain/money';
import { acceptScan } from '../scanning/accept-scan';
import { useShortcuts } from '../scanning/use-shortcuts';
import { useApprovalStore } from '../stores/approval-store';
import { confirmWithCashier, useConfirmStore } from '../stores/confirm-store';
import { openAsnEntry, useAsnEntryStore } from '../stores/asn-store';
import { changeQuantity, moveSelection, removeCartLine, useCartStore, voidCart } from '../stores/cart-store';
import { openPayment, usePaymentStore } from '../stores/payment-store';
import { reprintLastReceipt } from '../print/print-commands';
import { useSettingsStore } from '../stores/settings-store';
import { useShiftStore } from '../stores/shift-store';
import { AsnDialog } from './AsnDialog';
import { AsnPanel } from './AsnPanel';
import { CameraScanner } from './CameraScanner';
import { CartTable } from './CartTable';
import { DiscountDialog } from './DiscountDialog';
import { HeldCarts } from './HeldCarts';
import { PaymentDialog } from './PaymentDialog';
import { PrinterPanel } from './PrinterPanel';
import { ReceiptDialog } from './ReceiptDialog';
import { SearchBox } from './SearchBox';
import { WeightDialog } from './WeightDialog';

export function RegisterScreen() {
  const cart = useCartStore((s) => s.cart);
  const selectedKey = useCartStore((s) => s.selectedKey);
  const paying = usePaymentStore((s) => s.open);
  const completed = usePaymentStore((s) => s.completed);
  const approving = useApprovalStore((s) => s.pending !== null);
  const identifying = useAsnEntryStore((s) => s.open);
  const confirming = useConfirmStore((s) => s.pending !== null);
  const hasAsn = useCartStore((s) => s.asn !== null);
  const weighing = useCartStore((s) => s.weighing !== null);
  const noShift = useShiftStore((s) => s.shift === null);
  const [discounting, setDiscounting] = useState(false);
  const camera = useSettingsStore((s) => s.config?.cameraScanner ?? false);
  const searchRef = useRef<HTMLInputElement>(null);
  const focusQuantity = () => {
    const key = useCartStore.getState().selectedKey;
    document.querySelector<HTMLInputElement>(`[data-line="${key}"] input.quantity`)?.select();
  };
  const removeSelected = () => {
    const key = useCartStore.getState().selectedKey;
    if (key) void removeCartLine(key);
  };
  const stepSelected = (step: 1 | -1) => {
    const { cart, selectedKey } = useCartStore.getState();
    const line = cart.lines.find((l) => l.key === selectedKey);
    if (line) void changeQuantity(line.key, line.quantity + step);
  };
  const voidSale = async () => {
    const lines = useCartStore.getState().cart.lines.length;
    if (lines === 0) return;
    const sure = await confirmWithCashier({
      title: 'Batalkan transaksi?',
      text: `Keranjang (${lines} baris) dikosongkan; tidak ada yang tersimpan.`,
      yes: 'Ya, batalkan transaksi',
      no: 'Tidak, lanjutkan',
    });
    if (sure) await voidCart();
  };
  const selectedLine = cart.lines.find((l) => l.key === selectedKey) ?? null;
  const discount = cartDiscount(cart);
  const ready = !paying && !completed && !approving && !discounting && !identifying && !confirming && !weighing;
  useShortcuts(
    {
      F2: () => searchRef.current?.focus(),
      F4: focusQuantity,
      F6: removeSelected,
      F7: () => void voidSale(),
      F12: () => cart.lines.length > 0 && setDiscounting(true),
      Delete: removeSelected,
      '+': () => stepSelected(1),
      '-': () => stepSelected(-1),
      F10: openPayment,
      F11: openAsnEntry,
      ArrowUp: () => moveSelection(-1),
      ArrowDown: () => moveSelection(1),
    },
    ready,
  );
  // Arriving with nothing focused (the shift just opened, the float's fields gone): ready to type.
  useEffect(() => {
    if (document.activeElement === document.body) searchRef.current?.focus();
  }, []);
  // Over the receipt of the sale just made too: the buyer asks for a copy.
  useShortcuts({ F3: () => void reprintLastReceipt() }, !paying);
  return (
    <main className="register">
      <section className="register-main">
        <div className={camera ? 'register-tools with-camera' : 'register-tools'}>
          <SearchBox inputRef={searchRef} idle={ready} />
          {camera && <CameraScanner onCode={acceptScan} />}
        </div>
        <AsnPanel />
        {noShift && (
          <p className="no-shift" role="status">
            Belum ada shift terbuka. Tekan <kbd>F5</kbd> untuk membuka shift dengan menghitung modal awal.
          </p>
        )}
        <CartTable />
      </section>
      <aside className="register-side">
        <div className="total-box">
          <span className="label">Total</span>
          <output className="grand-total" data-testid="cart-total">
            {formatRupiah(cartTotal(cart))}
          </output>
          <span className="count">
            {itemCount(cart)} barang{discount > 0 && ` · diskon ${formatRupiah(subtract(ZERO, discount))}`}
          </span>
        </div>
        <div className="actions">
          <button onClick={() => searchRef.current?.focus()}>
            <kbd>F2</kbd> Cari produk
          </button>
          <button onClick={focusQuantity} disabled={cart.lines.length === 0}>
            <kbd>F4</kbd> Ubah jumlah
          </button>
          <button onClick={removeSelected} disabled={cart.lines.length === 0}>
            <kbd>F6</kbd> Hapus baris
          </button>
          <button onClick={() => void voidSale()} disabled={cart.lines.length === 0}>
            <kbd>F7</kbd> Batalkan transaksi
          </button>
          <button onClick={() => setDiscounting(true)} disabled={cart.lines.length === 0}>
            <kbd>F12</kbd> Diskon / harga
          </button>
          {!hasAsn && (
            <button onClick={openAsnEntry}>
              <kbd>F11</kbd> NIP ASN
            </button>
          )}
          <HeldCarts />
          <button className="primary pay" onClick={openPayment} disabled={cart.lines.length === 0}>
            <kbd>F10</kbd> Bayar
          </button>
        </div>
        <PrinterPanel />
        <p className="hint">↑/↓ pilih baris · +/− ubah jumlah · Del hapus baris · Esc tutup</p>
      </aside>
      {paying && <PaymentDialog />}
      {discounting && <DiscountDialog line={selectedLine} close={() => setDiscounting(false)} />}
      {completed && <ReceiptDialog sale={completed} />}
      <AsnDialog />
      <WeightDialog />
    </main>
  );
}
