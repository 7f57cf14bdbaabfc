import { useEffect, useRef } from 'react';
import { cartDiscount, cartTotal, itemCount } from '#domain/checkout/cart';
import { formatRupiah, subtract, ZERO } from '#domain/money';
import { useCommandKeys } from '../commands/command';
import { closeRegisterDialog, noDialog, useOpenDialogs, useRegisterDialog } from '../commands/open-dialogs';
import { REGISTER_COMMANDS as C, type RegisterContext } from '../commands/register-commands';
import { acceptScan } from '../scanning/accept-scan';
import { useCartStore } from '../stores/cart-store';
import { usePaymentStore } from '../stores/payment-store';
import { useSettingsStore } from '../stores/settings-store';
import { useShiftStore } from '../stores/shift-store';
import { AsnDialog } from './AsnDialog';
import { AsnPanel } from './AsnPanel';
import { CameraScanner } from './CameraScanner';
import { CartTable } from './CartTable';
import { CommandButton } from './CommandButton';
import { DiscountDialog } from './DiscountDialog';
import { HeldCarts } from './HeldCarts';
import { PaymentDialog } from './PaymentDialog';
import { PrinterPanel } from './PrinterPanel';
import { ReceiptDialog } from './ReceiptDialog';
import { SearchBox } from './SearchBox';
import { WeightDialog } from './WeightDialog';

const COMMANDS = Object.values(C);

export function RegisterScreen() {
  const cart = useCartStore((s) => s.cart);
  const selectedKey = useCartStore((s) => s.selectedKey);
  const paying = usePaymentStore((s) => s.open);
  const completed = usePaymentStore((s) => s.completed);
  const hasAsn = useCartStore((s) => s.asn !== null);
  const noShift = useShiftStore((s) => s.shift === null);
  const dialogs = useOpenDialogs();
  const discounting = useRegisterDialog() === 'discount';
  const camera = useSettingsStore((s) => s.config?.cameraScanner ?? false);
  const searchRef = useRef<HTMLInputElement>(null);
  const context: RegisterContext = {
    dialogs,
    lines: cart.lines.length,
    focusSearch: () => searchRef.current?.focus(),
  };
  useCommandKeys(COMMANDS, context);
  const selectedLine = cart.lines.find((l) => l.key === selectedKey) ?? null;
  const discount = cartDiscount(cart);
  // Arriving with nothing focused (the shift just opened, the float's fields gone): ready to type.
  useEffect(() => {
    if (document.activeElement === document.body) searchRef.current?.focus();
  }, []);
  // The register's own dialogs do not wait for it behind another screen.
  useEffect(() => closeRegisterDialog, []);
  return (
    <main className="register">
      <section className="register-main">
        <div className={camera ? 'register-tools with-camera' : 'register-tools'}>
          <SearchBox inputRef={searchRef} idle={noDialog(dialogs)} />
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
          <CommandButton command={C.search} context={context} />
          <CommandButton command={C.quantity} context={context} />
          <CommandButton command={C.removeLine} context={context} />
          <CommandButton command={C.void} context={context} />
          <CommandButton command={C.discount} context={context} />
          {!hasAsn && <CommandButton command={C.asn} context={context} />}
          <HeldCarts />
          <CommandButton className="primary pay" command={C.pay} context={context} />
        </div>
        <PrinterPanel />
        <p className="hint">↑/↓ pilih baris · +/− ubah jumlah · Del hapus baris · Esc tutup</p>
      </aside>
      {paying && <PaymentDialog />}
      {discounting && <DiscountDialog line={selectedLine} close={closeRegisterDialog} />}
      {completed && <ReceiptDialog sale={completed} />}
      <AsnDialog />
      <WeightDialog />
    </main>
  );
}
