import { WRITE_OFF_REASONS } from '#domain/stock/stock-reason';
import { WRITE_OFF_LABEL } from '#domain/stock/write-off';
import { useStockLevel } from '../stock/queries';
import { stockFigure } from '../stock/stock-figure';
import { showScreen, useTerminalStore } from '../stores/terminal-store';
import {
  addWriteOffProduct,
  closeSavedWriteOff,
  removeWriteOffLine,
  saveWriteOff,
  setWriteOffNote,
  setWriteOffQuantity,
  setWriteOffReason,
  useWriteOffStore,
  writeOffScan,
  type WriteOffDraftLine,
} from '../stores/write-off-store';
import { ProductPicker } from './ProductPicker';
import { RadioButtons } from './RadioButtons';
import { WriteOffSlipPaper } from './Receipt';

/** Stok terbuang: goods damaged, expired or lost leave the books with a manager's approval; the slip prints. */
export function WriteOffScreen() {
  const saved = useWriteOffStore((s) => s.saved);
  const identity = useTerminalStore((s) => s.identity)!;
  if (saved)
    return (
      // The slip scrolls within the screen, so "Stok terbuang baru" stays in view at 1024×768.
      <main className="receiving-screen">
        <div className="screen-title">
          <h2>Stok terbuang tercatat</h2>
          <button className="primary" onClick={closeSavedWriteOff}>
            Stok terbuang baru
          </button>
        </div>
        <p className="hint">Berita acara dicetak di printer struk: tanda tangani dan simpan bersama dokumen outlet.</p>
        <WriteOffSlipPaper {...saved} identity={identity} />
      </main>
    );
  return <WriteOffForm />;
}

function WriteOffForm() {
  const { reason, note, lines, saving } = useWriteOffStore();
  return (
    <main className="receiving-screen write-off-screen">
      <div className="screen-title">
        <h2>Stok terbuang</h2>
        <button onClick={() => showScreen('stock')}>Kembali ke Stok</button>
      </div>
      <div className="receiving-head">
        <RadioButtons
          className="unit-toggle"
          label="Alasan"
          value={reason}
          choices={WRITE_OFF_REASONS.map((r) => [r, WRITE_OFF_LABEL[r]] as const)}
          onChange={setWriteOffReason}
        />
        <label>
          Catatan
          <input
            aria-label="Catatan"
            maxLength={200}
            placeholder="contoh: kemasan sobek saat dibongkar"
            value={note}
            onChange={(e) => setWriteOffNote(e.target.value)}
          />
        </label>
      </div>
      <ProductPicker onPick={addWriteOffProduct} onScan={writeOffScan} none="Tidak ada produk yang cocok di katalog." />
      <div className="list-scroll">
        <table className="receiving-lines">
          <thead>
            <tr>
              <th>Produk</th>
              <th className="num">Stok di sini</th>
              <th>Kedaluwarsa</th>
              <th className="qty">Dibuang</th>
              <th aria-label="Hapus" />
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <LineRow key={line.key} line={line} />
            ))}
          </tbody>
        </table>
        {lines.length === 0 && <p className="hint">Pindai barang yang dibuang, atau cari di atas.</p>}
      </div>
      <div className="receiving-foot">
        <button className="primary" disabled={saving || lines.length === 0} onClick={() => void saveWriteOff()}>
          {saving ? 'Menyimpan…' : 'Simpan & cetak berita acara'}
        </button>
      </div>
    </main>
  );
}

function LineRow({ line }: { line: WriteOffDraftLine }) {
  const { product } = line;
  const level = useStockLevel(product.id);
  return (
    <tr data-write-off-line={product.name}>
      <td>
        <div className="line-name">{product.name}</div>
        <div className="line-meta">{product.barcode ?? `PLU ${product.plu}`}</div>
      </td>
      <td className="num">{level !== undefined && stockFigure(product, level ?? undefined).text}</td>
      <td>{line.expiry ?? '—'}</td>
      <td className="qty">
        <input
          className="quantity"
          inputMode="numeric"
          aria-label={`Jumlah ${product.name}`}
          value={line.quantity}
          onChange={(e) => setWriteOffQuantity(line.key, e.target.value)}
        />{' '}
        {product.soldBy === 'weight' ? 'gram' : product.unit}
      </td>
      <td>
        <button className="remove" aria-label={`Hapus ${product.name}`} onClick={() => removeWriteOffLine(line.key)}>
          ✕
        </button>
      </td>
    </tr>
  );
}
