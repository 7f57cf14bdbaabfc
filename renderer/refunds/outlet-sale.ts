/**
 * A sale of another till of this outlet, for a refund here: asked of the provincial server
 * (GET /v1/sales/{key}, through the bridge), once the till that sold it has synced. Its refunds
 * are the server's and this terminal's own not synced yet.
 */
import { refundStatus } from '../../domain/checkout/refund';
import { saleLookupSchema } from '../../sync/protocol/sale-lookup';
import { getBridge } from '../bridge/bridge';
import type { PosDatabase } from '../db/database';
import type { Outcome } from '../shifts/shift-commands';
import type { RefundSubject } from './refund-commands';

export async function findOutletSale(db: PosDatabase, code: string): Promise<Outcome<RefundSubject>> {
  const key = code.trim();
  const result = await getBridge().invoke('sync-sale', key);
  if (!result.ok) return { ok: false, message: result.error.message };
  const answer = result.value;
  if (answer.kind === 'unreachable') {
    return answer.reason === 'not-enrolled'
      ? { ok: false, message: `Struk ${key} tidak ada di terminal ini. Di mode latihan hanya penjualan terminal ini yang bisa direfund.` }
      : { ok: false, message: `Struk ${key} bukan dari terminal ini, dan server provinsi tidak bisa dihubungi (${answer.message}). Refund penjualan terminal lain perlu koneksi: coba lagi saat online.` };
  }
  if (answer.status === 404) return { ok: false, message: `Struk ${key} tidak ditemukan di terminal ini maupun di server untuk outlet ini. Penjualan terminal lain bisa direfund setelah terminal itu sinkron.` };
  const found = saleLookupSchema.safeParse(answer.body);
  if (answer.status !== 200 || !found.success) return { ok: false, message: `Server provinsi tidak memberi data struk ${key} (status ${answer.status}). Coba lagi nanti.` };
  const { sale, refunds } = found.data;
  const local = await db.refunds.where('originalSaleId').equals(sale.id).toArray();
  const earlier = [...refunds, ...local.filter((r) => !refunds.some((s) => s.id === r.id))];
  if (refundStatus(sale, earlier) === 'full') return { ok: false, message: `Struk ${sale.receiptNo} sudah direfund penuh: tidak ada lagi yang bisa dikembalikan.` };
  return { ok: true, value: { sale, earlier } };
}
