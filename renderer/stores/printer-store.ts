/**
 * The receipt printer as the cashier sees it: its status at a glance, every job not printed yet,
 * and the actions (reprint, retry, labels, the cash drawer). The persistent queue is
 * hardware/print-queue's engine over the Dexie printQueue table, delivering through the bridge; it
 * starts with the terminal and picks up whatever a reload or crash left unprinted.
 */
import { create } from 'zustand';
import type { Sale } from '../../domain/checkout/sale';
import type { ProductLabel } from '../../hardware/labels/label-layout';
import type { AsnBlock } from '../../hardware/receipt/receipt-layout';
import { PrintQueue, type PrintJob } from '../../hardware/print-queue/print-queue';
import type { PrintRequest } from '../../bridge/print-request';
import { canPrint, type PrinterStatus } from '../../hardware/printer/status';
import { getBridge } from '../bridge/bridge';
import type { PosDatabase } from '../db/database';
import { deliveryResultOf } from '../print/delivery';
import { describePrintRequest, DexiePrintJobStore, receiptRequest } from '../print/print-queue';
import { missingCase } from '../../domain/missing-case';
import { showError, showInfo } from './notice-store';
import { currentUser } from './session-store';
import { useSettingsStore } from './settings-store';
import { useTerminalStore } from './terminal-store';

interface PrinterState {
  /** The configured printer's last known status; null before the first answer or with no printer set up. */
  status: PrinterStatus | null;
  /** Jobs not printed yet (waiting, printing or failed), oldest first: nothing leaves this list unprinted. */
  jobs: PrintJob[];
}

export const usePrinterStore = create<PrinterState>(() => ({ status: null, jobs: [] }));

/** How often the status is asked for: often while the printer cannot print, so jobs go out as soon as it can. */
const POLL_READY_MS = 5000;
const POLL_NOT_READY_MS = 2000;

let queue: PrintQueue | null = null;
let jobStore: DexiePrintJobStore | null = null;
let queueRunning = false;
let pollTimer: ReturnType<typeof setTimeout> | null = null;
let polling: Promise<void> | null = null;

export async function startPrinting(db: PosDatabase): Promise<void> {
  const store = (jobStore = new DexiePrintJobStore(db));
  usePrinterStore.setState({ jobs: await store.notPrinted() });
  queue = new PrintQueue({ store, deliver, onChange: trackJob });
  await followPrinterSetting();
  // A printer saved or changed in Pengaturan: ask it at once and send it what is waiting.
  useSettingsStore.subscribe((state, before) => {
    if (state.config?.printer === before.config?.printer) return;
    usePrinterStore.setState({ status: null });
    pollNow();
    void followPrinterSetting();
  });
  pollNow();
}

/** Jobs wait, untried, while no printer is set up; the queue runs while one is. */
async function followPrinterSetting(): Promise<void> {
  const configured = useSettingsStore.getState().config?.printer != null;
  if (!queue || configured === queueRunning) return void queue?.retryNow();
  queueRunning = configured;
  if (configured) await queue.start();
  else await queue.stop();
}

async function deliver(request: PrintRequest) {
  const result = await getBridge().invoke('printer-print', request);
  if (result.ok && result.value.status) noteStatus(result.value.status);
  return deliveryResultOf(result);
}

function trackJob(job: PrintJob): void {
  usePrinterStore.setState(({ jobs }) => {
    const others = jobs.filter((j) => j.id !== job.id);
    const done = job.state === 'printed' || job.state === 'discarded';
    return { jobs: done ? others : [...others, job].sort((a, b) => (a.id < b.id ? -1 : 1)) };
  });
}

/** Records the status; when the printer can print again, the waiting jobs go out now. */
function noteStatus(status: PrinterStatus): void {
  const before = usePrinterStore.getState().status;
  usePrinterStore.setState({ status });
  if (canPrint(status.state) && !(before && canPrint(before.state))) queue?.retryNow();
}

function pollNow(): void {
  if (pollTimer) clearTimeout(pollTimer);
  pollTimer = null;
  polling ??= poll().finally(() => {
    polling = null;
    const status = usePrinterStore.getState().status;
    pollTimer = setTimeout(pollNow, status && canPrint(status.state) ? POLL_READY_MS : POLL_NOT_READY_MS);
  });
}

async function poll(): Promise<void> {
  if (!useSettingsStore.getState().config?.printer) return;
  const result = await getBridge().invoke('printer-status');
  if (result.ok) noteStatus(result.value);
}

function running(): PrintQueue | null {
  if (!queue) showError('Antrean cetak belum siap. Tunggu sebentar lalu coba lagi.');
  return queue;
}

/** F3: the last receipt again, marked SALINAN. */
export async function reprintLastReceipt(): Promise<void> {
  const job = await running()?.reprintLastReceipt();
  if (job === undefined) return;
  if (job === null) showError('Belum ada struk untuk dicetak ulang.');
  else showInfo(`${describePrintRequest(job.request)} masuk antrean printer.`);
}

