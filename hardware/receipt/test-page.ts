/**
 * The printer test page (settings screen, `npm run print-test`): a column ruler to check the paper
 * width setting, then a training receipt of the sample sale through the normal receipt layout.
 */
import type { Columns } from '../escpos/columns';
import type { PrintCommand } from '../escpos/print-command';
import { layoutReceipt } from './receipt-layout';
import { SAMPLE_OUTLET, sampleSale } from './sample-sale';

export function layoutTestPage(columns: Columns): PrintCommand[] {
  const ruler = Array.from({ length: columns }, (_, i) => String((i + 1) % 10)).join('');
  return [
    { type: 'text', text: 'HALAMAN UJI PRINTER', align: 'center', bold: true, tall: true },
    { type: 'text', text: `Lebar ${columns} kolom (${columns === 32 ? '58' : '80'} mm):`, align: 'center' },
    { type: 'text', text: ruler },
    ...layoutReceipt(sampleSale(3, { training: true }), SAMPLE_OUTLET, { columns, reprint: false, asn: null }),
  ];
}
