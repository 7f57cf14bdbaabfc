import { formatRupiah } from '#domain/money';
import { formatWita } from '#domain/wita';
import { closeRegisterDialog, openRegisterDialog, useRegisterDialog } from '../commands/open-dialogs';
import { useCartStore } from '../stores/cart-store';
import { holdCurrentCart, recallHeldCart, useOpenCartStore } from '../stores/open-cart-store';
import { Modal } from './Modal';

/** "Tahan" the cart on the register, and the list of held carts to recall (who, when, total). */
export function HeldCarts() {
  const held = useOpenCartStore((s) => s.held);
  const empty = useCartStore((s) => s.cart.lines.length === 0);
  const listing = useRegisterDialog() === 'held';
  return (
    <>
      <button onClick={() => void holdCurrentCart()} disabled={empty}>
        Tahan transaksi
      </button>
      <button onClick={() => openRegisterDialog('held')} disabled={held.length === 0}>
        Transaksi ditahan ({held.length})
      </button>
      {listing && (
        <Modal label="Transaksi ditahan" cancel={closeRegisterDialog}>
          <header>
            <h2>Transaksi ditahan</h2>
            <button onClick={() => closeRegisterDialog()}>
              <kbd>Esc</kbd> Tutup
            </button>
          </header>
          {!empty && (
            <p className="hint">Keranjang di kasir belum kosong: tahan atau selesaikan dulu sebelum memanggil.</p>
          )}
          <table className="held-carts">
            <thead>
              <tr>
                <th>Ditahan</th>
                <th>Kasir</th>
                <th>Baris</th>
                <th>Total</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {held.map((h) => (
                <tr key={h.id} data-held={h.id}>
                  <td>{formatWita(h.heldAt)}</td>
                  <td>
                    {h.cashier.name}
                    {h.asnName && <span className="hint"> · ASN {h.asnName}</span>}
                  </td>
                  <td className="num">{h.lineCount}</td>
                  <td className="num">{formatRupiah(h.total)}</td>
                  <td>
                    <button
                      disabled={!empty}
                      onClick={() => void recallHeldCart(h.id).then((ok) => ok && closeRegisterDialog())}
                    >
                      Panggil
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Modal>
      )}
    </>
  );
}
