import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { formatRupiah, rupiah, type Rupiah } from '../../domain/money';
import { paymentMethodLabel } from '../../domain/checkout/payment-method';
import { QUICK_CASH, remainingDue } from '../../domain/checkout/payments';
import { changeOf, type PaymentMethod } from '../../domain/checkout/sale';
import { useShortcuts } from '../scanning/use-shortcuts';
import { openAsnEntry, useAsnEntryStore } from '../stores/asn-store';
import { showError } from '../stores/notice-store';
import { cancelTender, cartDue, closePayment, finishSale, tender, usePaymentStore } from '../stores/payment-store';
import { MoneyInput } from './MoneyInput';
import { QrisPanel } from './QrisPanel';

const METHOD_KEYS: Record<PaymentMethod, string> = { cash: 'F5', qris: 'F6', debit: 'F7' };

export function PaymentDialog() {
  const payments = usePaymentStore((s) => s.payments);
  const total = cartDue();
  const due = remainingDue(total, payments);
  const paid = due <= 0;
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [amount, setAmount] = useState<Rupiah | null>(null);
  const [reference, setReference] = useState('');
  const amountRef = useRef<HTMLInputElement>(null);
  const finishRef = useRef<HTMLButtonElement>(null);

  // Layout effect: the field is reset before the next key is handled, however fast the cashier types.
  useLayoutEffect(() => {
    setAmount(method === 'cash' ? null : rupiah(Math.max(0, due)));
    setReference('');
    if (paid) finishRef.current?.focus();
    else amountRef.current?.focus();
  }, [method, due, paid]);

  const submit = () => {
    if (amount === null) return showError('Ketik jumlah yang dibayar, misalnya 50.000.');
    tender({ method, tendered: amount, reference: reference || null });
  };
  const quickCash = (amount: Rupiah) => {
    setMethod('cash');
    tender({ method: 'cash', tendered: amount, reference: null });
  };
  const identifying = useAsnEntryStore((s) => s.open);
  // Back from the NIP dialog: the cashier goes on where they were (the amount, or "Selesai").
  useEffect(() => {
    if (!identifying) (finishRef.current ?? amountRef.current)?.focus();
  }, [identifying]);
  useShortcuts(
    {
      Escape: closePayment,
      F11: openAsnEntry,
      F5: () => setMethod('cash'),
      F6: () => setMethod('qris'),
      F7: () => setMethod('debit'),
      F1: () => !paid && quickCash(rupiah(Math.max(0, due))),
      F2: () => !paid && quickCash(QUICK_CASH[0]),
      F3: () => !paid && quickCash(QUICK_CASH[1]),
      F4: () => !paid && quickCash(QUICK_CASH[2]),
      F10: () => paid && void finishSale(),
    },
    !identifying,
  );

  return (
    <div className="dialog-backdrop">
      <div className="dialog payment" role="dialog" aria-modal="true" aria-label="Pembayaran">
        <header>
          <h2>Pembayaran</h2>
          <button onClick={openAsnEntry}>
            <kbd>F11</kbd> NIP ASN
          </button>
          <button onClick={closePayment}>
            <kbd>Esc</kbd> Kembali
          </button>
        </header>
        <dl className="due">
          <dt>Total</dt>
          <dd data-testid="payment-total">{formatRupiah(total)}</dd>
          <dt>{paid ? 'Kembalian' : 'Sisa tagihan'}</dt>
          <dd className={paid ? 'change' : 'remaining'} data-testid={paid ? 'change' : 'remaining'}>
            {formatRupiah(paid ? changeOf(payments) : due)}
          </dd>
        </dl>
        {payments.length > 0 && (
          <ul className="tenders">
            {payments.map((p, i) => (
              <li key={i}>
                <span>{paymentMethodLabel(p.method)}</span>
                <span>{formatRupiah(p.amount)}</span>
                {p.method === 'cash' && p.tendered !== p.amount && (
                  <span className="meta">diterima {formatRupiah(p.tendered)}</span>
                )}
                {p.reference && <span className="meta">ref {p.reference}</span>}
                <button
                  aria-label={`Batalkan pembayaran ${paymentMethodLabel(p.method)}`}
                  onClick={() => cancelTender(i)}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
        {paid ? (
          <button ref={finishRef} className="primary finish" onClick={() => void finishSale()}>
            <kbd>Enter</kbd> Selesai & cetak struk
          </button>
        ) : (
          <>
            <div className="methods" role="tablist">
              {(Object.keys(METHOD_KEYS) as PaymentMethod[]).map((m) => (
                <button
                  key={m}
                  role="tab"
                  aria-selected={m === method}
                  className={m === method ? 'active' : undefined}
                  onClick={() => setMethod(m)}
                >
                  <kbd>{METHOD_KEYS[m]}</kbd> {paymentMethodLabel(m)}
                </button>
              ))}
            </div>
            {method === 'cash' && (
              <div className="quick-cash">
                <button onClick={() => quickCash(rupiah(due))}>
                  <kbd>F1</kbd> Uang pas
                </button>
                {QUICK_CASH.map((amount, i) => (
                  <button key={amount} onClick={() => quickCash(amount)}>
                    <kbd>F{i + 2}</kbd> {formatRupiah(amount)}
                  </button>
                ))}
              </div>
            )}
            {method === 'qris' && <QrisPanel amount={amount} />}
            <form
              className="tender-form"
              onSubmit={(e) => {
                e.preventDefault();
                submit();
              }}
            >
              <label>
                {method === 'cash' ? 'Uang diterima' : `Jumlah ${paymentMethodLabel(method)}`}
                <MoneyInput inputRef={amountRef} label="Jumlah" value={amount} onChange={setAmount} />
              </label>
              {method !== 'cash' && (
                <label>
                  {method === 'debit' ? 'No. referensi EDC' : 'Referensi (opsional)'}
                  <input aria-label="Referensi" value={reference} onChange={(e) => setReference(e.target.value)} />
                </label>
              )}
              <button type="submit" className="primary">
                <kbd>Enter</kbd>{' '}
                {method === 'qris'
                  ? 'Pembayaran QRIS diterima'
                  : method === 'debit'
                    ? 'Debit disetujui'
                    : 'Terima tunai'}
              </button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
