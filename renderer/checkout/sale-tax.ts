/**
 * A sale's PPN at checkout (sale version 2): the outlet's PPN standing from the settings stream
 * (`npm run admin -- outlet tax`) and each product's tax status from the catalog, read before the
 * commit transaction; the figures themselves are domain/tax's.
 */
import type { Sale } from '#domain/checkout/sale';
import { DEFAULT_TAX_STATUS, type TaxSeller } from '#domain/tax/ppn';
import { taxedSale } from '#domain/tax/sale-tax';
import { OUTLET_TAX_SETTING, outletTaxSchema } from '#sync/protocol/tax';
import type { PosDatabase } from '../db/database';

/** The outlet's identity as a PKP, or null when it is not one (or the province has not said). */
export async function outletTaxSeller(db: PosDatabase): Promise<TaxSeller | null> {
  const setting = outletTaxSchema.safeParse((await db.serverSettings.get(OUTLET_TAX_SETTING))?.value);
  return setting.success && setting.data.pkp ? setting.data.seller : null;
}

export async function withSaleTax(db: PosDatabase, sale: Sale): Promise<Sale> {
  const seller = await outletTaxSeller(db);
  if (seller === null) return sale;
  const products = await db.products.bulkGet(sale.lines.map((l) => l.productId));
  return taxedSale(sale, (l) => products[l.lineNo - 1]?.taxStatus ?? DEFAULT_TAX_STATUS, seller);
}
