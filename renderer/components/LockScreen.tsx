import { useState } from 'react';
import { DEMO_STAFF } from '#domain/staff/demo-staff';
import type { StaffItem } from '#sync/protocol/streams';
import { useLoginStaff } from '../staff/queries';
import { useShortcuts } from '../scanning/use-shortcuts';
import { signIn } from '../session/sign-in';
import { useTerminalStore } from '../stores/terminal-store';
import { PinPad } from './PinPad';
import './cash-control.css';

const ROLE_LABEL = { kasir: 'Kasir', manager: 'Manajer' } as const;

/** Pick your name, then your PIN: the PIN is checked against that one person's hash, offline. */
export function LockScreen() {
  const identity = useTerminalStore((s) => s.identity)!;
  const staff = useLoginStaff(identity);
  const [chosen, setChosen] = useState<StaffItem | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useShortcuts({ Escape: () => (setChosen(null), setMessage(null)) }, chosen !== null);
  const submit = async (pin: string) => {
    if (!chosen) return;
    setBusy(true);
    setMessage(await signIn(chosen.id, pin));
    setBusy(false);
  };
  return (
    <main className="lock-screen">
      <section className="lock-card" aria-label="Masuk">
        <h1>{identity.outletName}</h1>
        <p className="hint">Terminal {identity.terminalCode} terkunci. Pilih nama Anda, lalu masukkan PIN.</p>
        {staff === undefined ? (
          <p>Memuat daftar staf…</p>
        ) : staff.length === 0 ? (
          <p className="lock-message" role="alert">
            Belum ada staf untuk outlet ini, jadi belum ada yang bisa masuk. Provinsi menambahkan staf di server (
            <code>npm run admin -- staff add {identity.outletId} NAMA --role manager</code>); nama-nama muncul di sini
            sendiri setelah terminal menariknya pada sinkronisasi berikutnya.
          </p>
        ) : chosen === null ? (
          <ul className="staff-list">
            {staff.map((s, i) => (
              <li key={s.id}>
                <button autoFocus={i === 0} onClick={() => (setChosen(s), setMessage(null))}>
                  <strong>{s.name}</strong> <span>{ROLE_LABEL[s.role]}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <div className="chosen">
            <p>
              <strong>{chosen.name}</strong> ({ROLE_LABEL[chosen.role]}){' '}
              <button className="link" onClick={() => (setChosen(null), setMessage(null))}>
                <kbd>Esc</kbd> Bukan saya
              </button>
            </p>
            <PinPad label={`PIN ${chosen.name}`} onSubmit={submit} busy={busy} />
          </div>
        )}
        {message && (
          <p className="lock-message" role="alert">
            {message}
          </p>
        )}
        {identity.training && (
          <p className="training-staff" data-testid="training-staff">
            Mode latihan:{' '}
            {DEMO_STAFF.map((s) => `${s.name} (${ROLE_LABEL[s.role].toLowerCase()}) PIN ${s.pin}`).join(' · ')}
          </p>
        )}
      </section>
    </main>
  );
}
