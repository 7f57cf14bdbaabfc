/** The one message line of the register: what just happened, in words a cashier reads at a glance. */
import { create } from 'zustand';
import { playErrorTone } from '../sound/beep';

export type NoticeKind = 'error' | 'info' | 'success';

export interface Notice {
  kind: NoticeKind;
  text: string;
  /** Increments with each notice so the same text shown twice still flashes. */
  serial: number;
}

export const useNoticeStore = create<{ notice: Notice | null }>(() => ({ notice: null }));

let serial = 0;

export function showError(text: string): void {
  playErrorTone();
  useNoticeStore.setState({ notice: { kind: 'error', text, serial: ++serial } });
}

export function showInfo(text: string, kind: Exclude<NoticeKind, 'error'> = 'info'): void {
  useNoticeStore.setState({ notice: { kind, text, serial: ++serial } });
}

export function clearNotice(): void {
  useNoticeStore.setState({ notice: null });
}
