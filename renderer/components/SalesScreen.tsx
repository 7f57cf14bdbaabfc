import { useEffect, useState } from 'react';
import { formatRupiah, subtract, ZERO } from '#domain/money';
import { paymentMethodsText } from '#domain/checkout/payment-method';
import type { Refund } from '#domain/checkout/refund';
import { formatReceiptNo } from '#domain/checkout/receipt-number';
import { businessDate, formatWita } from '#domain/wita';
import type { AsnBlock } from '#hardware/receipt/receipt-layout';
import type { HistoryRow } from '../refunds/refund-commands';
import { useSalesHistory } from '../refunds/queries';
import { printedAsnBlock, reprintSale } from '../print/print-commands';
import { findForRefund, useRefundStore } from '../stores/refund-store';
import { useTerminalStore } from '../stores/terminal-store';
import { Receipt, RefundReceipt } from './Receipt';
import { RefundPanel } from './RefundPanel';
import { submitHandler } from './submit-handler';

const SHOWN = 200;

/** The terminal's own sales and refunds, newest first, straight from its database; sales refunded are marked. */
export function SalesScreen() {
  const identity = useTerminalStore((s) => s.identity)!;
  const refunding = useRefundStore((s) => s.subject);
  const rows = useSalesHistory(SHOWN);
  const [open, setOpen] = useState<Extract<HistoryRow, { kind: 'sale' }> | null>(null);
  const [openRefund, setOpenRefund] = useState<Refund | null>(null);
  const [openAsn, setOpenAsn] = useState<AsnBlock | null>(null);
  const [code, setCode] = useState('');
  useEffect(() => {
    let current = true;
    setOpenAsn(null);
    if (open?.sale.asn) void printedAsnBlock(open.sale).then((block) => current && setOpenAsn(block));
    return () => {
      current = false;
    };
  }, [open]);
  if (rows === undefined) return <p className="boot">Memuat riwayat…</p>;
  if (refunding) {
    return (
      <main className="sales-screen">
        <RefundPanel />
        <aside>
          <div className="receipt-actions">
            <button className="reprint" onClick={() => void reprintSale(refunding.sale)}>
              Cetak ulang struk ini (SALINAN)
            </button>
          </div>
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
          onSubmit={submitHandler(() => findForRefund(code).then((found) => found && setCode('')))}
        >
          <label>
            Refund atau cetak ulang: pindai QR struk atau ketik nomor struk (struk lama diambil dari server provinsi)
            <input
              autoFocus
              aria-label="Cari struk"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              placeholder={formatReceiptNo({
                outletCode: identity.outletCode,
                terminalCode: identity.terminalCode,
                businessDate: businessDate(new Date()),
                sequence: 1,
              })}
            />
          </label>
          <button type="submit">Cari</button>
        </form>
        {rows.length === 0 ? (
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
              {rows.map((row) =>
                row.kind === 'sale' ? (
                  <tr
                    key={row.sale.id}
                    data-sale={row.sale.receiptNo}
                    data-refunded={row.refunded}
                    className={open?.sale.id === row.sale.id ? 'selected' : undefined}
                    onClick={() => (setOpen(row), setOpenRefund(null))}
                  >
                    <td>
                      {row.sale.receiptNo} {row.sale.training && <span className="training-tag">Latihan</span>}
                      {row.refunded !== 'none' && (
                        <span className="refund-tag">
                          {row.refunded === 'full' ? 'Direfund penuh' : 'Direfund sebagian'}
                        </span>
                      )}
                    </td>
                    <td>{formatWita(row.sale.completedAt)}</td>
                    <td>{paymentMethodsText(row.sale.payments)}</td>
                    <td className="num">{formatRupiah(row.sale.total)}</td>
                  </tr>
                ) : (
                  <tr
                    key={row.refund.id}
                    data-refund={row.refund.receiptNo}
                    className={openRefund?.id === row.refund.id ? 'selected refund-row' : 'refund-row'}
                    onClick={() => (setOpenRefund(row.refund), setOpen(null))}
                  >
                    <td>
                      {row.refund.receiptNo} <span className="refund-tag">Refund {row.refund.originalReceiptNo}</span>
                    </td>
                    <td>{formatWita(row.refund.refundedAt)}</td>
                    <td>{paymentMethodsText(row.refund.payments)}</td>
                    <td className="num">{formatRupiah(subtract(ZERO, row.refund.total))}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        )}
      </section>
      <aside>
        {open ? (
          <>
            <div className="receipt-actions">
              <button className="reprint" onClick={() => void reprintSale(open.sale)}>
                Cetak ulang struk ini (SALINAN)
              </button>
              {open.refunded === 'full' ? (
                <p className="hint" data-testid="fully-refunded">
                  Semua barang struk ini sudah direfund.
                </p>
              ) : (
                <button className="refund-start" onClick={() => void findForRefund(open.sale.id)}>
                  Refund barang dari struk ini
                </button>
              )}
            </div>
            <Receipt sale={open.sale} identity={identity} asn={openAsn} />
          </>
        ) : openRefund ? (
          <RefundReceipt refund={openRefund} identity={identity} />
        ) : (
          <p className="hint">Pilih penjualan untuk melihat struknya.</p>
        )}
      </aside>
    </main>
  );
}
