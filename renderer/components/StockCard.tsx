import { useState } from 'react';
import type { Product } from '#domain/catalog/product';
import { formatBusinessDate, formatWita, toBusinessDate } from '#domain/wita';
import { useReplenishment, useStockCardPage } from '../stock/queries';
import { REASON_LABEL, type StockCardCursor } from '../stock/stock-card';
import { scannedProduct } from '../stores/scanned-product';
import { showError } from '../stores/notice-store';
import { Modal } from './Modal';
import { ProductPicker } from './ProductPicker';
import { coverText, quantityText } from './StockReplenishment';
import './stock-card.css';

/**
 * Kartu stok: a product's movements, newest page first, with the document, what came in and went
 * out, the balance after each and a received batch's expiry; above them on hand, the 28 days'
 * sales, days of cover and the order to place. Without a product it asks for one first.
 */
export function StockCard({
  product,
  leadTimeDays,
  onClose,
}: {
  product: Product | null;
  leadTimeDays: number;
  onClose: () => void;
}) {
  const [chosen, setChosen] = useState(product);
  const pick = (code: string) => {
    const found = scannedProduct(code);
    if (found && 'product' in found) setChosen(found.product);
    else if (found) showError(`Barcode ${found.unknownBarcode} belum ada di katalog.`);
  };
  return (
    <Modal label="Kartu stok" className="stock-card" cancel={onClose}>
      <header>
        <h2>Kartu stok{chosen && `: ${chosen.name}`}</h2>
        <button onClick={onClose}>Tutup (Esc)</button>
      </header>
      {chosen === null ? (
        <ProductPicker onPick={setChosen} onScan={pick} none="Tidak ada produk yang cocok di katalog." />
      ) : (
        <Card key={chosen.id} product={chosen} leadTimeDays={leadTimeDays} />
      )}
    </Modal>
  );
}

function Card({ product, leadTimeDays }: { product: Product; leadTimeDays: number }) {
  // The cursors of the pages before this one, newest first: "Lebih baru" goes back one.
  const [cursors, setCursors] = useState<(StockCardCursor | null)[]>([null]);
  const cursor = cursors.at(-1)!;
  const page = useStockCardPage(product.id, cursor);
  const figures = useReplenishment(product, leadTimeDays);
  const q = (n: number) => quantityText(product, n);
  return (
    <>
      {figures && (
        <dl className="stock-card-figures">
          <dt>Stok sekarang</dt>
          <dd data-on-hand>{q(figures.onHand)}</dd>
          <dt>Minimum</dt>
          <dd>{q(figures.minimum)}</dd>
          <dt>Terjual 28 hari</dt>
          <dd>{q(figures.sold)}</dd>
          <dt>Cukup untuk</dt>
          <dd>{coverText(figures.daysOfCover)}</dd>
          <dt>Saran pesan</dt>
          <dd data-suggested>
            {q(figures.suggested)}
            <span className="line-meta"> (tunggu {leadTimeDays} hari)</span>
          </dd>
        </dl>
      )}
      <div className="list-scroll">
        <table className="stock-card-lines">
          <thead>
            <tr>
              <th>Tanggal (WITA)</th>
              <th>Keterangan</th>
              <th>Dokumen</th>
              <th className="num">Masuk</th>
              <th className="num">Keluar</th>
              <th className="num">Saldo</th>
              <th>Kedaluwarsa</th>
            </tr>
          </thead>
          <tbody>
            {page?.rows.map((r) => (
              <tr key={r.id} data-reason={r.reason}>
                <td>{formatWita(r.occurredAt)}</td>
                <td>{REASON_LABEL[r.reason]}</td>
                <td>{r.reference}</td>
                <td className="num">{r.in === null ? '' : q(r.in)}</td>
                <td className="num">{r.out === null ? '' : q(r.out)}</td>
                <td className="num">{q(r.balance)}</td>
                <td>{r.expiry && formatBusinessDate(toBusinessDate(r.expiry))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {page?.rows.length === 0 && <p className="hint">Belum ada pergerakan stok untuk produk ini.</p>}
      </div>
      <div className="stock-card-pages">
        <button disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          ‹ Lebih baru
        </button>
        <span>Halaman {cursors.length}</span>
        <button disabled={!page?.older} onClick={() => page?.older && setCursors([...cursors, page.older])}>
          Lebih lama ›
        </button>
      </div>
    </>
  );
}
