import { asnMonthOf } from '../../domain/asn/asn-standing';
import { formatRupiah } from '../../domain/money';
import type { Sale } from '../../domain/checkout/sale';
import { useShortcuts } from '../scanning/use-shortcuts';
import { startNextSale, usePaymentStore } from '../stores/payment-store';
import { reprintLastReceipt } from '../print/print-commands';
import { useTerminalStore } from '../stores/terminal-store';
import { AsnMonth } from './AsnMonth';
import { Receipt } from './Receipt';

export function ReceiptDialog({ sale }: { sale: Sale }) {
  const identity = useTerminalStore((s) => s.identity)!;
  const asn = usePaymentStore((s) => s.completedAsn);
  useShortcuts({ Enter: startNextSale, Escape: startNextSale, F4: () => window.print() });
  // Two columns: what the cashier says (change, the ASN's month) and does beside the receipt, all in view.
  return (
    <div className="dialog-backdrop">
      <div className="dialog receipt-dialog" role="dialog" aria-modal="true" aria-label="Struk">
        <div className="receipt-side">
          <p className="change-banner">
            Kembalian <strong data-testid="receipt-change">{formatRupiah(sale.change)}</strong>
          </p>
          {asn && <AsnMonth month={asnMonthOf(sale)} total={asn.monthTotal} threshold={asn.threshold} />}
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
        <Receipt sale={sale} identity={identity} asn={asn} />
      </div>
    </div>
  );
}
