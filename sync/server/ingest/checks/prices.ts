/**
 * A line sells at the outlet's price in force (the outlet's own price where it has one, else the
 * province's), or at a price a manager approved at the counter (the line's `priceOverride`, by one
 * of the outlet's managers, or on an older terminal the same approval in its audit log:
 * ./audited-prices.ts), or at the price printed in an in-store price label. Prices come from
 * product_prices (migration 004), the history of every price change. A terminal sells at the
 * prices it last pulled, so any price in force during the week before the sale is taken: an
 * offline terminal, or one that has not pulled yet, is not a cheat.
 */
import { parseBarcode } from '#domain/catalog/barcode';
import type { Sale, SaleLine } from '#domain/checkout/sale';
import type { Queryable } from '#sync/server/db/database';
import { auditedPrices } from './audited-prices';

/** How long a terminal may sell at a price the province has since changed. */
export const CATALOG_LAG_MS = 7 * 86_400_000;

interface PriceChange {
  outlet_id: string;
  price: number | null;
  /** Milliseconds since the epoch; -Infinity for prices from before the history began. */
  from_ms: number;
}

/** Every reason of a price no one approved ends so: a late audit entry re-judges those sales. */
export const UNAPPROVED_PRICE = 'and no manager approved a change';

/** For sales in seq order, each with its event's seq: the reasons to quarantine each for its prices. */
export async function priceProblems(
  tx: Queryable,
  events: readonly { seq: number; sale: Sale }[],
  terminal: { id: string; outletId: string },
): Promise<string[][]> {
  const outletId = terminal.outletId;
  const sales = events.map((e) => e.sale);
  const productIds = [...new Set(sales.flatMap((s) => s.lines.map((l) => l.productId)))];
  const approvers = [
    ...new Set(sales.flatMap((s) => s.lines.flatMap((l) => (l.priceOverride ? [l.priceOverride.approvedBy.id] : [])))),
  ];
  const { rows: changes } = await tx.query<PriceChange & { product_id: string }>(
    `SELECT product_id, outlet_id, price, (extract(epoch FROM valid_from) * 1000)::float8 AS from_ms FROM product_prices WHERE product_id = ANY ($1::text[]) AND outlet_id IN ('', $2) ORDER BY valid_from`,
    [productIds, outletId],
  );
  const { rows: managers } = await tx.query<{ id: string }>(
    `SELECT id FROM staff WHERE outlet_id = $1 AND role = 'manager' AND id = ANY ($2::text[])`,
    [outletId, approvers],
  );
  const managerIds = new Set(managers.map((m) => m.id));
  const history = new Map<string, PriceChange[]>();
  for (const change of changes) {
    const list = history.get(change.product_id);
    if (list) list.push(change);
    else history.set(change.product_id, [change]);
  }
  // Each reason with its line where the terminal's audit log may still hold the line's approval.
  const unapproved = sales.map((sale) =>
    sale.lines.flatMap((line): { line: SaleLine | null; reason: string }[] => {
      const changesOf = history.get(line.productId);
      // A product the province does not know is quarantined for that already.
      if (changesOf === undefined || labelPrice(line) === line.unitPrice) return [];
      if (line.priceOverride) {
        const manager = line.priceOverride.approvedBy;
        return managerIds.has(manager.id)
          ? []
          : [
              {
                line: null,
                reason: `line ${line.lineNo}: the price change was approved by ${manager.id}, who is not a manager of outlet ${outletId}`,
              },
            ];
      }
      const completedAt = Date.parse(sale.completedAt);
      const taken = pricesInForce(changesOf, completedAt - CATALOG_LAG_MS, completedAt);
      if (taken.has(line.unitPrice)) return [];
      const current = [...pricesInForce(changesOf, completedAt, completedAt)][0];
      return [
        {
          line,
          reason: `line ${line.lineNo}: unit price ${line.unitPrice} is not the outlet's price in force (${current ?? 'none'}) ${UNAPPROVED_PRICE}`,
        },
      ];
    }),
  );
  // Only sales with such lines look further, in the audit log: the usual sale costs no query.
  const doubtful = events.flatMap((e, i) =>
    unapproved[i]!.some((u) => u.line !== null) ? [{ seq: e.seq, after: events[i - 1]?.seq ?? 0, index: i }] : [],
  );
  const audited = await auditedPrices(tx, terminal, doubtful);
  const approvedIn = new Map(doubtful.map((d, i) => [d.index, audited[i]!]));
  return unapproved.map((lines, i) =>
    lines
      .filter(
        ({ line }) =>
          line === null || !approvedIn.get(i)?.some((a) => a.lineNo === line.lineNo && a.price === line.unitPrice),
      )
      .map((l) => l.reason),
  );
}

/** The price of an in-store price label (prefix 22–24), or null. */
function labelPrice(line: SaleLine): number | null {
  if (line.barcode === null) return null;
  const parsed = parseBarcode(line.barcode);
  return parsed.ok && parsed.value.kind === 'price-embedded' ? parsed.value.price : null;
}

/** Every price the outlet sold the product at some moment between `from` and `to`. */
function pricesInForce(changes: readonly PriceChange[], from: number, to: number): Set<number> {
  const moments = [from, ...changes.map((c) => c.from_ms).filter((t) => t > from && t <= to)];
  const prices = new Set<number>();
  for (const moment of moments) {
    const price = priceAt(changes, moment);
    if (price !== null) prices.add(price);
  }
  return prices;
}

/**
 * The outlet's own price at that moment where it has one, else the province's; before the
 * product's first recorded price (a sale dated before its import), that first price.
 */
function priceAt(changes: readonly PriceChange[], moment: number): number | null {
  const latest = (outlet: boolean) => changes.findLast((c) => (c.outlet_id !== '') === outlet && c.from_ms <= moment);
  return latest(true)?.price ?? latest(false)?.price ?? changes.find((c) => c.outlet_id === '')?.price ?? null;
}
