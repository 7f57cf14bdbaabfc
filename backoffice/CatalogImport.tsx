import type { CatalogImport as Outcome } from '#sync/protocol/backoffice-manage';
import { formatCount, rp } from './format';
import { importCatalogFile } from './manage-api';
import { refusedRows, SheetImport } from './SheetImport';

/** Catalog import from a CSV or XLSX file (role provinsi), previewed before anything is written. */
export function CatalogImport({ onImported }: { onImported: () => void }) {
  return (
    <SheetImport<Outcome, Outcome['rows'][number]>
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
      rows={(p) => p.rows}
      rowsTestId="import-rows"
      rowsCaption={(p) =>
        `Baris yang akan diimpor (${formatCount(p.rowCount)}${p.rowCount > p.rows.length ? `; ${p.rows.length} pertama ditampilkan` : ''})`
      }
      columns={[
        { label: 'Nama', value: (r) => r.name },
        { label: 'Barcode / PLU', value: (r) => r.barcode ?? r.plu ?? '–' },
        { label: 'Pemasok', value: (r) => r.supplier },
        { label: 'Harga', value: (r) => r.price, show: (r) => rp(r.price), num: true },
      ]}
    />
  );
}
