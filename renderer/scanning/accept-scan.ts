/**
 * Where every scanner's codes go: the keyboard wedge, a serial scanner (through the bridge) and the
 * camera all feed this one pipeline. A scan from any screen, or over the last receipt, starts
 * ringing up on the register; the QR code of a receipt (its sale's id) opens that sale for refund;
 * an 18-digit number (an ASN's ID card) is a NIP, never a product; on the goods receiving screen a
 * scan adds the product to the receiving, on the transfer screen to the transfer, on the stock-take screen to the count,
 * on the write-off screen to the write-off. Nothing is taken while the
 * terminal is locked.
 */
import { isNipScan } from '#domain/asn/nip';
import { isReceiptQr } from '../refunds/refund-commands';
import { scanNip } from '../stores/asn-store';
import { scanBarcode } from '../stores/cart-store';
import { showError } from '../stores/notice-store';
import { startNextSale } from '../stores/payment-store';
import { findForRefund } from '../stores/refund-store';
import { useSessionStore } from '../stores/session-store';
import { receiveScan } from '../stores/receiving-store';
import { showScreen, useTerminalStore } from '../stores/terminal-store';
import { stockTakeScan } from '../stores/stock-take-store';
import { transferScan } from '../stores/transfer-store';
import { writeOffScan } from '../stores/write-off-store';

export function acceptScan(code: string): void {
  if (!useSessionStore.getState().user) return showError('Terminal terkunci: masuk dulu dengan nama dan PIN.');
  if (isReceiptQr(code)) return void findForRefund(code);
  // Goods arriving are scanned into the receiving, not sold.
  const { screen } = useTerminalStore.getState();
  if (screen === 'receiving') return void receiveScan(code);
  if (screen === 'transfer') return void transferScan(code);
  if (screen === 'stock-take') return void stockTakeScan(code);
  if (screen === 'write-off') return void writeOffScan(code);
  showScreen('register');
  startNextSale();
  if (isNipScan(code)) scanNip(code);
  else scanBarcode(code);
}
