import { useEffect, useRef, useState } from 'react';
import { submitHandler } from './submit-handler';

/** A PIN field with a touch keypad: digits typed or tapped, Enter or OK submits, the field clears after each try. */
export function PinPad({
  label,
  onSubmit,
  busy,
}: {
  label: string;
  onSubmit: (pin: string) => Promise<unknown>;
  busy: boolean;
}) {
  const [pin, setPin] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = async () => {
    if (pin === '' || busy) return;
    await onSubmit(pin);
    setPin('');
    input.current?.focus();
  };
  const press = (digit: string) => {
    setPin((p) => (p.length < 6 ? p + digit : p));
    input.current?.focus();
  };
  return (
    <form className="pin-pad" onSubmit={submitHandler(submit)}>
      <label>
        {label}
        <input
          ref={input}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          aria-label={label}
          value={pin}
          maxLength={6}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, '').slice(0, 6))}
        />
      </label>
      <div className="keys">
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => (
          <button key={d} type="button" tabIndex={-1} onClick={() => press(d)}>
            {d}
          </button>
        ))}
        <button type="button" tabIndex={-1} aria-label="Hapus angka" onClick={() => setPin((p) => p.slice(0, -1))}>
          ⌫
        </button>
        <button type="button" tabIndex={-1} onClick={() => press('0')}>
          0
        </button>
        <button type="submit" className="primary" disabled={busy || pin === ''}>
          OK
        </button>
      </div>
    </form>
  );
}
