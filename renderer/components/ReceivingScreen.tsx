import { useState } from 'react';
import type { SoldBy } from '#domain/catalog/product';
import { formatRupiah, parseRupiah, rupiah, sum } from '#domain/money';
import { stockValue } from '#domain/stock/quantity';
import type { NewProductInput } from '../stock/receive-goods';
import { useSuppliers } from '../stock/queries';
import {
  purchaseOrderText,
  receivedAgainstOrder,
  STATUS_LABELS,
  type PurchaseOrder,
} from '#domain/supplier/purchase-order';
import { printPurchaseOrder } from '../print/print-commands';
import { useOpenPurchaseOrders } from '../stock/purchase-orders';
import { showError, showInfo } from '../stores/notice-store';
import {
  closeSavedReceiving,
  forgetPurchaseOrder,
  forgetUnknownBarcode,
  pickPurchaseOrder,
  receiveNewProduct,
  receiveProduct,
  receiveScan,
  removeLine,
  saveReceiving,
  setReceivingHeader,
  updateLine,
  useReceivingStore,
  type DraftLine,
} from '../stores/receiving-store';
import { useTerminalStore } from '../stores/terminal-store';
import { ProductPicker } from './ProductPicker';
import { BastPaper } from './Receipt';
import {
  DocumentLines,
  QuantityCell,
  RemoveCell,
  SavedStockDocument,
  SaveFoot,
  StockDocumentScreen,
} from './StockDocumentScreen';

/** Penerimaan barang (manajer): what a UMKM delivered goes on the shelf and into the ledger; the BAST prints. */
export function ReceivingScreen() {
  const saved = useReceivingStore((s) => s.saved);
  const identity = useTerminalStore((s) => s.identity)!;
  if (saved)
    return (
      <SavedStockDocument
        title="Penerimaan tersimpan"
        again="Penerimaan baru"
        onAgain={closeSavedReceiving}
        hint="BAST dicetak di printer struk. Minta tanda tangan pemasok dan manajer."
      >
        <BastPaper receiving={saved.receiving} weighedLines={saved.weighedLines} identity={identity} />
      </SavedStockDocument>
    );
  return <ReceivingForm />;
}

