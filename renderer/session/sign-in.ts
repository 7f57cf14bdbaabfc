/**
 * Signing in and out: the lock screen asks for a name and a PIN (checked offline against the staff
 * table), the screen locks after idle time or on request, and the cart waits untouched behind the lock.
 */
import { recordAudit, auditEntry } from '../audit/audit-log';
import { checkPin, staffRef } from '../staff/pin-check';
import { cancelApproval } from '../stores/approval-store';
import { useSessionStore } from '../stores/session-store';
import { loadShift, useShiftStore } from '../stores/shift-store';
import { database, showScreen, useTerminalStore } from '../stores/terminal-store';
import { startIdleTimer, type IdleTimer } from './idle-timer';

/** Five minutes away from the counter and the next person must sign in. */
const IDLE_LOCK_MS = 5 * 60_000;

let idle: IdleTimer | null = null;

/** Checks the PIN; on success the person is signed in. Returns the refusal in words, or null. */
export async function signIn(staffId: string, pin: string): Promise<string | null> {
  const identity = useTerminalStore.getState().identity;
  if (!identity) return 'Terminal belum siap.';
  const result = await checkPin(database(), identity, staffId, pin, 'login', new Date());
  if (!result.ok) return result.error.message;
  await loadShift();
  useSessionStore.setState({ user: { ...staffRef(result.value), role: result.value.role } });
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
