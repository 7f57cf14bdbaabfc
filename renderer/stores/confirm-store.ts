/**
 * A yes/no question to the cashier in the app's own dialog (large buttons for touch, Enter and
 * Esc from the keyboard), instead of the browser's confirm(), which a kiosk window may hide.
 */
import { create } from 'zustand';

export interface Question {
  title: string;
  text: string;
  /** The button that goes ahead, in words of the act ("Ya, batalkan transaksi"). */
  yes: string;
  no: string;
}

interface Pending extends Question {
  answer(yes: boolean): void;
}

export const useConfirmStore = create<{ pending: Pending | null }>(() => ({ pending: null }));

/** Resolves true when the cashier answers yes; a new question answers an open one no. */
export function confirmWithCashier(question: Question): Promise<boolean> {
  return new Promise((answer) => {
    useConfirmStore.getState().pending?.answer(false);
    useConfirmStore.setState({ pending: { ...question, answer } });
  });
}

export function answerQuestion(yes: boolean): void {
  const { pending } = useConfirmStore.getState();
  useConfirmStore.setState({ pending: null });
  pending?.answer(yes);
}
