/**
 * The mode latihan staff: a kasir and a manager whose PINs the lock screen shows while the terminal
 * is in training, so anyone can practise. They are never offered on an enrolled terminal.
 */
import type { StaffRole } from './staff';

export interface DemoStaff {
  id: string;
  name: string;
  role: StaffRole;
  pin: string;
}

export const DEMO_STAFF: readonly DemoStaff[] = [
  { id: 'demo-kasir-maria', name: 'Maria', role: 'kasir', pin: '1234' },
  { id: 'demo-manager-yohanes', name: 'Yohanes', role: 'manager', pin: '9999' },
];

export function isDemoStaff(id: string): boolean {
  return DEMO_STAFF.some((s) => s.id === id);
}
