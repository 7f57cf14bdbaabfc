import { useState } from 'react';
import { openDrawerWithoutSale } from '../stores/shift-store';
import { FormActions } from './FormActions';
import { Modal } from './Modal';
import { submitHandler } from './submit-handler';

/** "Buka laci" without a sale: a reason, a manager's approval, then the drawer. */
export function DrawerDialog({ close }: { close: () => void }) {
  return (
    <Modal label="Buka laci tanpa penjualan" cancel={close}>
      <DrawerForm close={close} />
    </Modal>
  );
}

function DrawerForm({ close }: { close: () => void }) {
  const [reason, setReason] = useState('');
  return (
    <>
      <form
        className="shift-form"
        onSubmit={submitHandler(() => openDrawerWithoutSale(reason).then((opened) => opened && close()))}
      >
        <h2>Buka laci tanpa penjualan</h2>
        <label>
          Alasan
          <input
            autoFocus
            aria-label="Alasan buka laci"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="Tukar uang kecil"
          />
        </label>
        <FormActions cancel={close} submitLabel="Buka laci (perlu manajer)" />
      </form>
    </>
  );
}