function ReceivingForm() {
  const { supplier, deliveryNote, lines, saving, unknownBarcode, purchaseOrder } = useReceivingStore();
  const suppliers = useSuppliers() ?? [];
  const [adding, setAdding] = useState(false);
  const total = sum(lines.map(lineValue));
  return (
    <StockDocumentScreen title="Penerimaan barang (manajer)">
      <PurchaseOrderPicker picked={purchaseOrder} />
      <div className="receiving-head">
        <label>
          Pemasok (UMKM)
          <input
            list="receiving-suppliers"
            aria-label="Pemasok (UMKM)"
            value={supplier}
            required
            onChange={(e) => setReceivingHeader({ supplier: e.target.value })}
          />
          <datalist id="receiving-suppliers">
            {suppliers.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
        <label>
          No. surat jalan
          <input
            aria-label="No. surat jalan"
            value={deliveryNote}
            maxLength={64}
            onChange={(e) => setReceivingHeader({ deliveryNote: e.target.value })}
          />
        </label>
      </div>
      <ProductPicker
        onPick={receiveProduct}
        onScan={receiveScan}
        none="Tidak ada produk yang cocok: tambahkan sebagai produk baru."
      >
        <button onClick={() => setAdding(true)}>Produk baru…</button>
      </ProductPicker>
      {(adding || unknownBarcode !== null) && (
        <NewProductForm
          barcode={unknownBarcode ?? ''}
          onDone={() => {
            setAdding(false);
            forgetUnknownBarcode();
          }}
        />
      )}
      <DocumentLines
        head={
          <>
            <th>Produk</th>
            {purchaseOrder && <th className="qty">Dipesan</th>}
            <th className="qty">Jumlah</th>
            <th className="num">Harga beli</th>
            <th>Kedaluwarsa</th>
            <th className="num">Subtotal</th>
            <th aria-label="Hapus" />
          </>
        }
        below={lines.length === 0 && <p className="hint">Pindai barang yang datang, atau cari di atas.</p>}
      >
        {lines.map((line) => (
          <LineRow key={line.key} line={line} againstOrder={purchaseOrder !== null} />
        ))}
      </DocumentLines>
      <SaveFoot
        label="Simpan & cetak BAST"
        saving={saving}
        disabled={lines.length === 0}
        onSave={() => void saveReceiving()}
      >
        <strong data-testid="receiving-total">Total {formatRupiah(total)}</strong>
      </SaveFoot>
    </StockDocumentScreen>
  );
}

function soldByOf(line: DraftLine): SoldBy {
  return line.product?.soldBy ?? line.newProduct!.soldBy;
}

/** What a line is worth as typed so far; nothing until both figures are whole numbers. */
function lineValue(line: DraftLine) {
  const quantity = Number(line.quantity);
  const cost = parseRupiah(line.unitCost);
  if (!Number.isSafeInteger(quantity) || quantity <= 0 || cost === null) return rupiah(0);
  return stockValue(quantity, cost, soldByOf(line));
}

/**
 * The purchase orders still to arrive: picking one fills the receiving from it; the picked one
 * prints, and shows as text to copy into WhatsApp for the supplier.
 */
function PurchaseOrderPicker({ picked }: { picked: PurchaseOrder | null }) {
  const orders = useOpenPurchaseOrders() ?? [];
  const identity = useTerminalStore((s) => s.identity)!;
  const [showText, setShowText] = useState(false);
  if (orders.length === 0 && picked === null) return null;
  const text = picked && purchaseOrderText({ ...picked, outletName: identity.outletName });
  return (
    <div className="receiving-order">
      <label>
        Pesanan (PO)
        <select
          aria-label="Pesanan (PO)"
          value={picked?.id ?? ''}
          onChange={(e) => {
            setShowText(false);
            const order = orders.find((o) => o.id === e.target.value);
            if (order) void pickPurchaseOrder(order);
            else forgetPurchaseOrder();
          }}
        >
          <option value="">Tanpa pesanan</option>
          {orders.map((o) => (
            <option key={o.id} value={o.id}>
              {o.number} · {o.supplierName} · {STATUS_LABELS[o.status]}
            </option>
          ))}
        </select>
      </label>
      {picked && (
        <>
          <button onClick={() => void printPurchaseOrder(picked)}>Cetak pesanan</button>
          <button onClick={() => setShowText(!showText)}>Teks WhatsApp</button>
        </>
      )}
      {text && showText && (
        <div className="whatsapp-text">
          <textarea aria-label="Teks pesanan untuk WhatsApp" readOnly rows={8} value={text} />
          <button onClick={() => void copyText(text)}>Salin</button>
        </div>
      )}
    </div>
  );
}

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    showInfo('Teks pesanan tersalin: tempel di WhatsApp.', 'success');
  } catch {
    showError('Teks tidak bisa disalin otomatis: pilih teksnya lalu salin (Ctrl+C).');
  }
}

