/** Paper widths in characters of font A: 58 mm paper prints 32 columns, 80 mm prints 48. */
export type Columns = 32 | 48;
export const COLUMNS: readonly Columns[] = [32, 48];
