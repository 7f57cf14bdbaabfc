/** What the stock handlers share: the products they look up before judging documents, and the document's row. */
import type { SoldBy } from '#domain/catalog/product';
import type { Queryable } from '../db/database';
import type { Insertable } from '../db/insert-rows';
import { documentColumns } from './documents';

type OwnColumns = Pick<
  Insertable<'stock_documents'>,
  'supplier' | 'delivery_note' | 'total' | 'write_off_reason' | 'category' | 'purchase_order_id'
>;

/** A stock document's row: where, when and by whom it was made, and its kind's own columns (null where it has none). */
export function stockDocumentRow(
  eventId: string,
  kind: string,
  document: { id: string; outletId: string; terminalId: string; businessDate: string },
  staff: { id: string; name: string },
  own: Partial<OwnColumns> = {},
): Insertable<'stock_documents'> {
  return {
    ...documentColumns(eventId, document),
    kind,
    business_date: document.businessDate,
    staff_id: staff.id,
    staff_name: staff.name,
    supplier: null,
    delivery_note: null,
    total: null,
    write_off_reason: null,
    category: null,
    purchase_order_id: null,
    ...own,
  };
}

/** Products the catalog has, or an outlet received as new and the province has yet to take in. */
export async function knownProducts(
  tx: Queryable,
  ids: readonly string[],
): Promise<Map<string, { soldBy: SoldBy; perishable: boolean }>> {
  const { rows } = await tx.query<{ id: string; sold_by: SoldBy; perishable: boolean }>(
    `SELECT p.id, p.sold_by, p.perishable FROM unnest($1::text[]) AS k (id) JOIN products p USING (id)
     UNION ALL
     SELECT p.id, p.sold_by, false FROM unnest($1::text[]) AS k (id) JOIN proposed_products p USING (id)`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, { soldBy: r.sold_by, perishable: r.perishable }]));
}

/** The reason for a line naming a product the province has never heard of. */
export function unknownProductReason(lineNo: number, productId: string): string {
  return `line ${lineNo}: product ${productId} is neither in the province catalog nor received as new`;
}

/** The reason for a document whose id was recorded before: a receiving or stock-take booked twice. */
export function duplicateReason(id: string): string {
  return `stock document ${id} was already recorded by another event`;
}
