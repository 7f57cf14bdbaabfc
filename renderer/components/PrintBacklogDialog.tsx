import { useState } from 'react';
import type { PrintJob } from '#hardware/print-queue/print-queue';
import { formatWita } from '#domain/wita';
import { describePrintRequest } from '../print/print-queue';
import type { BacklogChoice } from '../print/print-commands';
import { Modal } from './Modal';
import { submitHandler } from './submit-handler';

const LISTED = 5;

interface BacklogProps {
  jobs: readonly PrintJob[];
  choose: (choice: BacklogChoice) => void;
  cancel: () => void;
}

/**
 * Saving a printer while jobs wait: print them all now, keep them held (a shop that set its printer
 * up after a day of sales may not want yesterday's receipts), or discard them with a reason.
 * Nothing is decided without the manager: Esc cancels the save.
 */
export function PrintBacklogDialog(props: BacklogProps) {
  return (
    <Modal label="Cetakan menunggu" className="print-backlog" cancel={props.cancel}>
      <Backlog {...props} />
    </Modal>
  );
}

function Backlog({ jobs, choose, cancel }: BacklogProps) {
  const [discarding, setDiscarding] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <h2>{jobs.length} cetakan menunggu printer</h2>
      <ul className="backlog-jobs">
        {jobs.slice(0, LISTED).map((job) => (
          <li key={job.id}>
            {describePrintRequest(job.request)} <span className="hint">{formatWita(job.createdAt)}</span>
          </li>
        ))}
        {jobs.length > LISTED && <li className="hint">dan {jobs.length - LISTED} lagi</li>}
      </ul>
      <p>Setelah printer disimpan, apa yang dilakukan dengan cetakan ini?</p>
      {discarding ? (
        <form className="shift-form" onSubmit={submitHandler(() => choose({ kind: 'discard', reason }))}>
          <label>
            Alasan tidak dicetak (wajib)
            <input
              autoFocus
              aria-label="Alasan tidak dicetak"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <p className="hint">Penjualannya tetap tersimpan; struk bisa dicetak ulang dari Riwayat (F9).</p>
          <div className="form-buttons">
            <button type="button" onClick={() => setDiscarding(false)}>
              Kembali
            </button>
            <button type="submit">Jangan cetak {jobs.length} cetakan</button>
          </div>
        </form>
      ) : (
        <div className="form-buttons">
          <button type="button" onClick={cancel}>
            <kbd>Esc</kbd> Batal simpan
          </button>
          <button type="button" onClick={() => setDiscarding(true)}>
            Jangan dicetak…
          </button>
          <button type="button" onClick={() => choose({ kind: 'hold' })}>
            Tahan dulu
          </button>
          <button type="button" className="primary" onClick={() => choose({ kind: 'print' })}>
            Cetak semua sekarang
          </button>
        </div>
      )}
    </>
  );
}
