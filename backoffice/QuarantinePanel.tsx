import { useState } from 'react';
import { formatWita } from '#domain/wita';
import type { BackofficeSession } from '#sync/protocol/backoffice';
import type { QuarantineDetail } from '#sync/protocol/backoffice-manage';
import type { SyncEventType } from '#sync/protocol/events';
import { decideQuarantine, loadQuarantine, loadQuarantined } from './manage-api';
import { Notice, reasonOf } from './Notice';
import { useLoaded } from './use-loaded';

const TYPE_NAMES: Record<SyncEventType, string> = {
  'sale.completed': 'Penjualan',
  'sale.refunded': 'Retur',
  'shift.opened': 'Buka shift',
  'shift.closed': 'Tutup shift',
  'cash.moved': 'Kas masuk/keluar',
  'audit.recorded': 'Catatan audit',
  'day.closed': 'Tutup hari',
  'stock.received': 'Penerimaan barang',
  'stock.written-off': 'Barang rusak/hilang',
  'stock.counted': 'Stok opname',
  'stock.transfer-sent': 'Kirim transfer',
  'stock.transfer-received': 'Terima transfer',
};
const typeName = (type: string) => TYPE_NAMES[type as SyncEventType] ?? type;

const DECISIONS = { confirmed: 'dikonfirmasi', released: 'dilepas' } as const;

/**
 * Karantina: events the province stored but counts nowhere, with why. Role provinsi releases one
 * after a fix (the server judges it again and counts it when nothing is wrong any more) or
 * confirms that it rightly counts nowhere; each decision needs a note and is audited.
 */
export function QuarantinePanel({ user }: { user: BackofficeSession['user'] }) {
  const { data: events, said, setSaid, change } = useLoaded(loadQuarantine, 'Karantina tidak bisa dimuat.');
  const [open, setOpen] = useState<QuarantineDetail | null>(null);

  const inspect = (id: string) =>
    loadQuarantined(id).then(setOpen, (e: unknown) =>
      setSaid({ kind: 'problem', text: reasonOf(e, 'Event tidak bisa dibuka.') }),
    );
  const decide = async (decision: 'release' | 'confirm', note: string) => {
    if (!open) return;
    const what = `${typeName(open.type)} ${open.terminalId}#${open.seq}`;
    const done = decision === 'release' ? `${what} dilepas dan kini dihitung.` : `Karantina ${what} dikonfirmasi.`;
    if (await change(() => decideQuarantine(open.id, decision, note), done, 'Keputusan tidak tersimpan.'))
      setOpen(null);
  };

  return (
    <div className="panel">
      <Notice said={said} />
      {open && (
        <Inspector event={open} canDecide={user.role === 'provinsi'} onDecide={decide} onClose={() => setOpen(null)} />
      )}
      {events && (
        <div className="card wide table-wrap">
          <table data-testid="quarantine">
            <thead>
              <tr>
                <th>Diterima (WITA)</th>
                <th>Outlet</th>
                <th>Terminal #seq</th>
                <th>Jenis</th>
                <th>Mengapa tidak dihitung</th>
                <th>Keputusan</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {events.events.map((e) => (
                <tr key={e.id} data-event={e.id}>
                  <td>{formatWita(e.receivedAt)}</td>
                  <td>{e.outletId}</td>
                  <td>
                    {e.terminalId} #{e.seq}
                  </td>
                  <td>{typeName(e.type)}</td>
                  <td className="reasons">{e.reasons.join('; ')}</td>
                  <td>{e.decision ? `${DECISIONS[e.decision.decision]} oleh ${e.decision.userName}` : 'belum'}</td>
                  <td>
                    <button type="button" onClick={() => void inspect(e.id)}>
                      Periksa
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {events.events.length === 0 && <p className="note">Tidak ada event yang dikarantina.</p>}
          {events.more && <p className="note">Hanya 200 event terbaru yang belum diputuskan ditampilkan lebih dulu.</p>}
        </div>
      )}
    </div>
  );
}

function Inspector({
  event,
  canDecide,
  onDecide,
  onClose,
}: {
  event: QuarantineDetail;
  canDecide: boolean;
  onDecide: (decision: 'release' | 'confirm', note: string) => Promise<void>;
  onClose: () => void;
}) {
  const [note, setNote] = useState('');
  return (
    <div className="card wide inspector" role="region" aria-label="Event dikarantina">
      <h3>
        {typeName(event.type)} {event.terminalId} #{event.seq}
      </h3>
      <p>
        Terjadi {formatWita(event.occurredAt)} WITA, diterima {formatWita(event.receivedAt)} WITA. Event ini disimpan
        tetapi tidak dihitung di laporan mana pun karena:
      </p>
      <ul data-testid="reasons">
        {event.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {event.decision && (
        <p>
          Keputusan terakhir: {DECISIONS[event.decision.decision]} oleh {event.decision.userName},{' '}
          {formatWita(event.decision.decidedAt)} WITA — “{event.decision.note}”
        </p>
      )}
      <details>
        <summary>Isi event</summary>
        <pre data-testid="event-body">{JSON.stringify(event.body, null, 2)}</pre>
      </details>
      {canDecide && (
        <div className="row-form">
          <label>
            Catatan keputusan
            <input value={note} onChange={(e) => setNote(e.target.value)} size={40} />
          </label>
          <button type="button" onClick={() => void onDecide('release', note)}>
            Lepaskan (hitung ulang)
          </button>
          <button type="button" onClick={() => void onDecide('confirm', note)}>
            Konfirmasi karantina
          </button>
        </div>
      )}
      <button type="button" onClick={onClose}>
        Tutup
      </button>
    </div>
  );
}
