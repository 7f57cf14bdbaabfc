/** How the manager's sync screen names an event: a sale's or refund's receipt number and total, or its kind. */
import { missingCase } from '#domain/missing-case';
import { formatRupiah } from '#domain/money';
import type { SyncEvent } from '#sync/protocol/events';

export function describeEvent(event: SyncEvent): [what: string, total: string] {
  switch (event.type) {
    case 'sale.completed':
      return [event.payload.receiptNo, formatRupiah(event.payload.total)];
    case 'sale.refunded':
      return [`Refund ${event.payload.receiptNo}`, formatRupiah(event.payload.total)];
    case 'shift.opened':
      return ['Shift dibuka', ''];
    case 'shift.closed':
      return ['Shift ditutup', ''];
    case 'cash.moved':
      return ['Kas masuk/keluar', formatRupiah(event.payload.amount)];
    case 'audit.recorded':
      return ['Catatan audit', ''];
    case 'day.closed':
      return ['Tutup hari', ''];
    case 'stock.received':
      return ['Penerimaan barang', formatRupiah(event.payload.total)];
    case 'stock.written-off':
      return ['Stok terbuang', ''];
    case 'stock.counted':
      return ['Stok opname', ''];
    case 'stock.transfer-sent':
      return ['Mutasi keluar', ''];
    case 'stock.transfer-received':
      return ['Mutasi masuk', ''];
    default:
      return missingCase(event);
  }
}
