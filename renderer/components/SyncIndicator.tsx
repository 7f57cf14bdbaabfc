import { useEffect, useState } from 'react';
import { clockWarning } from '#sync/client/clock';
import { formatWita } from '#domain/wita';
import { useSyncStore } from '../stores/sync-store';
import { ageText } from '../sync/age-text';
import { useSyncFigures } from '../sync/queries';
import '../sync/sync.css';

/** The register's sync status at a glance: connection, what waits, the last sync, a wrong clock. */
export function SyncIndicator() {
  const stage = useSyncStore((s) => s.stage);
  const networkUp = useSyncStore((s) => s.networkUp);
  const reachable = useSyncStore((s) => s.reachable);
  const syncing = useSyncStore((s) => s.syncing);
  const { waiting, oldestWaitingAt, lastSuccessAt, deadLetters, clockSkewMs } = useSyncFigures();
  const warning = clockWarning(clockSkewMs);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (stage === 'training') return null;
  const connection = !networkUp ? 'offline' : reachable === false ? 'unreachable' : 'online';
  const label = { online: 'Daring', offline: 'Luring', unreachable: 'Server tak terjangkau' }[connection];
  return (
    <div className="sync-indicator" data-testid="sync-indicator" data-connection={connection}>
      <span className={`sync-dot ${connection}`} aria-hidden="true" />
      <span data-testid="sync-connection">{syncing ? 'Menyinkronkan…' : label}</span>
      <span title="Event yang belum diterima server">
        <strong data-testid="sync-waiting">{waiting}</strong> menunggu
        {oldestWaitingAt && <span data-testid="sync-oldest"> · tertua {ageText(oldestWaitingAt, now)}</span>}
      </span>
      <span data-testid="sync-last">
        {lastSuccessAt ? `Sinkron ${formatWita(lastSuccessAt)}` : 'Belum pernah sinkron'}
      </span>
      {deadLetters > 0 && <span className="sync-problem">⚠ {deadLetters} ditolak server</span>}
      {warning && (
        <span className="sync-problem" role="alert" data-testid="clock-warning">
          ⚠ {warning}
        </span>
      )}
    </div>
  );
}
