/**
 * The struk (receipt) of a completed sale, and of a refund, as printer commands: pure functions, so
 * the same layout is printed, tested against golden text and measured without a printer.
 */
import { ASN_MONTH_LABEL, asnMonthFigure, asnReceiptLine } from '#domain/asn/asn-standing';
import { formatRupiah, subtract, type Rupiah } from '#domain/money';
import { paymentMethodLabel } from '#domain/checkout/payment-method';
import type { Refund } from '#domain/checkout/refund';
import { formatKilograms, hasChangeRow, lineGross, type Sale, type SaleLine } from '#domain/checkout/sale';
import { formatWita } from '#domain/wita';
import { formatNpwp, type SaleTax, type TaxSeller } from '#domain/tax/ppn';
import { refundTaxFigures } from '#domain/tax/sale-tax';
import type { Columns } from '../escpos/columns';
import type { PrintCommand } from '../escpos/print-command';
import { printable, wrap } from '../escpos/printable';

export interface OutletInfo {
  name: string;
  address: string;
  phone: string | null;
}

/** What a receipt prints for a buyer identified by NIP: their month so far against the minimum. */
export interface AsnBlock {
  /** The NIP with its middle digits hidden (domain/asn/nip.ts maskNip). */
  maskedNip: string;
  /** From the roster; null for a NIP not (yet) on it. */
  name: string | null;
  /** The buyer's purchases this WITA month, this sale included. */
  monthTotal: Rupiah;
  /** The monthly minimum (Rp 100.000). */
  threshold: Rupiah;
}

export interface ReceiptOptions {
  columns: Columns;
  /** A copy printed again on request: marked "SALINAN". */
  reprint: boolean;
  asn: AsnBlock | null;
}

type Style = { bold?: boolean; tall?: boolean };

export const RECEIPT_FOOTER = 'Terima kasih telah mendukung UMKM NTT';

export function layoutReceipt(sale: Sale, outlet: OutletInfo, options: ReceiptOptions): PrintCommand[] {
  const width = options.columns;
  const out = receiptHead(sale.training, outlet, options.reprint, width);
  const row = (left: string, right: string, style: Style = {}) => out.push(...fitRow(left, right, width, style));
  if (sale.tax) out.push(...sellerBlock(sale.tax.seller, width));
  out.push(
    ...meta('No', sale.receiptNo, width),
    ...meta('Waktu', `${formatWita(sale.completedAt)} WITA`, width),
    ...meta('Kasir', sale.cashier?.name ?? '-', width),
  );
  out.push({ type: 'rule', char: '-' });

  for (const line of sale.lines) {
    for (const text of wrap(line.name, width)) out.push({ type: 'text', text });
    row(`  ${quantityText(line)}`, amount.format(lineGross(line)));
    if (line.discount > 0) row('  Diskon', `-${amount.format(line.discount)}`);
  }

  out.push({ type: 'rule', char: '-' });
  row('Subtotal', formatRupiah(sale.subtotal));
  if (sale.discount > 0) row('Diskon', `-${formatRupiah(sale.discount)}`);
  row('TOTAL', formatRupiah(sale.total), { bold: true, tall: true });
  for (const payment of sale.payments) {
    row(paymentMethodLabel(payment.method), formatRupiah(payment.tendered));
    if (payment.reference) row('  Ref', payment.reference);
  }
  if (hasChangeRow(sale)) row('Kembalian', formatRupiah(sale.change));
  if (sale.tax) out.push(...taxSummary(sale.tax, width));

  if (options.asn) out.push(...asnBlock(options.asn, width));
  out.push(...receiptTail(sale.id, sale.training, width));
  return out;
}

/**
 * The struk of a refund (pengembalian): what came back and the money paid out, pointing at the
 * original receipt, with the manager who approved it.
 */
export function layoutRefundReceipt(
  refund: Refund,
  outlet: OutletInfo,
  options: Omit<ReceiptOptions, 'asn'>,
): PrintCommand[] {
  const width = options.columns;
  const out = receiptHead(refund.training, outlet, options.reprint, width, 'PENGEMBALIAN BARANG');
  const row = (left: string, right: string, style: Style = {}) => out.push(...fitRow(left, right, width, style));
  out.push(
    ...meta('No', refund.receiptNo, width),
    ...meta('Asal', refund.originalReceiptNo, width),
    ...meta('Waktu', `${formatWita(refund.refundedAt)} WITA`, width),
  );
  out.push(...meta('Kasir', refund.cashier?.name ?? '-', width));
  if (refund.approvedBy) out.push(...meta('Disetujui', refund.approvedBy.name, width));
  for (const text of wrap(`Alasan: ${refund.reason}`, width)) out.push({ type: 'text', text });
  out.push({ type: 'rule', char: '-' });

  for (const line of refund.lines) {
    for (const text of wrap(line.name, width)) out.push({ type: 'text', text });
    // Damaged goods are paid back but stay off the shelf: the paper says so.
    row(`  ${line.quantity} ${line.damaged ? 'rusak' : 'dikembalikan'}`, amount.format(line.amount));
  }

  out.push({ type: 'rule', char: '-' });
  row('TOTAL REFUND', formatRupiah(refund.total), { bold: true, tall: true });
  for (const payment of refund.payments)
    row(`Dikembalikan (${paymentMethodLabel(payment.method)})`, formatRupiah(payment.amount));
  if (refund.lines.some((l) => l.tax !== undefined))
    row('PPN dikembalikan', formatRupiah(refundTaxFigures(refund).ppn));
  out.push(...receiptTail(refund.id, refund.training, width));
  return out;
}

