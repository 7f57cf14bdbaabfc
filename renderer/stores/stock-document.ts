/** What the stock screens' stores (receiving, transfer) share when a manager saves a document. */
import type { Result } from '#domain/result';
import { showError, showProblem } from './notice-store';
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
 * Runs a save with the store's `saving` flag up: a refusal's message is shown, and an error thrown
 * (the database, the disk) as "`what` tidak tersimpan"; what was typed stays either way. `saved`
 * takes what was recorded. True when saved.
 */
export async function savingDocument<T>(
  what: string,
  setSaving: (saving: boolean) => void,
  save: () => Promise<Result<T>>,
  saved: (value: T) => void | Promise<void>,
): Promise<boolean> {
  setSaving(true);
  try {
    const result = await save();
    if (!result.ok) {
      showProblem(result.error);
      return false;
    }
    await saved(result.value);
    return true;
  } catch (error) {
    showError(`${what} tidak tersimpan: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  } finally {
    setSaving(false);
  }
}
