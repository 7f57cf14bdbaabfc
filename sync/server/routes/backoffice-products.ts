/**
 * The Katalog screen's product creation and per-outlet prices. POST /v1/backoffice/products adds
 * a product (provinsi), issuing its code when it has none: an in-store EAN-13 (prefix 20–21) from
 * the province-wide sequence of migration 018 for goods sold by the piece, the next free PLU for
 * goods sold by weight — so two outlets, or two users at once, never get the same code. GET/POST
 * /v1/backoffice/products/ID/prices[/OUTLET] reads and sets an outlet's own price (provinsi any
 * outlet, outlet its own), which the products stream delivers to that outlet's terminals only.
 */
import { inStoreArticleCode, type Gtin } from '#domain/catalog/barcode';
import type { CatalogRow } from '#domain/catalog/catalog-rows';
import { rupiah } from '#domain/money';
import { outletPriceSetSchema, productCreateSchema, type OutletPrices } from '#sync/protocol/backoffice-manage';
import { upsertProducts } from '#sync/admin/import-catalog';
import { recordAudit } from '../backoffice/audit';
import { outletInScope, refused, visibleOutlet } from '../backoffice/scope';
import type { Queryable } from '../db/database';
import { requireSession } from '../http/backoffice-auth';
import { jsonBody, type Route } from '../http/context';
import { HttpError } from '../http/http-error';
import { writeTransaction } from '../streams/change-log';
import { productRow } from './backoffice-catalog';
import { SMALL_BODY } from './backoffice-session';

/** PLUs are the four item digits of weight-embedded codes (domain/catalog/barcode.ts). */
const LAST_PLU = 9999;

export const createProductRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: true, roles: ['provinsi'] });
  const body = await jsonBody(ctx, productCreateSchema, SMALL_BODY);
  const product = await writeTransaction(ctx.app.db, async (tx) => {
    const weighed = body.soldBy === 'weight';
    const barcode = weighed || body.barcode !== null ? body.barcode : await issueArticleCode(tx);
    const plu = weighed ? await issuePlu(tx) : null;
    const key = barcode ? `barcode:${barcode}` : `plu:${plu}`;
    const { rows: taken } = await tx.query<{ name: string }>('SELECT name FROM products WHERE natural_key = $1', [key]);
    if (taken[0]) throw refused(`Barcode ${barcode} sudah dipakai produk ${taken[0].name}.`);
    const row: CatalogRow = { ...body, barcode, plu, price: rupiah(body.price), line: 0 };
    const problems: { line: number; reason: string }[] = [];
    await upsertProducts(tx, [{ row, key }], problems);
    if (problems[0]) throw refused(problems[0].reason);
    const { rows } = await tx.query<{ id: string }>('SELECT id FROM products WHERE natural_key = $1', [key]);
    const created = (await productRow(tx, rows[0]!.id, ''))!;
    await recordAudit(tx, {
      userName: user.name,
      action: 'product.add',
      subject: `${created.id} ${created.name}`,
      before: null,
      after: { ...created, supplier: body.supplier },
    });
    return created;
  });
  return { status: 201, body: product };
};

/** The next serial of the province's sequence whose code no product holds (an imported one may). */
async function issueArticleCode(tx: Queryable): Promise<Gtin> {
  for (;;) {
    const { rows } = await tx.query<{ serial: string }>("SELECT nextval('in_store_article_serial')::text AS serial");
    const code = inStoreArticleCode(Number(rows[0]!.serial));
    const { rows: held } = await tx.query('SELECT 1 FROM products WHERE barcode = $1', [code]);
    if (held.length === 0) return code;
  }
}

/** The PLU after the highest one taken, under a lock so two creations never take the same. */
async function issuePlu(tx: Queryable): Promise<string> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ' issue-plu'))");
  const { rows } = await tx.query<{ next: number }>(
    "SELECT coalesce(max(plu::int), 0) + 1 AS next FROM products WHERE plu ~ '^[0-9]{4}$'",
  );
  const next = rows[0]!.next;
  if (next > LAST_PLU) throw refused('PLU 0001–9999 sudah habis dipakai; hubungi pengelola katalog.');
  return String(next).padStart(4, '0');
}

export const outletPricesRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: false, roles: ['provinsi', 'outlet'] });
  const productId = decodeURIComponent(ctx.params[0]!);
  return { status: 200, body: await outletPrices(ctx.app.db, productId, visibleOutlet(user)) };
};

export const setOutletPriceRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: true, roles: ['provinsi', 'outlet'] });
  const productId = decodeURIComponent(ctx.params[0]!);
  const outletId = decodeURIComponent(ctx.params[1]!);
  const outletName = await outletInScope(ctx.app.db, user, outletId);
  const { price } = await jsonBody(ctx, outletPriceSetSchema, SMALL_BODY);
  const prices = await writeTransaction(ctx.app.db, async (tx) => {
    const product = await productRow(tx, productId, 'FOR UPDATE');
    if (!product) throw new HttpError(404, 'not-found', `no product ${productId}`);
    const { rows } = await tx.query<{ price: number }>(
      'SELECT price FROM outlet_products WHERE outlet_id = $1 AND product_id = $2 FOR UPDATE',
      [outletId, productId],
    );
    const before = rows[0]?.price ?? null;
    if (before !== price) {
      if (price === null)
        await tx.query('DELETE FROM outlet_products WHERE outlet_id = $1 AND product_id = $2', [outletId, productId]);
      else
        await tx.query(
          `INSERT INTO outlet_products (outlet_id, product_id, price) VALUES ($1, $2, $3)
           ON CONFLICT (outlet_id, product_id) DO UPDATE SET price = excluded.price`,
          [outletId, productId, price],
        );
      // Only this outlet's terminals pull the change: the stream's item is the effective price there.
      tx.changed('products', outletId, [productId]);
      await recordAudit(tx, {
        userName: user.name,
        action: 'product.outlet-price',
        subject: `${productId} ${product.name} @ ${outletName}`,
        before: { price: before },
        after: { price },
      });
    }
    return outletPrices(tx, productId, visibleOutlet(user));
  });
  return { status: 200, body: prices };
};

/** The product's price at each outlet in scope: its own price, or null where the province's applies. */
async function outletPrices(db: Queryable, productId: string, outletId: string | null): Promise<OutletPrices> {
  const product = await productRow(db, productId, '');
  if (!product) throw new HttpError(404, 'not-found', `no product ${productId}`);
  const { rows } = await db.query<OutletPrices['outlets'][number]>(
    `SELECT o.id AS "outletId", o.name AS "outletName", op.price
     FROM outlets o LEFT JOIN outlet_products op ON op.outlet_id = o.id AND op.product_id = $1
     WHERE $2::text IS NULL OR o.id = $2 ORDER BY o.name`,
    [productId, outletId],
  );
  return { productId, provincePrice: product.price, outlets: rows };
}
