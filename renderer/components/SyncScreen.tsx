import { useState } from 'react';
import { formatWita } from '#domain/wita';
import { clockWarning } from '#sync/client/clock';
import { showInfo } from '../stores/notice-store';
import { useSyncStore } from '../stores/sync-store';
import { requestSync } from '../sync/sync-cycle';
import { exportUnsyncedEvents } from '../sync/sync-commands';
import { useSyncFigures, useSyncQuery, waitingEvents } from '../sync/queries';
import { EnrolmentForm } from './EnrolmentForm';
import { DeadLettersSection, ErrorsSection, QuarantinedSection, QueueSection, StreamsSection } from './SyncSections';
import { runBusy } from './busy-action';
import '../sync/sync.css';

/** For managers: what waits, what the server refused and why, the last errors; sync now; export. */
export function SyncScreen() {
  const stage = useSyncStore((s) => s.stage);
  if (stage === 'training') {
    return (
      <main className="sync-screen">
        <EnrolmentForm />
      </main>
    );
  }
  return <EnrolledSyncScreen />;
}

function EnrolledSyncScreen() {
  const connection = useSyncStore((s) => s.connection);
  const syncing = useSyncStore((s) => s.syncing);
  const lastError = useSyncStore((s) => s.lastError);
  const nextRetryAt = useSyncStore((s) => s.nextRetryAt);
  const figures = useSyncFigures();
  const { lastSuccessAt, clockSkewMs } = figures;
  const clock = clockWarning(clockSkewMs);
  // Live: any event written (a sale, a sign-in's audit entry) or sent shows at once, in the count and the table alike.
  const waiting = useSyncQuery(waitingEvents);
  const [exporting, setExporting] = useState(false);
  const runExport = async () => {
    await runBusy(setExporting, async () => {
      const done = await exportUnsyncedEvents();
      showInfo(`${done.events} event menunggu dan ${done.deadLetters} ditolak diekspor ke ${done.path}`, 'success');
    });
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
          <strong data-testid="sync-screen-waiting">{waiting?.count ?? figures.waiting}</strong> event menunggu dikirim.{' '}
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
      <DeadLettersSection />
      {waiting && <QueueSection waiting={waiting} />}
      <QuarantinedSection />
      <StreamsSection />
      <ErrorsSection />
    </main>
  );
}
