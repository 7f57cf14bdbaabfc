/** Which table each pulled stream lives in, and the row an item becomes there. */
import { missingCase } from '../../domain/missing-case';
import type { Product } from '../../domain/product';
import type { StreamName } from '../../sync/protocol/messages';
import type { StreamItem } from '../../sync/protocol/streams';
import type { PosDatabase } from '../db/database';

export function liveTable(db: PosDatabase, stream: StreamName) {
  switch (stream) {
    case 'products':
      return db.products;
    case 'staff':
      return db.staff;
    case 'asn-roster':
      return db.asnRoster;
    case 'asn-totals':
      return db.asnTotals;
    case 'settings':
      return db.serverSettings;
    default:
      return missingCase(stream);
  }
}

/** The row of an item; ASN totals keep the serial that says which of this terminal's sales they include. */
export function liveRow(stream: StreamName, item: StreamItem<StreamName>, ackSerial: number): object {
  return stream === 'asn-totals' ? { ...item, ackSerial } : item;
}

/**
 * Products whose barcode or PLU another product took on the server since: the code leaves the
 * old holder here too (its own new state follows in the stream), so the table's unique indexes
 * never refuse a page. Among `incoming`, a code seen twice stays with the first.
 */
export function freeCodes(incoming: readonly Product[], holders: readonly Product[]): { incoming: Product[]; released: Product[] } {
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
    .map((h) => ({ ...h, barcode: h.barcode && taken.has(`b${h.barcode}`) ? null : h.barcode, plu: h.plu && taken.has(`p${h.plu}`) ? null : h.plu }));
  return { incoming: clean, released };
}
