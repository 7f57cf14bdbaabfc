import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { missingCase } from '../../domain/missing-case';
import { formatRupiah } from '../../domain/money';
import { formatWita } from '../../domain/wita';
import { ackRecordsOf, type AckRecord, type DeadLetter, type StreamState } from '../../sync/client/records';
import { clockWarning } from '../../sync/client/clock';
import type { SyncEvent } from '../../sync/protocol/events';
import type { SyncErrorRow } from '../db/rows';
import { auditSignedIn } from '../audit/signed-in';
import { showError, showInfo } from '../stores/notice-store';
import { useSyncStore } from '../stores/sync-store';
import { database, useTerminalStore } from '../stores/terminal-store';
import { requestSync } from '../sync/sync-engine';
import { refreshSyncStatus } from '../sync/sync-status';
import { exportUnsynced, openDeadLetters, requeueDeadLetters } from '../sync/unsynced';
import { EnrolmentForm } from './EnrolmentForm';
import '../sync/sync.css';

const SHOWN = 100;
/** Quarantined events are looked for among this many of the latest answers. */
const RECENT_ANSWERS = 500;

interface Details {
  /** The first SHOWN events waiting, and how many wait in all: read together, so they agree. */
  queue: SyncEvent[];
  queueCount: number;
  deadLetters: DeadLetter[];
  quarantined: AckRecord[];
  errors: SyncErrorRow[];
  streams: StreamState[];
}

async function loadDetails(): Promise<Details> {
  const db = database();
  const [queue, queueCount, deadLetters, quarantined, errors, streams] = await Promise.all([
    db.outbox.orderBy('seq').limit(SHOWN).toArray(),
    db.outbox.count(),
    openDeadLetters(db).toArray(),
    db.outboxAcks.orderBy('ackSerial').reverse().limit(RECENT_ANSWERS).toArray(),
    db.syncErrors.orderBy('id').reverse().limit(20).toArray(),
    db.syncStreams.toArray(),
  ]);
  return {
    queue,
    queueCount,
    deadLetters,
    quarantined: quarantined
      .flatMap(ackRecordsOf)
      .filter((a) => a.quarantined)
      .slice(0, SHOWN),
    errors,
    streams,
  };
}

/** A sale's or refund's receipt number and total, or what kind of event it is. */
function describeEvent(event: SyncEvent): [string, string] {
  switch (event.type) {
    case 'sale.completed':
      return [event.payload.receiptNo, formatRupiah(event.payload.total)];
    case 'sale.refunded':
      return [`Refund ${event.payload.receiptNo}`, formatRupiah(event.payload.total)];
    case 'shift.opened':
      return ['Shift dibuka', ''];
    case 'shift.closed':
      return ['Shift ditutup', ''];
    case 'cash.moved':
      return ['Kas masuk/keluar', formatRupiah(event.payload.amount)];
    case 'audit.recorded':
      return ['Catatan audit', ''];
    case 'day.closed':
      return ['Tutup hari', ''];
    default:
      return missingCase(event);
  }
}

