/**
 * The struk (receipt) of a completed sale as printer commands: a pure function, so the same layout
 * is printed, tested against golden text and measured without a printer.
 */
import { missingCase } from '../../domain/missing-case';
import { formatRupiah, subtract, type Rupiah } from '../../domain/money';
import { lineGross, type PaymentMethod, type Sale, type SaleLine } from '../../domain/sale';
import { formatWita } from '../../domain/wita';
import type { Columns, PrintCommand } from '../escpos/encode';
import { printable, wrap } from '../escpos/printable';

export interface OutletInfo {
  name: string;
  address: string;
  phone: string | null;
}

/** What the ASN issue prints for a buyer identified by NIP: their month so far against the minimum. */
export interface AsnBlock {
  /** The NIP with its middle digits hidden, as the ASN module masks it. */
  maskedNip: string;
  name: string | null;
  /** The buyer's purchases this WITA month, this sale included. */
  monthTotal: Rupiah;
  /** The monthly minimum (Rp 100.000). */
  threshold: Rupiah;
}

/** Set when the sale document is a refund: its lines are what came back, its payments what was paid out. */
export interface RefundInfo {
  originalReceiptNo: string;
  reason: string | null;
}

export interface ReceiptOptions {
  columns: Columns;
  /** A copy printed again on request: marked "SALINAN". */
  reprint: boolean;
  refund: RefundInfo | null;
  asn: AsnBlock | null;
}

export const RECEIPT_FOOTER = 'Terima kasih telah mendukung UMKM NTT';

export function layoutReceipt(sale: Sale, outlet: OutletInfo, options: ReceiptOptions): PrintCommand[] {
  const width = options.columns;
  const out: PrintCommand[] = [];
  const centered = (text: string, style: { bold?: boolean; tall?: boolean } = {}) => {
    for (const line of wrap(text, width)) out.push({ type: 'text', text: line, align: 'center', ...style });
  };
  const row = (left: string, right: string, style: { bold?: boolean; tall?: boolean } = {}) => out.push(...fitRow(left, right, width, style));

  if (sale.training) centered('** LATIHAN - BUKAN TRANSAKSI **', { bold: true });
  centered(outlet.name, { bold: true, tall: true });
  centered(outlet.address);
  if (outlet.phone) centered(`Telp ${outlet.phone}`);
  if (options.reprint) centered('*** SALINAN ***', { bold: true });
  if (options.refund) {
    centered('PENGEMBALIAN BARANG', { bold: true });
    for (const text of wrap(`Struk asal ${options.refund.originalReceiptNo}`, width)) out.push({ type: 'text', text });
    if (options.refund.reason) for (const line of wrap(`Alasan: ${options.refund.reason}`, width)) out.push({ type: 'text', text: line });
  }
  const meta = (label: string, value: string) => {
    const text = `${label.padEnd(6)}${printable(value)}`;
    if (text.length <= width) out.push({ type: 'text', text });
    else for (const line of wrap(text, width)) out.push({ type: 'text', text: line });
  };
  out.push({ type: 'feed', lines: 1 });
  meta('No', sale.receiptNo);
  meta('Waktu', `${formatWita(sale.completedAt)} WITA`);
  meta('Kasir', sale.cashier?.name ?? '-');
  out.push({ type: 'rule', char: '-' });

  for (const line of sale.lines) {
    for (const text of wrap(line.name, width)) out.push({ type: 'text', text });
    row(`  ${quantityText(line)}`, amount.format(lineGross(line)));
    if (line.discount > 0) row('  Diskon', `-${amount.format(line.discount)}`);
  }

  out.push({ type: 'rule', char: '-' });
  row('Subtotal', formatRupiah(sale.subtotal));
  if (sale.discount > 0) row('Diskon', `-${formatRupiah(sale.discount)}`);
  row(options.refund ? 'TOTAL REFUND' : 'TOTAL', formatRupiah(sale.total), { bold: true, tall: true });
  for (const payment of sale.payments) {
    const label = paymentLabel(payment.method);
    if (options.refund) row(`Dikembalikan (${label})`, formatRupiah(payment.amount));
    else row(label, formatRupiah(payment.tendered));
    if (payment.reference) row('  Ref', payment.reference);
  }
  if (!options.refund && (sale.change > 0 || sale.payments.some((p) => p.method === 'cash'))) row('Kembali', formatRupiah(sale.change));

  if (options.asn) out.push(...asnBlock(options.asn, width));
  if (sale.training) centered('** LATIHAN - BUKAN TRANSAKSI **', { bold: true });
  out.push({ type: 'feed', lines: 1 }, { type: 'qr', data: sale.id });
  centered(RECEIPT_FOOTER);
  out.push({ type: 'cut' });
  return out;
}

function asnBlock(asn: AsnBlock, width: Columns): PrintCommand[] {
  const out: PrintCommand[] = [{ type: 'rule', char: '-' }];
  out.push(...fitRow('ASN', asn.maskedNip, width));
  if (asn.name) for (const text of wrap(asn.name, width)) out.push({ type: 'text', text });
  out.push(...fitRow('Belanja bulan ini', formatRupiah(asn.monthTotal), width));
  out.push(...fitRow('Minimal bulanan', formatRupiah(asn.threshold), width));
  const short = subtract(asn.threshold, asn.monthTotal);
  out.push(short > 0 ? fitRow('Kurang', formatRupiah(short), width)[0]! : { type: 'text', text: 'Minimal bulanan tercapai', bold: true });
  return out;
}

/**
 * A label with a right-aligned value on one line when both fit with a space between them, otherwise
 * the label (wrapped) and then the value on a line of its own.
 */
export function fitRow(left: string, right: string, width: number, style: { bold?: boolean; tall?: boolean } = {}): PrintCommand[] {
  const l = printable(left);
  const r = printable(right);
  if (l.length + 1 + r.length <= width) return [{ type: 'row', left: l, right: r, ...style }];
  const lines: PrintCommand[] = wrap(l, width).map((text) => ({ type: 'text', text, ...style }));
  return [...lines, ...wrap(r, width).map((text): PrintCommand => ({ type: 'text', text, align: 'right', ...style }))];
}

/** Line amounts go without "Rp", as on Indonesian shop receipts: it saves bytes on a slow serial line. */
const amount = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const kilograms = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 });

function quantityText(line: SaleLine): string {
  if (line.weightGrams !== null) return `${kilograms.format(line.weightGrams / 1000)} kg x ${amount.format(line.unitPrice)}/kg`;
  return `${line.quantity} x ${amount.format(line.unitPrice)}`;
}

export function paymentLabel(method: PaymentMethod): string {
  switch (method) {
    case 'cash':
      return 'Tunai';
    case 'qris':
      return 'QRIS';
    case 'debit':
      return 'Kartu Debit';
    default:
      return missingCase(method);
  }
}
