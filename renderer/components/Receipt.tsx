import type { Refund } from '../../domain/checkout/refund';
import type { Sale } from '../../domain/checkout/sale';
import type { TerminalIdentity } from '../../domain/outlet/terminal';
import type { PrintRequest } from '../../bridge/print-request';
import type { Columns } from '../../hardware/escpos/columns';
import { layoutPrintRequest } from '../../hardware/print-layout';
import type { AsnBlock } from '../../hardware/receipt/receipt-layout';
import { outletInfo, receiptRequest } from '../print/print-queue';
import { useSettingsStore } from '../stores/settings-store';
import { PaperPreview } from './PaperPreview';

/** A new printer starts on 58 mm paper (README, Installers). */
const DEFAULT_COLUMNS: Columns = 32;

/** A print request on screen as the printer prints it, at the configured printer's paper width. */
function PrintedPaper({ request, label, receiptNo }: { request: PrintRequest; label: string; receiptNo: string }) {
  const columns = useSettingsStore((s) => s.config?.printer?.columns) ?? DEFAULT_COLUMNS;
  return (
    <PaperPreview
      className="receipt"
      commands={layoutPrintRequest(request, columns)}
      columns={columns}
      label={label}
      data-receipt={receiptNo}
    />
  );
}

/**
 * The struk (receipt) of a sale on screen, as printed; also what the browser's print (F4) puts on
 * paper. `asn` is the ASN block the paper receipt printed (the buyer's month with this sale).
 */
export function Receipt({
  sale,
  identity,
  asn = null,
}: {
  sale: Sale;
  identity: TerminalIdentity;
  asn?: AsnBlock | null;
}) {
  return (
    <PrintedPaper
      request={receiptRequest(sale, identity, false, asn)}
      label={`Struk ${sale.receiptNo}`}
      receiptNo={sale.receiptNo}
    />
  );
}

/** The struk of a refund on screen, as printed: what came back, how the money went back, who approved it and why. */
export function RefundReceipt({ refund, identity }: { refund: Refund; identity: TerminalIdentity }) {
  return (
    <PrintedPaper
      request={{ kind: 'refund-receipt', refund, outlet: outletInfo(identity), reprint: false }}
      label={`Refund ${refund.receiptNo}`}
      receiptNo={refund.receiptNo}
    />
  );
}
