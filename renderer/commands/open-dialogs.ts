/**
 * Which dialogs are open over the register, as state the commands read for "when enabled"
 * (instead of a chain of `!paying && !completed && …` flags). Most dialogs open from their own
 * store (payment, ASN, approval, …); the register's own two (discount, held carts) open here.
 */
import { create } from 'zustand';
import { useAsnEntryStore } from '../stores/asn-store';
import { useApprovalStore } from '../stores/approval-store';
import { useCartStore } from '../stores/cart-store';
import { useConfirmStore } from '../stores/confirm-store';
import { usePaymentStore } from '../stores/payment-store';

/** In the order they stack: a later one opens over an earlier one. */
export type DialogId = 'held' | 'discount' | 'payment' | 'receipt' | 'weight' | 'asn' | 'approval' | 'confirm';

type RegisterDialog = Extract<DialogId, 'held' | 'discount'>;

const useRegisterDialogStore = create<{ open: RegisterDialog | null }>(() => ({ open: null }));

export function openRegisterDialog(dialog: RegisterDialog): void {
  useRegisterDialogStore.setState({ open: dialog });
}

export function closeRegisterDialog(): void {
  useRegisterDialogStore.setState({ open: null });
}

export function useRegisterDialog(): RegisterDialog | null {
  return useRegisterDialogStore((s) => s.open);
}

/** The open dialogs, bottom first. */
export function useOpenDialogs(): readonly DialogId[] {
  const own = useRegisterDialog();
  const paying = usePaymentStore((s) => s.open);
  const completed = usePaymentStore((s) => s.completed !== null);
  const weighing = useCartStore((s) => s.weighing !== null);
  const identifying = useAsnEntryStore((s) => s.open);
  const approving = useApprovalStore((s) => s.pending !== null);
  const confirming = useConfirmStore((s) => s.pending !== null);
  const open: Record<DialogId, boolean> = {
    held: own === 'held',
    discount: own === 'discount',
    payment: paying,
    receipt: completed,
    weight: weighing,
    asn: identifying,
    approval: approving,
    confirm: confirming,
  };
  return (Object.keys(open) as DialogId[]).filter((id) => open[id]);
}

/** What every command's "when enabled" can read: the open dialogs, bottom first. */
export interface DialogContext {
  dialogs: readonly DialogId[];
}

/** No dialog is open over the register. */
export function noDialog(dialogs: readonly DialogId[]): boolean {
  return dialogs.length === 0;
}

/** This dialog is open and nothing is open over it. */
export function onTop(dialogs: readonly DialogId[], dialog: DialogId): boolean {
  return dialogs.at(-1) === dialog;
}
