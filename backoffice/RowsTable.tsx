import type { ReactNode } from 'react';

/** A plain table: the headings, then each item drawn as its own row by `row` (a `<tr>` with its key). */
export function RowsTable<T>({
  head,
  rows,
  row,
}: {
  head: ReactNode;
  rows: readonly T[];
  row: (item: T) => ReactNode;
}) {
  return (
    <table>
      <thead>
        <tr>{head}</tr>
      </thead>
      <tbody>{rows.map(row)}</tbody>
    </table>
  );
}

/** A row's action: its button in a cell of its own (the cell stays, empty, where the action does not apply). */
export function ActionCell({ label, onClick, shown = true }: { label: string; onClick: () => void; shown?: boolean }) {
  return (
    <td>
      {shown && (
        <button type="button" onClick={onClick}>
          {label}
        </button>
      )}
    </td>
  );
}
