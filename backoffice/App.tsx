import { useEffect, useState } from 'react';
import type { BackofficeSession } from '#sync/protocol/backoffice';
import { currentSession, signOut } from './api';
import { Beranda } from './Beranda';
import { Kelola } from './Kelola';
import { Laporan } from './Laporan';
import { SignIn } from './SignIn';

const ROLE_NAMES = { provinsi: 'Provinsi', bkd: 'BKD', outlet: 'Outlet' } as const;

export function App() {
  const [session, setSession] = useState<BackofficeSession | null | 'loading'>('loading');
  const [problem, setProblem] = useState<string | null>(null);
  const [view, setView] = useState<'beranda' | 'kelola' | 'laporan'>('beranda');

  useEffect(() => {
    currentSession().then(setSession, () => {
      setSession(null);
      setProblem('Server tidak bisa dihubungi.');
    });
  }, []);

  const leave = (everywhere: boolean) =>
    signOut(everywhere).then(
      () => setSession(null),
      () => setProblem('Keluar gagal; coba lagi.'),
    );

  if (session === 'loading') return <p className="loading">Memuat…</p>;
  if (session === null) return <SignIn onSignedIn={setSession} problem={problem} />;
  const { user } = session;
  return (
    <div className="shell">
      <header>
        <h1>Kantor NTT Mart</h1>
        <nav className="views" aria-label="Menu">
          <button
            type="button"
            aria-current={view === 'beranda' ? 'page' : undefined}
            onClick={() => setView('beranda')}
          >
            Beranda
          </button>
          <button type="button" aria-current={view === 'kelola' ? 'page' : undefined} onClick={() => setView('kelola')}>
            Kelola
          </button>
          {user.role !== 'bkd' && (
            <button
              type="button"
              aria-current={view === 'laporan' ? 'page' : undefined}
              onClick={() => setView('laporan')}
            >
              Laporan
            </button>
          )}
        </nav>
        <span className="who" data-testid="who">
          {user.name} · {ROLE_NAMES[user.role]}
          {user.outletId ? ` ${user.outletId}` : ''}
        </span>
        <button type="button" onClick={() => void leave(false)}>
          Keluar
        </button>
        <button type="button" onClick={() => void leave(true)}>
          Keluar dari semua perangkat
        </button>
      </header>
      {problem && <p className="problem">{problem}</p>}
      <main>
        {view === 'beranda' && <Beranda session={session} />}
        {view === 'kelola' && <Kelola user={user} />}
        {view === 'laporan' && <Laporan />}
      </main>
    </div>
  );
}
