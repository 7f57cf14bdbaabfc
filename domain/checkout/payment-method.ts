/** How payment methods are named to cashiers, on receipts and in reports. */
import { missingCase } from '../missing-case';
import type { PaymentMethod } from './sale';

export function paymentMethodLabel(method: PaymentMethod): string {
  switch (method) {
    case 'cash':
      return 'Tunai';
    case 'qris':
      return 'QRIS';
    case 'debit':
      return 'Debit';
    default:
      return missingCase(method);
  }
}

/** The methods of a sale or refund, each named once: "Tunai + QRIS", never "Tunai + Tunai". */
export function paymentMethodsText(payments: readonly { method: PaymentMethod }[]): string {
  return [...new Set(payments.map((p) => paymentMethodLabel(p.method)))].join(' + ');
}
