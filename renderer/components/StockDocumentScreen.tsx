import type { InputHTMLAttributes, ReactNode } from 'react';
import type { Product } from '#domain/catalog/product';
import { useStockLevel } from '../stock/queries';
import { stockFigure } from '../stock/stock-figure';
import { showScreen } from '../stores/terminal-store';
import { ProductPicker } from './ProductPicker';

/**
 * The shell of a stock document's screens under Stok (penerimaan barang, pesan ke UMKM, stok
 * terbuang, kirim mutasi, stok opname): the title with the way back to Stok, the lines being
 * entered, the button that saves them, and the printed paper once saved.
 */
export function StockDocumentScreen(props: { title: string; className?: string; children: ReactNode }) {
  return <TitledScreen {...props} action={<button onClick={() => showScreen('stock')}>Kembali ke Stok</button>} />;
}

/** A document just saved: the paper scrolls within the screen, so the button to start another stays in view at 1024×768. */
export function SavedStockDocument({
  title,
  again,
  onAgain,
  hint,
  className,
  children,
}: {
  title: string;
  again: string;
  onAgain: () => void;
  hint: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <TitledScreen
      title={title}
      action={
        <button className="primary" onClick={onAgain}>
          {again}
        </button>
      }
      className={className}
    >
      <p className="hint">{hint}</p>
      {children}
    </TitledScreen>
  );
}

/** The screen with its title and, beside it, the one button that leaves it. */
function TitledScreen({
  title,
  action,
  className,
  children,
}: {
  title: string;
  action: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <main className={className === undefined ? 'receiving-screen' : `receiving-screen ${className}`}>
      <div className="screen-title">
        <h2>{title}</h2>
        {action}
      </div>
      {children}
    </main>
  );
}

/** The document's lines: a table that scrolls, with what to say under it (nothing entered yet, lines not shown). */
export function DocumentLines({
  className = 'receiving-lines',
  head,
  children,
  below,
}: {
  className?: string;
  head: ReactNode;
  children: ReactNode;
  below: ReactNode;
}) {
  return (
    <div className="list-scroll">
      <table className={className}>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {below}
    </div>
  );
}

/** The foot of the form: the other buttons, then the one that saves (and prints). */
export function SaveFoot({
  label,
  saving,
  disabled = false,
  onSave,
  children,
}: {
  label: string;
  saving: boolean;
  disabled?: boolean;
  onSave: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="receiving-foot">
      {children}
      <button className="primary" disabled={saving || disabled} onClick={onSave}>
        {saving ? 'Menyimpan…' : label}
      </button>
    </div>
  );
}

export interface OutgoingLine {
  product: Product;
  /** As typed: whole units, or grams for weighed goods. */
  quantity: string;
}

/**
 * The lines of a document taking goods out of stock (stok terbuang, kirim mutasi): the product
 * picker, each line with the stock here, its own cells and the quantity typed over, and the save.
 * `marker` names each row for tests (its data attribute, the product's name).
 */
export function OutgoingLines<L extends OutgoingLine>({
  lines,
  keyOf,
  verb,
  extra,
  marker,
  empty,
  onPick,
  onScan,
  onQuantity,
  onRemove,
  save,
}: {
  lines: readonly L[];
  keyOf: (line: L) => string | number;
  /** The quantity column's heading: what happens to the goods. */
  verb: string;
  extra?: { heading: ReactNode; cell: (line: L) => ReactNode };
  marker: `data-${string}`;
  empty: string;
  onPick: (product: Product) => void;
  onScan: (code: string) => void;
  onQuantity: (line: L, text: string) => void;
  onRemove: (line: L) => void;
  save: { label: string; saving: boolean; onSave: () => void };
}) {
  return (
    <>
      <ProductPicker onPick={onPick} onScan={onScan} none="Tidak ada produk yang cocok di katalog." />
      <DocumentLines
        head={
          <>
            <th>Produk</th>
            <th className="num">Stok di sini</th>
            {extra?.heading}
            <th className="qty">{verb}</th>
            <th aria-label="Hapus" />
          </>
        }
        below={lines.length === 0 && <p className="hint">{empty}</p>}
      >
        {lines.map((line) => (
          <OutgoingLineRow
            key={keyOf(line)}
            line={line}
            marker={{ [marker]: line.product.name }}
            onQuantity={(text) => onQuantity(line, text)}
            onRemove={() => onRemove(line)}
          >
            {extra?.cell(line)}
          </OutgoingLineRow>
        ))}
      </DocumentLines>
      <SaveFoot {...save} disabled={lines.length === 0} />
    </>
  );
}

function OutgoingLineRow({
  line: { product, quantity },
  marker,
  onQuantity,
  onRemove,
  children,
}: {
  line: OutgoingLine;
  marker: Record<string, string>;
  onQuantity: (text: string) => void;
  onRemove: () => void;
  children: ReactNode;
}) {
  const level = useStockLevel(product.id);
  return (
    <tr {...marker}>
      <td>
        <div className="line-name">{product.name}</div>
        <div className="line-meta">{product.barcode ?? `PLU ${product.plu}`}</div>
      </td>
      <td className="num">{level !== undefined && stockFigure(product, level ?? undefined).text}</td>
      {children}
      <QuantityCell
        label={`Jumlah ${product.name}`}
        value={quantity}
        onChange={(e) => onQuantity(e.target.value)}
        unit={product.soldBy === 'weight' ? 'gram' : product.unit}
      />
      <RemoveCell name={product.name} onRemove={onRemove} />
    </tr>
  );
}

/** A line's quantity, typed over, and its unit. */
export function QuantityCell({
  label,
  unit,
  ...input
}: { label: string; unit: string } & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'onBlur' | 'onKeyDown'
>) {
  return (
    <td className="qty">
      <input className="quantity" inputMode="numeric" aria-label={label} {...input} /> {unit}
    </td>
  );
}

/** The button that takes a line off the document. */
export function RemoveCell({ name, onRemove }: { name: string; onRemove: () => void }) {
  return (
    <td>
      <button className="remove" aria-label={`Hapus ${name}`} onClick={onRemove}>
        ✕
      </button>
    </td>
  );
}