function LineRow({ line, againstOrder }: { line: DraftLine; againstOrder: boolean }) {
  const name = line.product?.name ?? line.newProduct!.name;
  const typed = Number(line.quantity);
  const flag =
    line.ordered !== null && Number.isFinite(typed) && line.quantity.trim() !== ''
      ? receivedAgainstOrder(line.ordered, typed)
      : null;
  const weighed = soldByOf(line) === 'weight';
  const perishable = line.product ? (line.product.perishable ?? false) : line.newProduct!.perishable;
  return (
    <tr data-receiving-line={name}>
      <td>
        <div className="line-name">
          {name}
          {line.newProduct && <span className="new-badge">baru</span>}
        </div>
        <div className="line-meta">{line.product?.barcode ?? (line.newProduct?.barcode || 'kode toko baru')}</div>
        {flag && (
          <div className={typed > line.ordered! ? 'line-flag over' : 'line-flag'} data-testid="order-difference">
            {flag}
          </div>
        )}
      </td>
      {againstOrder && <td className="qty">{line.ordered ?? 'di luar pesanan'}</td>}
      <QuantityCell
        label={`Jumlah ${name}`}
        value={line.quantity}
        onChange={(e) => updateLine(line.key, { quantity: e.target.value })}
        unit={weighed ? 'gram' : (line.product?.unit ?? line.newProduct!.unit)}
      />
      <td className="num">
        <input
          className="money"
          inputMode="numeric"
          aria-label={`Harga beli ${name}`}
          placeholder={weighed ? 'Rp/kg' : 'Rp/satuan'}
          value={line.unitCost}
          onChange={(e) => updateLine(line.key, { unitCost: e.target.value })}
        />
      </td>
      <td>
        <input
          type="date"
          aria-label={`Kedaluwarsa ${name}`}
          required={perishable}
          value={line.expiry}
          onChange={(e) => updateLine(line.key, { expiry: e.target.value })}
        />
        {perishable && <div className="line-meta">wajib</div>}
      </td>
      <td className="num">{formatRupiah(lineValue(line))}</td>
      <RemoveCell name={name} onRemove={() => removeLine(line.key)} />
    </tr>
  );
}

const NO_PRODUCT: NewProductInput = {
  name: '',
  proposedPrice: Number.NaN,
  barcode: '',
  soldBy: 'unit',
  unit: 'pcs',
  category: 'Produk baru',
  perishable: false,
};

/** A product not in the catalog yet: sellable at this outlet as soon as the receiving is saved. */
function NewProductForm({ barcode, onDone }: { barcode: string; onDone: () => void }) {
  const [product, setProduct] = useState<NewProductInput>({ ...NO_PRODUCT, barcode });
  const [price, setPrice] = useState('');
  const set = (patch: Partial<NewProductInput>) => setProduct((p) => ({ ...p, ...patch }));
  return (
    <fieldset className="new-product">
      <legend>Produk baru (menunggu katalog provinsi)</legend>
      <label>
        Nama produk
        <input aria-label="Nama produk baru" value={product.name} onChange={(e) => set({ name: e.target.value })} />
      </label>
      <label>
        Usulan harga jual
        <input
          aria-label="Usulan harga jual"
          inputMode="numeric"
          value={price}
          onChange={(e) => setPrice(e.target.value)}
        />
      </label>
      <label>
        Barcode (kosongkan untuk kode toko)
        <input
          aria-label="Barcode produk baru"
          inputMode="numeric"
          value={product.barcode}
          onChange={(e) => set({ barcode: e.target.value })}
        />
      </label>
      <label>
        Dijual per
        <select
          aria-label="Dijual per"
          value={product.soldBy}
          onChange={(e) => set({ soldBy: e.target.value as SoldBy, unit: e.target.value === 'weight' ? 'kg' : 'pcs' })}
        >
          <option value="unit">satuan</option>
          <option value="weight">berat (kg)</option>
        </select>
      </label>
      <label>
        Satuan
        <input aria-label="Satuan produk baru" value={product.unit} onChange={(e) => set({ unit: e.target.value })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={product.perishable} onChange={(e) => set({ perishable: e.target.checked })} />
        Makanan (wajib tanggal kedaluwarsa)
      </label>
      <div className="new-product-actions">
        <button onClick={onDone}>Batal</button>
        <button
          className="primary"
          disabled={product.name.trim() === ''}
          onClick={() => {
            receiveNewProduct({ ...product, proposedPrice: parseRupiah(price) ?? Number.NaN });
            onDone();
          }}
        >
          Tambahkan
        </button>
      </div>
    </fieldset>
  );
}
