/**
 * GET /v1/sales/{receiptNo or sale id}, terminal token: a sale of the caller's own outlet and its
 * refunds (the documents as their terminals sent them), for a refund at another till of the outlet.
 * 404 for a sale the province has not recorded or of another outlet: the caller learns nothing of
 * other outlets.
 */
import type { Refund } from '#domain/checkout/refund';
import type { Sale } from '#domain/checkout/sale';
import type { SaleLookup } from '#sync/protocol/sale-lookup';
import { payloadColumns, readPayload, type StoredPayload } from '../db/event-payload';
import { authenticate, type Route } from '../http/context';
import { HttpError } from '../http/http-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_RECEIPT_NO = 64;

export const saleLookup: Route = async (ctx) => {
  const terminal = await authenticate(ctx);
  const key = decodeURIComponent(ctx.params[0]!).trim();
  const byId = UUID.test(key);
  if (key === '' || key.length > MAX_RECEIPT_NO)
    throw new HttpError(404, 'not-found', `no sale ${key} at outlet ${terminal.outletId}`);
  const { rows } = await ctx.app.db.query<{ id: string } & StoredPayload<Sale>>(
    `SELECT s.id::text, ${payloadColumns('e')} FROM sales s JOIN events e ON e.id = s.event_id
     WHERE s.outlet_id = $1 AND ${byId ? 's.id = $2::uuid' : 'upper(s.receipt_no) = upper($2)'}`,
    [terminal.outletId, byId ? key.toLowerCase() : key],
  );
  // Receipt numbers (typed in any case) carry the outlet's and the terminal's codes; two sales with one number cannot be told apart.
  if (rows.length !== 1) throw new HttpError(404, 'not-found', `no sale ${key} at outlet ${terminal.outletId}`);
  const { rows: refunds } = await ctx.app.db.query<StoredPayload<Refund>>(
    `SELECT ${payloadColumns('e')} FROM refunds r JOIN events e ON e.id = r.event_id WHERE r.original_sale_id = $1::uuid ORDER BY r.id`,
    [rows[0]!.id],
  );
  const body: SaleLookup = { sale: readPayload(rows[0]!), refunds: refunds.map((r) => readPayload(r)) };
  return { status: 200, body };
};
