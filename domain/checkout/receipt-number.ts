/**
 * Receipt numbers: outlet-terminal-date-sequence, e.g. MBR-T01-20261221-0042. The sequence counts
 * per terminal and WITA business date and is taken in the same transaction that stores the sale,
 * so a number is never given twice: a crash before commit takes neither the number nor the sale.
 * The counter is keyed by date, so a clock set back to an earlier day carries on that day's count.
 */
import { isBusinessDate, toBusinessDate, type BusinessDate } from '../wita';

export interface ReceiptNoParts {
  outletCode: string;
  terminalCode: string;
  businessDate: BusinessDate;
  sequence: number;
}

const CODE = /^[A-Z0-9]{1,8}$/;

export function receiptCounterName(businessDate: BusinessDate): string {
  return `receipt:${businessDate}`;
}

export function formatReceiptNo(parts: ReceiptNoParts): string {
  if (!CODE.test(parts.outletCode) || !CODE.test(parts.terminalCode))
    throw new RangeError(
      `Outlet/terminal codes must be 1–8 capitals or digits: ${parts.outletCode}/${parts.terminalCode}`,
    );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(parts.businessDate))
    throw new RangeError(`Not a business date: ${parts.businessDate}`);
  if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 1)
    throw new RangeError(`Receipt sequence must be 1 or more: ${parts.sequence}`);
  return `${parts.outletCode}-${parts.terminalCode}-${parts.businessDate.replaceAll('-', '')}-${String(parts.sequence).padStart(4, '0')}`;
}

export function parseReceiptNo(receiptNo: string): ReceiptNoParts | null {
  const m = /^([A-Z0-9]{1,8})-([A-Z0-9]{1,8})-(\d{4})(\d{2})(\d{2})-(\d{4,})$/.exec(receiptNo);
  if (!m) return null;
  const date = `${m[3]}-${m[4]}-${m[5]}`;
  if (!isBusinessDate(date)) return null;
  return { outletCode: m[1]!, terminalCode: m[2]!, businessDate: toBusinessDate(date), sequence: Number(m[6]) };
}
