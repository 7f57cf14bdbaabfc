import { asnReceiptLine } from '../../domain/asn/asn-standing';
import { formatRupiah, subtract } from '../../domain/money';
import { maskNip } from '../../domain/asn/nip';
import { paymentMethodLabel } from '../../domain/checkout/payment-method';
import { formatKilograms, hasChangeRow, type Sale } from '../../domain/checkout/sale';
import type { TerminalIdentity } from '../../domain/outlet/terminal';
import { formatWita } from '../../domain/wita';
import type { AsnBlock } from '../../hardware/receipt/receipt-layout';

/**
 * The struk (receipt) on screen and on paper via the browser's print; thermal printing is
 * hardware/'s. `asn` is the ASN block the paper receipt printed (the buyer's month with this sale);
 * without it an ASN sale shows just who bought.
 */
export function Receipt({ sale, identity, asn = null }: { sale: Sale; identity: TerminalIdentity; asn?: AsnBlock | null }) {
  return (
    <article className="receipt" data-receipt={sale.receiptNo}>
      {sale.training && <p className="receipt-training">LATIHAN — BUKAN TRANSAKSI SAH</p>}
      <header>
        <strong>{identity.outletName}</strong>
        <span>{identity.outletAddress}</span>
      </header>
      <dl className="receipt-meta">
        <dt>No.</dt>
        <dd>{sale.receiptNo}</dd>
        <dt>Waktu</dt>
        <dd>{formatWita(sale.completedAt)} WITA</dd>
        {sale.cashier && (
          <>
            <dt>Kasir</dt>
            <dd>{sale.cashier.name}</dd>
          </>
        )}
      </dl>
      <ul className="receipt-lines">
        {sale.lines.map((line) => (
          <li key={line.lineNo}>
            <span className="name">{line.name}</span>
            <span className="calc">
              {line.weightGrams === null
                ? `${line.quantity} × ${formatRupiah(line.unitPrice)}`
                : `${formatKilograms(line.weightGrams)} × ${formatRupiah(line.unitPrice)}/kg`}
            </span>
            <span className="amount">{formatRupiah(line.total)}</span>
            {line.discount > 0 && <span className="calc">diskon {formatRupiah(line.discount)}</span>}
          </li>
        ))}
      </ul>
      <dl className="receipt-totals">
        {sale.discount > 0 && (
          <>
            <dt>Diskon</dt>
            <dd>-{formatRupiah(sale.discount)}</dd>
          </>
        )}
        <dt>Total</dt>
        <dd className="total">{formatRupiah(sale.total)}</dd>
        {sale.payments.map((p, i) => (
          <div key={i} className="row">
            <dt>
              {paymentMethodLabel(p.method)}
              {p.reference ? ` (${p.reference})` : ''}
            </dt>
            <dd>{formatRupiah(p.tendered)}</dd>
          </div>
        ))}
        {hasChangeRow(sale) && (
          <>
            <dt>Kembalian</dt>
            <dd>{formatRupiah(sale.change)}</dd>
          </>
        )}
      </dl>
      {sale.asn && (
        <div className="receipt-asn" data-testid="receipt-asn">
          <p>ASN {maskNip(sale.asn.nip)}</p>
          <p>{sale.asn.name ?? 'NIP belum terverifikasi'}</p>
          {asn && (
            <>
              <p>{asnReceiptLine({ total: asn.monthTotal, threshold: asn.threshold })}</p>
              <p>{asn.monthTotal >= asn.threshold ? 'Minimal bulanan tercapai' : `Kurang ${formatRupiah(subtract(asn.threshold, asn.monthTotal))}`}</p>
            </>
          )}
        </div>
      )}
      <footer>Terima kasih telah mendukung UMKM NTT</footer>
      {sale.training && <p className="receipt-training">LATIHAN — BUKAN TRANSAKSI SAH</p>}
    </article>
  );
}
