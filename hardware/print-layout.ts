/** A print request laid out as printer commands for the paper width of the printer that takes it. */
import { missingCase } from '#domain/missing-case';
import type { Columns } from './escpos/columns';
import type { PrintCommand } from './escpos/print-command';
import { layoutBast } from './receipt/bast-layout';
import { layoutLabels } from './labels/label-layout';
import type { PrintRequest } from '#bridge/print-request';
import { layoutReceipt, layoutRefundReceipt } from './receipt/receipt-layout';
import { layoutCashSlip, layoutDayReport, layoutShiftReport } from './receipt/shift-report-layout';
import { layoutPurchaseOrder } from './receipt/purchase-order-layout';
import { layoutSupplierStatement } from './receipt/supplier-statement-layout';
import { layoutTestPage } from './receipt/test-page';
import { layoutStockTakeReport } from './receipt/stock-take-layout';
import { layoutTransferSlip } from './receipt/transfer-slip-layout';
import { layoutWriteOffSlip } from './receipt/write-off-slip-layout';

export function layoutPrintRequest(request: PrintRequest, columns: Columns): PrintCommand[] {
  switch (request.kind) {
    case 'receipt':
      return layoutReceipt(request.sale, request.outlet, { columns, reprint: request.reprint, asn: request.asn });
    case 'refund-receipt':
      return layoutRefundReceipt(request.refund, request.outlet, { columns, reprint: request.reprint });
    case 'test-page':
      return layoutTestPage(columns);
    case 'labels':
      return layoutLabels(request.labels, columns);
    case 'shift-report':
      return layoutShiftReport(request.report, request.outlet, {
        columns,
        training: request.training,
        printedAt: request.printedAt,
        varianceReason: request.varianceReason,
        approvedBy: request.approvedBy,
        terminalCode: request.terminalCode ?? request.report.terminalId,
        counted: request.counted,
        reprint: request.reprint,
      });
    case 'day-report':
      return layoutDayReport(
        request.closing,
        request.outlet,
        columns,
        request.terminalCode ?? request.closing.terminalId,
      );
    case 'cash-slip':
      return layoutCashSlip(request.movement, request.outlet, columns);
    case 'bast':
      return layoutBast(request.receiving, request.outlet, request.weighedLines, columns);
    case 'transfer-slip':
      return layoutTransferSlip(request, columns);
    case 'stock-take-report':
      return layoutStockTakeReport(request, columns);
    case 'write-off-slip':
      return layoutWriteOffSlip(request, columns);
    case 'supplier-statement':
      return layoutSupplierStatement(request.statement, request.outlet, columns);
    case 'purchase-order':
      return layoutPurchaseOrder(request.order, request.outlet, columns);
    default:
      return missingCase(request);
  }
}
