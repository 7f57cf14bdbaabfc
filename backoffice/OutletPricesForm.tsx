import { useCallback, useState } from 'react';
import { parseRupiah } from '#domain/money';
import type { ManagedProduct } from '#sync/protocol/backoffice-manage';
import { rp } from './format';
import { loadOutletPrices, saveOutletPrice } from './manage-api';
import { FieldError, Notice } from './Notice';
import { ActionCell, RowsTable } from './RowsTable';
import { useLoaded } from './use-loaded';

/**
 * A product's own price per outlet (provinsi: every outlet; outlet: its own). Blank means the
 * province's price; the outlet's terminals get the change on their next pull of the catalog.
 */
export function OutletPricesForm({ product, onClose }: { product: ManagedProduct; onClose: () => void }) {
  const load = useCallback(() => loadOutletPrices(product.id), [product.id]);
  const { data, said, change } = useLoaded(load, 'Harga outlet tidak bisa dimuat.');
  const [failed, setFailed] = useState<{ outletId: string; error: unknown } | null>(null);
  const [drafts, setDrafts] = useState<Record<string, string>>({});

  const save = async (outletId: string, text: string) => {
    // An unreadable amount goes as it is, so the server's refusal names the field.
    const price = text.trim() === '' ? null : (parseRupiah(text) ?? Number.NaN);
    const saved = await change(
      () =>
        saveOutletPrice(product.id, outletId, price).catch((error: unknown) => {
          setFailed({ outletId, error });
          throw error;
        }),
      `Harga ${product.name} di outlet tersimpan; terminal outlet itu menerimanya pada sinkronisasi berikutnya.`,
      'Harga outlet tidak tersimpan.',
    );
    if (saved) {
      setFailed(null);
      setDrafts((d) => ({ ...d, [outletId]: text.trim() }));
    }
  };

  return (
    <div className="card wide" aria-label={`Harga outlet ${product.name}`} data-testid="outlet-prices">
      <div className="panel-head">
        <h3>Harga per outlet: {product.name}</h3>
        <button type="button" onClick={onClose}>
          Tutup
        </button>
      </div>
      <p className="note">
        Harga provinsi {rp(data?.provincePrice ?? product.price)}. Kosongkan harga outlet agar harga provinsi berlaku.
      </p>
      <Notice said={said} />
      {data && (
        <div className="table-wrap">
          <RowsTable
            head={
              <>
                <th>Outlet</th>
                <th>Harga outlet (Rp)</th>
                <th />
              </>
            }
            rows={data.outlets}
            row={(o) => {
              const draft = drafts[o.outletId] ?? (o.price === null ? '' : String(o.price));
              return (
                <tr key={o.outletId} data-outlet={o.outletId}>
                  <td>{o.outletName}</td>
                  <td>
                    <input
                      aria-label={`Harga di ${o.outletName}`}
                      value={draft}
                      inputMode="numeric"
                      placeholder="harga provinsi"
                      onChange={(e) => setDrafts((d) => ({ ...d, [o.outletId]: e.target.value }))}
                    />
                    {failed?.outletId === o.outletId && <FieldError error={failed.error} field="price" />}
                  </td>
                  <ActionCell label="Simpan" onClick={() => void save(o.outletId, draft)} />
                </tr>
              );
            }}
          />
        </div>
      )}
    </div>
  );
}
