/**
 * The governor's monthly report as a PDF (pdf-lib, A4, the standard Helvetica fonts): the same
 * sections and figures as the printable page of the back office, tables broken across pages.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatRupiah, rupiah } from '#domain/money';
import { formatBusinessMonth, formatWita } from '#domain/wita';
import type { GovernorReport } from '#sync/protocol/backoffice-report';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const LINE = 14;
const SIZE = 9;

interface Column {
  label: string;
  /** Share of the usable width. */
  width: number;
  num?: boolean;
}

const rp = (amount: number) => formatRupiah(rupiah(amount));
const count = (n: number) => n.toLocaleString('id-ID');
const share = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((part * 100) / whole).toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;

/**
 * The standard fonts write WinAnsi only: Intl's spaces become plain spaces, anything else outside
 * Latin-1 (and the dashes) a question mark, rather than failing the whole report over a name.
 */
function winAnsi(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/[^\u0020-\u007e\u00a1-\u00ff–—‘’“”•]/g, '?');
}

class Writer {
  private page!: PDFPage;
  private y = 0;
  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  private room(lines: number) {
    if (this.y - lines * LINE < MARGIN) this.newPage();
  }

  text(text: string, options: { size?: number; bold?: boolean } = {}) {
    const size = options.size ?? SIZE + 1;
    this.room(2);
    this.page.drawText(winAnsi(text), { x: MARGIN, y: this.y, size, font: options.bold ? this.bold : this.font });
    this.y -= size + 6;
  }

  heading(text: string) {
    this.room(4);
    this.y -= 8;
    this.text(text, { size: 13, bold: true });
  }

  table(columns: readonly Column[], rows: readonly (readonly string[])[]) {
    const usable = A4.width - 2 * MARGIN;
    const header = () => {
      this.row(
        columns,
        columns.map((c) => c.label),
        usable,
        this.bold,
      );
      this.page.drawLine({
        start: { x: MARGIN, y: this.y + LINE - 3 },
        end: { x: A4.width - MARGIN, y: this.y + LINE - 3 },
        thickness: 0.5,
        color: rgb(0.5, 0.55, 0.6),
      });
    };
    this.room(3);
    header();
    for (const cells of rows) {
      if (this.y - LINE < MARGIN) {
        this.newPage();
        header();
      }
      this.row(columns, cells, usable, this.font);
    }
    if (rows.length === 0) this.text('Tidak ada data.');
  }

  private row(columns: readonly Column[], cells: readonly string[], usable: number, font: PDFFont) {
    let x = MARGIN;
    columns.forEach((c, i) => {
      const width = c.width * usable;
      let text = winAnsi(cells[i] ?? '');
      while (text.length > 1 && font.widthOfTextAtSize(text, SIZE) > width - 4) text = `${text.slice(0, -2)}…`;
      text = winAnsi(text);
      const textWidth = font.widthOfTextAtSize(text, SIZE);
      this.page.drawText(text, { x: c.num ? x + width - 4 - textWidth : x, y: this.y, size: SIZE, font });
      x += width;
    });
    this.y -= LINE;
  }
}

export async function governorPdf(report: GovernorReport): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const month = formatBusinessMonth(report.month);
  doc.setTitle(`Laporan Bulanan Gubernur ${month} – ${report.scope}`);
  doc.setAuthor('Kantor NTT Mart');
  doc.setCreationDate(new Date(report.asOf));
  const out = new Writer(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );

  const { sales, asn } = report;
  out.text(`Laporan Bulanan untuk Gubernur – ${month}`, { size: 16, bold: true });
  out.text(report.scope, { size: 12 });
  out.text(`Data per ${formatWita(report.asOf)} WITA`);

  out.heading('Penjualan terhadap target');
  out.text(
    `Penjualan ${rp(sales.total)} dari target ${rp(sales.target)} (${share(sales.total, sales.target)}); ` +
      `${count(sales.transactions)} transaksi, retur ${rp(sales.refunds)}.`,
  );
  out.table(
    [
      { label: 'Outlet', width: 0.3 },
      { label: 'Penjualan', width: 0.16, num: true },
      { label: 'Target', width: 0.16, num: true },
      { label: '% target', width: 0.1, num: true },
      { label: 'Transaksi', width: 0.12, num: true },
      { label: 'Retur', width: 0.16, num: true },
    ],
    sales.outlets.map((o) => [
      o.name,
      rp(o.sales),
      rp(o.target),
      share(o.sales, o.target),
      count(o.transactions),
      rp(o.refunds),
    ]),
  );

  out.heading('Kepatuhan belanja ASN');
  out.text(
    `${count(asn.roster)} ASN × minimal ${rp(asn.monthlyMinimum)} = lantai ${rp(asn.floor)}; ` +
      `${count(asn.buyers)} ASN berbelanja, ${count(asn.reached)} mencapai minimal (${share(asn.reached, asn.roster)}).`,
  );
  if (report.compliance)
    out.table(
      [
        { label: 'OPD', width: 0.4 },
        { label: 'ASN', width: 0.12, num: true },
        { label: 'Mencapai', width: 0.12, num: true },
        { label: 'Kurang', width: 0.12, num: true },
        { label: 'Tidak belanja', width: 0.12, num: true },
        { label: '% mencapai', width: 0.12, num: true },
      ],
      report.compliance.map((o) => [
        o.opd,
        count(o.asn),
        count(o.met),
        count(o.below),
        count(o.none),
        share(o.met, o.asn),
      ]),
    );

  out.heading('Stok kosong');
  out.table(
    [
      { label: 'Outlet', width: 0.4 },
      { label: 'Produk', width: 0.15, num: true },
      { label: 'Pernah habis', width: 0.15, num: true },
      { label: '% habis', width: 0.15, num: true },
      { label: 'Hari habis', width: 0.15, num: true },
    ],
    report.stockOuts.map((o) => [
      o.outletName,
      count(o.products),
      count(o.outProducts),
      share(o.outProducts, o.products),
      count(o.outDays),
    ]),
  );

  out.heading('Penjualan UMKM');
  out.table(
    [
      { label: 'Produsen UMKM', width: 0.6 },
      { label: 'Produk terjual', width: 0.15, num: true },
      { label: 'Penjualan', width: 0.25, num: true },
    ],
    report.umkm.map((u) => [u.supplier, count(u.products), rp(u.sales)]),
  );
  return doc.save();
}
