import { useState } from 'react';
import { importCatalog, readSpreadsheet, type ImportReport } from '../catalog/import-catalog';
import { showError, showInfo } from '../stores/notice-store';
import { database, reloadCatalog, useTerminalStore } from '../stores/terminal-store';
import { runBusy } from './busy-action';

/** For managers: bring products in from a spreadsheet; bad rows are listed, good rows import. */
export function ImportScreen() {
  const size = useTerminalStore((s) => s.catalog.size);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<{ file: string; report: ImportReport } | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    await runBusy(setBusy, async () => {
      const result = await importCatalog(database(), await readSpreadsheet(file));
      await reloadCatalog();
      setReport({ file: file.name, report: result });
      const summary = `${file.name}: ${result.added} produk baru, ${result.updated} diperbarui`;
      if (result.problems.length > 0) showError(`${summary}, ${result.problems.length} baris ditolak.`);
      else showInfo(`${summary}.`, 'success');
    });
  };
  return (
    <main className="import-screen">
      <h2>Impor produk (manajer)</h2>
      <p>
        Katalog sekarang: <strong data-testid="catalog-size">{size}</strong> produk aktif. Pilih berkas CSV atau XLSX
        dengan kolom <code>barcode</code>, <code>nama</code>, <code>harga</code>, <code>pemasok</code>/<code>umkm</code>
        , <code>kategori</code>, <code>satuan</code> (opsional <code>plu</code> untuk barang timbang). Produk dengan
        barcode atau PLU yang sama diperbarui.
      </p>
      <label className="file-picker">
        <span className="button primary">{busy ? 'Mengimpor…' : 'Pilih berkas…'}</span>
        <input
          type="file"
          accept=".csv,.xlsx,.txt"
          aria-label="Berkas produk"
          disabled={busy}
          onChange={(e) => void onFile(e.target.files?.[0]).then(() => (e.target.value = ''))}
        />
      </label>
      {report && (
        <section className="import-report" data-testid="import-report">
          <h3>{report.file}</h3>
          <p>
            <strong>{report.report.added}</strong> produk baru, <strong>{report.report.updated}</strong> diperbarui,{' '}
            <strong>{report.report.problems.length}</strong> baris ditolak.
          </p>
          {report.report.problems.length > 0 && (
            <table className="problems">
              <thead>
                <tr>
                  <th>Baris</th>
                  <th>Alasan</th>
                </tr>
              </thead>
              <tbody>
                {report.report.problems.map((p) => (
                  <tr key={`${p.line}-${p.reason}`}>
                    <td>{p.line}</td>
                    <td>{p.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </main>
  );
}
