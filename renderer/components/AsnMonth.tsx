import { formatRupiah, subtract, type Rupiah } from '#domain/money';
import { formatBusinessMonth } from '#domain/wita';

/** An ASN's month against the minimum: "Rp 65.000 dari Rp 100.000", a bar, and what is still short. */
export function AsnMonth({ month, total, threshold }: { month: string; total: Rupiah; threshold: Rupiah }) {
  const short = subtract(threshold, total);
  return (
    <div className={short > 0 ? 'asn-month' : 'asn-month met'}>
      <span className="asn-month-label">Belanja ASN {formatBusinessMonth(month)}</span>
      <strong className="asn-month-figure" data-testid="asn-month-figure">
        {formatRupiah(total)} dari {formatRupiah(threshold)}
      </strong>
      <progress
        className="asn-bar"
        max={Math.max(threshold, 1)}
        value={Math.min(total, threshold)}
        aria-label="Belanja ASN terhadap minimal bulanan"
      />
      <span className="asn-month-note">{short > 0 ? `Kurang ${formatRupiah(short)}` : 'Minimal bulanan tercapai'}</span>
    </div>
  );
}
