import { useState } from 'react';
import { missingCase } from '#domain/missing-case';
import type { PrintJob } from '#hardware/print-queue/print-queue';
import { stateLabel } from '#hardware/printer/status';
import { describePrintRequest } from '../print/print-queue';
import { reprintLastReceipt, retryPrintJob } from '../print/print-commands';
import { usePrinterStore } from '../stores/printer-store';
import { useSettingsStore } from '../stores/settings-store';
import { showScreen } from '../stores/terminal-store';
import { DrawerDialog } from './DrawerDialog';

const SHOWN_JOBS = 3;

/** The printer at a glance on the register: its status, what has not printed yet, reprint and the drawer. */
export function PrinterPanel() {
  const configured = useSettingsStore((s) => s.config?.printer != null);
  const status = usePrinterStore((s) => s.status);
  const jobs = usePrinterStore((s) => s.jobs);
  const [drawer, setDrawer] = useState(false);
  const state = !configured ? 'unset' : (status?.state ?? 'checking');
  const label =
    state === 'unset' ? 'Printer belum diatur' : state === 'checking' ? 'Memeriksa printer…' : stateLabel(state);
  // Failed jobs first: they will not print by themselves.
  const ordered = [...jobs.filter((j) => j.state === 'failed'), ...jobs.filter((j) => j.state !== 'failed')];
  return (
    <section className="printer-panel" aria-label="Printer">
      <button
        className={`printer-status printer-${state}`}
        data-testid="printer-status"
        data-state={state}
        title={status?.message ?? 'Atur printer di Pengaturan'}
        onClick={() => showScreen('settings')}
      >
        <span className="dot" aria-hidden="true" />
        {label}
      </button>
      {ordered.length > 0 && (
        <ul className="print-jobs" aria-label="Antrean printer">
          {ordered.slice(0, SHOWN_JOBS).map((job) => (
            <li key={job.id} data-job-state={job.state}>
              <span className="what">{describePrintRequest(job.request)}</span>
              <span className="why">
                {configured || job.state === 'failed' ? jobProblem(job) : 'Menunggu printer diatur di Pengaturan'}
              </span>
              <button onClick={() => void retryPrintJob(job.id)}>Coba lagi</button>
            </li>
          ))}
          {ordered.length > SHOWN_JOBS && <li className="more">dan {ordered.length - SHOWN_JOBS} lagi menunggu</li>}
        </ul>
      )}
      <div className="printer-actions">
        <button onClick={() => void reprintLastReceipt()}>
          <kbd>F3</kbd> Cetak ulang struk
        </button>
        <button onClick={() => setDrawer(true)}>Buka laci</button>
      </div>
      {drawer && <DrawerDialog close={() => setDrawer(false)} />}
    </section>
  );
}

function jobProblem(job: PrintJob): string {
  switch (job.state) {
    case 'failed':
      return `Gagal: ${job.lastError?.message ?? 'tidak diketahui'}`;
    case 'pending':
      return job.lastError ? `Menunggu: ${job.lastError.message}` : 'Menunggu giliran';
    case 'printing':
      return 'Sedang dicetak…';
    case 'printed':
      return 'Tercetak';
    case 'held':
      return 'Ditahan: cetak dari Pengaturan › Printer, atau Coba lagi';
    case 'discarded':
      return `Tidak dicetak: ${job.discarded?.reason ?? ''}`;
    default:
      return missingCase(job.state);
  }
}
