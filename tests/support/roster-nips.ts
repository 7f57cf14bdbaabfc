/** Well-formed NIPs in bulk for tests and benchmarks, free of Node so a benchmark page can make them too. */

/** The i-th of 150,000 distinct, well-formed PNS NIPs: born 1965–1997, appointed at 25. */
export function rosterNip(i: number): string {
  const birth = new Date(Date.UTC(1965, 0, 1) + (i % 12_000) * 86_400_000);
  const [year, month, day] = [birth.getUTCFullYear(), birth.getUTCMonth() + 1, birth.getUTCDate()].map((n) =>
    String(n).padStart(2, '0'),
  );
  return `${year}${month}${day}${Number(year) + 25}${month}${1 + (i % 2)}${String(Math.floor(i / 12_000) + 1).padStart(3, '0')}`;
}
