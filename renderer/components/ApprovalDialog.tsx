import { useEffect, useState } from 'react';
import { describeAction, type SensitiveAction } from '#domain/staff/approval';
import type { StaffItem } from '#sync/protocol/streams';
import { loginStaff } from '../staff/staff-table';
import { cancelApproval, submitApproval, useApprovalStore } from '../stores/approval-store';
import { database, useTerminalStore } from '../stores/terminal-store';
import { Modal } from './Modal';
import { PinPad } from './PinPad';
import { RadioButtons } from './RadioButtons';

/** A manager approves at the cashier's terminal: the act in words, the manager's name, their PIN. */
export function ApprovalDialog() {
  const pending = useApprovalStore((s) => s.pending);
  if (!pending) return null;
  return (
    <Modal label="Persetujuan manajer" className="approval" cancel={cancelApproval}>
      <Approval pending={pending} />
    </Modal>
  );
}

function Approval({ pending }: { pending: { action: SensitiveAction } }) {
  const identity = useTerminalStore((s) => s.identity)!;
  const [managers, setManagers] = useState<StaffItem[]>([]);
  const [managerId, setManagerId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setMessage(null);
    void loginStaff(database(), identity).then((all) => {
      const found = all.filter((s) => s.role === 'manager');
      setManagers(found);
      setManagerId(found.length === 1 ? found[0]!.id : null);
    });
  }, [pending, identity]);
  const submit = async (pin: string) => {
    if (!managerId) return setMessage('Pilih nama manajer dulu.');
    setBusy(true);
    setMessage(await submitApproval(managerId, pin));
    setBusy(false);
  };
  return (
    <>
      <header>
        <h2>Perlu persetujuan manajer</h2>
        <button onClick={cancelApproval}>
          <kbd>Esc</kbd> Batal
        </button>
      </header>
      <p className="approval-action" data-testid="approval-action">
        {describeAction(pending.action)}
        {'reason' in pending.action && pending.action.reason ? ` — alasan: ${pending.action.reason}` : ''}
      </p>
      {managers.length === 0 ? (
        <p className="lock-message">Tidak ada manajer terdaftar di terminal ini.</p>
      ) : (
        <RadioButtons
          className="manager-pick"
          label="Manajer"
          value={managerId}
          choices={managers.map((m) => [m.id, m.name] as const)}
          onChange={setManagerId}
        />
      )}
      {managerId && <PinPad key={managerId} label="PIN manajer" onSubmit={submit} busy={busy} />}
      {message && (
        <p className="lock-message" role="alert">
          {message}
        </p>
      )}
    </>
  );
}
