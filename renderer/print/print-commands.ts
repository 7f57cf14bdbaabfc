/** What the cashier and manager ask of the printer and drawer: reprints, labels, the backlog, the drawer. */
import type { Sale } from '#domain/checkout/sale';
import { saleOpensDrawer } from '#domain/checkout/cash-drawer';
import { missingCase } from '#domain/missing-case';
import { ok, problem, type Result } from '#domain/result';
import type { ProductLabel } from '#hardware/labels/label-layout';
import type { PrintJob } from '#hardware/print-queue/print-queue';
import type { AsnBlock } from '#hardware/receipt/receipt-layout';
import { getBridge } from '../bridge/bridge';
import { showError, showInfo } from '../stores/notice-store';
import { usePrinterStore } from '../stores/printer-store';
import { currentUser } from '../stores/session-store';
import { useTerminalStore } from '../stores/terminal-store';
import type { PurchaseOrderRow } from '../db/rows';
import { describePrintRequest, outletInfo, receiptRequest } from './print-queue';
import { jobStore, noteStatus, printNow, running } from './printer-service';

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

/** A purchase order (pesanan), to hand to the supplier or keep with the receiving. */
export async function printPurchaseOrder(order: PurchaseOrderRow): Promise<void> {
  const identity = useTerminalStore.getState().identity;
  const active = running();
  if (!active || !identity) return;
  const job = await active.enqueue({ kind: 'purchase-order', order, outlet: outletInfo(identity) });
  showInfo(`${describePrintRequest(job.request)} masuk antrean printer.`);
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
 * everything waiting). Answers what to tell the manager, or why not.
 */
export async function settleBacklog(choice: BacklogChoice): Promise<Result<string>> {
  const active = running();
  if (!active) return problem('queue-not-ready', 'Antrean cetak belum siap. Tunggu sebentar lalu coba lagi.');
  switch (choice.kind) {
    case 'print':
      return ok(`${await active.releaseHeld()} cetakan yang ditahan ikut dicetak.`);
    case 'hold':
      return ok(`${await active.holdWaiting()} cetakan ditahan: cetak dari Pengaturan bila sudah waktunya.`);
    case 'discard': {
      const reason = choice.reason.trim();
      if (reason.length < 5) return problem('reason-too-short', 'Tulis alasan membuang cetakan (minimal 5 huruf).');
      const user = currentUser();
      const count = await active.discardWaiting(reason, { id: user.id, name: user.name });
      return ok(`${count} cetakan tidak dicetak (alasan dicatat). Struk tetap bisa dicetak ulang dari Riwayat (F9).`);
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

/**
 * After a sale commits: its receipt (already in the queue, written with the sale) goes to the
 * printer now, and a cash sale opens the drawer.
 */
export function printAfterSale(sale: Sale): void {
  printNow();
  if (saleOpensDrawer(sale)) {
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
