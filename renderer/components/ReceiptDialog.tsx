import { formatRupiah } from '../../domain/money';
import type { Sale } from '../../domain/sale';
import { useShortcuts } from '../scanning/use-shortcuts';
import { startNextSale } from '../stores/payment-store';
import { reprintLastReceipt } from '../stores/printer-store';
import { useTerminalStore } from '../stores/terminal-store';
import { Receipt } from './Receipt';

export function ReceiptDialog({ sale }: { sale: Sale }) {
  const identity = useTerminalStore((s) => s.identity)!;
  useShortcuts({ Enter: startNextSale, Escape: startNextSale, F4: () => window.print() });
  return (
    <div className="dialog-backdrop">
      <div className="dialog receipt-dialog" role="dialog" aria-modal="true" aria-label="Struk">
        <p className="change-banner">
          Kembalian <strong data-testid="receipt-change">{formatRupiah(sale.change)}</strong>
        </p>
        <Receipt sale={sale} identity={identity} />
        <div className="actions">
          <button onClick={() => void reprintLastReceipt()}>
            <kbd>F3</kbd> Cetak ulang
          </button>
          <button onClick={() => window.print()}>
            <kbd>F4</kbd> Cetak di layar
          </button>
          <button className="primary" onClick={startNextSale} autoFocus>
            <kbd>Enter</kbd> Transaksi baru
          </button>
        </div>
        <p className="hint">Struk juga sudah masuk antrean printer.</p>
      </div>
    </div>
  );
}
