import { useCallback, useState } from 'react';
import { formatWita } from '#domain/wita';
import type { BackofficeSession } from '#sync/protocol/backoffice';
import { loadAudit } from './manage-api';
import { Notice } from './Notice';
import { useLoaded } from './use-loaded';

const ACTIONS: Record<string, string> = {
  'user.add': 'Pengguna ditambah',
  'user.disable': 'Pengguna dinonaktifkan',
  'user.reset-password': 'Kata sandi diganti',
  'target.set': 'Target diubah',
  'target.outlet': 'Target outlet diubah',
  'asn.roster-import': 'Daftar ASN diunggah',
  'product.edit': 'Produk diubah',
  'staff.add': 'Staf ditambah',
  'staff.reset-pin': 'PIN staf diganti',
  'staff.deactivate': 'Staf dinonaktifkan',
  'terminal.enrolment-code': 'Kode pendaftaran dibuat',
  'terminal.revoke': 'Terminal dicabut',
  'settings.set': 'Pengaturan provinsi diubah',
  'settings.qris': 'QRIS outlet diubah',
  'quarantine.release': 'Karantina dilepas',
  'quarantine.confirm': 'Karantina dikonfirmasi',
};

const number = new Intl.NumberFormat('id-ID');
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;
function shown(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') return number.format(value);
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? `${formatWita(value)} WITA` : value;
  return JSON.stringify(value);
}

/** Each field the change touched, "field: before → after"; a record added or removed whole shows its fields. */
function changes(before: unknown, after: unknown): string[] {
  const fields = (v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const [b, a] = [fields(before), fields(after)];
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]))
    .map((key) =>
      before === null
        ? `${key}: ${shown(a[key])}`
        : after === null
          ? `${key}: ${shown(b[key])} → –`
          : `${key}: ${shown(b[key])} → ${shown(a[key])}`,
    );
}

/** Log audit: every change made in the back office (and by `npm run admin -- user`), newest first. */
export function AuditPanel({ user }: { user: BackofficeSession['user'] }) {
  const [who, setWho] = useState('');
  const load = useCallback(() => loadAudit(who), [who]);
  const { data, said } = useLoaded(load, 'Log audit tidak bisa dimuat.');

  return (
    <div className="panel">
      {user.role === 'provinsi' ? (
        <label className="row-form">
          Pengguna
          <select value={who} onChange={(e) => setWho(e.target.value)} data-testid="audit-user">
            <option value="">Semua</option>
            {data?.users.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="note">Perubahan yang Anda buat sendiri.</p>
      )}
      <Notice said={said} />
      {data && (
        <div className="card wide table-wrap">
          <table data-testid="audit">
            <thead>
              <tr>
                <th>Waktu (WITA)</th>
                <th>Pengguna</th>
                <th>Tindakan</th>
                <th>Data</th>
                <th>Perubahan (sebelum → sesudah)</th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((e) => (
                <tr key={e.id} data-action={e.action}>
                  <td>{formatWita(e.at)}</td>
                  <td>{e.userName}</td>
                  <td>{ACTIONS[e.action] ?? e.action}</td>
                  <td>{e.subject}</td>
                  <td className="json">
                    {changes(e.before, e.after).map((line) => (
                      <div key={line}>{line}</div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.entries.length === 0 && <p className="note">Belum ada perubahan tercatat.</p>}
        </div>
      )}
    </div>
  );
}
