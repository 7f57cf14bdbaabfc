import { describe, expect, it } from 'vitest';
import { rupiah } from '#domain/money';
import { refundProblems } from '#domain/checkout/refund';
import { saleProblems, type Sale } from '#domain/checkout/sale';
import { buildRefund, buildSale } from '#domain/test-documents';
import type { Columns } from '../escpos/columns';
import { encodeCommands } from '../escpos/encode';
import { decodeEscPos } from '../escpos/reader';
import { busySale, GOLDEN_ASN, GOLDEN_SELLER, goldenRefund, line, taxSale } from './golden-papers';
import { layoutReceipt, layoutRefundReceipt, RECEIPT_FOOTER, type ReceiptOptions } from './receipt-layout';
import { SAMPLE_OUTLET, SAMPLE_SALE, sampleSale } from './sample-sale';

const plain: Omit<ReceiptOptions, 'columns'> = { reprint: false, asn: null };

function printed(sale: Sale, options: ReceiptOptions) {
  const bytes = encodeCommands(layoutReceipt(sale, SAMPLE_OUTLET, options), options.columns);
  return { bytes, ...decodeEscPos(bytes, options.columns) };
}

describe.each([32, 48] as Columns[])('receipt on %i columns', (columns) => {
  const paper = columns === 32 ? '58mm' : '80mm';

  it('prints a busy sale that matches the golden text', async () => {
    const sale = busySale();
    expect(saleProblems(sale)).toEqual([]);
    const { lines, events } = printed(sale, { columns, ...plain, asn: GOLDEN_ASN });
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`golden/busy-${paper}.txt`);

    for (const text of lines.filter((l) => !l.startsWith('['))) expect(text.length).toBeLessThanOrEqual(columns);
    const text = lines.join('\n');
    expect(text).toContain('2 x 45.000');
    expect(text).toContain('1,25 kg x 120.000/kg');
    expect(text).toMatch(/1 x 0 +0\n/);
    expect(text).toMatch(/TOTAL +Rp 1\.810\.000/);
    expect(text).toMatch(/Kembalian +Rp 190\.000/);
    expect(text).toMatch(/Kurang +Rp 20\.000/);
    // One line where the paper is wide enough, the figure right-aligned under the label where not.
    if (columns === 48) expect(lines).toContain('Belanja ASN bulan ini: Rp 80.000 / Rp 100.000');
    else expect(text).toMatch(/^Belanja ASN bulan ini:\n {10}Rp 80\.000 \/ Rp 100\.000$/m);
    expect(text).toContain(RECEIPT_FOOTER.slice(0, 20));
    expect(events).toContainEqual({ type: 'qr', data: sale.id });
    expect(events.at(-1)).toEqual({ type: 'cut' });
  });

  it("prints a PKP outlet's identity and PPN summary, and none of it for a non-PKP outlet", async () => {
    const pkp = taxSale(GOLDEN_SELLER);
    expect(pkp.tax).toMatchObject({ taxable: 276_056, exempt: 73_944, ppn: 27_357, dpp: 227_974 });
    const { lines } = printed(pkp, { columns, ...plain });
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`golden/pkp-${paper}.txt`);
    for (const text of lines.filter((l) => !l.startsWith('['))) expect(text.length).toBeLessThanOrEqual(columns);
    const text = lines.join('\n').replace(/\u00a0/g, ' ');
    expect(text).toContain('NPWP 01.234.567.8-901.000');
    expect(text).toContain('PT Usaha Bersama NTT Mart');
    expect(text).toMatch(/Harga sudah termasuk PPN\s+Rp 27\.357/);
    expect(text).toMatch(/DPP +Rp 227\.974/);
    expect(text).toMatch(/Barang bebas PPN +Rp 73\.944/);

    const nonPkp = printed(taxSale(undefined), { columns, ...plain }).lines;
    await expect(`${nonPkp.join('\n')}\n`).toMatchFileSnapshot(`golden/non-pkp-${paper}.txt`);
    expect(nonPkp.join('\n')).not.toMatch(/NPWP|PPN|DPP|Usaha Bersama/);
  });

  it('prints a refund, marked as such, that matches the golden text', async () => {
    const { original, refund } = goldenRefund();
    expect(refundProblems(refund, original, [])).toEqual([]);
    const bytes = encodeCommands(layoutRefundReceipt(refund, SAMPLE_OUTLET, { columns, reprint: false }), columns);
    const { lines, events } = decodeEscPos(bytes, columns);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`golden/refund-${paper}.txt`);
    for (const text of lines.filter((l) => !l.startsWith('['))) expect(text.length).toBeLessThanOrEqual(columns);
    const text = lines.join('\n');
    expect(text).toContain('PENGEMBALIAN BARANG');
    expect(text).toMatch(/Asal +LBJ-T01-20250305-0042/);
    expect(text).toMatch(/Disetujui Pak Agus/);
    expect(text).toMatch(/1 dikembalikan +120\.000/);
    expect(text).toMatch(/1 dikembalikan +700\.000/);
    expect(text).toMatch(/TOTAL REFUND +Rp 820\.000/);
    expect(text).toMatch(/Dikembalikan \(QRIS\) +Rp 500\.000/);
    expect(text).not.toMatch(/SALINAN|LATIHAN|Kembalian /);
    expect(events).toContainEqual({ type: 'qr', data: refund.id });
  });

  it('marks a line that came back damaged as rusak', () => {
    const { refund } = goldenRefund();
    const damaged = { ...refund, lines: [{ ...refund.lines[0]!, damaged: true }, refund.lines[1]!] };
    const text = decodeEscPos(
      encodeCommands(layoutRefundReceipt(damaged, SAMPLE_OUTLET, { columns, reprint: false }), columns),
      columns,
    ).lines.join('\n');
    expect(text).toMatch(/ {2}1 rusak +120\.000/);
    expect(text).toMatch(/ {2}1 dikembalikan +700\.000/);
  });

  it('marks a reprinted training refund', () => {
    const original = buildSale({ lines: [{ price: 20_000 }], training: true });
    const refund = buildRefund(original, [[1, 1]], []);
    const { lines } = decodeEscPos(
      encodeCommands(layoutRefundReceipt(refund, SAMPLE_OUTLET, { columns, reprint: true }), columns),
      columns,
    );
    expect(lines.filter((l) => l.includes('** LATIHAN - BUKAN TRANSAKSI **'))).toHaveLength(2);
    expect(lines.some((l) => l.trim() === '*** SALINAN ***')).toBe(true);
  });

  it('marks training receipts at the top and bottom and reprints as SALINAN', () => {
    const { lines } = printed(sampleSale(2, { training: true }), { columns, ...plain, reprint: true });
    expect(lines.filter((l) => l.includes('** LATIHAN - BUKAN TRANSAKSI **'))).toHaveLength(2);
    expect(lines.some((l) => l.trim() === '*** SALINAN ***')).toBe(true);
    expect(printed(sampleSale(2), { columns, ...plain }).lines.some((l) => /LATIHAN|SALINAN/.test(l))).toBe(false);
  });

  it('says so when the ASN minimum is reached, and marks a NIP not on the roster', () => {
    const { lines } = printed(sampleSale(2), {
      columns,
      ...plain,
      asn: { maskedNip: '1986***********001', name: null, monthTotal: rupiah(180_000), threshold: rupiah(100_000) },
    });
    expect(lines).toContain('Minimal bulanan tercapai');
    expect(lines).toContain('NIP belum terverifikasi');
    expect(lines).toContainEqual(expect.stringMatching(/^ASN +1986\*{11}001$/));
  });
});

