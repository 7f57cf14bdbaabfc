import { useMemo } from 'react';
import type { OutletFigures } from '#sync/protocol/backoffice';
import { EChart, type ChartOption } from './EChart';
import { rp } from './format';

/** The last days' sales of an outlet as a small ECharts line (oldest left); its figures are in `SparklineTable`. */
export function Sparkline({ days }: { days: readonly number[] }) {
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 1, right: 1, top: 2, bottom: 2 },
      xAxis: { type: 'category', show: false, boundaryGap: false, data: days.map((_, i) => i) },
      yAxis: { type: 'value', show: false, min: 0 },
      series: [
        { type: 'line', data: [...days], symbol: 'none', silent: true, color: '#0b4f6c', lineStyle: { width: 1.5 } },
      ],
    }),
    [days],
  );
  return <EChart option={option} className="sparkline-chart" />;
}

/** The sparklines' figures for screen readers: one row per outlet, one column per day, today last. */
export function SparklineTable({ outlets }: { outlets: readonly OutletFigures[] }) {
  const days = outlets[0]?.sparkline.length ?? 0;
  const dayName = (i: number) => (i === days - 1 ? 'hari ini' : `${days - 1 - i} hari lalu`);
  return (
    <div className="sr-only">
      <table data-testid="sparkline-table">
        <caption>Penjualan {days} hari terakhir per outlet</caption>
        <thead>
          <tr>
            <th>Outlet</th>
            {Array.from({ length: days }, (_, i) => (
              <th key={i}>{dayName(i)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {outlets.map((o) => (
            <tr key={o.id}>
              <th scope="row">{o.name}</th>
              {o.sparkline.map((amount, i) => (
                <td key={i}>{rp(amount)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
