import type { RefObject } from 'react';
import { groupThousands, rupiah, type Rupiah } from '#domain/money';

/** Rupiah have no decimals; 15 digits is far beyond any till and within safe integers. */
const MAX_DIGITS = 15;

/**
 * Every amount field of the terminal: "Rp" before it and the thousands dots put in as the cashier
 * types ("Rp 1.065.000"), so a zero too many shows at once. Only digits are taken; empty is null.
 */
export function MoneyInput({
  value,
  onChange,
  label,
  inputRef,
  autoFocus = false,
  required = false,
}: {
  value: Rupiah | null;
  onChange: (value: Rupiah | null) => void;
  /** The accessible name (the visible label is the caller's). */
  label: string;
  inputRef?: RefObject<HTMLInputElement | null>;
  autoFocus?: boolean;
  required?: boolean;
}) {
  return (
    <span className="money-input">
      <span className="money-prefix" aria-hidden="true">
        Rp
      </span>
      <input
        ref={inputRef}
        className="money-value"
        inputMode="numeric"
        autoComplete="off"
        aria-label={label}
        aria-required={required || undefined}
        autoFocus={autoFocus}
        value={value === null ? '' : groupThousands(value)}
        placeholder="0"
        onChange={(e) => {
          const digits = e.target.value.replace(/\D/g, '').slice(0, MAX_DIGITS);
          onChange(digits === '' ? null : rupiah(Number(digits)));
        }}
      />
    </span>
  );
}
