import { useState } from 'react';
import { useShortcuts } from '../scanning/use-shortcuts';
import { useApprovalStore } from '../stores/approval-store';
import { openDrawerWithoutSale } from '../stores/shift-store';

/** "Buka laci" without a sale: a reason, a manager's approval, then the drawer. */
export function DrawerDialog({ close }: { close: () => void }) {
  const [reason, setReason] = useState('');
  const approving = useApprovalStore((s) => s.pending !== null);
  useShortcuts({ Escape: close }, !approving);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-label="Buka laci tanpa penjualan">
        <form
          className="shift-form"
          onSubmit={(e) => {
            e.preventDefault();
            void openDrawerWithoutSale(reason).then((opened) => opened && close());
          }}
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
          <div className="form-buttons">
            <button type="button" onClick={close}>
              <kbd>Esc</kbd> Batal
            </button>
            <button type="submit" className="primary">
              <kbd>Enter</kbd> Buka laci (perlu manajer)
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
