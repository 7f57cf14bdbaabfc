import { useMemo, useState, type RefObject } from 'react';
import { formatRupiah } from '#domain/money';
import type { Product } from '#domain/catalog/product';
import { isNipScan } from '#domain/asn/nip';
import { scanNip } from '../stores/asn-store';
import { addProductToCart, scanBarcode } from '../stores/cart-store';
import { useTerminalStore } from '../stores/terminal-store';

const SHOWN = 8;

/** `idle`: letters and digits typed while nothing has focus come here (scanning/wedge-listener). */
export function SearchBox({ inputRef, idle }: { inputRef: RefObject<HTMLInputElement | null>; idle: boolean }) {
  const catalog = useTerminalStore((s) => s.catalog);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => (query.trim() === '' ? [] : catalog.search(query, SHOWN)), [catalog, query]);
  const pick = (product: Product | undefined) => {
    if (product && addProductToCart(product)) setQuery('');
  };
  const onEnter = () => {
    // A whole barcode typed by hand goes the same way as a scan; so does a NIP.
    if (isNipScan(query)) {
      scanNip(query);
      setQuery('');
      return;
    }
    if (/^\d{8}$|^\d{12,13}$/.test(query.trim())) {
      if (scanBarcode(query.trim())) setQuery('');
      return;
    }
    pick(hits[active]);
  };
  return (
    <div className="search">
      <label>
        <kbd>F2</kbd>
        <input
          ref={inputRef}
          type="search"
          placeholder="Cari nama produk, pemasok atau kode…"
          aria-label="Cari produk"
          data-idle-typing={idle ? '' : undefined}
          value={query}
          autoComplete="off"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              e.stopPropagation();
              setActive((a) => Math.max(0, Math.min(hits.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
            } else if (e.key === 'Enter') {
              e.preventDefault();
              onEnter();
            } else if (e.key === 'Escape') {
              setQuery('');
              e.currentTarget.blur();
            }
          }}
        />
      </label>
      {query.trim() !== '' && (
        <ul className="search-results" role="listbox" aria-label="Hasil pencarian">
          {hits.length === 0 && <li className="none">Tidak ada produk yang cocok dengan “{query}”.</li>}
          {hits.map((p, i) => (
            <li
              key={p.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => (e.preventDefault(), pick(p))}
            >
              <span className="name">{p.name}</span>
              <span className="meta">
                {p.supplier} · {p.barcode ?? `PLU ${p.plu}`}
              </span>
              <span className="price">
                {formatRupiah(p.price)}
                {p.soldBy === 'weight' && '/kg'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
