/** When a sale opens the cash drawer by itself: when any of it was paid in cash (change goes back from it too). */
import type { Sale } from './sale';

export function saleOpensDrawer(sale: Pick<Sale, 'payments'>): boolean {
  return sale.payments.some((p) => p.method === 'cash');
}
