import { useEffect, useState } from 'react';
import { CUSTOMER_DISPLAY_CHANNEL, CUSTOMER_DISPLAY_HELLO } from '#bridge/customer-display';
import type { CustomerDisplayState } from '#domain/checkout/customer-display';
import { formatRupiah } from '#domain/money';
import { QrisCode } from './QrisPanel';
import './customer-display.css';

/**
 * The buyer's screen: what the register publishes (customer-display/publish-display.ts) as it comes
 * over the BroadcastChannel. It asks for the present state when it opens, so it may open mid-sale.
 */
export function CustomerDisplay() {
  const [state, setState] = useState<CustomerDisplayState | null>(null);
  useEffect(() => {
    const channel = new BroadcastChannel(CUSTOMER_DISPLAY_CHANNEL);
    channel.onmessage = (message: MessageEvent<CustomerDisplayState | string>) => {
      if (typeof message.data === 'object') setState(message.data);
    };
    channel.postMessage(CUSTOMER_DISPLAY_HELLO);
    return () => channel.close();
  }, []);
  useEffect(() => {
    document.title = 'Layar pelanggan — NTT Mart';
  }, []);
  if (state === null) return <main className="customer-display waiting">Menunggu kasir…</main>;
  if (state.kind === 'welcome')
    return (
      <main className="customer-display welcome" data-display="welcome">
        <h1>Selamat datang di {state.outletName}</h1>
        <p>Produk UMKM Nusa Tenggara Timur pilihan:</p>
        <ul className="featured">
          {state.featured.map((p) => (
            <li key={`${p.supplier}/${p.name}`}>
              <strong>{p.name}</strong>
              <span>{p.supplier}</span>
              <span className="num">{p.price}</span>
            </li>
          ))}
        </ul>
      </main>
    );
  return (
    <main className="customer-display sale" data-display={state.done ? 'done' : 'sale'}>
      <section className="display-lines">
        <table>
          <tbody>
            {state.lines.map((line, i) => (
              <tr key={i}>
                <td>
                  {line.name}
                  <small>{line.detail}</small>
                </td>
                <td className="num">{formatRupiah(line.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <aside className="display-summary">
        <dl>
          <dt>Total</dt>
          <dd className="num" data-testid="display-total">
            {formatRupiah(state.total)}
          </dd>
          {state.paid > 0 && (
            <>
              <dt>Dibayar</dt>
              <dd className="num" data-testid="display-paid">
                {formatRupiah(state.paid)}
              </dd>
            </>
          )}
          {state.change !== null && (
            <>
              <dt>Kembalian</dt>
              <dd className="num" data-testid="display-change">
                {formatRupiah(state.change)}
              </dd>
            </>
          )}
        </dl>
        {state.qris && (
          <div className="display-qris">
            <p>Pindai QRIS ini untuk membayar {formatRupiah(state.qris.amount)}</p>
            <QrisCode payload={state.qris.payload} amount={state.qris.amount} width={320} />
          </div>
        )}
        {state.asn && (
          <div className={state.asn.met ? 'display-asn met' : 'display-asn'} data-testid="display-asn">
            {state.asn.name && <strong>{state.asn.name}</strong>}
            <span>{state.asn.standing}</span>
          </div>
        )}
        {state.done && <p className="display-thanks">Terima kasih telah mendukung UMKM NTT!</p>}
      </aside>
    </main>
  );
}
