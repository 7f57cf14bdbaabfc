import { useMemo } from 'react';
import { formatBusinessMonth } from '#domain/wita';
import { EChart, type ChartOption } from './EChart';
import { formatMiliar, rp } from './format';

interface DayTotal {
  date: string;
  total: number;
}

const CURRENT = '#0b4f6c';
const PREVIOUS = '#e0a030';

/** Sales per day of month, this month against the one before (ECharts lines), with the same figures as a table for screen readers. */
export function DailyChart(props: {
  month: string;
  previousMonth: string;
  daily: readonly DayTotal[];
  previousDaily: readonly DayTotal[];
}) {
  const current = useMemo(() => byDay(props.daily), [props.daily]);
  const previous = useMemo(() => byDay(props.previousDaily), [props.previousDaily]);
  const days = [...new Set([...current.keys(), ...previous.keys()])].sort((a, b) => a - b);
  const monthName = formatBusinessMonth(props.month);
  const previousName = formatBusinessMonth(props.previousMonth);
  const option = useMemo<ChartOption>(() => {
    const axis = Array.from({ length: 31 }, (_, i) => String(i + 1));
    const line = (name: string, totals: Map<number, number>, color: string) => ({
      type: 'line' as const,
      name,
      color,
      data: axis.map((day) => totals.get(Number(day)) ?? null),
      connectNulls: true,
      symbolSize: 6,
      lineStyle: { width: 2.5 },
    });
    return {
      animation: false,
      grid: { left: 90, right: 16, top: 36, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? rp(v) : '–') },
      xAxis: { type: 'category', data: axis, boundaryGap: false },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => (v >= 1e9 ? formatMiliar(v) : rp(v)) } },
      series: [line(previousName, previous, PREVIOUS), line(monthName, current, CURRENT)],
    };
  }, [current, previous, monthName, previousName]);
  return (
    <div className="card wide">
      <h3>Penjualan harian</h3>
      <EChart option={option} className="chart" />
      <div className="sr-only">
        <table data-testid="daily-table">
          <caption>Penjualan harian</caption>
          <thead>
            <tr>
              <th>Tanggal</th>
              <th>{monthName}</th>
              <th>{previousName}</th>
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
    </div>
  );
}

function byDay(totals: readonly DayTotal[]): Map<number, number> {
  return new Map(totals.map((t) => [Number(t.date.slice(8, 10)), t.total]));
}
