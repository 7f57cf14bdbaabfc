import { useEffect, useState } from 'react';
import { formatRupiah } from '../../domain/money';
import { paymentMethodsText } from '../../domain/checkout/payment-method';
import type { Sale } from '../../domain/checkout/sale';
import { formatReceiptNo } from '../../domain/checkout/receipt-number';
import { businessDate, formatWita } from '../../domain/wita';
import type { AsnBlock } from '../../hardware/receipt/receipt-layout';
import { printedAsnBlock, reprintSale } from '../stores/printer-store';
import { findForRefund, useRefundStore } from '../stores/refund-store';
import { database, useTerminalStore } from '../stores/terminal-store';
import { Receipt } from './Receipt';
import { RefundPanel } from './RefundPanel';

const SHOWN = 200;

/** The terminal's own sales, newest first, straight from its database; and refunds of them. */
export function SalesScreen() {
  const identity = useTerminalStore((s) => s.identity)!;
  const refunding = useRefundStore((s) => s.subject);
  const [sales, setSales] = useState<Sale[] | null>(null);
  const [open, setOpen] = useState<Sale | null>(null);
  const [openAsn, setOpenAsn] = useState<AsnBlock | null>(null);
  const [code, setCode] = useState('');
  useEffect(() => {
    void database().sales.orderBy('completedAt').reverse().limit(SHOWN).toArray().then(setSales);
  }, []);
  useEffect(() => {
    let current = true;
    setOpenAsn(null);
    if (open?.asn) void printedAsnBlock(open).then((block) => current && setOpenAsn(block));
    return () => {
      current = false;
    };
  }, [open]);
  if (sales === null) return <p className="boot">Memuat riwayat…</p>;
  if (refunding) {
    return (
      <main className="sales-screen">
        <RefundPanel />
        <aside>
          <Receipt sale={refunding.sale} identity={identity} />
        </aside>
      </main>
    );
  }
  return (
    <main className="sales-screen">
      <section>
        <h2>Riwayat penjualan</h2>
        <form
          className="find-receipt"
          onSubmit={(e) => {
            e.preventDefault();
            void findForRefund(code).then((found) => found && setCode(''));
          }}
        >
          <label>
            Refund: pindai QR struk atau ketik nomor struk
            <input autoFocus aria-label="Cari struk" value={code} onChange={(e) => setCode(e.target.value)} placeholder={formatReceiptNo({ outletCode: identity.outletCode, terminalCode: identity.terminalCode, businessDate: businessDate(new Date()), sequence: 1 })} />
          </label>
          <button type="submit">Cari</button>
        </form>
        {sales.length === 0 ? (
          <p>Belum ada penjualan di terminal ini.</p>
        ) : (
          <table className="sales">
            <thead>
              <tr>
                <th>No. struk</th>
                <th>Waktu (WITA)</th>
                <th>Pembayaran</th>
                <th className="num">Total</th>
              </tr>
            </thead>
            <tbody>
              {sales.map((s) => (
                <tr key={s.id} data-sale={s.receiptNo} className={open?.id === s.id ? 'selected' : undefined} onClick={() => setOpen(s)}>
                  <td>
                    {s.receiptNo} {s.training && <span className="training-tag">Latihan</span>}
                  </td>
                  <td>{formatWita(s.completedAt)}</td>
                  <td>{paymentMethodsText(s.payments)}</td>
                  <td className="num">{formatRupiah(s.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <aside>
        {open ? (
          <>
            <div className="receipt-actions">
              <button className="reprint" onClick={() => void reprintSale(open)}>
                Cetak ulang struk ini (SALINAN)
              </button>
              <button className="refund-start" onClick={() => void findForRefund(open.id)}>
                Refund barang dari struk ini
              </button>
            </div>
            <Receipt sale={open} identity={identity} asn={openAsn} />
          </>
        ) : (
          <p className="hint">Pilih penjualan untuk melihat struknya.</p>
        )}
      </aside>
    </main>
  );
}