const TRAINING_MARK = '** LATIHAN - BUKAN TRANSAKSI **';

function centered(text: string, width: number, style: Style = {}): PrintCommand[] {
  return wrap(text, width).map((line) => ({ type: 'text', text: line, align: 'center', ...style }));
}

/** Training mark, outlet, SALINAN on a reprint, the document's title, and a blank line before its details. */
function receiptHead(
  training: boolean,
  outlet: OutletInfo,
  reprint: boolean,
  width: Columns,
  title?: string,
): PrintCommand[] {
  const out: PrintCommand[] = [];
  if (training) out.push(...centered(TRAINING_MARK, width, { bold: true }));
  out.push(...centered(outlet.name, width, { bold: true, tall: true }), ...centered(outlet.address, width));
  if (outlet.phone) out.push(...centered(`Telp ${outlet.phone}`, width));
  if (reprint) out.push(...centered('*** SALINAN ***', width, { bold: true }));
  if (title) out.push(...centered(title, width, { bold: true }));
  out.push({ type: 'feed', lines: 1 });
  return out;
}

/** The training mark again, the QR code carrying the document's id, the thanks, and the cut. */
function receiptTail(id: string, training: boolean, width: Columns): PrintCommand[] {
  const out: PrintCommand[] = [];
  if (training) out.push(...centered(TRAINING_MARK, width, { bold: true }));
  out.push({ type: 'feed', lines: 1 }, { type: 'qr', data: id }, ...centered(RECEIPT_FOOTER, width), { type: 'cut' });
  return out;
}

/**
 * A PKP's identity, which makes the receipt a faktur pajak digunggung: legal name, address, NPWP
 * (the outlet's trading name and address stay above it).
 */
function sellerBlock(seller: TaxSeller, width: Columns): PrintCommand[] {
  return [
    ...centered(seller.name, width),
    ...centered(seller.address, width),
    ...centered(`NPWP ${formatNpwp(seller.npwp)}`, width),
    { type: 'feed', lines: 1 },
  ];
}

/** The PPN inside the prices paid, its base, and what was bought free of PPN. */
function taxSummary(tax: SaleTax, width: Columns): PrintCommand[] {
  return [
    { type: 'rule', char: '-' },
    ...fitRow('Harga sudah termasuk PPN', formatRupiah(tax.ppn), width),
    ...fitRow('DPP', formatRupiah(tax.dpp), width),
    ...fitRow('Barang bebas PPN', formatRupiah(tax.exempt), width),
  ];
}

/** "Label value" with the values lined up after short labels; wrapped when too long for the paper. */
function meta(label: string, value: string, width: Columns): PrintCommand[] {
  const text = `${label.padEnd(Math.max(6, label.length + 1))}${printable(value)}`;
  return text.length <= width
    ? [{ type: 'text', text }]
    : wrap(text, width).map((line) => ({ type: 'text', text: line }));
}

/**
 * The buyer's masked NIP and name (a NIP not on the terminal's roster has none: "belum
 * terverifikasi"), "Belanja ASN bulan ini: Rp 65.000 / Rp 100.000" on one line where it fits, and
 * what is still short of the minimum.
 */
function asnBlock(asn: AsnBlock, width: Columns): PrintCommand[] {
  const out: PrintCommand[] = [{ type: 'rule', char: '-' }];
  out.push(...fitRow('ASN', asn.maskedNip, width));
  for (const text of wrap(asn.name ?? 'NIP belum terverifikasi', width)) out.push({ type: 'text', text });
  const month = { total: asn.monthTotal, threshold: asn.threshold };
  const line = printable(asnReceiptLine(month));
  out.push(
    ...(line.length <= width
      ? [{ type: 'text' as const, text: line }]
      : fitRow(`${ASN_MONTH_LABEL}:`, asnMonthFigure(month), width)),
  );
  const short = subtract(asn.threshold, asn.monthTotal);
  out.push(
    short > 0
      ? fitRow('Kurang', formatRupiah(short), width)[0]!
      : { type: 'text', text: 'Minimal bulanan tercapai', bold: true },
  );
  return out;
}

/**
 * A label with a right-aligned value on one line when both fit with a space between them, otherwise
 * the label (wrapped) and then the value on a line of its own.
 */
export function fitRow(left: string, right: string, width: number, style: Style = {}): PrintCommand[] {
  const l = printable(left);
  const r = printable(right);
  if (l.length + 1 + r.length <= width) return [{ type: 'row', left: l, right: r, ...style }];
  const lines: PrintCommand[] = wrap(l, width).map((text) => ({ type: 'text', text, ...style }));
  return [...lines, ...wrap(r, width).map((text): PrintCommand => ({ type: 'text', text, align: 'right', ...style }))];
}

/** Line amounts go without "Rp", as on Indonesian shop receipts: it saves bytes on a slow serial line. */
const amount = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

function quantityText(line: SaleLine): string {
  if (line.weightGrams !== null) return `${formatKilograms(line.weightGrams)} x ${amount.format(line.unitPrice)}/kg`;
  return `${line.quantity} x ${amount.format(line.unitPrice)}`;
}
