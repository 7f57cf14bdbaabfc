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
    <SheetImport<Outcome, Outcome['rows'][number]>
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
      rows={(p) => p.rows}
      rowsTestId="roster-rows"
      rowsCaption={(p) =>
        `ASN yang akan ditambah atau diubah${p.created + p.updated > p.rows.length ? ` (${p.rows.length} pertama ditampilkan)` : ''}`
      }
      columns={[
        { label: 'NIP', value: (r) => r.nip },
        { label: 'Nama', value: (r) => r.name },
        { label: 'OPD', value: (r) => r.opd },
        { label: 'Jenis', value: (r) => r.kind },
        { label: 'Perubahan', value: (r) => (r.inserted ? 'baru' : 'diubah') },
      ]}
    />
  );
}
