import { showScreen, useTerminalStore, type Screen } from '../stores/terminal-store';
import { useShortcuts } from '../scanning/use-shortcuts';
import { usePaymentStore } from '../stores/payment-store';

/** Screens for managers have no function key: a cashier reaches them only on purpose. */
const TABS: readonly { screen: Screen; label: string; key?: string }[] = [
  { screen: 'register', label: 'Kasir', key: 'F1' },
  { screen: 'sales', label: 'Riwayat', key: 'F9' },
  { screen: 'import', label: 'Impor produk', key: 'F8' },
  { screen: 'labels', label: 'Label produk' },
  { screen: 'settings', label: 'Pengaturan' },
];

export function TopBar() {
  const identity = useTerminalStore((s) => s.identity)!;
  const screen = useTerminalStore((s) => s.screen);
  const warnings = useTerminalStore((s) => s.storageWarnings);
  const paying = usePaymentStore((s) => s.open);
  useShortcuts(Object.fromEntries(TABS.flatMap((t) => (t.key ? [[t.key, () => showScreen(t.screen)]] : []))), !paying);
  return (
    <header className="top-bar">
      <div className="outlet">
        <strong>{identity.outletName}</strong>
        <span>Terminal {identity.terminalCode}</span>
      </div>
      {identity.training && (
        <span className="training-badge" title="Terminal belum didaftarkan: penjualan hanya latihan dan tidak dihitung">
          MODE LATIHAN
        </span>
      )}
      <nav>
        {TABS.map((t) => (
          <button key={t.screen} className={t.screen === screen ? 'tab active' : 'tab'} onClick={() => showScreen(t.screen)} disabled={paying}>
            {t.key && <kbd>{t.key}</kbd>} {t.label}
          </button>
        ))}
      </nav>
      {warnings.length > 0 && (
        <ul className="storage-warnings" role="status">
          {warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      )}
    </header>
  );
}
