/**
 * How each pulled stream is written to its live table: upserted page by page, or replaced whole
 * by a switch-in. Each function runs inside the caller's transaction over `tablesOf(stream)`.
 */
import { missingCase } from '#domain/missing-case';
import type { Product } from '#domain/catalog/product';
import type { StreamName } from '#sync/protocol/messages';
import type { StreamItem, TransferInItem } from '#sync/protocol/streams';
import type { PosDatabase } from '../db/database';
import type { AsnTotalRow } from '../db/rows';
import { applyStaff } from '../staff/staff-table';
import { putRosterEntries, replaceRoster } from './asn-roster';

/** Items with the ack serial of the page that brought them. */
export interface PageOf<S extends StreamName> {
  items: StreamItem<S>[];
  ackSerial: number;
}

export function tablesOf(db: PosDatabase, stream: StreamName) {
  switch (stream) {
    case 'products':
      // The receivings name the products received here before the province had them.
      return [db.products, db.stockReceipts];
    case 'staff':
      return [db.staff];
    case 'asn-roster':
      return [db.asnRoster];
    case 'asn-totals':
      return [db.asnMonthTotals];
    case 'settings':
      return [db.serverSettings];
    case 'transfers-in':
      // What this outlet received already is never listed again, whatever the server says yet.
      return [db.incomingTransfers, db.transfersReceived];
    case 'purchase-orders':
      return [db.purchaseOrders];
    case 'outlet-stock':
      return [db.outletStock];
    default:
      return missingCase(stream);
  }
}

export async function writeStream<S extends StreamName>(
  db: PosDatabase,
  stream: S,
  pages: readonly PageOf<S>[],
  replace: boolean,
): Promise<void> {
  const items = <T extends StreamName>() => pages.flatMap((p) => p.items as StreamItem<T>[]);
  switch (stream) {
    case 'products': {
      if (replace)
        await db.products
          .where('id')
          .noneOf(await receivedNewProducts(db))
          .delete();
      await putProducts(db, items<'products'>());
      return;
    }
    case 'staff':
      // A whole download replaces mode latihan's demo staff too.
      if (replace) await db.staff.clear();
      await applyStaff(db, items<'staff'>());
      return;
    case 'asn-roster':
      await (replace ? replaceRoster(db, items<'asn-roster'>()) : putRosterEntries(db, items<'asn-roster'>()));
      return;
    case 'asn-totals':
      if (replace) await db.asnMonthTotals.clear();
      await db.asnMonthTotals.bulkPut(
        pages.flatMap((p) =>
          (p.items as StreamItem<'asn-totals'>[]).map((item): AsnTotalRow => ({ ...item, ackSerial: p.ackSerial })),
        ),
      );
      return;
    case 'settings':
      if (replace) await db.serverSettings.clear();
      await db.serverSettings.bulkPut(items<'settings'>());
      return;
    case 'transfers-in':
      if (replace) await db.incomingTransfers.clear();
      await putIncomingTransfers(db, items<'transfers-in'>());
      return;
    case 'purchase-orders': {
      // An order received in full leaves the list; the others are kept as the province now has them.
      if (replace) await db.purchaseOrders.clear();
      const orders = items<'purchase-orders'>();
      await db.purchaseOrders.bulkDelete(orders.filter((o) => o.status === 'received').map((o) => o.id));
      await db.purchaseOrders.bulkPut(orders.filter((o) => o.status !== 'received'));
      return;
    }
    case 'outlet-stock':
      if (replace) await db.outletStock.clear();
      await db.outletStock.bulkPut(items<'outlet-stock'>());
      return;
    default:
      return missingCase(stream);
  }
}

/** Transfers still to receive are kept; one received (here, or as the server now says) leaves the list. */
async function putIncomingTransfers(db: PosDatabase, transfers: readonly TransferInItem[]): Promise<void> {
  const receivedHere = new Set(
    (
      await db.transfersReceived
        .where('transferId')
        .anyOf(transfers.map((t) => t.id))
        .toArray()
    ).map((r) => r.transferId),
  );
  const open = transfers.filter((t) => !t.received && !receivedHere.has(t.id));
  await db.incomingTransfers.bulkDelete(transfers.filter((t) => !open.includes(t)).map((t) => t.id));
  await db.incomingTransfers.bulkPut(open.map(({ received: _, ...row }) => row));
}

/**
 * Products received at this outlet as new (renderer/stock/receive-goods.ts): sold here until the
 * province's catalog has them, so a whole download of the catalog must not take them off the shelf.
 */
async function receivedNewProducts(db: PosDatabase): Promise<string[]> {
  const ids: string[] = [];
  await db.stockReceipts.each((r) => ids.push(...r.lines.filter((l) => l.newProduct).map((l) => l.productId)));
  return ids;
}

/** Products with their codes freed from any older holder, so the unique indexes never refuse a page. */
async function putProducts(db: PosDatabase, products: Product[]): Promise<void> {
  const barcodes = products.flatMap((p) => (p.barcode ? [p.barcode] : []));
  const plus = products.flatMap((p) => (p.plu ? [p.plu] : []));
  const holders = [
    ...(await db.products.where('barcode').anyOf(barcodes).toArray()),
    ...(await db.products.where('plu').anyOf(plus).toArray()),
  ];
  const { incoming, released } = freeCodes(products, holders);
  await db.products.bulkPut(released);
  await db.products.bulkPut(incoming);
}

/**
 * Products whose barcode or PLU another product took on the server since: the code leaves the
 * old holder here too (its own new state follows in the stream). Among `incoming`, a code seen
 * twice stays with the first.
 */
export function freeCodes(
  incoming: readonly Product[],
  holders: readonly Product[],
): { incoming: Product[]; released: Product[] } {
  const taken = new Map<string, string>();
  const clean = incoming.map((p) => {
    const barcode = p.barcode && !taken.has(`b${p.barcode}`) ? p.barcode : null;
    const plu = p.plu && !taken.has(`p${p.plu}`) ? p.plu : null;
    if (barcode) taken.set(`b${barcode}`, p.id);
    if (plu) taken.set(`p${plu}`, p.id);
    return barcode === p.barcode && plu === p.plu ? p : { ...p, barcode, plu };
  });
  const ids = new Set(incoming.map((p) => p.id));
  const released = holders
    .filter((h) => !ids.has(h.id) && ((h.barcode && taken.has(`b${h.barcode}`)) || (h.plu && taken.has(`p${h.plu}`))))
    .map((h) => ({
      ...h,
      barcode: h.barcode && taken.has(`b${h.barcode}`) ? null : h.barcode,
      plu: h.plu && taken.has(`p${h.plu}`) ? null : h.plu,
    }));
  return { incoming: clean, released };
}
