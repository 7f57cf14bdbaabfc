import { useMemo, useState } from 'react';
import type { Product } from '#domain/catalog/product';
import { DEFAULT_LEAD_TIME_DAYS } from '#domain/stock/replenishment';
import { businessDate, formatWita } from '#domain/wita';
import { useOutletStock, useStockAlerts } from '../stock/queries';
import { openStockTake } from '../stores/stock-take-store';
import { showScreen } from '../stores/terminal-store';
import { STATUS_LABEL } from '../stock/stock-figure';
import { startExpiredWriteOff } from '../stores/write-off-store';
import { IncomingTransfers } from './IncomingTransfers';
import { StockCard } from './StockCard';
import { quantityText, ReplenishmentCells } from './StockReplenishment';
import type { StockAlert, StockAlertKind } from '../stock/stock-alerts';

const SHOWN = 200;
const DEFAULT_DAYS = 30;

const FILTERS: readonly { kind: StockAlertKind | 'all'; label: string }[] = [
  { kind: 'all', label: 'Semua' },
  { kind: 'out', label: 'Habis' },
  { kind: 'low', label: 'Menipis' },
  { kind: 'negative', label: 'Minus' },
  { kind: 'expiring', label: 'Segera kedaluwarsa' },
];

/**
 * Stok (manajer): what is running out, below zero in the ledger, or expiring, so the shelf does not
 * go empty, with days of cover and the order to place for the lead time typed here; transfers sent
 * here to receive; the way to goods receiving, to sending a transfer and to a product's kartu stok.
 */
export function StockScreen() {
  const [days, setDays] = useState(DEFAULT_DAYS);
  const [daysText, setDaysText] = useState(String(DEFAULT_DAYS));
  const [filter, setFilter] = useState<StockAlertKind | 'all'>('all');
  const [query, setQuery] = useState('');
  const [leadTime, setLeadTime] = useState(DEFAULT_LEAD_TIME_DAYS);
  // undefined: closed; null: open, no product chosen yet.
  const [card, setCard] = useState<Product | null | undefined>(undefined);
  const today = businessDate(new Date());
  const alerts = useStockAlerts(today, days);
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (alerts ?? []).filter(
      (a) =>
        (filter === 'all' || a.kinds.includes(filter)) &&
        words.every((w) =>
          `${a.product.name} ${a.product.supplier} ${a.product.barcode ?? ''}`.toLowerCase().includes(w),
        ),
    );
  }, [alerts, filter, query]);
  const outletStock = useOutletStock(useMemo(() => shown.slice(0, SHOWN).map((a) => a.product.id), [shown]));
  const count = (kind: StockAlertKind) => (alerts ?? []).filter((a) => a.kinds.includes(kind)).length;
  if (alerts === undefined) return <p className="boot">Memuat stok…</p>;
  return (
    <main className="stock-screen">
      <div className="screen-title">
        <h2>Stok outlet</h2>
        <div className="screen-actions">
          <button onClick={() => void openStockTake()}>Stok opname…</button>
          <button onClick={() => setCard(null)}>Kartu stok…</button>
          <button onClick={() => showScreen('transfer')}>Kirim mutasi…</button>
          <button onClick={() => showScreen('write-off')}>Stok terbuang…</button>
          <button onClick={() => void startExpiredWriteOff()}>Hapus stok kedaluwarsa…</button>
          <button onClick={() => showScreen('purchase-order')}>Pesan ke UMKM…</button>
          <button className="primary" onClick={() => showScreen('receiving')}>
            Penerimaan barang…
          </button>
        </div>
      </div>
      <IncomingTransfers />
      <div className="stock-bar">
        <div className="stock-filters" role="group" aria-label="Tampilkan">
          {FILTERS.map((f) => (
            <button
              key={f.kind}
              className={f.kind === filter ? 'tab active' : 'tab'}
              aria-pressed={f.kind === filter}
              onClick={() => setFilter(f.kind)}
            >
              {f.label}
              {f.kind !== 'all' && ` (${count(f.kind)})`}
            </button>
          ))}
        </div>
        <label className="short">
          Kedaluwarsa dalam
          <input
            aria-label="Kedaluwarsa dalam (hari)"
            inputMode="numeric"
            value={daysText}
            onChange={(e) => {
              const digits = e.target.value.replace(/\D/g, '').slice(0, 3);
              setDaysText(digits);
              if (digits !== '') setDays(Number(digits));
            }}
          />
          hari
        </label>
        <label className="short">
          Waktu tunggu pesanan
          <input
            aria-label="Waktu tunggu pesanan (hari)"
            inputMode="numeric"
            value={leadTime}
            onChange={(e) => setLeadTime(Number(e.target.value.replace(/\D/g, '').slice(0, 2)))}
          />
          hari
        </label>
        <input
          type="search"
          aria-label="Cari produk di stok"
          placeholder="Cari nama, pemasok atau kode…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <div className="list-scroll">
        <table className="stock-list">
          <thead>
            <tr>
              <th>Produk</th>
              <th className="num">Stok</th>
              <th className="num">Minimum</th>
              <th>Status</th>
              <th>Kedaluwarsa</th>
              <th className="num">Cukup untuk</th>
              <th className="num">Saran pesan</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, SHOWN).map((a) => (
              <AlertRow
                key={a.product.id}
                alert={a}
                today={today}
                leadTime={leadTime}
                outlet={outletStock?.get(a.product.id)}
                openCard={() => setCard(a.product)}
              />
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="hint">Tidak ada produk yang perlu perhatian di sini.</p>}
      </div>
      {shown.length > SHOWN && (
        <p className="hint">
          Menampilkan {SHOWN} dari {shown.length} produk: ketik untuk mencari.
        </p>
      )}
      {card !== undefined && <StockCard product={card} leadTimeDays={leadTime} onClose={() => setCard(undefined)} />}
    </main>
  );
}

function AlertRow({
  alert,
  today,
  leadTime,
  outlet,
  openCard,
}: {
  alert: StockAlert;
  today: string;
  leadTime: number;
  /** The outlet's on hand from the province, every till's movements synced so far. */
  outlet: number | undefined;
  openCard: () => void;
}) {
  const { product, figure } = alert;
  const quantity = (n: number) => quantityText(product, n);
  return (
    <tr data-stock-product={product.name} data-kinds={alert.kinds.join(' ')}>
      <td>
        <button className="link line-name" title="Buka kartu stok" onClick={openCard}>
          {product.name}
        </button>
        <div className="line-meta">
          {product.supplier} · {product.barcode ?? `PLU ${product.plu}`}
        </div>
      </td>
      <td className="num">
        {figure.text}
        {outlet !== undefined && (
          <div className="line-meta" data-testid="outlet-stock" title="Stok outlet menurut server provinsi, semua till">
            semua till: {quantity(outlet)}
          </div>
        )}
      </td>
      <td className="num">{quantity(alert.minimum)}</td>
      <td>
        {figure.status !== 'ok' && (
          <span className={`stock-badge stock-${figure.status}`}>{STATUS_LABEL[figure.status]}</span>
        )}
        {alert.negativeSince && (
          <div className="line-meta">minus sejak {formatWita(alert.negativeSince)}: periksa saat stok opname</div>
        )}
      </td>
      <td>
        {alert.expiring.map((b) => (
          <div key={b.id} className={b.expiry! < today ? 'expired' : undefined}>
            {b.expiry} · {quantity(b.remaining)}
            {b.expiry! < today && ' (sudah lewat)'}
          </div>
        ))}
      </td>
      <ReplenishmentCells product={product} leadTimeDays={leadTime} />
    </tr>
  );
}
