/** A print request laid out as printer commands for the paper width of the printer that takes it. */
import { missingCase } from '../domain/missing-case';
import type { Columns } from './escpos/columns';
import type { PrintCommand } from './escpos/encode';
import { layoutLabels } from './labels/label-layout';
import type { PrintRequest } from './print-request';
import { layoutReceipt } from './receipt/receipt-layout';
import { layoutTestPage } from './receipt/test-page';

export function layoutPrintRequest(request: PrintRequest, columns: Columns): PrintCommand[] {
  switch (request.kind) {
    case 'receipt':
      return layoutReceipt(request.sale, request.outlet, { columns, reprint: request.reprint, asn: request.asn });
    case 'test-page':
      return layoutTestPage(columns);
    case 'labels':
      return layoutLabels(request.labels, columns);
    default:
      return missingCase(request);
  }
}
