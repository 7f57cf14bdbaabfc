import { useState } from 'react';
import { formatRupiah } from '#domain/money';
import { paymentMethodsText } from '#domain/checkout/payment-method';
import { refundableLines, type RefundableLine, type RefundMethod } from '#domain/checkout/refund';
import { formatKilograms } from '#domain/checkout/sale';
import { useShortcuts } from '../scanning/use-shortcuts';
import { useApprovalStore } from '../stores/approval-store';
import { closeRefund, submitRefund, useRefundStore } from '../stores/refund-store';
import { submitHandler } from './submit-handler';
import { RadioButtons } from './RadioButtons';
import { ReasonField } from './FormFields';

/** Some or all lines of the sale, never more than is left of each; money back by the original method or cash. */
export function RefundPanel() {
  const subject = useRefundStore((s) => s.subject)!;
  const done = useRefundStore((s) => s.done);
  const lines = refundableLines(subject.sale, subject.earlier);
  const [quantities, setQuantities] = useState<Record<number, string>>({});
  const [method, setMethod] = useState<RefundMethod>('original');
  const [reason, setReason] = useState('');
  // Lines coming back damaged (rusak): recorded, not back on the shelf.
  const [damaged, setDamaged] = useState<ReadonlySet<number>>(new Set());
  const approving = useApprovalStore((s) => s.pending !== null);
  useShortcuts({ Escape: closeRefund }, !approving);
  const picks = lines.flatMap((l) => {
    const q = Number(quantities[l.lineNo] ?? '0');
    return q > 0 ? [[l.lineNo, q] as const] : [];
  });
  const submit = async () => {
    if (await submitRefund(picks, method, reason, damaged)) {
      setQuantities({});
      setReason('');
      setDamaged(new Set());
    }
  };
  return (
    <section className="refund-panel" aria-label="Refund">
      <header>
        <h3>Refund struk {subject.sale.receiptNo}</h3>
        <button onClick={closeRefund}>
          <kbd>Esc</kbd> Tutup
        </button>
      </header>
      {done && (
        <p className="refund-done" role="status" data-testid="refund-done">
          Refund {done.receiptNo}: {formatRupiah(done.total)} dikembalikan (
          {paymentMethodsText(done.payments) || 'tanpa uang'}). Struk refund dicetak.
        </p>
      )}
      <form onSubmit={submitHandler(submit)}>
        <table className="refund-lines">
          <thead>
            <tr>
              <th>Barang</th>
              <th className="num">Terjual</th>
              <th className="num">Sudah refund</th>
              <th className="qty">Dikembalikan</th>
              <th>Rusak</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={l.lineNo} data-refund-line={l.lineNo}>
                <td>{l.name}</td>
                <td className="num">{units(l, l.sold)}</td>
                <td className="num">{units(l, l.refunded)}</td>
                <td className="qty">
                  {l.remaining === 0 ? (
                    'habis'
                  ) : (
                    <span className="stepper">
                      <input
                        autoFocus={i === 0}
                        inputMode="numeric"
                        aria-label={`Jumlah ${l.name} dikembalikan`}
                        value={quantities[l.lineNo] ?? ''}
                        placeholder="0"
                        onChange={(e) =>
                          setQuantities({ ...quantities, [l.lineNo]: e.target.value.replace(/\D/g, '') })
                        }
                      />
                      <button
                        type="button"
                        onClick={() => setQuantities({ ...quantities, [l.lineNo]: String(l.remaining) })}
                      >
                        semua ({units(l, l.remaining)})
                      </button>
                    </span>
                  )}
                </td>
                <td>
                  {l.remaining > 0 && (
                    <input
                      type="checkbox"
                      aria-label={`${l.name} rusak (tidak kembali ke stok)`}
                      checked={damaged.has(l.lineNo)}
                      onChange={(e) => {
                        const next = new Set(damaged);
                        if (e.target.checked) next.add(l.lineNo);
                        else next.delete(l.lineNo);
                        setDamaged(next);
                      }}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <RadioButtons
          className="unit-toggle"
          label="Uang dikembalikan"
          value={method}
          choices={[
            ['original', `Metode asal (${paymentMethodsText(subject.sale.payments)})`],
            ['cash', 'Tunai'],
          ]}
          onChange={setMethod}
        />
        <ReasonField label="Alasan refund" value={reason} onChange={setReason} placeholder="contoh: kemasan rusak" />
        <button type="submit" className="primary" disabled={picks.length === 0}>
          <kbd>Enter</kbd> Refund (perlu persetujuan manajer)
        </button>
      </form>
    </section>
  );
}

/** Units of a line as counted on the refund screen; a weighed line's one unit is its weight. */
function units(line: RefundableLine, count: number): string {
  return line.weightGrams === null || count === 0 ? String(count) : formatKilograms(line.weightGrams);
}
