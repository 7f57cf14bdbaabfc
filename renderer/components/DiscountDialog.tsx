import { useState } from 'react';
import { lineDiscount, type CartLine } from '../../domain/checkout/cart';
import { parsePercent, type Discount } from '../../domain/checkout/discount';
import { formatRupiah, parseRupiah } from '../../domain/money';
import { lineGross } from '../../domain/checkout/sale';
import { useShortcuts } from '../scanning/use-shortcuts';
import { useApprovalStore } from '../stores/approval-store';
import { changePrice, discountCart, discountLine } from '../stores/cart-store';
import { showError } from '../stores/notice-store';

type Mode = 'line' | 'sale' | 'price';
const MODES: readonly { mode: Mode; label: string }[] = [
  { mode: 'line', label: 'Diskon baris' },
  { mode: 'sale', label: 'Diskon total' },
  { mode: 'price', label: 'Ubah harga' },
];

/** Discounts and price overrides, each with a reason; a kasir's go to a manager for approval. */
export function DiscountDialog({ line, close }: { line: CartLine | null; close: () => void }) {
  const [mode, setMode] = useState<Mode>(line ? 'line' : 'sale');
  const [unit, setUnit] = useState<'amount' | 'percent'>('amount');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const approving = useApprovalStore((s) => s.pending !== null);
  useShortcuts({ Escape: close }, !approving);
  const submit = async () => {
    if (mode === 'price') {
      const price = parseRupiah(value);
      if (price === null) return showError('Harga baru tidak valid: ketik angka Rupiah.');
      if (line && (await changePrice(line.key, price, reason))) close();
      return;
    }
    const amount = unit === 'amount' ? parseRupiah(value) : null;
    const basisPoints = unit === 'percent' ? parsePercent(value) : null;
    if (amount === null && basisPoints === null) return showError(unit === 'amount' ? 'Diskon tidak valid: ketik angka Rupiah.' : 'Diskon tidak valid: ketik persen, misalnya 10 atau 12,5.');
    const discount: Discount = amount !== null ? { kind: 'amount', amount } : { kind: 'percent', basisPoints: basisPoints! };
    const done = mode === 'line' ? line !== null && (await discountLine(line.key, discount, reason)) : await discountCart(discount, reason);
    if (done) close();
  };
  return (
    <div className="dialog-backdrop">
      <div className="dialog discount-dialog" role="dialog" aria-modal="true" aria-label="Diskon dan harga">
        <header>
          <h2>Diskon & harga</h2>
          <button onClick={close}>
            <kbd>Esc</kbd> Kembali
          </button>
        </header>
        <div className="methods" role="tablist">
          {MODES.map((m) => (
            <button key={m.mode} role="tab" aria-selected={m.mode === mode} className={m.mode === mode ? 'active' : undefined} disabled={m.mode !== 'sale' && !line} onClick={() => setMode(m.mode)}>
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
        <form
          className="shift-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {mode !== 'price' && (
            <div className="unit-toggle" role="radiogroup" aria-label="Jenis diskon">
              <button type="button" role="radio" aria-checked={unit === 'amount'} className={unit === 'amount' ? 'active' : undefined} onClick={() => setUnit('amount')}>
                Rupiah
              </button>
              <button type="button" role="radio" aria-checked={unit === 'percent'} className={unit === 'percent' ? 'active' : undefined} onClick={() => setUnit('percent')}>
                Persen
              </button>
            </div>
          )}
          <label>
            {mode === 'price' ? 'Harga baru' : unit === 'amount' ? 'Diskon (Rp)' : 'Diskon (%)'}
            <input autoFocus inputMode="decimal" aria-label={mode === 'price' ? 'Harga baru' : 'Nilai diskon'} value={value} onChange={(e) => setValue(e.target.value)} placeholder="0" />
          </label>
          <label>
            Alasan
            <input aria-label="Alasan" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Kemasan penyok" />
          </label>
          <button type="submit" className="primary">
            <kbd>Enter</kbd> Terapkan (perlu persetujuan manajer)
          </button>
        </form>
      </div>
    </div>
  );
}
