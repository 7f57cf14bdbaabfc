/** The ASN block of a sale's receipt, on paper and on screen: masked NIP, name, the month after this sale. */
import type { AsnStanding } from '#domain/asn/asn-standing';
import { maskNip } from '#domain/asn/nip';
import type { Sale } from '#domain/checkout/sale';
import type { AsnBlock } from '#hardware/receipt/receipt-layout';

export function asnReceiptBlock(sale: Sale, standing: AsnStanding | null): AsnBlock | null {
  if (!sale.asn || !standing) return null;
  return {
    maskedNip: maskNip(sale.asn.nip),
    name: sale.asn.name,
    monthTotal: standing.total,
    threshold: standing.threshold,
  };
}
