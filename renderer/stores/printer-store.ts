/** The receipt printer as the cashier sees it: its last known status and every job not printed yet. */
import { create } from 'zustand';
import type { PrintJob } from '#hardware/print-queue/print-queue';
import type { PrinterStatus } from '#hardware/printer/status';

interface PrinterState {
  /** The configured printer's last known status; null before the first answer or with no printer set up. */
  status: PrinterStatus | null;
  /** Jobs not printed yet (waiting, printing or failed), oldest first: nothing leaves this list unprinted. */
  jobs: PrintJob[];
}

export const usePrinterStore = create<PrinterState>(() => ({ status: null, jobs: [] }));
