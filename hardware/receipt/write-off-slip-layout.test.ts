import { describe, expect, it } from 'vitest';
import { stockWrittenOffSchema } from '#sync/protocol/stock';
import type { Columns } from '../escpos/columns';
import { encodeCommands } from '../escpos/encode';
import { decodeEscPos } from '../escpos/reader';
import { goldenWriteOff } from './golden-papers';
import { SAMPLE_OUTLET } from './sample-sale';
import { layoutWriteOffSlip } from './write-off-slip-layout';

describe.each([32, 48] as Columns[])('write-off slip on %i columns', (columns) => {
  const paper = columns === 32 ? '58mm' : '80mm';

  it('prints the reason, approver, note, lines with their batch and both signature lines as the golden text', async () => {
    const writeOff = stockWrittenOffSchema.parse(goldenWriteOff());
    const commands = layoutWriteOffSlip(
      { kind: 'write-off-slip', writeOff, outlet: SAMPLE_OUTLET, weighedLines: [2] },
      columns,
    );
    const lines = decodeEscPos(encodeCommands(commands, columns), columns).lines;
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`golden/write-off-slip-${paper}.txt`);
    for (const text of lines.filter((l) => !l.startsWith('['))) expect(text.length).toBeLessThanOrEqual(columns);
    const text = lines.join('\n');
    expect(text).toContain('BERITA ACARA STOK TERBUANG');
    expect(text).toMatch(/Alasan +Kedaluwarsa/);
    expect(text).toMatch(/Disetujui +Yohanes Don Bosco/);
    expect(text).toMatch(/ {2}Jumlah +0,75 kg/);
    expect(text).toMatch(/ {2}Kedaluwarsa +15\/03\/2025/);
    expect(text).toMatch(/Petugas, +Manajer,/);
    expect(lines.at(-1)).toBe('[CUT]');
  });
});
