import { formatBusinessMonth } from '#domain/wita';
import { formatMiliar, rp } from './format';

interface DayTotal {
  date: string;
  total: number;
}

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { left: 80, right: 12, top: 12, bottom: 28 };

/** Sales per day of month, this month against the one before, as SVG lines, with the same figures as a table for screen readers. */
export function DailyChart(props: {
  month: string;
  previousMonth: string;
  daily: readonly DayTotal[];
  previousDaily: readonly DayTotal[];
}) {
  const current = byDay(props.daily);
  const previous = byDay(props.previousDaily);
  const max = Math.max(1, ...current.values(), ...previous.values());
  const x = (day: number) => PAD.left + ((day - 1) / 30) * (WIDTH - PAD.left - PAD.right);
  const y = (amount: number) => HEIGHT - PAD.bottom - (amount / max) * (HEIGHT - PAD.top - PAD.bottom);
  const points = (days: Map<number, number>) =>
    [...days.entries()].sort(([a], [b]) => a - b).map(([day, total]) => ({ day, cx: x(day), cy: y(total) }));
  const series = (days: Map<number, number>, className: string) => {
    const at = points(days);
    return (
      <g className={className}>
        <polyline points={at.map((p) => `${p.cx.toFixed(1)},${p.cy.toFixed(1)}`).join(' ')} />
        {at.map((p) => (
          <circle key={p.day} cx={p.cx} cy={p.cy} r={3} />
        ))}
      </g>
    );
  };
  const days = [...new Set([...current.keys(), ...previous.keys()])].sort((a, b) => a - b);
  return (
    <div className="card wide">
      <h3>Penjualan harian</h3>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-hidden="true" className="chart">
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} className="axis" />
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(max)} y2={y(max)} className="grid" />
        <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end">
          {max >= 1e9 ? formatMiliar(max) : rp(max)}
        </text>
        <text x={PAD.left - 6} y={y(0) + 4} textAnchor="end">
          0
        </text>
        {[1, 8, 15, 22, 29].map((day) => (
          <text key={day} x={x(day)} y={HEIGHT - 8} textAnchor="middle">
            {day}
          </text>
        ))}
        {series(previous, 'previous')}
        {series(current, 'current')}
      </svg>
      <p className="legend">
        <span className="swatch current" /> {formatBusinessMonth(props.month)} <span className="swatch previous" />{' '}
        {formatBusinessMonth(props.previousMonth)}
      </p>
      <table className="sr-only" data-testid="daily-table">
        <caption>Penjualan harian</caption>
        <thead>
          <tr>
            <th>Tanggal</th>
            <th>{formatBusinessMonth(props.month)}</th>
            <th>{formatBusinessMonth(props.previousMonth)}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day}>
              <td>{day}</td>
              <td>{rp(current.get(day) ?? 0)}</td>
              <td>{rp(previous.get(day) ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function byDay(totals: readonly DayTotal[]): Map<number, number> {
  return new Map(totals.map((t) => [Number(t.date.slice(8, 10)), t.total]));
}
