/** Stock documents as a terminal's outbox would push them, for server tests and benchmarks. */
import { v7 as uuidv7 } from 'uuid';
import { rupiah, sum } from '#domain/money';
import { toOutletId, toTerminalId } from '#domain/outlet/terminal';
import { stockValue } from '#domain/stock/quantity';
import { toBusinessDate, businessDate } from '#domain/wita';
import type { SyncEventOf } from '#sync/protocol/events';
import type { ReceivingLine } from '#sync/protocol/stock';
import { syncEvent } from './sync-fixtures';

export const MANAGER = { id: 'mgr-1', name: 'Yohana' };

export interface ReceivingLineInput {
  productId: string;
  quantity: number;
  unitCost?: number;
  expiry?: string | null;
}

/** A sound receiving of catalog products sold by the unit, at `at`. */
export function receivingEvent(
  terminal: { id: string; outletId: string },
  seq: number,
  lines: readonly ReceivingLineInput[],
  at: string,
  id = uuidv7(),
): SyncEventOf<'stock.received'> {
  const received: ReceivingLine[] = lines.map((l, i) => ({
    lineNo: i + 1,
    productId: l.productId,
    name: `Produk ${l.productId}`,
    quantity: l.quantity,
    unitCost: rupiah(l.unitCost ?? 10_000),
    expiry: l.expiry ? toBusinessDate(l.expiry) : null,
    newProduct: null,
  }));
  return syncEvent(
    'stock.received',
    seq,
    {
      id,
      outletId: toOutletId(terminal.outletId),
      terminalId: toTerminalId(terminal.id),
      training: false,
      receivedAt: at,
      businessDate: businessDate(at),
      receivedBy: MANAGER,
      supplier: 'Koperasi Kopi Ngada',
      deliveryNote: 'SJ-0042',
      lines: received,
      total: sum(received.map((l) => stockValue(l.quantity, l.unitCost, 'unit'))),
    },
    at,
  );
}

/** A write-off of `lines` ([productId, quantity]) approved by the manager. */
export function writeOffEvent(
  terminal: { id: string; outletId: string },
  seq: number,
  lines: readonly [productId: string, quantity: number][],
  at: string,
): SyncEventOf<'stock.written-off'> {
  return syncEvent(
    'stock.written-off',
    seq,
    {
      id: uuidv7(),
      outletId: toOutletId(terminal.outletId),
      terminalId: toTerminalId(terminal.id),
      training: false,
      writtenOffAt: at,
      businessDate: businessDate(at),
      approvedBy: MANAGER,
      reason: 'rusak',
      lines: lines.map(([productId, quantity], i) => ({
        lineNo: i + 1,
        productId,
        name: `Produk ${productId}`,
        quantity,
        expiry: null,
      })),
    },
    at,
  );
}

/** An approved stock-take of `lines` ([productId, expected, counted]). */
export function stockTakeEvent(
  terminal: { id: string; outletId: string },
  seq: number,
  lines: readonly [productId: string, expected: number, counted: number][],
  at: string,
  id = uuidv7(),
): SyncEventOf<'stock.counted'> {
  return syncEvent(
    'stock.counted',
    seq,
    {
      id,
      outletId: toOutletId(terminal.outletId),
      terminalId: toTerminalId(terminal.id),
      training: false,
      startedAt: at,
      approvedAt: at,
      businessDate: businessDate(at),
      approvedBy: MANAGER,
      category: null,
      lines: lines.map(([productId, expected, counted]) => ({
        productId,
        name: `Produk ${productId}`,
        expected,
        counted,
        unitValue: rupiah(10_000),
      })),
    },
    at,
  );
}

/** A transfer of `lines` ([productId, quantity]) sent from the terminal's outlet to `destination`. */
export function transferSentEvent(
  terminal: { id: string; outletId: string },
  seq: number,
  destination: string,
  lines: readonly [productId: string, quantity: number][],
  at: string,
  id = uuidv7(),
): SyncEventOf<'stock.transfer-sent'> {
  return syncEvent(
    'stock.transfer-sent',
    seq,
    {
      id,
      outletId: toOutletId(terminal.outletId),
      terminalId: toTerminalId(terminal.id),
      training: false,
      toOutletId: toOutletId(destination),
      sentAt: at,
      businessDate: businessDate(at),
      sentBy: MANAGER,
      lines: lines.map(([productId, quantity], i) => ({
        lineNo: i + 1,
        productId,
        name: `Produk ${productId}`,
        quantity,
      })),
    },
    at,
  );
}
