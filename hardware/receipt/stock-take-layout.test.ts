import { describe, expect, it } from 'vitest';
import { printRequestSchema } from '#bridge/print-request';
import type { Columns } from '../escpos/columns';
import { encodeCommands } from '../escpos/encode';
import { decodeEscPos } from '../escpos/reader';
import { goldenStockTake } from './golden-papers';
import { SAMPLE_OUTLET } from './sample-sale';
import { layoutStockTakeReport } from './stock-take-layout';

describe.each([32, 48] as Columns[])('stock-take report on %i columns', (columns) => {
  const paper = columns === 32 ? '58mm' : '80mm';

  it('prints the variances in quantity and Rupiah, the totals and both signature lines as the golden text', async () => {
    const request = printRequestSchema.parse({
      kind: 'stock-take-report',
      count: goldenStockTake(),
      outlet: SAMPLE_OUTLET,
      weighedLines: [3],
      notCounted: 2,
    });
    if (request.kind !== 'stock-take-report') throw new Error(request.kind);
    const lines = decodeEscPos(encodeCommands(layoutStockTakeReport(request, columns), columns), columns).lines;
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`golden/stock-take-${paper}.txt`);
    for (const text of lines.filter((l) => !l.startsWith('['))) expect(text.length).toBeLessThanOrEqual(columns);
    const text = lines.join('\n');
    expect(text).toContain('LAPORAN STOK OPNAME');
    expect(text).toMatch(/Selisih -1 +-85\.000/);
    expect(text).toMatch(/Selisih \+0,25 kg +35\.000/);
    // The honey was as expected: not listed.
    expect(text).not.toContain('Madu Hutan');
    expect(text).toMatch(/Tidak dihitung +2/);
    expect(text).toMatch(/SELISIH BERSIH +-Rp 50\.000/);
    expect(text).toMatch(/Penghitung, +Manajer,/);
    expect(lines.at(-1)).toBe('[CUT]');
  });
});
