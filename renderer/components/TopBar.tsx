import type { StaffRole } from '#domain/staff/staff';
import { salesStop, showScreen, useTerminalStore, type Screen } from '../stores/terminal-store';
import { useShortcuts } from '../scanning/use-shortcuts';
import { usePaymentStore } from '../stores/payment-store';
import { lockTerminal } from '../session/sign-in';
import { useSessionStore } from '../stores/session-store';
import { SyncIndicator } from './SyncIndicator';

/**
 * Screens with a role are shown to that role only; the manager's screens past import have no function
 * key. Goods receiving opens from the Stok screen, so the bar keeps to one row at 1024 px.
 */
const TABS: readonly { screen: Screen; label: string; key?: string; role?: StaffRole }[] = [
  { screen: 'register', label: 'Kasir', key: 'F1' },
  { screen: 'shift', label: 'Shift', key: 'F5' },
  { screen: 'sales', label: 'Riwayat & refund', key: 'F9' },
  { screen: 'import', label: 'Impor produk', key: 'F8', role: 'manager' },
  { screen: 'labels', label: 'Label produk', role: 'manager' },
  { screen: 'stock', label: 'Stok', role: 'manager' },
  { screen: 'settings', label: 'Pengaturan', role: 'manager' },
  { screen: 'sync', label: 'Sinkron', role: 'manager' },
];

export function TopBar() {
  const identity = useTerminalStore((s) => s.identity)!;
  const screen = useTerminalStore((s) => s.screen);
  const storageWarnings = useTerminalStore((s) => s.storageWarnings);
  const stopped = useTerminalStore((s) => salesStop(s));
  const warnings = stopped ? [stopped, ...storageWarnings] : storageWarnings;
  const paying = usePaymentStore((s) => s.open);
  const user = useSessionStore((s) => s.user)!;
  const tabs = TABS.filter((t) => !t.role || t.role === user.role);
  useShortcuts(Object.fromEntries(tabs.flatMap((t) => (t.key ? [[t.key, () => showScreen(t.screen)]] : []))), !paying);
  return (
    <>
      <header className="top-bar">
        <div className="outlet">
          <strong>{identity.outletName}</strong>
          <span>Terminal {identity.terminalCode}</span>
        </div>
        {identity.training && (
          <span
            className="training-badge"
            title="Terminal belum didaftarkan: penjualan hanya latihan dan tidak dihitung"
          >
            MODE LATIHAN
          </span>
        )}
        <SyncIndicator />
        <nav>
          {tabs.map((t) => (
            <button
              key={t.screen}
              className={
                t.screen === screen ||
                (t.screen === 'stock' &&
                  (screen === 'receiving' ||
                    screen === 'purchase-order' ||
                    screen === 'transfer' ||
                    screen === 'stock-take' ||
                    screen === 'write-off'))
                  ? 'tab active'
                  : 'tab'
              }
              onClick={() => showScreen(t.screen)}
              disabled={paying}
            >
              {t.key && <kbd>{t.key}</kbd>} {t.label}
            </button>
          ))}
        </nav>
        <div className="user">
          <span data-testid="signed-in">
            {user.name} · {user.role === 'manager' ? 'Manajer' : 'Kasir'}
          </span>
          <button className="tab" onClick={() => void lockTerminal()} disabled={paying}>
            Kunci
          </button>
        </div>
      </header>
      {/* Below the bar, not in it: the bar keeps to one row. */}
      {warnings.length > 0 && (
        <ul className="storage-warnings" role="status" data-sales-stopped={stopped ? 'true' : undefined}>
          {warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      )}
    </>
  );
}
