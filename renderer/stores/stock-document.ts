/** What the stock screens' stores (receiving, transfer) share when a manager saves a document. */
import { showError } from './notice-store';
import { currentUser } from './session-store';

/** Text typed in a number field: digits only; empty stays NaN, for the check's message. */
export function typedNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed.replace(',', '.'));
}

/** Stock documents are the manager's: anyone else is told so. */
export function managerOnly(what: string): boolean {
  if (currentUser().role === 'manager') return true;
  showError(`${what} hanya boleh dicatat oleh manajer.`);
  return false;
}

/**
 * Runs a save with the store's `saving` flag up; an error thrown (the database, the disk) is shown
 * as "`what` tidak tersimpan", and what was typed stays. True when saved.
 */
export async function savingDocument(
  what: string,
  setSaving: (saving: boolean) => void,
  save: () => Promise<boolean>,
): Promise<boolean> {
  setSaving(true);
  try {
    return await save();
  } catch (error) {
    showError(`${what} tidak tersimpan: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  } finally {
    setSaving(false);
  }
}
