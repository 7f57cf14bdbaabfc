/**
 * The persistent print queue's lifecycle: hardware/print-queue's engine over the Dexie printQueue
 * table, delivering through the bridge. It starts with the terminal and picks up whatever a reload or
 * crash left unprinted, runs while a printer is set up, and asks the printer its status on a timer.
 */
import { PrintQueue, type PrintJob } from '#hardware/print-queue/print-queue';
import type { PrintRequest } from '#bridge/print-request';
import { canPrint, type PrinterStatus } from '#hardware/printer/status';
import { getBridge } from '../bridge/bridge';
import type { PosDatabase } from '../db/database';
import { showError } from '../stores/notice-store';
import { usePrinterStore } from '../stores/printer-store';
import { useSettingsStore } from '../stores/settings-store';
import { deliveryResultOf } from './delivery';
import { DexiePrintJobStore } from './print-queue';

/** How often the status is asked for: often while the printer cannot print, so jobs go out as soon as it can. */
const POLL_READY_MS = 5000;
const POLL_NOT_READY_MS = 2000;

let queue: PrintQueue | null = null;
/** The queue's table, once started; null before. */
export let jobStore: DexiePrintJobStore | null = null;
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
export function noteStatus(status: PrinterStatus): void {
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

/** The queue, or null (and the cashier told) before it has started. */
export function running(): PrintQueue | null {
  if (!queue) showError('Antrean cetak belum siap. Tunggu sebentar lalu coba lagi.');
  return queue;
}

/** What was just queued with its document (a receipt, a slip, a shift report) goes to the printer now. */
export function printNow(): void {
  queue?.retryNow();
}
