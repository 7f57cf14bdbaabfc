import { useCallback, useState, type FormEvent } from 'react';
import { STAFF_ROLES, type StaffRole } from '#domain/staff/staff';
import { formatWita } from '#domain/wita';
import type { BackofficeSession } from '#sync/protocol/backoffice';
import type { IssuedPin, StaffMember } from '#sync/protocol/backoffice-manage';
import { addStaff, deactivateStaff, loadOutlets, loadStaff, resetStaffPin } from './manage-api';
import { Notice } from './Notice';
import { useLoaded } from './use-loaded';

const ROLE_NAMES: Record<StaffRole, string> = { kasir: 'Kasir', manager: 'Manajer' };

/** Staf: an outlet's cashiers and managers. A PIN is made by the server and shown here once. */
export function StaffPanel({ user }: { user: BackofficeSession['user'] }) {
  const outlets = useLoaded(loadOutlets, 'Daftar outlet tidak bisa dimuat.');
  const [picked, setPicked] = useState(user.outletId ?? '');
  const outletId = picked || outlets.data?.outlets[0]?.id || '';
  const load = useCallback(
    () => (outletId ? loadStaff(outletId) : Promise.resolve({ staff: [] as StaffMember[] })),
    [outletId],
  );
  const { data, said, change } = useLoaded(load, 'Daftar staf tidak bisa dimuat.');
  const staff = data?.staff ?? [];
  const [issued, setIssued] = useState<IssuedPin | null>(null);

  /** A change that hands out a PIN, shown once. */
  const withPin = (work: () => Promise<IssuedPin>) =>
    change(async () => setIssued(await work()), null, 'Perubahan tidak tersimpan.');

  return (
    <div className="panel">
      {user.role === 'provinsi' && (
        <label className="row-form">
          Outlet
          <select value={outletId} onChange={(e) => setPicked(e.target.value)}>
            {outlets.data?.outlets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <AddStaffForm onAdd={(name, role) => withPin(() => addStaff(outletId, name, role))} />
      {issued && (
        <p className="issued" role="status" data-testid="issued-pin">
          PIN untuk {issued.name}: <strong>{issued.pin}</strong> — sampaikan sekarang; PIN ini tidak ditampilkan lagi.
        </p>
      )}
      <Notice said={outlets.said ?? said} />
      <div className="card wide table-wrap">
        <table data-testid="staff">
          <thead>
            <tr>
              <th>Nama</th>
              <th>Peran</th>
              <th>Status</th>
              <th>Ditambahkan (WITA)</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {staff.map((s) => (
              <tr key={s.id} data-staff={s.name}>
                <td>{s.name}</td>
                <td>{ROLE_NAMES[s.role]}</td>
                <td>{s.active ? 'aktif' : 'nonaktif'}</td>
                <td>{formatWita(s.createdAt)}</td>
                <td className="actions">
                  {s.active && (
                    <>
                      <button type="button" onClick={() => void withPin(() => resetStaffPin(s.id))}>
                        PIN baru
                      </button>
                      <button
                        type="button"
                        onClick={() => {
                          setIssued(null);
                          void change(
                            () => deactivateStaff(s.id),
                            `${s.name} dinonaktifkan; terminal menolak PIN-nya setelah sinkronisasi berikutnya.`,
                            'Perubahan tidak tersimpan.',
                          );
                        }}
                      >
                        Nonaktifkan
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {staff.length === 0 && <p className="note">Belum ada staf di outlet ini.</p>}
      </div>
    </div>
  );
}

function AddStaffForm({ onAdd }: { onAdd: (name: string, role: StaffRole) => Promise<boolean> }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('kasir');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onAdd(name, role)) setName('');
  };
  return (
    <form className="row-form card" onSubmit={(e) => void submit(e)} aria-label="Tambah staf">
      <label>
        Nama staf
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Peran
        <select value={role} onChange={(e) => setRole(e.target.value as StaffRole)}>
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_NAMES[r]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Tambah staf</button>
    </form>
  );
}