it('prints control characters of names, addresses and reasons as nothing, never as printer commands', () => {
  // ESC p (drawer kick), GS V (cut), ESC @ (reset) and DLE DC4 (real-time pulse) hidden in text.
  const hidden = '\x1bp\x00\x19\xfa\x1dV\x00\x1b@\x10\x14\x01\x00\x05\u200b';
  const sale = buildSale({ ...SAMPLE_SALE, lines: [{ ...line(`Kopi${hidden} Bajawa`, 45_000), productId: 'p-1' }] });
  const outlet = { name: `NTT Mart${hidden}`, address: `Jl. Soekarno Hatta${hidden} No. 5`, phone: `0385${hidden}` };
  const refund = { ...buildRefund(sale, [[1, 1]], []), reason: `Rusak${hidden}` };
  for (const bytes of [
    encodeCommands(layoutReceipt(sale, outlet, { columns: 48, ...plain }), 48),
    encodeCommands(layoutRefundReceipt(refund, outlet, { columns: 48, reprint: false }), 48),
  ]) {
    const { lines, events } = decodeEscPos(bytes, 48);
    expect(events.filter((e) => e.type === 'drawer')).toEqual([]);
    expect(events.filter((e) => e.type === 'cut')).toHaveLength(1);
    for (const text of lines) expect(text).not.toMatch(/[\x00-\x1f\x7f?]/);
    // What is left of the hidden bytes is their printable part, as plain text.
    expect(lines).toContainEqual(expect.stringContaining('Jl. Soekarno HattapuV@ No. 5'));
  }
});

it('keeps a 10-line receipt with its QR code within 1 KB on both paper widths', () => {
  for (const columns of [32, 48] as const)
    expect(printed(sampleSale(10), { columns, ...plain }).bytes.length).toBeLessThanOrEqual(1024);
});
