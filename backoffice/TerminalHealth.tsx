import { formatWita } from '#domain/wita';
import type { TerminalHealth as Health } from '#sync/protocol/backoffice';
import { formatCount, formatSkew } from './format';
import { TablePanel, type Column } from './TablePanel';

const COLUMNS: Column<Health>[] = [
  { label: 'Outlet', value: (t) => t.outletName },
  { label: 'Terminal', value: (t) => t.name },
  {
    label: 'Kontak terakhir',
    value: (t) => (t.lastSeenAt ? `${formatWita(t.lastSeenAt)} WITA` : 'belum pernah'),
    testId: 'terminal-last-seen',
  },
  { label: 'Nomor event tertinggi', value: (t) => t.maxSeq, show: (t) => formatCount(t.maxSeq), num: true },
  { label: 'Karantina', value: (t) => t.quarantined, show: (t) => formatCount(t.quarantined), num: true },
  { label: 'Ditolak', value: (t) => t.rejected, show: (t) => formatCount(t.rejected), num: true },
  {
    label: 'Selisih jam',
    value: (t) => (t.clockSkewMs === null ? '' : Math.round(t.clockSkewMs / 1000)),
    show: (t) => formatSkew(t.clockSkewMs),
  },
  {
    label: 'Versi aplikasi',
    value: (t) => t.appVersion ?? '',
    show: (t) => (
      <>
        {t.appVersion ?? '–'}
        {t.outdated && <span className="outdated"> (versi lama)</span>}
      </>
    ),
    testId: 'terminal-version',
  },
];

/**
 * Each terminal's contact with the province; the terminals of an outlet none of whose terminals
 * pushed for a day are red (`stale`, the same outlets as in the outlet table).
 */
export function TerminalHealth({ terminals, stale }: { terminals: readonly Health[]; stale: ReadonlySet<string> }) {
  return (
    <TablePanel
      title="Kesehatan terminal"
      fileName="Kesehatan terminal"
      rows={terminals}
      columns={COLUMNS}
      rowKey={(t) => t.id}
      rowClass={(t) => (stale.has(t.outletId) ? 'stale' : undefined)}
      testId="terminals"
      empty="Belum ada terminal terdaftar."
      wide
    >
      <p className="note">Merah: tidak ada terminal outlet itu yang tersinkron dalam 24 jam.</p>
      <p className="note">
        «versi lama»: terminal menjalankan aplikasi yang lebih lama daripada versi terbaru yang dilaporkan terminal lain
        di provinsi.
      </p>
    </TablePanel>
  );
}

/** Outlets whose every terminal is silent (no push for a day, or never). */
export function staleOutlets(terminals: readonly Health[]): Set<string> {
  const heard = new Set(terminals.filter((t) => !t.silent).map((t) => t.outletId));
  return new Set(terminals.filter((t) => !heard.has(t.outletId)).map((t) => t.outletId));
}
