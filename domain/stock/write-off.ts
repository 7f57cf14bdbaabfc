/**
 * Write-offs (stok terbuang): goods taken off the books with a reason — damaged, expired, lost —
 * and a manager's approval. Expired batches are offered for write-off; they leave first anyway,
 * since goods leave earliest expiry first (./fefo.ts).
 */
import { problem, ok, type Result } from '../result';
import type { BusinessDate } from '../wita';
import { checkQuantity } from './quantity';
import { ofLine } from './stock-checks';
import type { WriteOffReason } from './stock-reason';
import { isExpired } from './stock-status';

export const WRITE_OFF_LABEL: Record<WriteOffReason, string> = {
  rusak: 'Rusak',
  kedaluwarsa: 'Kedaluwarsa',
  hilang: 'Hilang',
};

export interface WriteOffDraft {
  reason: WriteOffReason | null;
  lines: readonly { name: string; quantity: number }[];
}

/** A write-off names its reason and has whole quantities above zero. */
export function checkWriteOff(draft: WriteOffDraft): Result<WriteOffDraft & { reason: WriteOffReason }> {
  const { reason } = draft;
  if (reason === null) return problem('missing-reason', 'Pilih alasan stok terbuang: rusak, kedaluwarsa atau hilang.');
  if (draft.lines.length === 0) return problem('empty-document', 'Stok terbuang belum berisi barang.');
  for (const line of draft.lines) {
    const quantity = checkQuantity(line.quantity);
    if (!quantity.ok) return { ok: false, error: ofLine(line.name, quantity.error) };
  }
  return ok({ ...draft, reason });
}

/** The batches of a product past their expiry date on `today`, with something left: what to write off. */
export function expiredBatches<B extends { expiry: string | null; remaining: number }>(
  batches: readonly B[],
  today: BusinessDate,
): B[] {
  return batches.filter((b) => b.remaining > 0 && isExpired(b.expiry as BusinessDate | null, today));
}
