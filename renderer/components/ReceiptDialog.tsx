import { asnMonthOf } from '#domain/asn/asn-standing';
import { formatRupiah } from '#domain/money';
import type { Sale } from '#domain/checkout/sale';
import { useCommandKeys } from '../commands/command';
import { useOpenDialogs } from '../commands/open-dialogs';
import { RECEIPT_COMMANDS as C } from '../commands/receipt-commands';
import { REGISTER_COMMANDS } from '../commands/register-commands';
import { startNextSale, usePaymentStore } from '../stores/payment-store';
import { useTerminalStore } from '../stores/terminal-store';
import { AsnMonth } from './AsnMonth';
import { CommandButton } from './CommandButton';
import { Modal } from './Modal';
import { Receipt } from './Receipt';

const COMMANDS = Object.values(C);

export function ReceiptDialog({ sale }: { sale: Sale }) {
  return (
    <Modal label="Struk" className="receipt-dialog" cancel={startNextSale}>
      <ReceiptBody sale={sale} />
    </Modal>
  );
}

function ReceiptBody({ sale }: { sale: Sale }) {
  const identity = useTerminalStore((s) => s.identity)!;
  const asn = usePaymentStore((s) => s.completedAsn);
  const context = { dialogs: useOpenDialogs() };
  useCommandKeys(COMMANDS, context);
  // Two columns: what the cashier says (change, the ASN's month) and does beside the receipt, all in view.
  return (
    <>
      <div className="receipt-side">
        <p className="change-banner">
          Kembalian <strong data-testid="receipt-change">{formatRupiah(sale.change)}</strong>
        </p>
        {asn && <AsnMonth month={asnMonthOf(sale)} total={asn.monthTotal} threshold={asn.threshold} />}
        <div className="actions">
          {/* The register binds F3 itself: over this dialog too, the buyer asks for a copy. */}
          <CommandButton command={REGISTER_COMMANDS.reprint} context={context} />
          <CommandButton command={C.print} context={context} />
          <CommandButton className="primary" command={C.next} context={context} autoFocus />
        </div>
        <p className="hint">Struk juga sudah masuk antrean printer.</p>
      </div>
      <Receipt sale={sale} identity={identity} asn={asn} />
    </>
  );
}
