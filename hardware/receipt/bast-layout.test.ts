import { describe, expect, it } from 'vitest';
import { stockReceivedSchema } from '#sync/protocol/stock';
import type { Columns } from '../escpos/columns';
import { encodeCommands } from '../escpos/encode';
import { decodeEscPos } from '../escpos/reader';
import { layoutBast } from './bast-layout';
import { goldenReceiving } from './golden-papers';
import { SAMPLE_OUTLET } from './sample-sale';

describe.each([32, 48] as Columns[])('BAST on %i columns', (columns) => {
  const paper = columns === 32 ? '58mm' : '80mm';

  it('prints the items, quantities, costs, total and both signature lines as the golden text', async () => {
    const receiving = stockReceivedSchema.parse(goldenReceiving());
    const commands = layoutBast(receiving, SAMPLE_OUTLET, [3], columns);
    const lines = decodeEscPos(encodeCommands(commands, columns), columns).lines;
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`golden/bast-${paper}.txt`);
    for (const text of lines.filter((l) => !l.startsWith('['))) expect(text.length).toBeLessThanOrEqual(columns);
    const text = lines.join('\n');
    expect(text).toContain('BERITA ACARA SERAH TERIMA');
    expect(text).toMatch(/24 x 62\.000 +1\.488\.000/);
    expect(text).toMatch(/2,5 kg x 90\.000\/kg +225\.000/);
    expect(text).toMatch(/ {2}Kedaluwarsa +30\/06\/2025/);
    expect(text).toMatch(/TOTAL +Rp 2\.148\.000/);
    expect(text).toMatch(/Pemasok \(UMKM\), +Manajer,/);
    expect(lines.at(-1)).toBe('[CUT]');
  });
});
