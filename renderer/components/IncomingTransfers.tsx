import { useState } from 'react';
import { formatKilograms } from '#domain/checkout/sale';
import { formatBusinessDate, formatWita, type BusinessDate } from '#domain/wita';
import type { IncomingTransferRow } from '../stock/queries';
import { useIncomingTransfers } from '../stock/queries';
import { typedNumber } from '../stores/stock-document';
import { acceptTransfer } from '../stores/transfer-store';
import { useTerminalStore } from '../stores/terminal-store';

/**
 * Mutasi masuk, on the Stok screen: transfers other outlets sent here, from the transfers-in
 * stream. A manager receives each by typing what arrived of every line (what was sent, to start
 * with); a difference is shown and recorded. A received transfer leaves the list.
 */
export function IncomingTransfers() {
  const transfers = useIncomingTransfers();
  const [open, setOpen] = useState<string | null>(null);
  if (!transfers || transfers.length === 0) return null;
  return (
    <section className="incoming-transfers" aria-label="Mutasi masuk">
      <h3>Mutasi masuk ({transfers.length})</h3>
      {transfers.map((t) =>
        open === t.id ? (
          <ReceiveForm key={t.id} transfer={t} onClose={() => setOpen(null)} />
        ) : (
          <div key={t.id} className="incoming-transfer" data-incoming-transfer={t.fromOutletName}>
            <span>
              Dari <strong>{t.fromOutletName}</strong> · dikirim {formatWita(t.sentAt)} oleh {t.sentBy} ·{' '}
              {t.lines.length} barang
            </span>
            <button className="primary" onClick={() => setOpen(t.id)}>
              Terima…
            </button>
          </div>
        ),
      )}
    </section>
  );
}

const expiryLabel = (expiry: BusinessDate | null) =>
  expiry === null ? 'Tanpa tanggal kedaluwarsa' : `Kedaluwarsa ${formatBusinessDate(expiry)}`;

function ReceiveForm({ transfer, onClose }: { transfer: IncomingTransferRow; onClose: () => void }) {
  const catalog = useTerminalStore((s) => s.catalog);
  const [arrived, setArrived] = useState(() => new Map(transfer.lines.map((l) => [l.lineNo, String(l.quantity)])));
  const [saving, setSaving] = useState(false);
  const quantity = (productId: string, n: number) => {
    const product = catalog.byId(productId);
    return product?.soldBy === 'weight' ? formatKilograms(n) : `${n} ${product?.unit ?? ''}`.trim();
  };
  return (
    <div className="incoming-transfer open" data-incoming-transfer={transfer.fromOutletName}>
      <strong>
        Terima mutasi dari {transfer.fromOutletName} (dikirim {formatWita(transfer.sentAt)})
      </strong>
      <table className="receiving-lines">
        <thead>
          <tr>
            <th>Produk</th>
            <th className="num">Dikirim</th>
            <th className="qty">Diterima</th>
            <th className="num">Selisih</th>
          </tr>
        </thead>
        <tbody>
          {transfer.lines.map((l) => {
            const typed = typedNumber(arrived.get(l.lineNo) ?? '');
            const difference = Number.isInteger(typed) ? typed - l.quantity : null;
            return (
              <tr key={l.lineNo} data-transfer-line={l.name}>
                <td className="line-name">
                  {l.name}
                  {l.batches && (
                    <div className="line-meta" data-testid="transfer-expiries">
                      {l.batches
                        .map((b) => `${expiryLabel(b.expiry)}: ${quantity(l.productId, b.quantity)}`)
                        .join(' · ')}
                    </div>
                  )}
                </td>
                <td className="num">{quantity(l.productId, l.quantity)}</td>
                <td className="qty">
                  <input
                    className="quantity"
                    inputMode="numeric"
                    aria-label={`Diterima ${l.name}`}
                    value={arrived.get(l.lineNo) ?? ''}
                    onChange={(e) => setArrived((m) => new Map(m).set(l.lineNo, e.target.value))}
                  />
                </td>
                <td className={difference ? 'num difference' : 'num'} data-testid="transfer-difference">
                  {difference === null ? '—' : difference === 0 ? 'sesuai' : String(difference)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="new-product-actions">
        <button onClick={onClose}>Batal</button>
        <button
          className="primary"
          disabled={saving}
          onClick={() => void acceptTransfer(transfer, arrived, setSaving).then((received) => received && onClose())}
        >
          {saving ? 'Menyimpan…' : 'Simpan penerimaan mutasi'}
        </button>
      </div>
    </div>
  );
}
