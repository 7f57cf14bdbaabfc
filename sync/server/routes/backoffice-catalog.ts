/**
 * The Katalog screen: GET /v1/backoffice/products?q=TEXT finds products by name, barcode, PLU or
 * category (every role but bkd reads); POST /v1/backoffice/products/ID changes one (provinsi only:
 * the catalog is the province's). A change goes out like a catalog import's, through the products
 * stream's change log (streams/change-log.ts), so every terminal gets it on its next pull; the
 * price history the sale checks read follows by trigger (migration 004). Audited with the values
 * before and after.
 */
import { productEditSchema, type ManagedProduct } from '#sync/protocol/backoffice-manage';
import { recordAudit } from '../backoffice/audit';
import type { Queryable } from '../db/database';
import { requireSession } from '../http/backoffice-auth';
import { jsonBody, type Route } from '../http/context';
import { HttpError } from '../http/http-error';
import { writeTransaction } from '../streams/change-log';
import { SMALL_BODY } from './backoffice-session';

const PAGE = 100;

const COLUMNS = `id, barcode, plu, name, price, category, unit, sold_by AS "soldBy", perishable,
  minimum_stock AS "minimumStock", active, tax_status AS "taxStatus"`;

export const productsRoute: Route = async (ctx) => {
  await requireSession(ctx, { change: false, roles: ['provinsi', 'outlet'] });
  const q = (ctx.url.searchParams.get('q') ?? '').trim().slice(0, 100);
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const { rows } = await ctx.app.db.query<ManagedProduct>(
    `SELECT ${COLUMNS} FROM products
     WHERE $1 = '' OR name ILIKE $2 OR barcode = $1 OR plu = $1 OR category ILIKE $2
     ORDER BY name, id LIMIT ${PAGE + 1}`,
    [q, pattern],
  );
  return { status: 200, body: { products: rows.slice(0, PAGE), more: rows.length > PAGE } };
};

export const editProductRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: true, roles: ['provinsi'] });
  const edit = await jsonBody(ctx, productEditSchema, SMALL_BODY);
  const id = decodeURIComponent(ctx.params[0]!);
  const product = await writeTransaction(ctx.app.db, async (tx) => {
    const before = await productRow(tx, id, 'FOR UPDATE');
    if (!before) throw new HttpError(404, 'not-found', `no product ${id}`);
    // Saved unchanged: nothing for terminals to pull, nothing to audit.
    if (JSON.stringify(editable(before)) === JSON.stringify(editable({ ...before, ...edit }))) return before;
    await tx.query(
      `UPDATE products SET name = $2, price = $3, category = $4, minimum_stock = $5, perishable = $6, active = $7,
         tax_status = coalesce($8, tax_status), updated_at = now() WHERE id = $1`,
      [
        id,
        edit.name,
        edit.price,
        edit.category,
        edit.minimumStock,
        edit.perishable,
        edit.active,
        edit.taxStatus ?? null,
      ],
    );
    const after = (await productRow(tx, id, ''))!;
    tx.changed('products', null, [id]);
    await recordAudit(tx, {
      userName: user.name,
      action: 'product.edit',
      subject: `${id} ${after.name}`,
      before: editable(before),
      after: editable(after),
    });
    return after;
  });
  return { status: 200, body: product };
};

export async function productRow(
  db: Queryable,
  id: string,
  lock: 'FOR UPDATE' | '',
): Promise<ManagedProduct | undefined> {
  const { rows } = await db.query<ManagedProduct>(`SELECT ${COLUMNS} FROM products WHERE id = $1 ${lock}`, [id]);
  return rows[0];
}

/** What the screen changes, for the audit's before and after. */
function editable(p: ManagedProduct) {
  const { name, price, category, minimumStock, perishable, active, taxStatus } = p;
  return { name, price, category, minimumStock, perishable, active, taxStatus };
}
