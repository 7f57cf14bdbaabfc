import { useMemo, useState, type ReactNode } from 'react';
import type { Product } from '#domain/catalog/product';
import { useTerminalStore } from '../stores/terminal-store';

const SHOWN = 8;

/**
 * A stock screen's product field (receiving, transfer): scan into it (or type a barcode and
 * Enter), or search by name and pick. `children` go beside the field; `none` says what to do when
 * nothing matches.
 */
export function ProductPicker({
  onPick,
  onScan,
  none,
  children,
}: {
  onPick: (product: Product) => void;
  onScan: (code: string) => void;
  none: string;
  children?: ReactNode;
}) {
  const catalog = useTerminalStore((s) => s.catalog);
  const [query, setQuery] = useState('');
  const hits = useMemo(() => (query.trim() === '' ? [] : catalog.search(query, SHOWN)), [catalog, query]);
  const pick = (product: Product) => {
    onPick(product);
    setQuery('');
  };
  return (
    <div className="search receiving-search">
      <div className="receiving-search-bar">
        <input
          type="search"
          aria-label="Pindai atau cari produk"
          placeholder="Pindai barcode atau cari nama produk…"
          value={query}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            if (/^\d{8}$|^\d{12,13}$/.test(query.trim())) {
              onScan(query.trim());
              setQuery('');
            } else if (hits[0]) pick(hits[0]);
          }}
        />
        {children}
      </div>
      {query.trim() !== '' && (
        <ul className="search-results" role="listbox" aria-label="Hasil pencarian">
          {hits.length === 0 && <li className="none">{none}</li>}
          {hits.map((p) => (
            <li key={p.id} role="option" aria-selected={false} onMouseDown={(e) => (e.preventDefault(), pick(p))}>
              <span className="name">{p.name}</span>
              <span className="meta">
                {p.supplier} · {p.barcode ?? `PLU ${p.plu}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
