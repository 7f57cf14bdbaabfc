/**
 * Sales as the outlet's tills refunded them, asked of the provincial server (GET /v1/sales/{key},
 * through the bridge): a sale of another till of this outlet, once the till that sold it has
 * synced, for a refund here; a sale of this terminal that retention removed
 * (renderer/storage/retention.ts), for a refund or a reprint; and the refunds other tills made of a
 * sale of this terminal. Refunds are the server's and this terminal's own not synced yet, so a
 * sale refunded before it left the terminal is never refunded again.
 */
import type { Refund } from '#domain/checkout/refund';
import { refundStatus } from '#domain/checkout/refund';
import type { Sale } from '#domain/checkout/sale';
import { saleLookupSchema, type SaleLookup } from '#sync/protocol/sale-lookup';
import { problem, type Result } from '#domain/result';
import { getBridge } from '../bridge/bridge';
import type { PosDatabase } from '../db/database';
import { isReceiptQr, type RefundSubject } from './refund-commands';

export async function findOutletSale(db: PosDatabase, code: string): Promise<Result<RefundSubject>> {
  const key = code.trim();
  const result = await getBridge().invoke('sync-sale', key);
  if (!result.ok) return result;
  const answer = result.value;
  if (answer.kind === 'unreachable') {
    if (answer.reason === 'not-enrolled')
      return problem(
        'not-found',
        `Struk ${key} tidak ada di terminal ini. Di mode latihan hanya penjualan terminal ini yang bisa direfund.`,
      );
    return problem('server-unreachable', await unreachableText(db, key, answer.message));
  }
  if (answer.status === 404)
    return problem(
      'not-found',
      `Struk ${key} tidak ditemukan di terminal ini maupun di server untuk outlet ini. Penjualan terminal lain bisa direfund setelah terminal itu sinkron.`,
    );
  const found = saleLookupSchema.safeParse(answer.body);
  if (answer.status !== 200 || !found.success)
    return problem(
      'server-refused',
      `Server provinsi tidak memberi data struk ${key} (status ${answer.status}). Coba lagi nanti.`,
    );
  return subjectOf(
    found.data.sale,
    found.data.refunds,
    await db.refunds.where('originalSaleId').equals(found.data.sale.id).toArray(),
  );
}

/**
 * A sale of this terminal with the refunds other tills of the outlet made of it, so that what was
 * refunded elsewhere is not refunded again here. The server not knowing the sale yet, or not
 * answering (offline, mode latihan), leaves this terminal's own refunds: the refund goes ahead.
 */
export async function withOutletRefunds(subject: RefundSubject): Promise<Result<RefundSubject>> {
  const result = await getBridge().invoke('sync-sale', subject.sale.id);
  const answer =
    result.ok && result.value.kind === 'answer' && result.value.status === 200
      ? saleLookupSchema.safeParse(result.value.body)
      : null;
  if (!answer?.success) return { ok: true, value: subject };
  return subjectOf(subject.sale, answer.data.refunds, subject.earlier);
}

/** The server's refunds with this terminal's own not synced yet; none left to refund is refused. */
function subjectOf(sale: Sale, synced: SaleLookup['refunds'], local: readonly Refund[]): Result<RefundSubject> {
  const earlier = [...synced, ...local.filter((r) => !synced.some((s) => s.id === r.id))];
  if (refundStatus(sale, earlier) === 'full')
    return problem('refunded', `Struk ${sale.receiptNo} sudah direfund penuh: tidak ada lagi yang bisa dikembalikan.`);
  return { ok: true, value: { sale, earlier } };
}

/** Why a receipt not on this terminal cannot be had offline: this terminal's old one (removed by retention), another till's, or either (a QR's id). */
async function unreachableText(db: PosDatabase, key: string, reason: string): Promise<string> {
  const identity = (await db.settings.get('terminal'))?.value;
  const own =
    identity !== undefined && key.toUpperCase().startsWith(`${identity.outletCode}-${identity.terminalCode}-`);
  if (own)
    return `Struk ${key} sudah lama dan tidak disimpan lagi di terminal ini (datanya ada di server provinsi), tetapi server provinsi tidak bisa dihubungi (${reason}). Refund atau cetak ulang struk lama perlu koneksi: coba lagi saat online.`;
  if (!isReceiptQr(key))
    return `Struk ${key} bukan dari terminal ini, dan server provinsi tidak bisa dihubungi (${reason}). Refund penjualan terminal lain perlu koneksi: coba lagi saat online.`;
  return `Struk ini tidak ada di terminal ini (penjualan terminal lain, atau penjualan lama yang sudah dipindahkan ke server provinsi), dan server provinsi tidak bisa dihubungi (${reason}). Refund atau cetak ulang struk itu perlu koneksi: coba lagi saat online.`;
}
