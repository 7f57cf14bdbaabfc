/** The manager's sync screen, below its summary: one section per live query. */
import { formatWita } from '#domain/wita';
import { showInfo } from '../stores/notice-store';
import { resendDeadLetters } from '../sync/sync-commands';
import {
  deadLetters,
  latestErrors,
  quarantinedEvents,
  streamStates,
  useSyncQuery,
  type WaitingEvents,
} from '../sync/queries';
import { SyncEventTable } from './SyncEventTable';

export function DeadLettersSection() {
  const letters = useSyncQuery(deadLetters);
  if (!letters) return null;
  const resend = async () => showInfo(`${await resendDeadLetters()} event dikirim ulang ke antrean.`);
  return (
    <section data-testid="dead-letters">
      <h3>Ditolak server ({letters.length})</h3>
      {letters.length === 0 ? (
        <p className="hint">
          Tidak ada. Event yang ditolak tidak dikirim ulang sendiri; periksa alasannya, lalu kirim ulang bila sudah
          dibetulkan di server.
        </p>
      ) : (
        <>
          <SyncEventTable rows={letters.map((d) => ({ key: d.id, event: d.event, at: d.deadAt, note: d.reason }))} />
          <div className="actions">
            <button onClick={() => void resend()}>Kirim ulang semua</button>
          </div>
        </>
      )}
    </section>
  );
}

export function QueueSection({ waiting }: { waiting: WaitingEvents }) {
  return (
    <section data-testid="sync-queue">
      <h3>Antrean ({waiting.count})</h3>
      {waiting.count > waiting.shown.length && <p className="hint">Menampilkan {waiting.shown.length} event tertua.</p>}
      {waiting.shown.length === 0 ? (
        <p className="hint">Semua sudah diterima server.</p>
      ) : (
        <SyncEventTable rows={waiting.shown.map((e) => ({ key: e.id, event: e, at: e.occurredAt, note: '' }))} />
      )}
    </section>
  );
}

export function QuarantinedSection() {
  const quarantined = useSyncQuery(quarantinedEvents);
  if (!quarantined) return null;
  return (
    <section data-testid="quarantined">
      <h3>Disimpan server tapi dikarantina ({quarantined.length})</h3>
      {quarantined.length === 0 ? (
        <p className="hint">Tidak ada.</p>
      ) : (
        <table>
          <tbody>
            {quarantined.map((a) => (
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
  );
}

export function StreamsSection() {
  const streams = useSyncQuery(streamStates);
  if (!streams) return null;
  return (
    <section>
      <h3>Data dari server</h3>
      <table>
        <tbody>
          {streams.map((s) => (
            <tr key={s.stream}>
              <td>{s.stream}</td>
              <td>{s.lastPulledAt ? `diambil ${formatWita(s.lastPulledAt)}` : 'belum lengkap'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ErrorsSection() {
  const errors = useSyncQuery(latestErrors);
  if (!errors) return null;
  return (
    <section data-testid="sync-errors">
      <h3>Kesalahan terakhir</h3>
      {errors.length === 0 ? (
        <p className="hint">Tidak ada.</p>
      ) : (
        <ul>
          {errors.map((e) => (
            <li key={e.id}>
              {formatWita(e.at)} — {e.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
