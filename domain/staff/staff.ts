/** Cashiers (kasir) and managers as documents name them and as the approval rule sees them. */
export type StaffRole = 'kasir' | 'manager';

/** Who did or approved something, copied onto the document so it reads the same forever. */
export interface StaffRef {
  id: string;
  name: string;
}

export const STAFF_ROLES: readonly StaffRole[] = ['kasir', 'manager'];
