const WIDTH = 120;
const HEIGHT = 28;

/** The last 30 days' sales of an outlet as a small line (oldest left), its figures in the title. */
export function Sparkline({ days, label }: { days: readonly number[]; label: string }) {
  const max = Math.max(1, ...days);
  const step = WIDTH / Math.max(1, days.length - 1);
  const points = days.map((d, i) => `${(i * step).toFixed(1)},${(HEIGHT - 2 - (d / max) * (HEIGHT - 4)).toFixed(1)}`);
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label}
    >
      <polyline points={points.join(' ')} />
    </svg>
  );
}
