import { useState, type FormEvent } from 'react';
import { parseRupiah } from '#domain/money';
import { ApiError, setTarget } from './api';
import { rp } from './format';

/** The province's monthly target, changed by role provinsi (the server checks the role and audits it). */
export function TargetForm({ current, onSaved }: { current: number; onSaved: () => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amount = parseRupiah(text);
    if (amount === null || amount <= 0) {
      setError('Tulis target dalam Rupiah, misalnya 175.000.000.000.');
      return;
    }
    try {
      await setTarget(amount);
      setText('');
      setError(null);
      onSaved();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Target tidak tersimpan.');
    }
  };

  return (
    <form className="target-form" onSubmit={(e) => void submit(e)}>
      <label>
        Target provinsi sebulan (sekarang {rp(current)})
        <input
          value={text}
          onChange={(e) => setText(e.target.value)}
          inputMode="numeric"
          placeholder="175.000.000.000"
          aria-invalid={error !== null}
          aria-describedby="target-error"
        />
      </label>
      <button type="submit">Simpan target</button>
      {error && (
        <span id="target-error" className="field-error">
          {error}
        </span>
      )}
    </form>
  );
}
