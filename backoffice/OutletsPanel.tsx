import { useState } from 'react';
import { formatWita } from '#domain/wita';
import type { BackofficeSession } from '#sync/protocol/backoffice';
import type { TerminalRow } from '#sync/protocol/backoffice-manage';
import { formatCount } from './format';
import { issueEnrolmentCode, loadOutlets, revokeTerminal } from './manage-api';
import { Notice } from './Notice';
import { ActionCell, RowsTable } from './RowsTable';
import { useLoaded } from './use-loaded';

/** A terminal silent this long is shown in red: its sales may be stuck on it. */
const SILENT_MS = 24 * 3_600_000;

/** Outlet & terminal: each outlet's terminals and their last contact; enrolment codes and revoking. */
export function OutletsPanel({ user }: { user: BackofficeSession['user'] }) {
  const { data, said, change } = useLoaded(loadOutlets, 'Daftar outlet tidak bisa dimuat.');
  const [codes, setCodes] = useState<Record<string, { code: string; expiresAt: string }>>({});
  const manages = user.role !== 'bkd';

  const issue = (outletId: string, hoursText: string) =>
    change(
      async () => {
        const created = await issueEnrolmentCode(outletId, Number(hoursText));
        setCodes((c) => ({ ...c, [outletId]: created }));
      },
      null,
      'Kode tidak bisa dibuat.',
    );
  const revoke = async (terminal: TerminalRow) => {
    if (!window.confirm(`Cabut terminal ${terminal.name}? Tokennya tidak berlaku lagi.`)) return;
    await change(
      () => revokeTerminal(terminal.id),
      `Terminal ${terminal.name} dicabut.`,
      'Terminal tidak bisa dicabut.',
    );
  };

  return (
    <div className="panel">
      <Notice said={said} />
      {data?.outlets.map((outlet) => (
        <div key={outlet.id} className="card wide table-wrap" data-outlet-card={outlet.id}>
          <div className="card-head">
            <h3>
              {outlet.name} <span className="note">{outlet.city}</span>
            </h3>
            {manages && <EnrolmentCode code={codes[outlet.id]} onIssue={(hours) => void issue(outlet.id, hours)} />}
          </div>
          {outlet.terminals.length === 0 ? (
            <p className="note">Belum ada terminal.</p>
          ) : (
            <RowsTable
              head={
                <>
                  <th>Terminal</th>
                  <th>Terdaftar (WITA)</th>
                  <th>Kontak terakhir (WITA)</th>
                  <th className="num">Seq tanpa celah</th>
                  <th>Status</th>
                  {manages && <th />}
                </>
              }
              rows={outlet.terminals}
              row={(t) => {
                const silent = !t.revokedAt && (!t.lastSeenAt || Date.now() - Date.parse(t.lastSeenAt) > SILENT_MS);
                return (
                  <tr key={t.id} data-terminal={t.id}>
                    <td>
                      {t.name} <span className="note">{t.id}</span>
                    </td>
                    <td>{formatWita(t.enrolledAt)}</td>
                    <td className={silent ? 'stale' : undefined}>
                      {t.lastSeenAt ? formatWita(t.lastSeenAt) : 'belum pernah'}
                    </td>
                    <td className="num">{formatCount(t.highWaterSeq)}</td>
                    <td>{t.revokedAt ? `dicabut ${formatWita(t.revokedAt)}` : 'aktif'}</td>
                    {manages && <ActionCell label="Cabut" onClick={() => void revoke(t)} shown={!t.revokedAt} />}
                  </tr>
                );
              }}
            />
          )}
        </div>
      ))}
    </div>
  );
}

function EnrolmentCode({
  code,
  onIssue,
}: {
  code: { code: string; expiresAt: string } | undefined;
  onIssue: (hours: string) => void;
}) {
  const [hours, setHours] = useState('24');
  return (
    <div className="row-form">
      <label>
        Berlaku (jam)
        <input value={hours} onChange={(e) => setHours(e.target.value)} inputMode="numeric" size={4} />
      </label>
      <button type="button" onClick={() => onIssue(hours)}>
        Buat kode pendaftaran
      </button>
      {code && (
        <span role="status" data-testid="enrolment-code">
          Kode: <strong>{code.code}</strong> — sekali pakai, sampai {formatWita(code.expiresAt)} WITA
        </span>
      )}
    </div>
  );
}
