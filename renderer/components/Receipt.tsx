import type { Refund } from '#domain/checkout/refund';
import type { Shift } from '#domain/shift/shift';
import type { ShiftReport } from '#domain/shift/shift-report';
import type { Sale } from '#domain/checkout/sale';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import type { PrintRequest } from '#bridge/print-request';
import type { StockCounted, StockReceived, StockWrittenOff, TransferSent } from '#sync/protocol/stock';
import type { Columns } from '#hardware/escpos/columns';
import { layoutPrintRequest } from '#hardware/print-layout';
import type { AsnBlock } from '#hardware/receipt/receipt-layout';
import { outletInfo, receiptRequest } from '../print/print-queue';
import { zReportRequest } from '../shifts/shift-commands';
import { useSettingsStore } from '../stores/settings-store';
import { PaperPreview } from './PaperPreview';

/** A new printer starts on 58 mm paper (README, Installers). */
const DEFAULT_COLUMNS: Columns = 32;

/** A print request on screen as the printer prints it, at the configured printer's paper width. */
function PrintedPaper({
  request,
  label,
  className = 'receipt',
  ...data
}: { request: PrintRequest; label: string; className?: string } & Record<`data-${string}`, string>) {
  const columns = useSettingsStore((s) => s.config?.printer?.columns) ?? DEFAULT_COLUMNS;
  return (
    <PaperPreview
      className={className}
      commands={layoutPrintRequest(request, columns)}
      columns={columns}
      label={label}
      {...data}
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
      data-receipt={sale.receiptNo}
    />
  );
}

/** The struk of a refund on screen, as printed: what came back, how the money went back, who approved it and why. */
export function RefundReceipt({ refund, identity }: { refund: Refund; identity: TerminalIdentity }) {
  return (
    <PrintedPaper
      request={{ kind: 'refund-receipt', refund, outlet: outletInfo(identity), reprint: false }}
      label={`Refund ${refund.receiptNo}`}
      data-receipt={refund.receiptNo}
    />
  );
}

/** The BAST of a goods receiving just saved, as printed. */
export function BastPaper({
  receiving,
  weighedLines,
  identity,
}: {
  receiving: StockReceived;
  weighedLines: number[];
  identity: TerminalIdentity;
}) {
  return (
    <PrintedPaper
      className="bast"
      request={{ kind: 'bast', receiving, outlet: outletInfo(identity), weighedLines }}
      label={`BAST penerimaan ${receiving.supplier}`}
      data-receiving={receiving.id}
    />
  );
}

/** The Z report of a shift just closed on screen, as printed at its close. */
export function ZReportPaper({
  shift,
  report,
  identity,
}: {
  shift: Shift;
  report: ShiftReport;
  identity: TerminalIdentity;
}) {
  return (
    <PrintedPaper
      className="z-report"
      request={zReportRequest(identity, shift, report, false)}
      label={`Laporan Z shift ${shift.cashier.name}`}
      data-shift={shift.id}
    />
  );
}

/** The slip of a transfer just sent, as printed. */
export function TransferSlipPaper({
  transfer,
  toOutletName,
  weighedLines,
  identity,
}: {
  transfer: TransferSent;
  toOutletName: string;
  weighedLines: number[];
  identity: TerminalIdentity;
}) {
  return (
    <PrintedPaper
      className="transfer-slip"
      request={{ kind: 'transfer-slip', transfer, toOutletName, outlet: outletInfo(identity), weighedLines }}
      label={`Surat jalan mutasi ke ${toOutletName}`}
      data-transfer={transfer.id}
    />
  );
}

/** The report of a stock-take just approved, as printed. */
export function StockTakeReportPaper({
  count,
  weighedLines,
  notCounted,
  identity,
}: {
  count: StockCounted;
  weighedLines: number[];
  notCounted: number;
  identity: TerminalIdentity;
}) {
  return (
    <PrintedPaper
      className="stock-take-report"
      request={{ kind: 'stock-take-report', count, outlet: outletInfo(identity), weighedLines, notCounted }}
      label="Laporan stok opname"
      data-stock-take={count.id}
    />
  );
}

/** The slip of a write-off just booked, as printed. */
export function WriteOffSlipPaper({
  writeOff,
  weighedLines,
  identity,
}: {
  writeOff: StockWrittenOff;
  weighedLines: number[];
  identity: TerminalIdentity;
}) {
  return (
    <PrintedPaper
      className="write-off-slip"
      request={{ kind: 'write-off-slip', writeOff, outlet: outletInfo(identity), weighedLines }}
      label="Berita acara stok terbuang"
      data-write-off={writeOff.id}
    />
  );
}
