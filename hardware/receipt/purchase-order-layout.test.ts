import { describe, expect, it } from 'vitest';
import { purchaseOrderItemSchema } from '#sync/protocol/streams';
import type { Columns } from '../escpos/columns';
import { encodeCommands } from '../escpos/encode';
import { decodeEscPos } from '../escpos/reader';
import { goldenPurchaseOrder } from './golden-papers';
import { layoutPurchaseOrder } from './purchase-order-layout';
import { SAMPLE_OUTLET } from './sample-sale';

describe.each([32, 48] as Columns[])('purchase order on %i columns', (columns) => {
  const paper = columns === 32 ? '58mm' : '80mm';

  it('prints the order lines, what has arrived, the total and the signatures as the golden text', async () => {
    const order = purchaseOrderItemSchema.parse(goldenPurchaseOrder());
    const lines = decodeEscPos(
      encodeCommands(layoutPurchaseOrder(order, SAMPLE_OUTLET, columns), columns),
      columns,
    ).lines;
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`golden/purchase-order-${paper}.txt`);
    for (const text of lines.filter((l) => !l.startsWith('['))) expect(text.length).toBeLessThanOrEqual(columns);
    const text = lines.join('\n');
    expect(text).toContain('PESANAN BARANG (PO)');
    expect(text).toMatch(/No\. +PO-000042/);
    expect(text).toMatch(/Status +diterima sebagian/);
    expect(text).toMatch(/ {2}24 bungkus x 42\.500 +1\.020\.000/);
    expect(text).toMatch(/ {2}Sudah diterima +10 bungkus/);
    expect(text).toMatch(/ {2}2,5 kg x 36\.000\/kg +90\.000/);
    expect(text).toMatch(/TOTAL +Rp\s1\.110\.000/);
    expect(text).toMatch(/Pemasok \(UMKM\), +Manajer,/);
    expect(lines.at(-1)).toBe('[CUT]');
  });
});
