import type { Sale } from '../../domain/checkout/sale';
import type { TerminalIdentity } from '../../domain/outlet/terminal';
import type { Columns } from '../../hardware/escpos/columns';
import { layoutPrintRequest } from '../../hardware/print-layout';
import type { AsnBlock } from '../../hardware/receipt/receipt-layout';
import { receiptRequest } from '../print/print-queue';
import { useSettingsStore } from '../stores/settings-store';
import { PaperPreview } from './PaperPreview';

/** A new printer starts on 58 mm paper (README, Installers). */
const DEFAULT_COLUMNS: Columns = 32;

/**
 * The struk (receipt) on screen as the printer prints it, at the configured printer's paper width;
 * also what the browser's print (F4) puts on paper. `asn` is the ASN block the paper receipt
 * printed (the buyer's month with this sale).
 */
export function Receipt({ sale, identity, asn = null }: { sale: Sale; identity: TerminalIdentity; asn?: AsnBlock | null }) {
  const columns = useSettingsStore((s) => s.config?.printer?.columns) ?? DEFAULT_COLUMNS;
  const commands = layoutPrintRequest(receiptRequest(sale, identity, false, asn), columns);
  return <PaperPreview className="receipt" commands={commands} columns={columns} label={`Struk ${sale.receiptNo}`} data-receipt={sale.receiptNo} />;
}
