/**
 * The rules a stock document must keep, as the terminal checks them before saving and the province
 * before counting it: each failure a Problem with a message in Bahasa Indonesia.
 */
import { problem, ok, type Problem, type Result } from '../result';
import type { BusinessDate } from '../wita';
import { checkQuantity } from './quantity';

export interface ReceivingLineDraft {
  name: string;
  quantity: number;
  /** Rupiah per unit, or per kilogram for weighed goods. */
  unitCost: number;
  expiry: BusinessDate | null;
  /** The product says it is food that expires: an expiry date is then required. */
  perishable: boolean;
}

export interface ReceivingDraft {
  supplier: string;
  businessDate: BusinessDate;
  lines: readonly ReceivingLineDraft[];
}

/** A receiving names its supplier (UMKM), whole quantities, costs that are not negative and expiries not past. */
export function checkReceiving(receiving: ReceivingDraft): Result<ReceivingDraft> {
  if (receiving.supplier.trim() === '') return problem('missing-supplier', 'Pemasok (UMKM) harus diisi.');
  if (receiving.lines.length === 0) return problem('empty-document', 'Penerimaan belum berisi barang.');
  for (const line of receiving.lines) {
    const found = receivingLineProblem(line, receiving.businessDate);
    if (found) return { ok: false, error: found };
  }
  return ok(receiving);
}

function receivingLineProblem(line: ReceivingLineDraft, today: BusinessDate): Problem | null {
  const quantity = checkQuantity(line.quantity);
  if (!quantity.ok) return ofLine(line.name, quantity.error);
  if (!Number.isSafeInteger(line.unitCost) || line.unitCost < 0)
    return ofLine(line.name, { code: 'invalid-cost', message: 'harga beli harus Rupiah bulat, tidak negatif.' });
  if (line.expiry === null && line.perishable)
    return ofLine(line.name, { code: 'missing-expiry', message: 'tanggal kedaluwarsa wajib diisi.' });
  if (line.expiry !== null && line.expiry < today)
    return ofLine(line.name, { code: 'expired-on-receipt', message: 'tanggal kedaluwarsa sudah lewat.' });
  return null;
}

export interface TransferDraft {
  fromOutletId: string;
  toOutletId: string;
  lines: readonly { name: string; quantity: number }[];
}

/** A transfer (mutasi) goes to another outlet, with whole quantities above zero. */
export function checkTransfer(transfer: TransferDraft): Result<TransferDraft> {
  if (transfer.toOutletId === transfer.fromOutletId)
    return problem('transfer-to-self', 'Mutasi tidak bisa dikirim ke outlet pengirim sendiri.');
  if (transfer.lines.length === 0) return problem('empty-document', 'Mutasi belum berisi barang.');
  for (const line of transfer.lines) {
    const quantity = checkQuantity(line.quantity);
    if (!quantity.ok) return { ok: false, error: ofLine(line.name, quantity.error) };
  }
  return ok(transfer);
}

/** A line's problem, named by the line's product so the person sees which one. */
export function ofLine(name: string, found: Problem): Problem {
  return { code: found.code, message: `${name}: ${found.message}` };
}
