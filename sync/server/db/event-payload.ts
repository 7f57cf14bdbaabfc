/**
 * Event payloads as stored in events.payload_z (migration 006): one format byte, then the payload's
 * JSON deflated (raw, 2 KB window) with a preset dictionary of the events' field names and common
 * values. A sale's JSON shrinks to about a fifth, where plain deflate manages two fifths: most of a
 * small document is its keys. Events stored before migration 006 keep their jsonb payload, so
 * readers select both columns (PAYLOAD_COLUMNS) and decode with readPayload.
 *
 * FORMAT_1_DICTIONARY is part of the stored data: never edit it. A better one is a new format
 * byte beside it.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const FORMAT_1 = 1;
const FORMAT_1_DICTIONARY = Buffer.from(
  '{"shift":{"closing":{"closedAt":"","closedBy":{"id":"","name":""},"counted":{"note-100000":0,"note-50000":0,"note-20000":0,"note-10000":0,' +
    '"note-5000":0,"note-2000":0,"note-1000":0,"coin-1000":0,"coin-500":0,"coin-200":0,"coin-100":0},"varianceThreshold":10000,"varianceReason":null,' +
    '"approvedBy":null}},"report":{"kind":"Z","firstReceiptNo":"","lastReceiptNo":"","varianceNeedsApproval":false,"saleCount":0,"grossSales":0,' +
    '"lineDiscounts":0,"saleDiscounts":0,"netSales":0,"salesByMethod":{"cash":0,"qris":0,"debit":0},"refundCount":0,"refunds":0,' +
    '"refundsByMethod":{"cash":0,"qris":0,"debit":0},"net":0,"payInCount":0,"payIns":0,"payOutCount":0,"payOuts":0,"openingFloat":0,' +
    '"expectedCash":0,"counted":0,"variance":0,"byCategory":[{"key":"","sales":0,"refunds":0,"net":0}],"bySupplier":[],"asnSaleCount":0,' +
    '"asnSales":0,"asnRefunds":0}}' +
    '{"kind":"pay-in","amount":0,"reason":"","at":"","openedAt":"","openingFloat":{},"closing":null}' +
    '{"originalSaleId":"","originalReceiptNo":"","approvedBy":{"id":"","name":""},"refundedAt":"","reason":"","lines":[{"lineNo":1,"productId":"",' +
    '"name":"","category":"","supplier":"","quantity":1,"amount":0}],"payments":[{"method":"cash","amount":0}],"asn":{"nip":"","month":""}}' +
    '{"id":"","receiptNo":"","outletId":"","terminalId":"","shiftId":"","cashier":{"id":"","name":""},"training":false,"completedAt":"T00:00:00.000Z",' +
    '"businessDate":"","lines":[{"lineNo":1,"productId":"","barcode":null,"name":"","supplier":"","category":"","unit":"pcs","quantity":1,' +
    '"weightGrams":null,"unitPrice":0,"discount":0,"total":0}],"subtotal":0,"discount":0,"total":0,"payments":[{"method":"cash","amount":0,' +
    '"tendered":0,"reference":null},{"method":"qris","amount":0,"tendered":0,"reference":""}],"change":0,"asn":null}',
);
// Level 1: a few bytes more than level 6 on a sale, at a third of the time; inflating does not care.
const FORMAT_1_OPTIONS = { dictionary: FORMAT_1_DICTIONARY, windowBits: 11, memLevel: 5, level: 1 };

/** Selects an event's payload in both its stored forms, for readPayload; `alias` names the events table. */
export const payloadColumns = (alias: string) => `${alias}.payload, ${alias}.payload_z`;

export interface StoredPayload<T> {
  payload: T | null;
  payload_z: Uint8Array | null;
}

export function compressPayload(payload: unknown): Buffer {
  const deflated = deflateRawSync(JSON.stringify(payload), FORMAT_1_OPTIONS);
  return Buffer.concat([Buffer.of(FORMAT_1), deflated]);
}

/** compressPayload's bytes as a bytea value in JSON (db/insert-rows.ts). */
export function payloadColumn(payload: unknown): `\\x${string}` {
  return `\\x${compressPayload(payload).toString('hex')}`;
}

export function readPayload<T>(row: StoredPayload<T>): T {
  if (row.payload_z === null) return row.payload!;
  const bytes = Buffer.from(row.payload_z.buffer, row.payload_z.byteOffset, row.payload_z.byteLength);
  if (bytes[0] !== FORMAT_1) throw new Error(`event payload in unknown format ${bytes[0]}`);
  return JSON.parse(inflateRawSync(bytes.subarray(1), FORMAT_1_OPTIONS).toString('utf8')) as T;
}
