/**
 * Identifying the ASN buying the cart (F11, or a NIP scanned from their ID card): the entry dialog's
 * state and its actions. A malformed number is refused with the part that is wrong; a well-formed
 * one shows the roster's name and OPD and the month so far, and is attached to the cart once the
 * cashier confirms it is the person at the counter.
 */
import { create } from 'zustand';
import { formatNip, nipDigits } from '#domain/asn/nip';
import { asnStandingAt } from '../asn/asn-standing-input';
import { identifyAsn, type Identification } from '../asn/identify-asn';
import { playErrorTone } from '../sound/beep';
import { removeCartAsn, setCartAsn, useCartStore } from './cart-store';
import { showInfo } from './notice-store';
import { requireShift } from './shift-store';
import { database, useTerminalStore } from './terminal-store';

interface AsnEntryState {
  open: boolean;
  /** The number as typed or scanned. */
  text: string;
  checking: boolean;
  /** What the last check of `text` found; null while it is being edited. */
  result: Identification | null;
}

const CLOSED: AsnEntryState = { open: false, text: '', checking: false, result: null };

export const useAsnEntryStore = create<AsnEntryState>(() => CLOSED);

/** Numbers each check, so an answer for text edited since is dropped. */
let checks = 0;

/** A NIP may come at any point of the sale, the payment dialog included: the buyer finds the card late. */
function mayIdentify(): boolean {
  return requireShift() !== null;
}

/** F11: the dialog, empty (or with the NIP of the buyer already identified, to change it). */
export function openAsnEntry(): void {
  if (!mayIdentify()) return;
  const current = useCartStore.getState().asn;
  useAsnEntryStore.setState({ ...CLOSED, open: true, text: current ? formatNip(current.buyer.nip) : '' });
}

export function closeAsnEntry(): void {
  checks++;
  useAsnEntryStore.setState(CLOSED);
}

export function editNip(text: string): void {
  checks++;
  useAsnEntryStore.setState({ text, checking: false, result: null });
}

/** A NIP from a scanner (keyboard wedge, serial or camera): checked at once, for the cashier to confirm. */
export function scanNip(code: string): void {
  if (!mayIdentify()) return;
  useAsnEntryStore.setState({ ...CLOSED, open: true, text: formatNip(nipDigits(code) ?? code) });
  void checkNip();
}

/** Checks the number in the field: the wrong part, or the roster's answer and the month so far. */
export async function checkNip(): Promise<void> {
  const { text } = useAsnEntryStore.getState();
  const identity = useTerminalStore.getState().identity;
  if (!identity) return;
  const check = ++checks;
  useAsnEntryStore.setState({ checking: true, result: null });
  const result = await identifyAsn(database(), text, new Date(), identity.training);
  if (check !== checks) return;
  if (!result.ok) playErrorTone();
  useAsnEntryStore.setState({ checking: false, result });
}

/** A pull brought new month figures (or a new minimum): the cart's ASN card shows them. */
export async function refreshCartAsn(): Promise<void> {
  const asn = useCartStore.getState().asn;
  const identity = useTerminalStore.getState().identity;
  if (!asn || !identity) return;
  const standing = await asnStandingAt(database(), asn.buyer.nip, new Date(), identity.training);
  // The cashier may have changed or removed the NIP meanwhile.
  if (useCartStore.getState().asn?.buyer.nip === asn.buyer.nip) setCartAsn({ buyer: asn.buyer, standing });
}

/** "Benar": the checked ASN buys this cart. */
export function confirmAsn(): void {
  const { result } = useAsnEntryStore.getState();
  if (!result?.ok) return;
  const { buyer } = result.value;
  setCartAsn(result.value);
  closeAsnEntry();
  const who = buyer.name ?? `NIP ${formatNip(buyer.nip)} (belum terverifikasi)`;
  showInfo(`ASN: ${who}`, 'success');
}

/** The NIP comes off the cart (it was the wrong person); removing goods still needs a manager. */
export function removeAsn(): void {
  if (!useCartStore.getState().asn) return;
  removeCartAsn();
  showInfo('NIP ASN dihapus dari transaksi ini.');
}
