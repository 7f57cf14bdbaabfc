import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CUSTOMER_DISPLAY_HASH } from '#bridge/customer-display';
import { App } from './components/App';
import { CustomerDisplay } from './components/CustomerDisplay';
import { publishCustomerDisplay } from './customer-display/publish-display';
import { PosDatabase } from './db/database';
import { acceptScan } from './scanning/accept-scan';
import { listenForSerialScans, startSerialScanner } from './scanning/serial-scans';
import { listenForWedgeScans } from './scanning/wedge-listener';
import { showError, showInfo, showProblem } from './stores/notice-store';
import { startPrinting } from './print/printer-service';
import { keepOpenCarts } from './stores/open-cart-store';
import { loadSettings } from './stores/settings-store';
import { bootTerminal, useTerminalStore } from './stores/terminal-store';
import { startSync } from './sync/sync-engine';
import './styles.css';

if (location.hash === CUSTOMER_DISPLAY_HASH) {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <CustomerDisplay />
    </StrictMode>,
  );
} else {
  listenForWedgeScans(window, acceptScan, {
    idleField: () => document.querySelector<HTMLInputElement>('input[data-idle-typing]'),
    onStrayTyping: () =>
      showInfo(
        'Ketikan tidak masuk ke kolom mana pun: sentuh kolomnya dulu, atau tekan F1 lalu ketik untuk mencari produk.',
      ),
  });
  listenForSerialScans(acceptScan);
  const db = new PosDatabase();
  void (async () => {
    const [config] = await Promise.all([loadSettings(), bootTerminal(db)]);
    if (useTerminalStore.getState().bootError) return;
    await keepOpenCarts(db).catch((error: unknown) =>
      showError(`Keranjang tersimpan tidak bisa dibaca: ${error instanceof Error ? error.message : String(error)}`),
    );
    publishCustomerDisplay();
    void startSync(db);
    await startPrinting(db).catch((error: unknown) =>
      showError(`Antrean cetak tidak bisa dimulai: ${error instanceof Error ? error.message : String(error)}`),
    );
    if (config?.serialScanner) {
      const started = await startSerialScanner(config.serialScanner);
      if (!started.ok)
        showProblem({ ...started.error, message: `Pemindai serial tidak bisa dibuka: ${started.error.message}` });
    }
  })();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
