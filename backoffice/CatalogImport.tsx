import { useState } from 'react';
import type { CatalogImport as Outcome } from '#sync/protocol/backoffice-manage';
import { formatCount, rp } from './format';
import { importCatalogFile } from './manage-api';
import { Notice, reasonOf, type Said } from './Notice';

/** The server's limit (routes/backoffice-catalog-import.ts), checked here first to spare the upload. */
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Catalog import from a CSV or XLSX file (role provinsi): first a preview — what would be added
 * and changed, and every refused row with its reason — with nothing written; then a confirm that
 * sends the same file again and writes its good rows.
 */
export function CatalogImport({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Outcome | null>(null);
  const [said, setSaid] = useState<Said>(null);
  const [busy, setBusy] = useState(false);

  const send = async (confirm: boolean) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setSaid({ kind: 'problem', text: `Berkas ${file.name} lebih dari 5 MB.` });
      return;
    }
    setBusy(true);
    try {
      const outcome = await importCatalogFile(file, confirm);
      setPreview(confirm ? null : outcome);
      setSaid(
        confirm
          ? {
              kind: 'ok',
              text: `Impor selesai: ${formatCount(outcome.created)} baru, ${formatCount(outcome.updated)} diperbarui, ${formatCount(outcome.problems.length)} baris ditolak.`,
            }
          : null,
      );
      if (confirm) onImported();
    } catch (error) {
      setSaid({ kind: 'problem', text: reasonOf(error, 'Berkas tidak bisa dibaca server.') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="card wide" data-testid="catalog-import">
      <h3>Impor katalog (CSV/XLSX)</h3>
      <div className="row-form">
        <label>
          Berkas katalog (kolom: barcode, nama, harga, pemasok, kategori, satuan; paling besar 5 MB)
          <input
            type="file"
            accept=".csv,.xlsx,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setSaid(null);
            }}
          />
        </label>
        <button type="button" disabled={!file || busy} onClick={() => void send(false)}>
          Pratinjau
        </button>
      </div>
      <Notice said={said} />
      {preview && (
        <div data-testid="import-preview">
          <p>
            Akan ditambahkan <strong>{formatCount(preview.created)}</strong>, diperbarui{' '}
            <strong>{formatCount(preview.updated)}</strong>, tidak berubah {formatCount(preview.unchanged)};{' '}
            <strong>{formatCount(preview.problems.length)}</strong> baris ditolak. Belum ada yang disimpan.
          </p>
          {preview.problems.length > 0 && (
            <div className="table-wrap">
              <table data-testid="import-problems">
                <caption>Baris yang ditolak (tidak akan diimpor)</caption>
                <thead>
                  <tr>
                    <th className="num">Baris</th>
                    <th>Alasan</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.problems.map((p, i) => (
                    <tr key={i}>
                      <td className="num">{p.line}</td>
                      <td>{p.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
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
          <div className="actions">
            <button type="button" disabled={busy || preview.rowCount === 0} onClick={() => void send(true)}>
              Impor {formatCount(preview.rowCount)} baris
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              Batal
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
