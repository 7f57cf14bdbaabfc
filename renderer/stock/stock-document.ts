/**
 * The steps a stock document of this outlet shares (goods received, write-off, transfer sent,
 * stock-take; the head and the check also a transfer received): its head, numbered lines, its check
 * against the sync protocol's schema, and one commit (outbox/commit) of the document, its ledger
 * movements with the levels, its slip's print job and its event, with whatever else the document
 * writes (new products and the purchase order's lines, an approval's audit entry, the take marked
 * approved).
 */
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { Product } from '#domain/catalog/product';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import { ok, problem, type Result } from '#domain/result';
import { businessDate } from '#domain/wita';
import type { PrintRequest } from '#bridge/print-request';
import type { PosDatabase } from '../db/database';
import type { StockMovement } from '../db/rows';
import { commitDocuments, type NewEvent, type RowWrite, type StoreName } from '../outbox/commit';
import { newPrintJob } from '../print/print-queue';
import { LEDGER_STORES, ledgerWrites } from './ledger-writes';

export interface StockLineInput {
  product: Product;
  /** Whole units, or grams for weighed goods. */
  quantity: number;
}

/** What every stock document of this terminal begins with: its id, whose it is and its WITA business date. */
export function documentHead(identity: TerminalIdentity, now: Date, id: string = uuidv7()) {
  const { outletId, terminalId, training } = identity;
  return { id, outletId, terminalId, training, businessDate: businessDate(now) };
}

/** The lines whose quantity is grams (by line number), for the slip. */
export function weighedLinesOf(lines: readonly { product: Pick<Product, 'soldBy'> }[]): number[] {
  return lines.flatMap((l, i) => (l.product.soldBy === 'weight' ? [i + 1] : []));
}

/** The document's lines as entered, numbered from 1. */
export function numberedLines(lines: readonly StockLineInput[]) {
  return lines.map((l, i) => ({ lineNo: i + 1, productId: l.product.id, name: l.product.name, quantity: l.quantity }));
}

/** The document as the protocol reads it, or why not: `refused` begins the sentence its first issue ends. */
export function checkDocument<S extends z.ZodType>(
  schema: S,
  document: unknown,
  code: string,
  refused: string,
): Result<z.output<S>> {
  const parsed = schema.safeParse(document);
  return parsed.success ? ok(parsed.data) : problem(code, `${refused}: ${parsed.error.issues[0]!.message}`);
}

export interface StockDocumentCommit {
  /** The document's own table; the document is added, never put. */
  store: StoreName;
  document: unknown;
  movements: readonly StockMovement[];
  print: PrintRequest;
  /** The document's event; its occurredAt is the print job's too. */
  event: NewEvent;
  /** Rows and events the document writes besides, in the tables named. */
  also?: { stores: readonly StoreName[]; writes: readonly RowWrite[]; events: readonly NewEvent[] };
  measure?: string;
}

export function commitStockDocument(db: PosDatabase, commit: StockDocumentCommit): Promise<null> {
  const { store, also } = commit;
  return commitDocuments(db, {
    receiptDate: null,
    stores: [store, ...(also?.stores ?? []), ...LEDGER_STORES, 'printQueue'],
    ...(commit.measure === undefined ? {} : { measure: commit.measure }),
    plan: () => ({
      writes: [
        { op: 'add', store, value: commit.document },
        ...(also?.writes ?? []),
        ...ledgerWrites(commit.movements),
        { op: 'add', store: 'printQueue', value: newPrintJob(commit.print, commit.event.occurredAt) },
      ],
      events: [commit.event, ...(also?.events ?? [])],
      result: null,
    }),
  });
}
