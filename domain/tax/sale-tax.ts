/** PPN on the sale and refund documents: filling it in at checkout, checking it, summing it for reports. */
import { netLineAmounts } from '../checkout/discount';
import type { Refund } from '../checkout/refund';
import type { Sale, SaleLine } from '../checkout/sale';
import { add, subtract, type Rupiah } from '../money';
import { NO_TAX, saleTax, sameLineTax, taxFigures, type TaxFigures, type TaxSeller, type TaxStatus } from './ppn';

/**
 * The sale with its tax figures, for a PKP outlet (`seller`); a non-PKP outlet's sale (`seller`
 * null) carries none, as before sale version 2.
 */
export function taxedSale(sale: Sale, statusOf: (line: SaleLine) => TaxStatus, seller: TaxSeller | null): Sale {
  if (seller === null) return sale;
  const paid = netLineAmounts(sale);
  const { lines, tax } = saleTax(
    sale.lines.map((l, i) => ({ paid: paid[i]!, status: statusOf(l) })),
    seller,
  );
  return { ...sale, lines: sale.lines.map((l, i) => ({ ...l, tax: lines[i]! })), tax };
}

/** Whether a sale's tax figures are the ones its lines' statuses give (empty when sound or untaxed). */
export function saleTaxProblems(sale: Sale): string[] {
  const withTax = sale.lines.filter((l) => l.tax !== undefined).length;
  if (sale.tax === undefined && withTax === 0) return [];
  if (sale.tax === undefined || withTax !== sale.lines.length) return ['tax is set on some lines or the sale only'];
  const expected = taxedSale(sale, (l) => l.tax!.status, sale.tax.seller);
  const problems = sale.lines.flatMap((l, i) =>
    sameLineTax(l.tax!, expected.lines[i]!.tax) ? [] : [`line ${l.lineNo} tax does not follow the rounding rule`],
  );
  const [got, want] = [sale.tax, expected.tax!];
  if (got.taxable !== want.taxable || got.exempt !== want.exempt || got.base !== want.base)
    problems.push(`tax totals should be taxable ${want.taxable}, exempt ${want.exempt}, base ${want.base}`);
  if (got.dpp !== want.dpp || got.ppn !== want.ppn) problems.push(`DPP/PPN should be ${want.dpp}/${want.ppn}`);
  return problems;
}

/** A sale's tax figures; none for a sale without them. */
export function saleTaxFigures(sale: Sale): TaxFigures {
  return sale.tax ?? NO_TAX;
}

/** What a refund returns of the tax (its lines that carry tax figures). */
export function refundTaxFigures(refund: Refund): TaxFigures {
  return taxFigures(refund.lines.flatMap((l) => (l.tax === undefined ? [] : [{ amount: l.amount, tax: l.tax }])));
}

/** Sales' figures less refunds' (a Z report's, a day's). */
export function netTaxFigures(sales: readonly TaxFigures[], refunds: readonly TaxFigures[]): TaxFigures {
  const total = (list: readonly TaxFigures[], key: keyof TaxFigures): Rupiah =>
    list.reduce((a, f) => add(a, f[key]), NO_TAX[key]);
  const net = (key: keyof TaxFigures) => subtract(total(sales, key), total(refunds, key));
  return { taxable: net('taxable'), exempt: net('exempt'), dpp: net('dpp'), ppn: net('ppn') };
}
