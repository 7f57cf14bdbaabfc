/**
 * Taking payment, one tender at a time, with each method's overpayment rule:
 * - cash (tunai) may exceed what is left; the difference is change (kembalian), up to a limit;
 * - QRIS and debit settle exactly the amount charged, so they may not exceed what is left;
 * - debit needs the EDC approval number (nomor referensi) from the card machine's slip.
 */
import { missingCase } from '../missing-case';
import { paymentMethodLabel } from './payment-method';
import { add, formatRupiah, rupiah, subtract, sum, type Rupiah } from '../money';
import type { Payment, PaymentMethod } from './sale';
import { ok, problem, type Result } from '../result';

/** A cashier handing back more than this is far more likely a typing slip than real change. */
export const MAX_CHANGE = rupiah(1_000_000);
/** The quick cash buttons besides "uang pas" (exact money). */
export const QUICK_CASH = [rupiah(20_000), rupiah(50_000), rupiah(100_000)] as const;

export interface Tender {
  method: PaymentMethod;
  tendered: Rupiah;
  reference: string | null;
}

export type PaymentResult = Result<Payment[]>;

export function amountPaid(payments: readonly Payment[]): Rupiah {
  return sum(payments.map((p) => p.amount));
}

export function remainingDue(total: Rupiah, payments: readonly Payment[]): Rupiah {
  return subtract(total, amountPaid(payments));
}

export function addPayment(total: Rupiah, payments: readonly Payment[], tender: Tender): PaymentResult {
  const due = remainingDue(total, payments);
  if (due <= 0) return problem('already-paid', 'Tagihan sudah lunas.');
  if (!Number.isSafeInteger(tender.tendered) || tender.tendered <= 0)
    return problem('amount-invalid', 'Masukkan jumlah lebih dari Rp 0.');
  const reference = tender.reference?.trim() || null;
  switch (tender.method) {
    case 'cash': {
      const change = subtract(tender.tendered, due);
      if (change > MAX_CHANGE)
        return problem(
          'change-too-large',
          `Uang diterima ${formatRupiah(tender.tendered)} terlalu besar: kembalian lebih dari ${formatRupiah(MAX_CHANGE)}. Periksa jumlahnya.`,
        );
      const amount = change > 0 ? due : tender.tendered;
      return ok(merged(payments, { method: 'cash', amount, tendered: tender.tendered, reference: null }));
    }
    case 'qris':
    case 'debit': {
      if (tender.tendered > due) {
        return problem(
          'over-remaining',
          `${paymentMethodLabel(tender.method)} tidak boleh melebihi sisa tagihan ${formatRupiah(due)}.`,
        );
      }
      if (tender.method === 'debit' && (reference === null || !/^[A-Za-z0-9]{4,20}$/.test(reference))) {
        return problem('reference-missing', 'Isi nomor referensi/approval dari struk EDC (4–20 huruf atau angka).');
      }
      return ok(
        merged(payments, {
          method: tender.method,
          amount: tender.tendered,
          tendered: tender.tendered,
          reference,
        }),
      );
    }
    default:
      return missingCase(tender.method);
  }
}

/**
 * A tender joins an earlier one of the same method and reference: two cash tenders are one "Tunai"
 * on screen, on paper and in the sale. Card and QRIS payments with their own references stay apart.
 */
function merged(payments: readonly Payment[], next: Payment): Payment[] {
  const same = payments.findIndex((p) => p.method === next.method && p.reference === next.reference);
  if (same < 0) return [...payments, next];
  const earlier = payments[same]!;
  return payments.map((p, i) =>
    i === same ? { ...p, amount: add(earlier.amount, next.amount), tendered: add(earlier.tendered, next.tendered) } : p,
  );
}

export function removePayment(payments: readonly Payment[], index: number): Payment[] {
  return payments.filter((_, i) => i !== index);
}
