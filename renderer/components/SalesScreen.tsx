import { useEffect, useState } from 'react';
import { formatRupiah } from '../../domain/money';
import { paymentMethodLabel } from '../../domain/payment-method';
import type { Sale } from '../../domain/sale';
import { formatWita } from '../../domain/wita';
import { reprintSale } from '../stores/printer-store';
import { database, useTerminalStore } from '../stores/terminal-store';
import { Receipt } from './Receipt';

const SHOWN = 200;

/** The terminal's own sales, newest first, straight from its database. */
export function SalesScreen() {
  const identity = useTerminalStore((s) => s.identity)!;
  const [sales, setSales] = useState<Sale[] | null>(null);
  const [open, setOpen] = useState<Sale | null>(null);
  useEffect(() => {
    void database().sales.orderBy('completedAt').reverse().limit(SHOWN).toArray().then(setSales);
  }, []);
  if (sales === null) return <p className="boot">Memuat riwayat…</p>;
  return (
    <main className="sales-screen">
      <section>
        <h2>Riwayat penjualan</h2>
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
                  <td>{s.payments.map((p) => paymentMethodLabel(p.method)).join(' + ')}</td>
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
            <Receipt sale={open} identity={identity} />
            <button className="reprint" onClick={() => void reprintSale(open)}>
              Cetak ulang struk ini (SALINAN)
            </button>
          </>
        ) : (
          <p className="hint">Pilih penjualan untuk melihat struknya.</p>
        )}
      </aside>
    </main>
  );
}
