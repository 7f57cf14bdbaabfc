/** What the stock handlers look up before judging documents: the catalog's products, and document ids already taken. */
import type { SoldBy } from '#domain/catalog/product';
import type { Queryable } from '../db/database';

export async function knownProducts(
  tx: Queryable,
  ids: readonly string[],
): Promise<Map<string, { soldBy: SoldBy; perishable: boolean }>> {
  const { rows } = await tx.query<{ id: string; sold_by: SoldBy; perishable: boolean }>(
    'SELECT p.id, p.sold_by, p.perishable FROM unnest($1::text[]) AS k (id) JOIN products p USING (id)',
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, { soldBy: r.sold_by, perishable: r.perishable }]));
}

/** Ids of stock documents (receiving, write-off, stock-take, transfer received) recorded before. */
export async function recordedDocuments(tx: Queryable, ids: readonly string[]): Promise<Set<string>> {
  const { rows } = await tx.query<{ id: string }>(
    'SELECT d.id::text FROM unnest($1::uuid[]) AS k (id) JOIN stock_documents d USING (id)',
    [ids],
  );
  return new Set(rows.map((r) => r.id));
}
