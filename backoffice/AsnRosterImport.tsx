import type { AsnRosterImport as Outcome } from '#sync/protocol/backoffice-manage';
import { formatCount } from './format';
import { importAsnRoster } from './manage-api';
import { refusedRows, SheetImport } from './SheetImport';

/**
 * The ASN roster from BKD's file (CSV or XLSX; role provinsi): a preview of the ASN added,
 * changed and not in the file, then the import. Terminals receive the changes by pull.
 */
export function AsnRosterImport() {
  return (
    <SheetImport<Outcome>
      title="Unggah daftar ASN (CSV/XLSX)"
      fileLabel="Berkas daftar ASN dari BKD (kolom: nip, nama, opd, jenis; NIP sebagai teks; paling besar 5 MB)"
      testId="asn-roster-import"
      send={importAsnRoster}
      summary={(p) => (
        <>
          Akan ditambahkan <strong>{formatCount(p.created)}</strong> ASN, diubah{' '}
          <strong>{formatCount(p.updated)}</strong>, tidak berubah {formatCount(p.unchanged)};{' '}
          <strong>{formatCount(p.absent)}</strong> ASN di daftar tidak ada di berkas (tetap di daftar);{' '}
          <strong>{refusedRows(p)}</strong> baris ditolak.
        </>
      )}
      confirmLabel={(p) =>
        p.created + p.updated === 0 ? null : `Simpan ${formatCount(p.created + p.updated)} perubahan daftar ASN`
      }
      done={(o) =>
        `Daftar ASN tersimpan: ${formatCount(o.created)} baru, ${formatCount(o.updated)} diubah, ${refusedRows(o)} baris ditolak; terminal menerimanya pada sinkronisasi berikutnya.`
      }
      rows={(preview) =>
        preview.rows.length === 0 ? null : (
          <div className="table-wrap">
            <table data-testid="roster-rows">
              <caption>
                ASN yang akan ditambah atau diubah
                {preview.created + preview.updated > preview.rows.length
                  ? ` (${preview.rows.length} pertama ditampilkan)`
                  : ''}
              </caption>
              <thead>
                <tr>
                  <th className="num">Baris</th>
                  <th>NIP</th>
                  <th>Nama</th>
                  <th>OPD</th>
                  <th>Jenis</th>
                  <th>Perubahan</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.line}>
                    <td className="num">{r.line}</td>
                    <td>{r.nip}</td>
                    <td>{r.name}</td>
                    <td>{r.opd}</td>
                    <td>{r.kind}</td>
                    <td>{r.inserted ? 'baru' : 'diubah'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    />
  );
}
