import { memo, useEffect, useState } from 'react';
import { formatRupiah } from '#domain/money';
import { describeScope, formatStockQuantity, type ReviewLine, type StockTakeReview } from '#domain/stock/stock-take';
import { formatWita } from '#domain/wita';
import { useCategories } from '../stock/queries';
import type { StockTakeLineRow, StockTakeRow } from '../stock/stock-take-rows';
import {
  approveReviewedStockTake,
  backToCounting,
  beginStockTake,
  cancelWeighing,
  closeSavedStockTake,
  countPicked,
  countWeighed,
  markZero,
  openStockTake,
  pauseStockTake,
  resumeStockTake,
  reviewStockTake,
  setCounted,
  stockTakeScan,
  useStockTakeStore,
} from '../stores/stock-take-store';
import { useTerminalStore } from '../stores/terminal-store';
import { ProductPicker } from './ProductPicker';
import { StockTakeReportPaper } from './Receipt';
import { DocumentLines, QuantityCell, SavedStockDocument, SaveFoot, StockDocumentScreen } from './StockDocumentScreen';

/** Lines shown at once: the last counted first; the review shows every line that differs. */
const SHOWN = 100;

/**
 * Stok opname: count the whole outlet or a category by scanning while the register keeps selling,
 * pause and resume, review the variances, a manager approves and the report prints.
 */
export function StockTakeScreen() {
  const { take, review, saved } = useStockTakeStore();
  const identity = useTerminalStore((s) => s.identity)!;
  useEffect(() => {
    if (take === undefined && !saved) void openStockTake();
  }, [take, saved]);
  if (saved)
    return (
      <SavedStockDocument
        title="Stok opname disetujui"
        again="Selesai"
        onAgain={closeSavedStockTake}
        hint="Laporan dicetak di printer struk. Minta tanda tangan penghitung dan manajer."
        className="stock-take-saved"
      >
        <StockTakeReportPaper {...saved} identity={identity} />
      </SavedStockDocument>
    );
  if (take === undefined) return <p className="boot">Memuat stok opname…</p>;
  return (
    <StockDocumentScreen title="Stok opname" className="stock-take-screen">
      {take === null ? <StartForm /> : review ? <Review take={take} review={review} /> : <Counting take={take} />}
    </StockDocumentScreen>
  );
}

