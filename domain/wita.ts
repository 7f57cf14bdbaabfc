/**
 * Business time in WITA (Asia/Makassar, UTC+8, no daylight saving since 1932). Instants are stored
 * as UTC; business days, shift dates and ASN months are the WITA calendar date of the instant,
 * whatever offset the terminal's clock is set to. A fixed offset keeps this independent of the
 * machine's ICU data.
 */
const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

declare const businessDateBrand: unique symbol;
/** 'YYYY-MM-DD' in WITA, made only by businessDate, toBusinessDate or the wire's businessDateSchema. */
export type BusinessDate = string & { readonly [businessDateBrand]: 'BusinessDate' };
/** 'YYYY-MM' in WITA. */
export type BusinessMonth = string;

function witaParts(instant: Date | string | number) {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return new Date(ms + WITA_OFFSET_MS);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function businessDate(instant: Date | string | number): BusinessDate {
  const d = witaParts(instant);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` as BusinessDate;
}

/** Whether text is a calendar date written 'YYYY-MM-DD'. */
export function isBusinessDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(text);
}

/** A date someone typed or a file holds, checked; throws on anything but a real 'YYYY-MM-DD'. */
export function toBusinessDate(text: string): BusinessDate {
  if (!isBusinessDate(text)) throw new RangeError(`Not a date: ${text}`);
  return text as BusinessDate;
}

export function businessMonth(instant: Date | string | number): BusinessMonth {
  return businessDate(instant).slice(0, 7);
}

const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** 'Januari 2026' for '2026-01': an ASN's month as the screen names it. */
export function formatBusinessMonth(month: BusinessMonth): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** 'DD/MM/YYYY HH:mm' in WITA, as printed on receipts and shown on screen. */
export function formatWita(instant: Date | string | number): string {
  const d = witaParts(instant);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** 'DD/MM/YYYY' for a business date 'YYYY-MM-DD': the one way the screen writes a date. */
export function formatBusinessDate(date: BusinessDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** The UTC instants [start, end) of a WITA business date. */
export function businessDateRange(date: BusinessDate): { start: Date; end: Date } {
  const start = new Date(Date.parse(`${date}T00:00:00Z`) - WITA_OFFSET_MS);
  if (Number.isNaN(start.getTime()) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a date: ${date}`);
  return { start, end: new Date(start.getTime() + DAY_MS) };
}

/** The business date `days` days after `date` (before it when negative). */
export function addDays(date: BusinessDate, days: number): BusinessDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10) as BusinessDate;
}

/** Whole days from `from` to `to`: 1 from one date to the next, negative when `to` is earlier. */
export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** '2026-11' for '2026-12', '2025-12' for '2026-01'. */
export function previousBusinessMonth(month: BusinessMonth): BusinessMonth {
  const [year, monthNo] = month.split('-').map(Number) as [number, number];
  return monthNo === 1 ? `${year - 1}-12` : `${year}-${String(monthNo - 1).padStart(2, '0')}`;
}
