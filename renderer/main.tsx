import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { PosDatabase } from './db/database';
import { isReceiptQr } from './refunds/refund-commands';
import { scanBarcode } from './stores/cart-store';
import { listenForWedgeScans } from './scanning/wedge-listener';
import { showError } from './stores/notice-store';
import { startNextSale } from './stores/payment-store';
import { findForRefund } from './stores/refund-store';
import { useSessionStore } from './stores/session-store';
import { bootTerminal, showScreen } from './stores/terminal-store';
import './styles.css';

// A scan from any screen, or over the last receipt, starts ringing up on the register; the QR code
// of a receipt opens that sale for refund. Nothing is taken while the terminal is locked.
listenForWedgeScans(window, (code) => {
  if (!useSessionStore.getState().user) return showError('Terminal terkunci: masuk dulu dengan nama dan PIN.');
  if (isReceiptQr(code)) return void findForRefund(code);
  showScreen('register');
  startNextSale();
  scanBarcode(code);
});
void bootTerminal(new PosDatabase());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
