/**
 * Texts a terminal writes (a refund's reason, the receipt number an approval names) must not name
 * another outlet's sale: receipt numbers found in them are looked up province-wide.
 */
import type { Queryable } from '#sync/server/db/database';

/** 'MBR-T01-20261221-0001' (domain/checkout/receipt-number.ts), and any other token a sale's receipt number could be. */
const TOKEN = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+/g;

export function receiptTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** For each text, why it names a sale of another outlet than `outletId`, or null. */
export async function foreignReceiptProblems(
  tx: Queryable,
  texts: readonly string[],
  outletId: string,
): Promise<(string | null)[]> {
  const tokens = texts.map(receiptTokens);
  const all = [...new Set(tokens.flat())];
  if (all.length === 0) return texts.map(() => null);
  const { rows } = await tx.query<{ receipt_no: string; outlet_id: string }>(
    'SELECT DISTINCT receipt_no, outlet_id FROM sales WHERE receipt_no = ANY ($1::text[]) AND outlet_id <> $2',
    [all, outletId],
  );
  const foreign = new Map(rows.map((r) => [r.receipt_no, r.outlet_id]));
  return tokens.map((found) => {
    const named = found.find((t) => foreign.has(t));
    return named === undefined ? null : `names receipt ${named}, a sale of outlet ${foreign.get(named)}`;
  });
}
