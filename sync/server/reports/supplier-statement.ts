/**
 * A supplier's statement for a WITA month (rekap pemasok), what is owed to all suppliers at the end
 * of a month oldest first (hutang pemasok), and the balance a payout is checked against. The
 * opening balance is everything owed before the month less everything paid before it.
 */
import { rupiah, subtract, sum, type Rupiah } from '#domain/money';
import { statementTotals, unpaidMonths, type Payout, type SupplierStatement } from '#domain/supplier/settlement';
import { addDays, toBusinessDate, type BusinessDate, type BusinessMonth } from '#domain/wita';
import type { Queryable } from '../db/database';
import { settledLines } from './supplier-settlement';

/** The first day the ledger could hold: the opening balance sums everything from it. */
const BEGINNING = toBusinessDate('2000-01-01');

export interface SupplierRecord {
  id: number;
  name: string;
  nib: string | null;
  bank_name: string | null;
  bank_account: string | null;
  bank_holder: string | null;
}

/** A supplier by id, NIB or name (as `supplier show` finds it), or null. */
export async function findSupplier(db: Queryable, key: string, lock = false): Promise<SupplierRecord | null> {
  const { rows } = await db.query<SupplierRecord>(
    `SELECT id, name, nib, bank_name, bank_account, bank_holder FROM suppliers
     WHERE nib = $1 OR id::text = $1 OR lower(name) = lower($1) ORDER BY id LIMIT 1 ${lock ? 'FOR UPDATE' : ''}`,
    [key],
  );
  return rows[0] ?? null;
}

export function monthDays(month: BusinessMonth): { from: BusinessDate; to: BusinessDate } {
  const from = toBusinessDate(`${month}-01`);
  const next = addDays(from, 32).slice(0, 7);
  return { from, to: addDays(toBusinessDate(`${next}-01`), -1) };
}

export async function payouts(
  db: Queryable,
  supplierId: number | null,
  from: BusinessDate,
  to: BusinessDate,
): Promise<(Payout & { supplierId: number })[]> {
  const { rows } = await db.query<{
    id: number;
    supplier_id: number;
    paid_on: BusinessDate;
    amount: number;
    reference: string;
  }>(
    `SELECT id, supplier_id, paid_on, amount, reference FROM supplier_payouts
     WHERE ($1::bigint IS NULL OR supplier_id = $1) AND paid_on BETWEEN $2 AND $3 ORDER BY paid_on, id`,
    [supplierId, from, to],
  );
  return rows.map((r) => ({
    id: r.id,
    supplierId: r.supplier_id,
    paidOn: r.paid_on,
    amount: rupiah(r.amount),
    reference: r.reference,
  }));
}

/** Owed up to and including `to`, less paid up to then. */
export async function supplierBalance(db: Queryable, supplierId: number, to: BusinessDate): Promise<Rupiah> {
  const owed = await settledLines(db, { from: BEGINNING, to, supplierId });
  const paid = await payouts(db, supplierId, BEGINNING, to);
  return subtract(sum(owed.map((l) => l.owed)), sum(paid.map((p) => p.amount)));
}

export async function supplierStatement(
  db: Queryable,
  supplier: SupplierRecord,
  month: BusinessMonth,
): Promise<SupplierStatement> {
  const { from, to } = monthDays(month);
  const opening = await supplierBalance(db, supplier.id, addDays(from, -1));
  const lines = (await settledLines(db, { from, to, supplierId: supplier.id })).map(
    ({ supplierId: _, month: __, ...line }) => line,
  );
  const paid = (await payouts(db, supplier.id, from, to)).map(({ supplierId: _, ...p }) => p);
  return {
    supplier: {
      id: supplier.id,
      name: supplier.name,
      nib: supplier.nib,
      bank: supplier.bank_name && `${supplier.bank_name} ${supplier.bank_account} a.n. ${supplier.bank_holder}`,
    },
    month,
    from,
    to,
    opening,
    lines,
    payouts: paid,
    ...statementTotals(opening, lines, paid),
  };
}

export interface Payable {
  supplierId: number;
  name: string;
  /** The oldest month not fully paid (payouts settle the oldest first). */
  oldestMonth: BusinessMonth;
  balance: Rupiah;
  months: { month: BusinessMonth; unpaid: Rupiah }[];
}

/** Every supplier owed something at the end of the month, the longest-waiting first. */
export async function payables(db: Queryable, month: BusinessMonth): Promise<Payable[]> {
  const { to } = monthDays(month);
  const owed = await settledLines(db, { from: BEGINNING, to });
  const paid = await payouts(db, null, BEGINNING, to);
  const { rows: names } = await db.query<{ id: number; name: string }>('SELECT id, name FROM suppliers');
  const out: Payable[] = [];
  for (const { id, name } of names) {
    const byMonth = new Map<BusinessMonth, number>();
    for (const l of owed) if (l.supplierId === id) byMonth.set(l.month, (byMonth.get(l.month) ?? 0) + l.owed);
    const months = unpaidMonths(
      [...byMonth].map(([m, o]) => ({ month: m, owed: rupiah(o) })),
      sum(paid.filter((p) => p.supplierId === id).map((p) => p.amount)),
    );
    if (months.length === 0) continue;
    out.push({
      supplierId: id,
      name,
      oldestMonth: months[0]!.month,
      balance: sum(months.map((m) => m.unpaid)),
      months,
    });
  }
  return out.sort((a, b) =>
    a.oldestMonth === b.oldestMonth ? b.balance - a.balance : a.oldestMonth < b.oldestMonth ? -1 : 1,
  );
}
