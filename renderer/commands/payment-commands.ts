/** The payment dialog's commands: its buttons and keys, over the register while the buyer pays. */
import { formatRupiah, rupiah, type Rupiah } from '#domain/money';
import { paymentMethodLabel } from '#domain/checkout/payment-method';
import { QUICK_CASH } from '#domain/checkout/payments';
import type { PaymentMethod } from '#domain/checkout/sale';
import { openAsnEntry } from '../stores/asn-store';
import { closePayment, finishSale } from '../stores/payment-store';
import type { Command } from './command';
import { onTop, type DialogContext } from './open-dialogs';

export interface PaymentContext extends DialogContext {
  /** What is still due; zero or less once paid. */
  due: Rupiah;
  choose(method: PaymentMethod): void;
  quickCash(amount: Rupiah): void;
}

type PaymentCommand = Command<PaymentContext>;

const active = (context: PaymentContext) => onTop(context.dialogs, 'payment');
const unpaid = (context: PaymentContext) => active(context) && context.due > 0;

const method = (m: PaymentMethod, key: string): PaymentCommand => ({
  id: `method-${m}`,
  label: paymentMethodLabel(m),
  key,
  enabled: active,
  run: (context) => context.choose(m),
});

const quick = (amount: Rupiah, key: string): PaymentCommand => ({
  id: `quick-${amount}`,
  label: formatRupiah(amount),
  key,
  enabled: unpaid,
  run: (context) => context.quickCash(amount),
});

export const PAYMENT_COMMANDS = {
  back: { id: 'back', label: 'Kembali', key: 'Escape', enabled: active, run: closePayment },
  asn: { id: 'asn', label: 'NIP ASN', key: 'F11', enabled: active, run: openAsnEntry },
  methods: [method('cash', 'F5'), method('qris', 'F6'), method('debit', 'F7')],
  exact: {
    id: 'exact',
    label: 'Uang pas',
    key: 'F1',
    enabled: unpaid,
    run: (context) => context.quickCash(rupiah(Math.max(0, context.due))),
  },
  quick: QUICK_CASH.map((amount, i) => quick(amount, `F${i + 2}`)),
  finish: {
    id: 'finish',
    label: 'Selesai & cetak struk',
    key: 'F10',
    enabled: (context) => active(context) && context.due <= 0,
    run: () => void finishSale(),
  },
} satisfies Record<string, PaymentCommand | PaymentCommand[]>;

export const PAYMENT_COMMAND_LIST: readonly PaymentCommand[] = Object.values(PAYMENT_COMMANDS).flat();
