import { memo, useEffect, useState } from 'react';
import { lineDiscount, lineTotal, type CartLine } from '#domain/checkout/cart';
import { formatRupiah, subtract, ZERO } from '#domain/money';
import { formatKilograms } from '#domain/checkout/sale';
import { LineStock } from './LineStock';
import { changeQuantity, removeCartLine, selectLine, useCartStore } from '../stores/cart-store';

export function CartTable() {
  const lines = useCartStore((s) => s.cart.lines);
  const selectedKey = useCartStore((s) => s.selectedKey);
  useEffect(() => {
    document.querySelector(`[data-line="${selectedKey}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedKey]);
  if (lines.length === 0) return <p className="cart-empty">Keranjang kosong. Pindai barang atau cari dengan F2.</p>;
  // The lines scroll; the search box above and the total beside them stay put.
  return (
    <div className="cart-scroll">
      <table className="cart">
        <thead>
          <tr>
            <th>#</th>
            <th>Barang</th>
            <th className="num">Harga</th>
            <th className="qty">Jumlah</th>
            <th className="num">Subtotal</th>
            <th aria-label="Hapus" />
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <Row key={line.key} line={line} index={index} selected={line.key === selectedKey} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Lines are immutable: a scan re-renders only the row it adds or changes, not the whole cart. */
const Row = memo(function Row({ line, index, selected }: { line: CartLine; index: number; selected: boolean }) {
  return (
    <tr data-line={line.key} className={selected ? 'selected' : undefined} onClick={() => selectLine(line.key)}>
      <td>{index + 1}</td>
      <td>
        <div className="line-name">{line.name}</div>
        {/* Stock first: a long supplier name is cut short, never the stock, and the row keeps its height. */}
        <div className="line-meta">
          <LineStock productId={line.productId} />
          {line.supplier} · {line.barcode ?? 'tanpa barcode'}
        </div>
      </td>
      <td className="num">
        {formatRupiah(line.unitPrice)}
        {line.weightGrams !== null && '/kg'}
        {line.overriddenFrom !== null && (
          <div className="line-meta">harga asal {formatRupiah(line.overriddenFrom)}</div>
        )}
      </td>
      <td className="qty">
        {line.weightGrams !== null ? (
          <span className="weight">{formatKilograms(line.weightGrams)}</span>
        ) : line.fixed ? (
          <span>1</span>
        ) : (
          <QuantityInput line={line} />
        )}
      </td>
      <td className="num line-total">
        {formatRupiah(lineTotal(line))}
        {line.discount !== null && (
          <div className="line-meta">diskon {formatRupiah(subtract(ZERO, lineDiscount(line)))}</div>
        )}
      </td>
      <td>
        <button
          className="remove"
          aria-label={`Hapus ${line.name}`}
          onClick={(e) => (e.stopPropagation(), void removeCartLine(line.key))}
        >
          ✕
        </button>
      </td>
    </tr>
  );
});

function QuantityInput({ line }: { line: CartLine }) {
  const [text, setText] = useState(String(line.quantity));
  useEffect(() => setText(String(line.quantity)), [line.quantity]);
  const commit = () => {
    if (text === String(line.quantity)) return;
    void changeQuantity(line.key, Number(text)).then((changed) => changed || setText(String(line.quantity)));
  };
  return (
    <span className="stepper">
      <button
        aria-label="Kurangi"
        onClick={() => line.quantity > 1 && void changeQuantity(line.key, line.quantity - 1)}
      >
        −
      </button>
      <input
        className="quantity"
        inputMode="numeric"
        aria-label={`Jumlah ${line.name}`}
        value={text}
        onChange={(e) => setText(e.target.value.replace(/\D/g, ''))}
        onFocus={() => selectLine(line.key)}
        onBlur={commit}
        onKeyDown={(e) => {
          // Leaving the field commits (onBlur), once: a large quantity asks one question.
          if (e.key === 'Enter') {
            e.currentTarget.blur();
          } else if (e.key === 'Escape') {
            setText(String(line.quantity));
            e.currentTarget.blur();
          }
        }}
      />
      <button aria-label="Tambah" onClick={() => void changeQuantity(line.key, line.quantity + 1)}>
        +
      </button>
    </span>
  );
}
