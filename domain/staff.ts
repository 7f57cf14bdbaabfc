/** Shop staff: a kasir (cashier) sells and opens their own shift; a manager also approves and closes. */
export type StaffRole = 'kasir' | 'manager';
export const STAFF_ROLES: readonly StaffRole[] = ['kasir', 'manager'];

/** Staff log in with a PIN of 4 to 6 digits. */
export const PIN_PATTERN = /^\d{4,6}$/;
