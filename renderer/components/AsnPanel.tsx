import { cartTotal } from '#domain/checkout/cart';
import { add, formatRupiah } from '#domain/money';
import { formatNip } from '#domain/asn/nip';
import { openAsnEntry, removeAsn } from '../stores/asn-store';
import { useCartStore } from '../stores/cart-store';
import { AsnMonth } from './AsnMonth';

/** The ASN buying this cart, on the register: who, their month so far, and the month with this sale. */
export function AsnPanel() {
  const asn = useCartStore((s) => s.asn);
  const total = useCartStore((s) => cartTotal(s.cart));
  if (!asn) return null;
  const { buyer, standing } = asn;
  const after = add(standing.total, total);
  return (
    <section className={buyer.verified ? 'asn-panel' : 'asn-panel unverified'} aria-label="ASN" data-testid="asn-panel">
      <div className="asn-who">
        <header>
          <span className="asn-kind">ASN · {buyer.kind}</span>
          <span className="asn-verified">{buyer.verified ? '✓ terdaftar' : '⚠ belum terverifikasi'}</span>
        </header>
        <strong className="asn-name" data-testid="asn-name">
          {buyer.name ?? 'Tidak ada di daftar ASN terminal'}
        </strong>
        {buyer.opd && <span className="asn-opd">{buyer.opd}</span>}
        <span className="asn-nip">NIP {formatNip(buyer.nip)}</span>
      </div>
      <div className="asn-standing">
        <AsnMonth month={standing.month} total={standing.total} threshold={standing.threshold} />
        {total > 0 && (
          <span className="asn-after" data-testid="asn-after">
            Dengan belanja ini: {formatRupiah(after)}
            {after >= standing.threshold && standing.total < standing.threshold ? ' — minimal tercapai' : ''}
          </span>
        )}
      </div>
      <div className="asn-actions">
        <button onClick={openAsnEntry}>
          <kbd>F11</kbd> Ganti NIP
        </button>
        <button onClick={removeAsn}>Hapus NIP</button>
      </div>
    </section>
  );
}
