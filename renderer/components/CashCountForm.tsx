import { useState, type ReactNode } from 'react';
import {
  cashCountProblems,
  cashCountTotal,
  DENOMINATIONS,
  type CashCount,
  type DenominationId,
} from '#domain/shift/cash-count';
import { formatRupiah, multiply } from '#domain/money';

/** What the cashier typed: pieces per denomination, blank for none. */
export type CountText = Partial<Record<DenominationId, string>>;

export function countOf(text: CountText): CashCount {
  const count: CashCount = {};
  for (const d of DENOMINATIONS) {
    const value = text[d.id]?.trim();
    if (value) count[d.id] = Number(value);
  }
  return count;
}

/** The drawer counted by denomination (notes, then coins), with the total as it is typed. */
export function CashCountForm({
  title,
  onSubmit,
  submitLabel,
  children,
  onChange,
}: {
  title: string;
  submitLabel: string;
  onSubmit: (count: CashCount) => void;
  /** Shown between the total and the button (the close screen's expected vs counted). */
  children?: ReactNode;
  onChange?: (count: CashCount) => void;
}) {
  const [text, setText] = useState<CountText>({});
  const count = countOf(text);
  const problems = cashCountProblems(count);
  const total = problems.length === 0 ? cashCountTotal(count) : null;
  const set = (id: DenominationId, value: string) => {
    const next = { ...text, [id]: value.replace(/\D/g, '') };
    setText(next);
    onChange?.(countOf(next));
  };
  return (
    <form
      className="cash-count"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        if (problems.length === 0) onSubmit(count);
      }}
    >
      <h3>{title}</h3>
      <div className="denominations">
        {DENOMINATIONS.map((d, i) => (
          <label key={d.id} className={d.form}>
            <span>{d.label}</span>
            <input
              inputMode="numeric"
              autoFocus={i === 0}
              aria-label={d.label}
              value={text[d.id] ?? ''}
              onChange={(e) => set(d.id, e.target.value)}
              placeholder="0"
            />
            <output className="num">{formatRupiah(multiply(d.value, count[d.id] ?? 0))}</output>
          </label>
        ))}
      </div>
      <p className="count-total">
        Jumlah <strong data-testid="count-total">{total === null ? '—' : formatRupiah(total)}</strong>
      </p>
      {children}
      <button type="submit" className="primary" disabled={total === null}>
        <kbd>Enter</kbd> {submitLabel}
      </button>
    </form>
  );
}
