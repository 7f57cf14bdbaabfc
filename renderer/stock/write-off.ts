/**
 * Booking a write-off (stok terbuang) approved by a manager: each line leaves stock as a
 * 'written-off' movement, taken from the earliest expiry first (an expired batch, being the
 * earliest, goes first — as on the server), with the document, the stock.written-off event, the
 * write-off slip's print job and the manager's approval in the audit log in one commit
 * (outbox/commit), as a refund is recorded.
 */
import type { Product } from '#domain/catalog/product';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import { ok, type Result } from '#domain/result';
import type { StaffRef } from '#domain/staff/staff';
import type { WriteOffReason } from '#domain/stock/stock-reason';
import { checkWriteOff, expiredBatches } from '#domain/stock/write-off';
import type { BusinessDate } from '#domain/wita';
import { stockWrittenOffSchema, type StockWrittenOff } from '#sync/protocol/stock';
import { auditEntry, auditWrites } from '../audit/audit-log';
import type { PosDatabase } from '../db/database';
import { outletInfo } from '../print/print-queue';
import { unitsOf, writeOffMovements } from './document-movements';
import {
  checkDocument,
  commitStockDocument,
  documentHead,
  numberedLines,
  weighedLinesOf,
  type StockLineInput,
} from './stock-document';

export interface WriteOffLineInput extends StockLineInput {
  /** The expired batch it is, when the line came from one. */
  expiry: string | null;
}

export interface WriteOffInput {
  identity: TerminalIdentity;
  /** Who booked it, signed in; the approval is recorded in the audit log under their name. */
  staff: StaffRef;
  approvedBy: StaffRef;
  reason: WriteOffReason | null;
  note: string;
  lines: readonly WriteOffLineInput[];
  now: Date;
}

/** The write-off's rules (domain/stock/write-off.ts), checked before a manager is asked to approve it. */
export function checkWriteOffInput(input: Pick<WriteOffInput, 'reason' | 'lines'>) {
  return checkWriteOff({
    reason: input.reason,
    lines: input.lines.map((l) => ({ name: l.product.name, quantity: l.quantity })),
  });
}

/**
 * The batches past their expiry (the stock levels' batches, domain/stock/write-off.ts), each a line
 * of what it holds, for the products the catalog knows; earliest first.
 */
export async function expiredLines(
  db: PosDatabase,
  productOf: (id: string) => Product | undefined,
  today: BusinessDate,
): Promise<WriteOffLineInput[]> {
  const levels = await db.stockLevels.where('nextExpiry').below(today).toArray();
  return levels
    .flatMap((level) => {
      const product = productOf(level.productId);
      if (!product) return [];
      return expiredBatches(level.batches, today).map((b) => ({ product, quantity: b.remaining, expiry: b.expiry }));
    })
    .sort((a, b) => (a.expiry! < b.expiry! ? -1 : a.expiry! > b.expiry! ? 1 : 0));
}

export async function writeOff(db: PosDatabase, input: WriteOffInput): Promise<Result<StockWrittenOff>> {
  const checked = checkWriteOffInput(input);
  if (!checked.ok) return checked;
  const writtenOffAt = input.now.toISOString();
  const note = input.note.trim();
  const checkedDocument = checkDocument(
    stockWrittenOffSchema,
    {
      ...documentHead(input.identity, input.now),
      writtenOffAt,
      approvedBy: input.approvedBy,
      reason: checked.value.reason,
      ...(note === '' ? {} : { note }),
      lines: numberedLines(input.lines).map((l, i) => ({ ...l, expiry: input.lines[i]!.expiry })),
    },
    'invalid-write-off',
    'Stok terbuang belum bisa disimpan',
  );
  if (!checkedDocument.ok) return checkedDocument;
  const document = checkedDocument.value;
  const audit = auditWrites(
    auditEntry(
      input.identity,
      input.now,
      input.staff,
      { kind: 'approved', action: { kind: 'write-off', reason: document.reason, lineCount: document.lines.length } },
      input.approvedBy,
    ),
  );
  await commitStockDocument(db, {
    store: 'writeOffs',
    document,
    movements: writeOffMovements(document, unitsOf(input.lines.map((l) => l.product))),
    print: {
      kind: 'write-off-slip',
      writeOff: document,
      outlet: outletInfo(input.identity),
      weighedLines: weighedLinesOf(input.lines),
    },
    event: { type: 'stock.written-off', occurredAt: writtenOffAt, payload: document },
    also: { stores: ['audit'], ...audit },
  });
  return ok(document);
}
