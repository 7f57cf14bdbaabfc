import { useState } from 'react';
import { lineDiscount, type CartLine } from '#domain/checkout/cart';
import { parsePercent, type Discount } from '#domain/checkout/discount';
import { formatRupiah, type Rupiah } from '#domain/money';
import { lineGross } from '#domain/checkout/sale';
import { changePrice, discountCart, discountLine } from '../stores/cart-store';
import { FormProblems, ReasonField } from './FormFields';
import { Modal } from './Modal';
import { MoneyInput } from './MoneyInput';
import { submitHandler } from './submit-handler';
import { RadioButtons } from './RadioButtons';

type Mode = 'line' | 'sale' | 'price';
const MODES: readonly { mode: Mode; label: string }[] = [
  { mode: 'line', label: 'Diskon baris' },
  { mode: 'sale', label: 'Diskon total' },
  { mode: 'price', label: 'Ubah harga' },
];

/** Discounts and price overrides, each with a reason; a kasir's go to a manager for approval. */
export function DiscountDialog({ line, close }: { line: CartLine | null; close: () => void }) {
  return (
    <Modal label="Diskon dan harga" className="discount-dialog" cancel={close}>
      <DiscountForm line={line} close={close} />
    </Modal>
  );
}

function DiscountForm({ line, close }: { line: CartLine | null; close: () => void }) {
  const [mode, setMode] = useState<Mode>(line ? 'line' : 'sale');
  const [unit, setUnit] = useState<'amount' | 'percent'>('amount');
  const [amount, setAmount] = useState<Rupiah | null>(null);
  const [percent, setPercent] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const byPercent = mode !== 'price' && unit === 'percent';
  const basisPoints = byPercent ? parsePercent(percent) : null;
  // Every field is checked before a manager is called over.
  const formProblems = () => [
    ...(byPercent && basisPoints === null ? ['Ketik persen diskon, misalnya 10 atau 12,5.'] : []),
    ...(!byPercent && amount === null
      ? [mode === 'price' ? 'Ketik harga baru.' : 'Ketik nilai diskon dalam Rupiah.']
      : []),
    ...(reason.trim() === '' ? ['Alasan wajib diisi.'] : []),
  ];
  const submit = async () => {
    const found = formProblems();
    setProblems(found);
    if (found.length > 0) return;
    if (mode === 'price') {
      if (line && (await changePrice(line.key, amount!, reason))) close();
      return;
    }
    const discount: Discount = byPercent
      ? { kind: 'percent', basisPoints: basisPoints! }
      : { kind: 'amount', amount: amount! };
    const done =
      mode === 'line'
        ? line !== null && (await discountLine(line.key, discount, reason))
        : await discountCart(discount, reason);
    if (done) close();
  };
  return (
    <>
      <header>
        <h2>Diskon & harga</h2>
        <button onClick={close}>
          <kbd>Esc</kbd> Kembali
        </button>
      </header>
      <div className="methods" role="tablist">
        {MODES.map((m) => (
          <button
            key={m.mode}
            role="tab"
            aria-selected={m.mode === mode}
            className={m.mode === mode ? 'active' : undefined}
            disabled={m.mode !== 'sale' && !line}
            onClick={() => (setMode(m.mode), setAmount(null))}
          >
            {m.label}
          </button>
        ))}
      </div>
      {mode !== 'sale' && line && (
        <p>
          <strong>{line.name}</strong> — {formatRupiah(line.unitPrice)}
          {line.weightGrams !== null ? '/kg' : ` × ${line.quantity}`} = {formatRupiah(lineGross(line))}
          {line.discount && ` (diskon sekarang ${formatRupiah(lineDiscount(line))})`}
        </p>
      )}
      <form className="shift-form" onSubmit={submitHandler(submit)}>
        {mode !== 'price' && (
          <RadioButtons
            className="unit-toggle"
            label="Jenis diskon"
            value={unit}
            choices={[
              ['amount', 'Rupiah'],
              ['percent', 'Persen'],
            ]}
            onChange={setUnit}
          />
        )}
        <label>
          <span className="required">{mode === 'price' ? 'Harga baru' : byPercent ? 'Diskon (%)' : 'Diskon (Rp)'}</span>
          {byPercent ? (
            <input
              autoFocus
              inputMode="decimal"
              aria-label="Nilai diskon"
              aria-required
              value={percent}
              onChange={(e) => setPercent(e.target.value)}
              placeholder="0"
            />
          ) : (
            <MoneyInput
              key={mode}
              autoFocus
              required
              label={mode === 'price' ? 'Harga baru' : 'Nilai diskon'}
              value={amount}
              onChange={setAmount}
            />
          )}
        </label>
        <ReasonField label="Alasan" value={reason} onChange={setReason} placeholder="contoh: kemasan penyok" />
        <FormProblems problems={problems} />
        <button type="submit" className="primary">
          <kbd>Enter</kbd> Terapkan (perlu persetujuan manajer)
        </button>
      </form>
    </>
  );
}
