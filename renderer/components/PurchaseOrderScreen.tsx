import { useSuppliers } from '../stock/queries';
import { chooseOrderSupplier, sendOrder, setOrderQuantity, useOrderStore } from '../stores/order-store';
import { DocumentLines, StockDocumentScreen } from './StockDocumentScreen';
import { quantityText } from './StockReplenishment';

/**
 * Pesan ke UMKM (manajer): a purchase order to a supplier, filled from the replenishment suggestion
 * of their products here; the province checks it against the outlet's monthly budget, and it prints.
 */
export function PurchaseOrderScreen() {
  const { supplier, lines, saving } = useOrderStore();
  const suppliers = useSuppliers() ?? [];
  return (
    <StockDocumentScreen title="Pesan ke UMKM (manajer)" className="purchase-order-screen">
      <div className="receiving-order">
        <label>
          Pemasok (UMKM)
          <select
            aria-label="Pemasok pesanan"
            value={supplier}
            onChange={(e) => void chooseOrderSupplier(e.target.value)}
          >
            <option value="">Pilih pemasok…</option>
            {suppliers.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      <DocumentLines
        head={
          <>
            <th>Produk</th>
            <th className="qty">Stok</th>
            <th className="qty">Saran pesan</th>
            <th className="qty">Dipesan</th>
          </>
        }
        below={supplier !== '' && lines.length === 0 && <p className="hint">Pemasok ini belum punya produk aktif.</p>}
      >
        {lines.map((line) => (
          <tr key={line.product.id}>
            <td>{line.product.name}</td>
            <td className="qty">{quantityText(line.product, line.onHand)}</td>
            <td className="qty">{quantityText(line.product, line.suggested)}</td>
            <td className="qty">
              <input
                className="quantity"
                inputMode="numeric"
                aria-label={`Pesan ${line.product.name}`}
                value={line.quantity}
                onChange={(e) => setOrderQuantity(line.product.id, e.target.value)}
              />
            </td>
          </tr>
        ))}
      </DocumentLines>
      <div className="receiving-foot">
        <span className="hint">Anggaran bulan ini diperiksa provinsi saat pesanan dikirim.</span>
        <button className="primary" disabled={saving || lines.length === 0} onClick={() => void sendOrder()}>
          {saving ? 'Mengirim…' : 'Kirim & cetak pesanan'}
        </button>
      </div>
    </StockDocumentScreen>
  );
}
