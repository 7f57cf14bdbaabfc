/**
 * A completed sale as the terminal records it, the server stores it and the receipt prints it.
 * A completed sale is immutable: refunds and corrections are new documents pointing at it.
 */
import { multiply, multiplyRatio, subtract, sum, type Rupiah } from '../money';
import type { Nip } from '../asn/nip';
import type { Gtin } from '../catalog/barcode';
import type { OutletId, TerminalId } from '../outlet/terminal';
import type { ShiftId } from '../shift/shift';
import type { StaffRef } from '../staff/staff';
import type { BusinessDate } from '../wita';
import type { LineTax, SaleTax } from '../tax/ppn';
import { saleTaxProblems } from '../tax/sale-tax';

/** cash (tunai), QRIS (Indonesia's national QR payment standard) and debit cards on an EDC machine. */
export type PaymentMethod = 'cash' | 'qris' | 'debit';
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['cash', 'qris', 'debit'];

export interface Payment {
  method: PaymentMethod;
  /** The part of the sale total this payment settles. */
  amount: Rupiah;
  /** What the buyer handed over: at least `amount` for cash, exactly `amount` otherwise. */
  tendered: Rupiah;
  /** EDC approval/trace number for debit, the QRIS reference when the cashier notes one. */
  reference: string | null;
}

export interface SaleLine {
  lineNo: number;
  productId: string;
  /** The code scanned or stored for the product; null for products sold without a barcode. */
  barcode: Gtin | null;
  name: string;
  /** The UMKM producer (pemasok) of the product. */
  supplier: string;
  category: string;
  unit: string;
  /** Whole units; 1 for a weighed line. */
  quantity: number;
  /** Set for weighed lines: unitPrice is then per kilogram. */
  weightGrams: number | null;
  unitPrice: Rupiah;
  discount: Rupiah;
  total: Rupiah;
  /**
   * Set when a manager changed the unit price at the counter: the catalog or label price it
   * replaced, and who approved (the province quarantines a price other than the one in force
   * without it). Absent on lines at their own price, and on every line of terminals before it.
   */
  priceOverride?: PriceOverride;
  /** Sale version 2 (issue 19), a PKP outlet's sale: the line's share of the sale's PPN (domain/tax/ppn). */
  tax?: LineTax;
}

export interface PriceOverride {
  from: Rupiah;
  approvedBy: StaffRef;
}

/** An ASN (aparatur sipil negara, civil servant) identified at checkout by NIP. */
export interface AsnBuyer {
  nip: Nip;
  name: string | null;
  /** false when the NIP was well-formed but not (yet) on the terminal's roster. */
  verified: boolean;
}

export interface Sale {
  id: string;
  /** outlet-terminal-date-sequence, unique per terminal and never reused. */
  receiptNo: string;
  outletId: OutletId;
  terminalId: TerminalId;
  shiftId: ShiftId | null;
  cashier: { id: string; name: string } | null;
  /** Mode latihan: sales rung up before the terminal is enrolled; never counted by the province. */
  training: boolean;
  /** UTC instant from the terminal clock (recorded, never trusted for ordering). */
  completedAt: string;
  businessDate: BusinessDate;
  lines: SaleLine[];
  subtotal: Rupiah;
  /** Whole-sale discount on top of line discounts. */
  discount: Rupiah;
  total: Rupiah;
  payments: Payment[];
  change: Rupiah;
  asn: AsnBuyer | null;
  /** Sale version 2 (issue 19): set on a PKP outlet's sale, absent on others and on older terminals' sales. */
  tax?: SaleTax;
}

/** The gross amount of a line before its discount. */
export function lineGross(line: Pick<SaleLine, 'quantity' | 'weightGrams' | 'unitPrice'>): Rupiah {
  return line.weightGrams === null
    ? multiply(line.unitPrice, line.quantity)
    : multiplyRatio(line.unitPrice, line.weightGrams, 1000, 'half-up');
}

const kilograms = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 });

/** A weighed line's weight as the paper receipt and the screen both show it: "0,355 kg", "0,5 kg". */
export function formatKilograms(grams: number): string {
  return `${kilograms.format(grams / 1000)} kg`;
}

/** The receipt (paper and screen) has a Kembalian row when there is change or any cash was paid. */
export function hasChangeRow(sale: Pick<Sale, 'change' | 'payments'>): boolean {
  return sale.change > 0 || sale.payments.some((p) => p.method === 'cash');
}

export function changeOf(payments: readonly Payment[]): Rupiah {
  return sum(payments.map((p) => subtract(p.tendered, p.amount)));
}

/**
 * Business checks every sale must pass; the terminal refuses to record a sale that fails one and
 * the server quarantines one that arrives failing. Returns the reasons, empty when the sale is sound.
 */
export function saleProblems(sale: Sale): string[] {
  const problems: string[] = [];
  if (sale.lines.length === 0) problems.push('sale has no lines');
  sale.lines.forEach((line, index) => {
    if (line.lineNo !== index + 1) problems.push(`line ${index + 1} is numbered ${line.lineNo}`);
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0)
      problems.push(`line ${line.lineNo} quantity ${line.quantity} is not a positive whole number`);
    if (line.weightGrams !== null && (line.quantity !== 1 || line.weightGrams <= 0))
      problems.push(`line ${line.lineNo} is weighed but quantity is not 1 or weight is not positive`);
    if (line.unitPrice < 0 || line.discount < 0) problems.push(`line ${line.lineNo} has a negative price or discount`);
    const expected = subtract(lineGross(line), line.discount);
    if (expected < 0) problems.push(`line ${line.lineNo} discount exceeds its amount`);
    if (line.total !== expected) problems.push(`line ${line.lineNo} total ${line.total} should be ${expected}`);
  });
  const subtotal = sum(sale.lines.map((l) => l.total));
  if (sale.subtotal !== subtotal) problems.push(`subtotal ${sale.subtotal} should be ${subtotal}`);
  if (sale.discount < 0 || sale.discount > subtotal)
    problems.push(`sale discount ${sale.discount} is outside 0..${subtotal}`);
  const total = subtract(subtotal, sale.discount);
  if (sale.total !== total) problems.push(`total ${sale.total} should be ${total}`);
  if (sale.payments.length === 0) problems.push('sale has no payments');
  for (const p of sale.payments) {
    if (p.amount <= 0) problems.push(`${p.method} payment amount ${p.amount} is not positive`);
    if (p.method === 'cash' ? p.tendered < p.amount : p.tendered !== p.amount) {
      problems.push(`${p.method} payment tendered ${p.tendered} does not fit amount ${p.amount}`);
    }
  }
  const paid = sum(sale.payments.map((p) => p.amount));
  if (paid !== sale.total) problems.push(`payments ${paid} do not add up to total ${sale.total}`);
  const change = changeOf(sale.payments);
  if (sale.change !== change) problems.push(`change ${sale.change} should be ${change}`);
  if (problems.length === 0) problems.push(...saleTaxProblems(sale));
  return problems;
}
