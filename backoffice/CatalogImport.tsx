import type { CatalogImport as Outcome } from '#sync/protocol/backoffice-manage';
import { formatCount, rp } from './format';
import { importCatalogFile } from './manage-api';
import { refusedRows, SheetImport } from './SheetImport';

/** Catalog import from a CSV or XLSX file (role provinsi), previewed before anything is written. */
export function CatalogImport({ onImported }: { onImported: () => void }) {
  return (
    <SheetImport<Outcome>
      title="Impor katalog (CSV/XLSX)"
      fileLabel="Berkas katalog (kolom: barcode, nama, harga, pemasok, kategori, satuan; paling besar 5 MB)"
      testId="catalog-import"
      send={importCatalogFile}
      onImported={onImported}
      summary={(p) => (
        <>
          Akan ditambahkan <strong>{formatCount(p.created)}</strong>, diperbarui{' '}
          <strong>{formatCount(p.updated)}</strong>, tidak berubah {formatCount(p.unchanged)};{' '}
          <strong>{refusedRows(p)}</strong> baris ditolak.
        </>
      )}
      confirmLabel={(p) => (p.rowCount === 0 ? null : `Impor ${formatCount(p.rowCount)} baris`)}
      done={(o) =>
        `Impor selesai: ${formatCount(o.created)} baru, ${formatCount(o.updated)} diperbarui, ${refusedRows(o)} baris ditolak.`
      }
      rows={(preview) => (
        <div className="table-wrap">
          <table data-testid="import-rows">
            <caption>
              Baris yang akan diimpor ({formatCount(preview.rowCount)}
              {preview.rowCount > preview.rows.length ? `; ${preview.rows.length} pertama ditampilkan` : ''})
            </caption>
            <thead>
              <tr>
                <th className="num">Baris</th>
                <th>Nama</th>
                <th>Barcode / PLU</th>
                <th>Pemasok</th>
                <th className="num">Harga</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.line}>
                  <td className="num">{r.line}</td>
                  <td>{r.name}</td>
                  <td>{r.barcode ?? r.plu ?? '–'}</td>
                  <td>{r.supplier}</td>
                  <td className="num">{rp(r.price)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    />
  );
}
