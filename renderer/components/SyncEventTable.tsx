import { formatWita } from '#domain/wita';
import type { SyncEvent } from '#sync/protocol/events';
import { describeEvent } from '../sync/describe-event';

export function SyncEventTable({ rows }: { rows: { key: string; event: SyncEvent; at: string; note: string }[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th>Seq</th>
          <th>Waktu (WITA)</th>
          <th>Struk</th>
          <th className="num">Total</th>
          <th>Keterangan</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, event, at, note }) => {
          const [what, total] = describeEvent(event);
          return (
            <tr key={key} data-seq={event.seq}>
              <td>{event.seq}</td>
              <td>{formatWita(at)}</td>
              <td>{what}</td>
              <td className="num">{total}</td>
              <td>{note}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
