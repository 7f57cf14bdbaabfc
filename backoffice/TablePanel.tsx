import type { ReactNode } from 'react';
import { ExportButtons } from './ExportButtons';
import type { Cell } from './table-file';

export interface Column<T> {
  label: string;
  /** What the export writes: raw numbers, not formatted text. */
  value: (row: T) => Cell;
  /** What the screen shows; `value` when absent. */
  show?: (row: T) => ReactNode;
  num?: boolean;
  testId?: string;
}

/** Rows drawn at most; the export always holds every row. */
const SHOWN_ROWS = 500;

/** A titled table of a Beranda panel, with its CSV/XLSX export. */
export function TablePanel<T>(props: {
  title: string;
  /** The export's file and sheet name. */
  fileName: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T, index: number) => string;
  rowClass?: (row: T) => string | undefined;
  testId: string;
  empty: string;
  wide?: boolean;
  children?: ReactNode;
}) {
  const { rows, columns } = props;
  const table = {
    name: props.fileName,
    columns: columns.map((c) => c.label),
    rows: rows.map((row) => columns.map((c) => c.value(row))),
  };
  return (
    <div className={props.wide ? 'card wide' : 'card'} data-testid={props.testId}>
      <div className="panel-head">
        <h3>{props.title}</h3>
        {rows.length > 0 && <ExportButtons table={table} />}
      </div>
      {props.children}
      {rows.length === 0 ? (
        <p className="note">{props.empty}</p>
      ) : (
        <div className="scroll">
          <DataTable
            rows={rows.slice(0, SHOWN_ROWS)}
            columns={columns}
            rowKey={props.rowKey}
            rowClass={props.rowClass}
          />
          {rows.length > SHOWN_ROWS && (
            <p className="note">
              Menampilkan {SHOWN_ROWS} dari {rows.length} baris; unduh CSV/XLSX untuk semuanya.
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** The table of some rows, one column each; `rowKey` also marks each row (`data-key`). */
export function DataTable<T>(props: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T, index: number) => string;
  rowClass?: (row: T) => string | undefined;
  caption?: string;
  testId?: string;
}) {
  const { rows, columns } = props;
  return (
    <table data-testid={props.testId}>
      {props.caption && <caption>{props.caption}</caption>}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} className={c.num ? 'num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={props.rowKey(row, i)} data-key={props.rowKey(row, i)} className={props.rowClass?.(row)}>
            {columns.map((c) => (
              <td key={c.label} className={c.num ? 'num' : undefined} data-testid={c.testId}>
                {c.show ? c.show(row) : c.value(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
