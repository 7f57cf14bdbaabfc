/**
 * A supplier statement as an A4 PDF for an office printer: the header with the supplier's bank
 * account, the lines owed, the payouts and the balances, on as many pages as it takes. Standard
 * Helvetica covers the Latin text of Bahasa Indonesia, so no font is embedded.
 */
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatRupiah, type Rupiah } from '#domain/money';
import type { SupplierStatement } from '#domain/supplier/settlement';
import { formatBusinessDate, formatBusinessMonth } from '#domain/wita';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 40;
const SIZE = 9;
const LEADING = 13;
/** Column x positions, whether the column is right-aligned (amounts), and the room a line's text has in it. */
const COLUMNS = [
  { x: MARGIN, right: false, room: 70 },
  { x: 115, right: false, room: 155 },
  { x: 275, right: false, room: 120 },
  { x: 430, right: true },
  { x: 500, right: true },
  { x: A4[0] - MARGIN, right: true },
];

export async function statementPdf(s: SupplierStatement): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Rekap pemasok ${s.supplier.name} ${s.month}`);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  // A name with a letter Helvetica lacks prints it as "?" instead of failing the whole statement.
  const known = new Set(regular.getCharacterSet());
  const safe = (value: string) => [...value].map((c) => (known.has(c.codePointAt(0)!) ? c : '?')).join('');
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const newLine = () => {
    y -= LEADING;
    if (y < MARGIN) {
      page = doc.addPage(A4);
      y = A4[1] - MARGIN;
    }
  };
  const text = (value: string, font: PDFFont = regular, size = SIZE) => {
    page.drawText(safe(value), { x: MARGIN, y, size, font });
    newLine();
  };
  const row = (cells: readonly string[], font: PDFFont = regular) => {
    cells.forEach((cell, i) => {
      const column = COLUMNS[i]!;
      const width = font.widthOfTextAtSize(safe(cell), SIZE);
      page.drawText(safe(cell), { x: column.right ? column.x - width : column.x, y, size: SIZE, font });
    });
    newLine();
  };
  const rp = (n: Rupiah) => formatRupiah(n);
  /** The text cut with "…" to the room of column `c`. */
  const fit = (value: string, c: number) => {
    const room = COLUMNS[c]!.room!;
    let text = safe(value);
    if (regular.widthOfTextAtSize(text, SIZE) <= room) return text;
    while (text.length > 1 && regular.widthOfTextAtSize(`${text}…`, SIZE) > room) text = text.slice(0, -1);
    return `${text}…`;
  };

  text('NTT Mart — Rekap Pemasok (UMKM)', bold, 14);
  newLine();
  text(`${s.supplier.name} (ID ${s.supplier.id}), NIB ${s.supplier.nib ?? '-'}`, bold);
  text(`Rekening: ${s.supplier.bank ?? '-'}`);
  text(`Periode: ${formatBusinessMonth(s.month)} (${formatBusinessDate(s.from)} – ${formatBusinessDate(s.to)})`);
  newLine();
  row(['Saldo awal', '', '', '', '', rp(s.opening)], bold);
  newLine();
  row(['Outlet', 'Produk', 'Syarat', 'Jumlah', 'Penjualan', 'Terutang'], bold);
  for (const l of s.lines)
    row([
      fit(l.outletId, 0),
      fit(l.name, 1),
      fit(l.kind === 'konsinyasi' ? l.terms : `diterima, ${l.terms}`, 2),
      String(l.quantity),
      l.kind === 'konsinyasi' ? rp(l.sales) : '-',
      rp(l.owed),
    ]);
  row(['Terutang bulan ini', '', '', '', '', rp(s.owed)], bold);
  newLine();
  row(['Tanggal', 'Referensi transfer', '', '', '', 'Dibayar'], bold);
  for (const p of s.payouts)
    row([formatBusinessDate(p.paidOn), fit(p.reference, 1), p.amount < 0 ? 'koreksi' : '', '', '', rp(p.amount)]);
  row(['Dibayar bulan ini', '', '', '', '', rp(s.paid)], bold);
  newLine();
  row(['Saldo akhir', '', '', '', '', rp(s.closing)], bold);
  newLine();
  newLine();
  row(['Pemasok,', '', 'Bendahara,', '', '', '']);
  newLine();
  newLine();
  row(['(____________________)', '', '(____________________)', '', '', '']);
  return doc.save();
}
