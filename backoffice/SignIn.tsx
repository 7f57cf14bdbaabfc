import { useState, type FormEvent } from 'react';
import type { BackofficeSession } from '#sync/protocol/backoffice';
import { ApiError, signIn } from './api';

export function SignIn({
  onSignedIn,
  problem,
}: {
  onSignedIn: (session: BackofficeSession) => void;
  problem: string | null;
}) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(problem);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      onSignedIn(await signIn(name.trim(), password));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Server tidak bisa dihubungi.');
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sign-in" onSubmit={(e) => void submit(e)}>
      <h1>Kantor NTT Mart</h1>
      <label>
        Nama pengguna
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="username" required />
      </label>
      <label>
        Kata sandi
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          required
        />
      </label>
      {error && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        Masuk
      </button>
    </form>
  );
}
