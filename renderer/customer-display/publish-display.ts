/**
 * Keeps the customer display in step with the register: on every change of the sale at the till
 * (or of the terminal: outlet, catalog) the display's state is made again by the domain
 * (domain/checkout/customer-display.ts) and, when it changed, posted on the BroadcastChannel every
 * display window of this origin listens to. A display that opens says hello and is told at once.
 */
import { CUSTOMER_DISPLAY_CHANNEL, CUSTOMER_DISPLAY_HASH, CUSTOMER_DISPLAY_HELLO } from '#bridge/customer-display';
import { customerDisplayState, type RegisterView } from '#domain/checkout/customer-display';
import { toDynamicQris } from '#domain/checkout/qris';
import { useCheckoutStore } from '../stores/checkout-store';
import { useTerminalStore } from '../stores/terminal-store';

export function publishCustomerDisplay(): () => void {
  const channel = new BroadcastChannel(CUSTOMER_DISPLAY_CHANNEL);
  let last = '';
  const publish = (always: boolean) => {
    const state = customerDisplayState(registerView());
    const text = JSON.stringify(state);
    if (!always && text === last) return;
    last = text;
    channel.postMessage(state);
  };
  channel.onmessage = (message: MessageEvent<unknown>) => {
    if (message.data === CUSTOMER_DISPLAY_HELLO) publish(true);
  };
  const leave = [useCheckoutStore.subscribe(() => publish(false)), useTerminalStore.subscribe(() => publish(false))];
  publish(true);
  return () => {
    leave.forEach((stop) => stop());
    channel.close();
  };
}

/** "Layar pelanggan": the display in a window of its own (Electron's main puts it on the second monitor). */
export function openCustomerDisplay(): void {
  window.open(new URL(CUSTOMER_DISPLAY_HASH, location.href).href, 'layar-pelanggan', 'popup,width=1024,height=640');
}

function registerView(): RegisterView {
  const { cart, payments, asn, completed, completedAsn, qrisDue } = useCheckoutStore.getState();
  const { identity, catalog } = useTerminalStore.getState();
  const qris = qrisDue === null || !identity ? null : toDynamicQris(identity.qrisStatic, qrisDue);
  return {
    outletName: identity?.outletName ?? '',
    featured: catalog.featured,
    cart,
    payments,
    qris: qris?.ok ? { payload: qris.value, amount: qrisDue! } : null,
    asn: asn && { name: asn.buyer.name, monthBefore: asn.standing.total, threshold: asn.standing.threshold },
    completed: completed && {
      sale: completed,
      asn: completedAsn && {
        name: completedAsn.name,
        monthTotal: completedAsn.monthTotal,
        threshold: completedAsn.threshold,
      },
    },
  };
}
