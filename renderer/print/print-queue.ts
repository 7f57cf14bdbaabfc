/**
 * The terminal's persistent print queue: hardware/print-queue's engine (PrintQueue) keeps its jobs
 * in the Dexie printQueue table through DexiePrintJobStore. completeSale adds each sale's receipt
 * job in the sale's own transaction, so a sale never lacks its receipt, even after a crash; the
 * engine prints it after commit. The on-screen receipt does not wait for it.
 */
import { v7 as uuidv7 } from 'uuid';
import { missingCase } from '#domain/missing-case';
import { formatRupiah } from '#domain/money';
import type { Sale } from '#domain/checkout/sale';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import { formatWita } from '#domain/wita';
import type { PrintJob, PrintJobStore } from '#hardware/print-queue/print-queue';
import type { PrintRequest, PrintRequestKind } from '#bridge/print-request';
import type { AsnBlock, OutletInfo } from '#hardware/receipt/receipt-layout';
import type { PosDatabase } from '../db/database';

/** A sale's receipt as the printer lays it out; `reprint` marks it "SALINAN". */
export function receiptRequest(
  sale: Sale,
  identity: TerminalIdentity,
  reprint: boolean,
  asn: AsnBlock | null = null,
): PrintRequest {
  return { kind: 'receipt', sale, outlet: outletInfo(identity), reprint, asn };
}

/** The receipt job of a sale just completed, as completeSale adds it, with the buyer's ASN month after it. */
export function newReceiptJob(sale: Sale, identity: TerminalIdentity, asn: AsnBlock | null): PrintJob {
  return newPrintJob(receiptRequest(sale, identity, false, asn), sale.completedAt);
}

/** A job added in the transaction of the document it prints (a sale, a refund, a shift's close…). */
export function newPrintJob(request: PrintRequest, createdAt: string): PrintJob {
  return { id: uuidv7(), request, state: 'pending', createdAt, attempts: 0, lastError: null, printedAt: null };
}

export function outletInfo(identity: TerminalIdentity): OutletInfo {
  return { name: identity.outletName, address: identity.outletAddress, phone: null };
}

/** What a job is, in the cashier's words. */
export function describePrintRequest(request: PrintRequest): string {
  switch (request.kind) {
    case 'receipt':
      return `Struk ${request.sale.receiptNo}${request.reprint ? ' (salinan)' : ''}`;
    case 'labels':
      return `Label ${request.labels.reduce((n, l) => n + l.copies, 0)} lembar`;
    case 'refund-receipt':
      return `Struk refund ${request.refund.receiptNo}${request.reprint ? ' (salinan)' : ''}`;
    case 'test-page':
      return 'Halaman uji printer';
    case 'shift-report':
      return `Laporan ${request.report.kind} shift ${request.report.cashier.name}`;
    case 'day-report':
      return `Laporan tutup hari ${request.closing.businessDate}`;
    case 'cash-slip':
      return `Bukti ${request.movement.kind === 'pay-in' ? 'kas masuk' : 'kas keluar'} ${formatRupiah(request.movement.amount)} (${formatWita(request.movement.at)})`;
    case 'bast':
      return `BAST penerimaan ${request.receiving.supplier} (${formatWita(request.receiving.receivedAt)})`;
    case 'transfer-slip':
      return `Surat jalan mutasi ke ${request.toOutletName} (${formatWita(request.transfer.sentAt)})`;
    case 'stock-take-report':
      return `Laporan stok opname (${formatWita(request.count.approvedAt)})`;
    case 'write-off-slip':
      return `Berita acara stok terbuang (${formatWita(request.writeOff.writtenOffAt)})`;
    case 'supplier-statement':
      return `Rekap pemasok ${request.statement.supplier.name} ${request.statement.month}`;
    case 'purchase-order':
      return `Pesanan ${request.order.number} ke ${request.order.supplierName}`;
    default:
      return missingCase(request);
  }
}

export class DexiePrintJobStore implements PrintJobStore {
  constructor(private readonly db: PosDatabase) {}

  async add(job: PrintJob): Promise<void> {
    await this.db.printQueue.add(job);
  }

  async put(job: PrintJob): Promise<void> {
    await this.db.printQueue.put(job);
  }

  get(id: string): Promise<PrintJob | undefined> {
    return this.db.printQueue.get(id);
  }

  /**
   * An index orders entries of equal key by primary key, and ids are UUIDv7 (the order jobs were
   * queued in): the first 'pending' entry of the state index is the oldest pending job.
   */
  nextPending(): Promise<PrintJob | undefined> {
    return this.db.printQueue.where('state').equals('pending').first();
  }

  interrupted(): Promise<PrintJob[]> {
    return this.db.printQueue.where('state').equals('printing').toArray();
  }

  /** Pending and printing jobs, oldest first. */
  unfinished(): Promise<PrintJob[]> {
    return this.db.printQueue.where('state').anyOf('pending', 'printing').sortBy('id');
  }

  latest(kind: PrintRequestKind): Promise<PrintJob | undefined> {
    return this.db.printQueue.where('request.kind').equals(kind).last();
  }

  /** The job that printed a sale's receipt when it was made (first by id: reprints come later). */
  receiptOf(saleId: string): Promise<PrintJob | undefined> {
    return this.db.printQueue.where('request.sale.id').equals(saleId).first();
  }

  waiting(): Promise<PrintJob[]> {
    return this.db.printQueue.where('state').anyOf('pending', 'failed', 'held').sortBy('id');
  }

  /** Every job not printed (failed and held ones included, discarded ones not): what the cashier must be able to see. */
  notPrinted(): Promise<PrintJob[]> {
    return this.db.printQueue.where('state').anyOf('pending', 'printing', 'failed', 'held').sortBy('id');
  }
}
