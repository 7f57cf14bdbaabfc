import { describe, expect, it } from 'vitest';
import { supplierStatementSchema } from '#sync/protocol/supplier-statement';
import type { Columns } from '../escpos/columns';
import { encodeCommands } from '../escpos/encode';
import { decodeEscPos } from '../escpos/reader';
import { goldenStatement } from './golden-papers';
import { SAMPLE_OUTLET } from './sample-sale';
import { layoutSupplierStatement } from './supplier-statement-layout';

describe.each([32, 48] as Columns[])('supplier statement on %i columns', (columns) => {
  const paper = columns === 32 ? '58mm' : '80mm';

  it('prints the lines owed, the payouts and the balances as the golden text', async () => {
    // What `report supplier --json` writes is read back through the wire schema before printing.
    const statement = supplierStatementSchema.parse(JSON.parse(JSON.stringify(goldenStatement())));
    const lines = decodeEscPos(
      encodeCommands(layoutSupplierStatement(statement, SAMPLE_OUTLET, columns), columns),
      columns,
    ).lines;
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`golden/supplier-statement-${paper}.txt`);
    for (const text of lines.filter((l) => !l.startsWith('['))) expect(text.length).toBeLessThanOrEqual(columns);
    const text = lines.join('\n');
    expect(text).toContain('REKAP PEMASOK (UMKM)');
    expect(text).toMatch(/Saldo awal +Rp\s150\.000/);
    expect(text).toMatch(/ {2}14 terjual \(910\.000\) +728\.000/);
    expect(text).toMatch(/ {2}30 diterima +255\.000/);
    expect(text).toMatch(/11\/11\/2026 koreksi +-5\.000/);
    expect(text).toMatch(/SALDO AKHIR +Rp\s1\.150\.000/);
    expect(text).toMatch(/Pemasok \(UMKM\), +Bendahara,/);
    expect(lines.at(-1)).toBe('[CUT]');
  });
});