/** For managers: what waits, what the server refused and why, the last errors; sync now; export. */
export function SyncScreen() {
  const stage = useSyncStore((s) => s.stage);
  const connection = useSyncStore((s) => s.connection);
  const waiting = useSyncStore((s) => s.waiting);
  const syncing = useSyncStore((s) => s.syncing);
  const lastSuccessAt = useSyncStore((s) => s.lastSuccessAt);
  const lastError = useSyncStore((s) => s.lastError);
  const nextRetryAt = useSyncStore((s) => s.nextRetryAt);
  const clock = clockWarning(useSyncStore((s) => s.clockSkewMs));
  const identity = useTerminalStore((s) => s.identity)!;
  const [details, setDetails] = useState<Details | null>(null);
  const [exporting, setExporting] = useState(false);
  useEffect(() => {
    if (stage === 'training') return;
    // Live: any event written (a sale, a sign-in's audit entry) or sent shows at once, in the count and the table alike.
    const subscription = liveQuery(loadDetails).subscribe({
      next: setDetails,
      error: (error) => showError(String(error)),
    });
    return () => subscription.unsubscribe();
  }, [stage]);

  if (stage === 'training') {
    return (
      <main className="sync-screen">
        <EnrolmentForm />
      </main>
    );
  }
  const runExport = async () => {
    setExporting(true);
    try {
      const done = await exportUnsynced(database(), identity);
      await auditSignedIn({ kind: 'exported', events: done.events, deadLetters: done.deadLetters, file: done.path });
      showInfo(`${done.events} event menunggu dan ${done.deadLetters} ditolak diekspor ke ${done.path}`, 'success');
    } catch (error) {
      showError(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  };
  const requeue = async () => {
    const count = await requeueDeadLetters(database());
    await refreshSyncStatus(database());
    showInfo(`${count} event dikirim ulang ke antrean.`);
    requestSync('manual');
  };
  return (
    <main className="sync-screen">
      <section>
        <h2>Sinkronisasi (manajer)</h2>
        <p>
          Terminal <strong>{connection?.terminalId}</strong> di server <code>{connection?.serverUrl}</code>, terdaftar{' '}
          {connection && formatWita(connection.enrolledAt)}.
        </p>
        <p>
          <strong data-testid="sync-screen-waiting">{details?.queueCount ?? waiting}</strong> event menunggu dikirim.{' '}
          {lastSuccessAt ? `Sinkron terakhir ${formatWita(lastSuccessAt)}.` : 'Belum pernah sinkron.'}
          {nextRetryAt && ` Dicoba lagi ${formatWita(nextRetryAt)}.`}
        </p>
        {lastError && <p className="sync-error">{lastError}</p>}
        {clock && <p className="sync-problem">⚠ {clock}</p>}
        <div className="actions">
          <button className="primary" onClick={() => requestSync('manual')} disabled={syncing}>
            {syncing ? 'Menyinkronkan…' : 'Sinkronkan sekarang'}
          </button>
          <button onClick={() => void runExport()} disabled={exporting}>
            {exporting ? 'Mengekspor…' : 'Ekspor data belum terkirim'}
          </button>
        </div>
      </section>
      {details && (
        <>
          <section data-testid="dead-letters">
            <h3>Ditolak server ({details.deadLetters.length})</h3>
            {details.deadLetters.length === 0 ? (
              <p className="hint">
                Tidak ada. Event yang ditolak tidak dikirim ulang sendiri; periksa alasannya, lalu kirim ulang bila
                sudah dibetulkan di server.
              </p>
            ) : (
              <>
                <EventTable
                  rows={details.deadLetters.map((d) => ({ key: d.id, event: d.event, at: d.deadAt, note: d.reason }))}
                />
                <div className="actions">
                  <button onClick={() => void requeue()}>Kirim ulang semua</button>
                </div>
              </>
            )}
          </section>
          <section data-testid="sync-queue">
            <h3>Antrean ({details.queueCount})</h3>
            {details.queueCount > details.queue.length && (
              <p className="hint">Menampilkan {details.queue.length} event tertua.</p>
            )}
            {details.queue.length === 0 ? (
              <p className="hint">Semua sudah diterima server.</p>
            ) : (
              <EventTable rows={details.queue.map((e) => ({ key: e.id, event: e, at: e.occurredAt, note: '' }))} />
            )}
          </section>
          <section data-testid="quarantined">
            <h3>Disimpan server tapi dikarantina ({details.quarantined.length})</h3>
            {details.quarantined.length === 0 ? (
              <p className="hint">Tidak ada.</p>
            ) : (
              <table>
                <tbody>
                  {details.quarantined.map((a) => (
                    <tr key={a.id}>
                      <td>#{a.seq}</td>
                      <td>{formatWita(a.acknowledgedAt)}</td>
                      <td>{a.reasons.join('; ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section>
            <h3>Data dari server</h3>
            <table>
              <tbody>
                {details.streams.map((s) => (
                  <tr key={s.stream}>
                    <td>{s.stream}</td>
                    <td>{s.lastPulledAt ? `diambil ${formatWita(s.lastPulledAt)}` : 'belum lengkap'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section data-testid="sync-errors">
            <h3>Kesalahan terakhir</h3>
            {details.errors.length === 0 ? (
              <p className="hint">Tidak ada.</p>
            ) : (
              <ul>
                {details.errors.map((e) => (
                  <li key={e.id}>
                    {formatWita(e.at)} — {e.text}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </main>
  );
}

function EventTable({ rows }: { rows: { key: string; event: SyncEvent; at: string; note: string }[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th>Seq</th>
          <th>Waktu (WITA)</th>
          <th>Struk</th>
          <th className="num">Total</th>
          <th>Keterangan</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, event, at, note }) => {
          const [what, total] = describeEvent(event);
          return (
            <tr key={key} data-seq={event.seq}>
              <td>{event.seq}</td>
              <td>{formatWita(at)}</td>
              <td>{what}</td>
              <td className="num">{total}</td>
              <td>{note}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