/** A receipt from the sales history, marked SALINAN: as first printed (its ASN block too) where that job is kept. */
export async function reprintSale(sale: Sale): Promise<void> {
  const identity = useTerminalStore.getState().identity;
  const active = running();
  if (!active || !identity) return;
  const original = await jobStore?.receiptOf(sale.id);
  const job =
    (original && (await active.reprint(original.id))) ?? (await active.enqueue(receiptRequest(sale, identity, true)));
  showInfo(`${describePrintRequest(job.request)} masuk antrean printer.`);
}

/** The ASN block a sale's receipt printed with (the buyer's month then), or null. */
export async function printedAsnBlock(sale: Sale): Promise<AsnBlock | null> {
  const original = await jobStore?.receiptOf(sale.id);
  return original?.request.kind === 'receipt' ? original.request.asn : null;
}

/** Product labels with their in-store barcodes. */
export async function printLabels(labels: ProductLabel[]): Promise<boolean> {
  const active = running();
  if (!active) return false;
  const job = await active.enqueue({ kind: 'labels', labels });
  showInfo(`${describePrintRequest(job.request)} masuk antrean printer.`);
  return true;
}

/**
 * Every job not printed, read again from the table: documents add their jobs in their own
 * transactions, which the stopped queue (no printer set up) does not hear of.
 */
export async function refreshPrintJobs(): Promise<PrintJob[]> {
  const jobs = (await jobStore?.notPrinted()) ?? [];
  usePrinterStore.setState({ jobs });
  return jobs;
}

/** What to do with the jobs waiting when a printer is saved: print them, keep them held, or discard them with a reason. */
export type BacklogChoice = { kind: 'print' } | { kind: 'hold' } | { kind: 'discard'; reason: string };

/**
 * Applies the choice before the printer is saved (saving starts the queue, which would print
 * everything waiting). Answers what to tell the manager, or an error.
 */
export async function settleBacklog(
  choice: BacklogChoice,
): Promise<{ ok: true; message: string } | { ok: false; message: string }> {
  const active = running();
  if (!active) return { ok: false, message: 'Antrean cetak belum siap. Tunggu sebentar lalu coba lagi.' };
  switch (choice.kind) {
    case 'print':
      return { ok: true, message: `${await active.releaseHeld()} cetakan yang ditahan ikut dicetak.` };
    case 'hold':
      return {
        ok: true,
        message: `${await active.holdWaiting()} cetakan ditahan: cetak dari Pengaturan bila sudah waktunya.`,
      };
    case 'discard': {
      const reason = choice.reason.trim();
      if (reason.length < 5) return { ok: false, message: 'Tulis alasan membuang cetakan (minimal 5 huruf).' };
      const user = currentUser();
      const count = await active.discardWaiting(reason, { id: user.id, name: user.name });
      return {
        ok: true,
        message: `${count} cetakan tidak dicetak (alasan dicatat). Struk tetap bisa dicetak ulang dari Riwayat (F9).`,
      };
    }
    default:
      return missingCase(choice);
  }
}

/** The held jobs back in line: "Cetak yang ditahan". */
export async function printHeldJobs(): Promise<void> {
  const count = await running()?.releaseHeld();
  if (count) showInfo(`${count} cetakan yang ditahan masuk antrean printer.`);
}

/** "Coba lagi" on a job: a failed or held one goes back in line, a waiting one is tried now. */
export async function retryPrintJob(jobId: string): Promise<void> {
  await running()?.retry(jobId);
}

/** What was just queued with its document (a receipt, a slip, a shift report) goes to the printer now. */
export function printNow(): void {
  queue?.retryNow();
}

/**
 * After a sale commits: its receipt (already in the queue, written with the sale) goes to the
 * printer now, and a cash sale opens the drawer.
 */
export function printAfterSale(sale: Sale): void {
  printNow();
  if (sale.payments.some((p) => p.method === 'cash')) {
    void kickDrawer().then(
      (problem) => problem && showError(`Laci uang tidak terbuka: ${problem}. Buka laci dengan kuncinya.`),
    );
  }
}

/** Opens the cash drawer: for kas masuk/keluar, a cash refund, and "buka laci" once a manager approved (stores/shift-store). */
export async function openDrawer(): Promise<boolean> {
  const problem = await kickDrawer();
  if (problem) showError(`Laci uang tidak terbuka: ${problem}.`);
  else showInfo('Laci uang dibuka.', 'success');
  return problem === null;
}

/** Kicks the drawer; answers why it could not, or null. */
async function kickDrawer(): Promise<string | null> {
  const result = await getBridge().invoke('drawer-open');
  if (!result.ok) return result.error.message;
  if (result.value.status) noteStatus(result.value.status);
  return result.value.ok ? null : result.value.error.message;
}
