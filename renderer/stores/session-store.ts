/**
 * Who is at the terminal (renderer/session/sign-in.ts signs people in and out). Nothing happens
 * without a signed-in cashier or manager.
 */
import { create } from 'zustand';
import type { StaffRole, StaffRef } from '#domain/staff/staff';

export interface SessionUser extends StaffRef {
  role: StaffRole;
}

interface SessionState {
  user: SessionUser | null;
}

export const useSessionStore = create<SessionState>(() => ({ user: null }));

/** The signed-in person; the lock screen keeps every other screen from running without one. */
export function currentUser(): SessionUser {
  const { user } = useSessionStore.getState();
  if (!user) throw new Error('Belum masuk.');
  return user;
}
