import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { PosDatabase } from './db/database';
import { scanBarcode } from './stores/cart-store';
import { listenForWedgeScans } from './scanning/wedge-listener';
import { startNextSale } from './stores/payment-store';
import { bootTerminal, showScreen } from './stores/terminal-store';
import { startSync } from './sync/sync-engine';
import './styles.css';

// A scan from any screen, or over the last receipt, starts ringing up on the register.
listenForWedgeScans(window, (code) => {
  showScreen('register');
  startNextSale();
  scanBarcode(code);
});
const db = new PosDatabase();
void bootTerminal(db).then(() => startSync(db));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
