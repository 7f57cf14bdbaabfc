/**
 * Where every scanner's codes go: the keyboard wedge, a serial scanner (through the bridge) and the
 * camera all feed this one pipeline. A scan from any screen, or over the last receipt, starts
 * ringing up on the register.
 */
import { scanBarcode } from '../stores/cart-store';
import { startNextSale } from '../stores/payment-store';
import { showScreen } from '../stores/terminal-store';

export function acceptScan(code: string): void {
  showScreen('register');
  startNextSale();
  scanBarcode(code);
}
