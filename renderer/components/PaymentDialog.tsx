import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { formatRupiah, rupiah, type Rupiah } from '#domain/money';
import { paymentMethodLabel } from '#domain/checkout/payment-method';
import { remainingDue } from '#domain/checkout/payments';
import { changeOf, type PaymentMethod } from '#domain/checkout/sale';
import { useCommandKeys } from '../commands/command';
import { useOpenDialogs } from '../commands/open-dialogs';
import { PAYMENT_COMMAND_LIST, PAYMENT_COMMANDS as C, type PaymentContext } from '../commands/payment-commands';
import { useAsnEntryStore } from '../stores/asn-store';
import { showError } from '../stores/notice-store';
import { cancelTender, cartDue, closePayment, tender, usePaymentStore } from '../stores/payment-store';
import { CommandButton } from './CommandButton';
import { Modal } from './Modal';
import { MoneyInput } from './MoneyInput';
import { QrisPanel } from './QrisPanel';
import { submitHandler } from './submit-handler';

export function PaymentDialog() {
  return (
    <Modal label="Pembayaran" className="payment" cancel={closePayment}>
      <Payment />
    </Modal>
  );
}

function Payment() {
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
  // The customer display shows the QRIS code while the cashier takes a QRIS payment.
  const qrisDue = method === 'qris' && !paid ? amount : null;
  useEffect(() => {
    usePaymentStore.setState({ qrisDue });
    return () => usePaymentStore.setState({ qrisDue: null });
  }, [qrisDue]);
  const identifying = useAsnEntryStore((s) => s.open);
  // Back from the NIP dialog: the cashier goes on where they were (the amount, or "Selesai").
  useEffect(() => {
    if (!identifying) (finishRef.current ?? amountRef.current)?.focus();
  }, [identifying]);
  const context: PaymentContext = { dialogs: useOpenDialogs(), due, choose: setMethod, quickCash };
  useCommandKeys(PAYMENT_COMMAND_LIST, context);

  return (
    <>
      <header>
        <h2>Pembayaran</h2>
        <CommandButton command={C.asn} context={context} />
        <CommandButton command={C.back} context={context} />
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
        <CommandButton ref={finishRef} className="primary finish" command={C.finish} context={context} />
      ) : (
        <>
          <div className="methods" role="tablist">
            {C.methods.map((command) => {
              const chosen = command.id === `method-${method}`;
              return (
                <CommandButton
                  key={command.id}
                  role="tab"
                  aria-selected={chosen}
                  className={chosen ? 'active' : undefined}
                  command={command}
                  context={context}
                />
              );
            })}
          </div>
          {method === 'cash' && (
            <div className="quick-cash">
              <CommandButton command={C.exact} context={context} />
              {C.quick.map((command) => (
                <CommandButton key={command.id} command={command} context={context} />
              ))}
            </div>
          )}
          {method === 'qris' && <QrisPanel amount={amount} />}
          <form className="tender-form" onSubmit={submitHandler(submit)}>
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
              {method === 'qris' ? 'Pembayaran QRIS diterima' : method === 'debit' ? 'Debit disetujui' : 'Terima tunai'}
            </button>
          </form>
        </>
      )}
    </>
  );
}
