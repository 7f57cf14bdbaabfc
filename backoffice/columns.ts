/**
 * The columns the back office's tables repeat: a figure of the row shown as a count, in Rupiah,
 * or as a share of another figure; the export writes the raw number (a share as a fraction, 0
 * where there is nothing to divide by).
 */
import { formatCount, formatShare, rp } from './format';
import type { Column } from './TablePanel';

/** The row's fields that hold a number. */
type Figure<T> = { [K in keyof T]: T[K] extends number ? K : never }[keyof T];

function figure<T>(label: string, key: Figure<T>, show: (n: number) => string, testId?: string): Column<T> {
  const read = (row: T) => row[key] as number;
  return { label, value: read, show: (row) => show(read(row)), num: true, ...(testId === undefined ? {} : { testId }) };
}

export const countColumn = <T>(label: string, key: Figure<T>, testId?: string): Column<T> =>
  figure(label, key, formatCount, testId);

export const rupiahColumn = <T>(label: string, key: Figure<T>, testId?: string): Column<T> =>
  figure(label, key, rp, testId);

export function shareColumn<T>(label: string, part: Figure<T>, whole: Figure<T>, testId?: string): Column<T> {
  const of = (row: T) => [row[part] as number, row[whole] as number] as const;
  return {
    label,
    value: (row) => {
      const [p, w] = of(row);
      return w === 0 ? 0 : p / w;
    },
    show: (row) => formatShare(...of(row)),
    num: true,
    ...(testId === undefined ? {} : { testId }),
  };
}
