import { useState } from 'react';
import { formatWita } from '#domain/wita';
import { useClosedShifts } from '../shifts/queries';
import { reprintShiftZReport } from '../stores/shift-store';

/** How many past shifts the list offers: about two weeks of a till's shifts. */
const SHOWN = 30;

/** The shifts closed on this terminal, each with its Z report to print again (SALINAN); folded away until wanted. */
export function PastZReports() {
  const [open, setOpen] = useState(false);
  return (
    <details className="past-z-reports" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Cetak ulang laporan Z</summary>
      {open && <ClosedShifts />}
    </details>
  );
}

/** Read only while unfolded. */
function ClosedShifts() {
  const shifts = useClosedShifts(SHOWN);
  return (
    <>
      {shifts.length === 0 ? (
        <p className="hint">Belum ada shift yang ditutup di terminal ini.</p>
      ) : (
        <table aria-label="Laporan Z sebelumnya">
          <tbody>
            {shifts.map((shift) => (
              <tr key={shift.id} data-shift={shift.id}>
                <td>{shift.cashier.name}</td>
                <td>
                  {formatWita(shift.openedAt)} – {formatWita(shift.closing!.closedAt)}
                </td>
                <td>
                  <button onClick={() => void reprintShiftZReport(shift)}>Cetak salinan</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
