import { useOutlets, useStockLevel } from '../stock/queries';
import { stockFigure } from '../stock/stock-figure';
import {
  addTransferProduct,
  chooseDestination,
  closeSavedTransfer,
  removeTransferLine,
  saveTransfer,
  setTransferQuantity,
  transferScan,
  useTransferStore,
  type TransferDraftLine,
} from '../stores/transfer-store';
import { showScreen, useTerminalStore } from '../stores/terminal-store';
import { ProductPicker } from './ProductPicker';
import { TransferSlipPaper } from './Receipt';

/** Kirim mutasi (manajer): goods leave this outlet for another, in transit until it receives them; the slip prints. */
export function TransferScreen() {
  const saved = useTransferStore((s) => s.saved);
  const identity = useTerminalStore((s) => s.identity)!;
  if (saved)
    return (
      <main className="receiving-screen receiving-saved">
        <h2>Mutasi terkirim</h2>
        <p className="hint">
          Surat jalan dicetak di printer struk: kirim bersama barangnya. {saved.toOutletName} menerimanya di layar Stok.
        </p>
        <TransferSlipPaper {...saved} identity={identity} />
        <button className="primary" onClick={closeSavedTransfer}>
          Mutasi baru
        </button>
      </main>
    );
  return <TransferForm />;
}

function TransferForm() {
  const { to, lines, saving } = useTransferStore();
  const identity = useTerminalStore((s) => s.identity)!;
  const outlets = useOutlets();
  return (
    <main className="receiving-screen transfer-screen">
      <div className="screen-title">
        <h2>Kirim mutasi (manajer)</h2>
        <button onClick={() => showScreen('stock')}>Kembali ke Stok</button>
      </div>
      <div className="receiving-head">
        <label>
          Outlet tujuan
          <select
            aria-label="Outlet tujuan"
            value={to?.id ?? ''}
            onChange={(e) => chooseDestination(outlets?.find((o) => o.id === e.target.value) ?? null)}
          >
            <option value="">— pilih outlet —</option>
            {(outlets ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
                {o.id === identity.outletId ? ' (outlet ini)' : ''}
              </option>
            ))}
          </select>
        </label>
      </div>
      {outlets?.length === 0 && (
        <p className="hint" role="status">
          Daftar outlet belum diunduh dari server provinsi: daftarkan terminal dan sinkronkan dulu.
        </p>
      )}
      <ProductPicker onPick={addTransferProduct} onScan={transferScan} none="Tidak ada produk yang cocok di katalog." />
      <div className="list-scroll">
        <table className="receiving-lines">
          <thead>
            <tr>
              <th>Produk</th>
              <th className="num">Stok di sini</th>
              <th className="qty">Dikirim</th>
              <th aria-label="Hapus" />
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <LineRow key={line.product.id} line={line} />
            ))}
          </tbody>
        </table>
        {lines.length === 0 && <p className="hint">Pindai barang yang dikirim, atau cari di atas.</p>}
      </div>
      <div className="receiving-foot">
        <button className="primary" disabled={saving || lines.length === 0} onClick={() => void saveTransfer()}>
          {saving ? 'Menyimpan…' : 'Kirim & cetak surat jalan'}
        </button>
      </div>
    </main>
  );
}

function LineRow({ line }: { line: TransferDraftLine }) {
  const { product } = line;
  const level = useStockLevel(product.id);
  return (
    <tr data-transfer-line={product.name}>
      <td>
        <div className="line-name">{product.name}</div>
        <div className="line-meta">{product.barcode ?? `PLU ${product.plu}`}</div>
      </td>
      <td className="num">{level !== undefined && stockFigure(product, level ?? undefined).text}</td>
      <td className="qty">
        <input
          className="quantity"
          inputMode="numeric"
          aria-label={`Jumlah ${product.name}`}
          value={line.quantity}
          onChange={(e) => setTransferQuantity(product.id, e.target.value)}
        />{' '}
        {product.soldBy === 'weight' ? 'gram' : product.unit}
      </td>
      <td>
        <button className="remove" aria-label={`Hapus ${product.name}`} onClick={() => removeTransferLine(product.id)}>
          ✕
        </button>
      </td>
    </tr>
  );
}
