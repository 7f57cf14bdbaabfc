import { useMemo, useState } from 'react';
import { formatRupiah } from '#domain/money';
import { printProductLabels } from '../catalog/label-commands';
import { useLabelProducts } from '../catalog/queries';
import { showError } from '../stores/notice-store';
import { runBusy } from './busy-action';

const SHOWN = 100;
/** The print request's own limits (bridge/print-request). */
const MAX_PRODUCTS = 200;
const MAX_COPIES = 100;

/** For managers: barcode labels for UMKM products that came without one. */
export function LabelsScreen() {
  const products = useLabelProducts();
  const [query, setQuery] = useState('');
  const [copies, setCopies] = useState<Map<string, number>>(new Map());
  const [busy, setBusy] = useState(false);

  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (products ?? []).filter((p) =>
      words.every((w) => `${p.name} ${p.supplier} ${p.barcode ?? ''}`.toLowerCase().includes(w)),
    );
  }, [products, query]);
  const sheets = [...copies.values()].reduce((a, b) => a + b, 0);
  const choose = (id: string, count: number | null) =>
    setCopies((current) => {
      const next = new Map(current);
      if (count === null) next.delete(id);
      else next.set(id, Math.max(1, Math.min(MAX_COPIES, count)));
      return next;
    });

  const print = async () => {
    if (copies.size > MAX_PRODUCTS) return showError(`Pilih paling banyak ${MAX_PRODUCTS} produk sekaligus.`);
    await runBusy(
      setBusy,
      async () => {
        if (await printProductLabels(copies)) setCopies(new Map());
      },
      'Label tidak bisa dibuat: ',
    );
  };

  if (products === undefined) return <p className="boot">Memuat produk…</p>;
  return (
    <main className="labels-screen">
      <h2>Label barcode produk (manajer)</h2>
      <p className="hint">
        Produk UMKM tanpa barcode mendapat kode toko EAN-13 (awalan 20) saat labelnya dicetak pertama kali. Tempel label
        pada kemasan agar bisa dipindai di kasir.
      </p>
      <div className="labels-bar">
        <input
          type="search"
          aria-label="Cari produk untuk label"
          placeholder="Cari nama, pemasok atau kode…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button className="primary" disabled={busy || copies.size === 0} onClick={() => void print()}>
          {busy ? 'Menyiapkan…' : `Cetak label (${sheets} lembar)`}
        </button>
      </div>
      <div className="list-scroll">
        <table className="labels">
          <thead>
            <tr>
              <th aria-label="Pilih" />
              <th>Produk</th>
              <th>Kode</th>
              <th className="num">Harga</th>
              <th className="qty">Jumlah label</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, SHOWN).map((p) => (
              <tr key={p.id} data-product={p.id} className={copies.has(p.id) ? 'selected' : undefined}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Pilih ${p.name}`}
                    checked={copies.has(p.id)}
                    onChange={(e) => choose(p.id, e.target.checked ? 1 : null)}
                  />
                </td>
                <td>
                  <div className="line-name">{p.name}</div>
                  <div className="line-meta">{p.supplier}</div>
                </td>
                <td>{p.barcode ?? <span className="no-code">belum ada kode</span>}</td>
                <td className="num">{formatRupiah(p.price)}</td>
                <td className="qty">
                  <input
                    className="quantity"
                    inputMode="numeric"
                    aria-label={`Jumlah label ${p.name}`}
                    value={copies.get(p.id) ?? ''}
                    placeholder="0"
                    onChange={(e) => {
                      const digits = e.target.value.replace(/\D/g, '');
                      choose(p.id, digits === '' || digits === '0' ? null : Number(digits));
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length > SHOWN && (
        <p className="hint">
          Menampilkan {SHOWN} dari {shown.length} produk: ketik untuk mencari.
        </p>
      )}
      {shown.length === 0 && <p className="hint">Tidak ada produk yang cocok.</p>}
    </main>
  );
}
