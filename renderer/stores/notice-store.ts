/** The one message line of the register: what just happened, in words a cashier reads at a glance. */
import { create } from 'zustand';
import type { Problem } from '#domain/result';
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

/** The one way a failed Result reaches the cashier: its Problem's message on the notice line, with the error tone. */
export function showProblem(problem: Problem): void {
  showError(problem.message);
}

export function showInfo(text: string, kind: Exclude<NoticeKind, 'error'> = 'info'): void {
  useNoticeStore.setState({ notice: { kind, text, serial: ++serial } });
}

export function clearNotice(): void {
  useNoticeStore.setState({ notice: null });
}
