/**
 * Who is at the terminal. Nothing happens without a signed-in cashier or manager: the lock screen
 * asks for a name and a PIN (checked offline against the staff table), the screen locks after idle
 * time or on request, and the cart waits untouched behind the lock.
 */
import { create } from 'zustand';
import type { StaffRole, StaffRef } from '../../domain/staff/staff';
import { recordAudit, auditEntry } from '../audit/audit-log';
import { startIdleTimer, type IdleTimer } from '../session/idle-timer';
import { checkPin, staffRef } from '../staff/pin-check';
import { cancelApproval } from './approval-store';
import { loadShift, useShiftStore } from './shift-store';
import { database, showScreen, useTerminalStore } from './terminal-store';

/** Five minutes away from the counter and the next person must sign in. */
export const IDLE_LOCK_MS = 5 * 60_000;

export interface SessionUser extends StaffRef {
  role: StaffRole;
}

interface SessionState {
  user: SessionUser | null;
}

export const useSessionStore = create<SessionState>(() => ({ user: null }));

let idle: IdleTimer | null = null;

/** Checks the PIN; on success the person is signed in. Returns the refusal in words, or null. */
export async function signIn(staffId: string, pin: string): Promise<string | null> {
  const identity = useTerminalStore.getState().identity;
  if (!identity) return 'Terminal belum siap.';
  const result = await checkPin(database(), identity, staffId, pin, 'login', new Date());
  if (!result.ok) return result.message;
  await loadShift();
  useSessionStore.setState({ user: { ...staffRef(result.staff), role: result.staff.role } });
  // Straight to selling, or to opening a shift when none is open.
  showScreen(useShiftStore.getState().shift ? 'register' : 'shift');
  idle?.stop();
  idle = startIdleTimer(window, IDLE_LOCK_MS, () => void lockTerminal(true));
  return null;
}

/** Locks the screen (Kunci, or after idle time); the next person signs in on the lock screen. */
export async function lockTerminal(idleLock = false): Promise<void> {
  const { user } = useSessionStore.getState();
  const identity = useTerminalStore.getState().identity;
  idle?.stop();
  idle = null;
  if (!user || !identity) return;
  cancelApproval();
  useSessionStore.setState({ user: null });
  await recordAudit(database(), auditEntry(identity, new Date(), staffRef(user), { kind: 'lock', idle: idleLock }));
}

/** The signed-in person; the lock screen keeps every other screen from running without one. */
export function currentUser(): SessionUser {
  const { user } = useSessionStore.getState();
  if (!user) throw new Error('Belum masuk.');
  return user;
}