function StartForm() {
  const categories = useCategories();
  const [category, setCategory] = useState('');
  return (
    <div className="stock-take-start">
      <p className="hint">
        Hitung barang di rak dengan memindai. Kasir tetap bisa berjualan: penjualan selama hitung diperhitungkan.
      </p>
      <div className="receiving-head">
        <label>
          Kategori
          <select aria-label="Kategori yang dihitung" value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">Seluruh outlet</option>
            {(categories ?? []).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button
        className="primary"
        onClick={() => void beginStockTake(category === '' ? { kind: 'outlet' } : { kind: 'category', category })}
      >
        Mulai hitung
      </button>
    </div>
  );
}

function TakeHead({ take, counted }: { take: StockTakeRow; counted: number }) {
  return (
    <p className="hint" data-testid="stock-take-head">
      {describeScope(take.scope)} · dimulai {formatWita(take.startedAt)} oleh {take.by.name} · {counted} produk dihitung
      {take.status === 'paused' && ' · DIJEDA'}
    </p>
  );
}

function Counting({ take }: { take: StockTakeRow }) {
  const { lines, weighing } = useStockTakeStore();
  const [grams, setGrams] = useState('');
  if (take.status === 'paused')
    return (
      <>
        <TakeHead take={take} counted={lines.length} />
        <div className="receiving-foot">
          <button className="primary" onClick={() => void resumeStockTake()}>
            Lanjutkan hitung
          </button>
        </div>
      </>
    );
  return (
    <>
      <TakeHead take={take} counted={lines.length} />
      <ProductPicker
        onPick={(p) => void countPicked(p)}
        onScan={stockTakeScan}
        none="Tidak ada produk yang cocok di katalog."
      />
      {weighing && (
        <form
          className="receiving-head"
          onSubmit={(e) => {
            e.preventDefault();
            void countWeighed(grams).then(() => setGrams(''));
          }}
        >
          <label>
            Berat {weighing.name} (gram)
            <input
              aria-label={`Berat ${weighing.name}`}
              inputMode="numeric"
              autoFocus
              value={grams}
              onChange={(e) => setGrams(e.target.value)}
            />
          </label>
          <button className="primary" type="submit">
            Tambahkan
          </button>
          <button type="button" onClick={cancelWeighing}>
            Batal
          </button>
        </form>
      )}
      <DocumentLines
        head={
          <>
            <th>Produk</th>
            <th className="qty">Dihitung</th>
          </>
        }
        below={
          <>
            {lines.length === 0 && <p className="hint">Pindai barang di rak, atau cari di atas.</p>}
            {lines.length > SHOWN && (
              <p className="hint">
                Menampilkan {SHOWN} terakhir dari {lines.length} produk.
              </p>
            )}
          </>
        }
      >
        {lines.slice(0, SHOWN).map((line) => (
          <CountRow key={line.productId} line={line} />
        ))}
      </DocumentLines>
      <div className="receiving-foot">
        <button onClick={() => void pauseStockTake()}>Jeda</button>
        <button className="primary" disabled={lines.length === 0} onClick={() => void reviewStockTake()}>
          Tinjau selisih…
        </button>
      </div>
    </>
  );
}

/** Memoised: a scan replaces one line object, so only that row renders again. */
const CountRow = memo(function CountRow({ line }: { line: StockTakeLineRow }) {
  const [text, setText] = useState(String(line.counted));
  useEffect(() => setText(String(line.counted)), [line.counted]);
  const commit = () => {
    if (text !== String(line.counted)) void setCounted(line, text);
  };
  return (
    <tr data-count-line={line.name}>
      <td>
        <div className="line-name">{line.name}</div>
      </td>
      <QuantityCell
        label={`Dihitung ${line.name}`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        unit={line.soldBy === 'weight' ? 'gram' : 'unit'}
      />
    </tr>
  );
});

const signed = (n: number, text: string) => (n > 0 ? `+${text}` : text);

function Review({ take, review }: { take: StockTakeRow; review: StockTakeReview }) {
  const saving = useStockTakeStore((s) => s.saving);
  const differing = review.lines.filter((l) => l.variance !== 0);
  const shown = [...differing, ...review.lines.filter((l) => l.variance === 0)].slice(0, SHOWN);
  return (
    <>
      <TakeHead take={take} counted={review.lines.length} />
      <div className="stock-take-totals" data-testid="stock-take-totals">
        <span>Berselisih {review.differing}</span>
        <span>Kurang {formatRupiah(review.shortage)}</span>
        <span>Lebih {formatRupiah(review.surplus)}</span>
        <strong data-testid="stock-take-net">Selisih bersih {formatRupiah(review.net)}</strong>
      </div>
      <DocumentLines
        className="receiving-lines stock-take-review"
        head={
          <>
            <th>Produk</th>
            <th className="num">Tercatat</th>
            <th className="num">Dihitung</th>
            <th className="num">Terjual saat hitung</th>
            <th className="num">Selisih</th>
            <th className="num">Selisih (Rp)</th>
          </>
        }
        below={
          <>
            {review.lines.length > SHOWN && (
              <p className="hint">
                Menampilkan {SHOWN} dari {review.lines.length} produk (yang berselisih lebih dulu).
              </p>
            )}
            {review.notCounted.length > 0 && (
              <section className="stock-take-missing" aria-label="Belum dihitung">
                <h3>
                  Belum dihitung ({review.notCounted.length}): tidak disesuaikan kecuali ditandai nol{' '}
                  <button onClick={() => void markZero(review.notCounted)}>Tandai semua nol</button>
                </h3>
                <ul>
                  {review.notCounted.slice(0, SHOWN).map((p) => (
                    <li key={p.id} data-not-counted={p.name}>
                      {p.name} <button onClick={() => void markZero([p])}>Tandai nol</button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        }
      >
        {shown.map((line) => (
          <ReviewRow key={line.product.id} line={line} />
        ))}
      </DocumentLines>
      <SaveFoot label="Setujui & cetak laporan" saving={saving} onSave={() => void approveReviewedStockTake()}>
        <button onClick={backToCounting}>Kembali menghitung</button>
      </SaveFoot>
    </>
  );
}

function ReviewRow({ line }: { line: ReviewLine }) {
  const q = (n: number) => formatStockQuantity(n, line.product);
  return (
    <tr data-review-line={line.product.name} data-variance={line.variance}>
      <td>
        <div className="line-name">{line.product.name}</div>
      </td>
      <td className="num">{q(line.expected)}</td>
      <td className="num">{q(line.counted)}</td>
      <td className="num">{line.soldWhileCounting === 0 ? '–' : q(line.soldWhileCounting)}</td>
      <td className="num">{line.variance === 0 ? 'sesuai' : signed(line.variance, q(line.variance))}</td>
      <td className="num">
        {line.varianceValue === 0 ? '–' : signed(line.varianceValue, formatRupiah(line.varianceValue))}
      </td>
    </tr>
  );
}
