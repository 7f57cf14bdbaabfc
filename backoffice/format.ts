/** Numbers as the back office writes them: id-ID grouping, Rupiah without cents, percentages with a comma. */
import { formatRupiah, rupiah } from '#domain/money';

const count = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 });
const billions = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

export const rp = (amount: number): string => formatRupiah(rupiah(amount));

export const formatCount = (n: number): string => count.format(n);

/** "12,5%"; "–" where there is nothing to divide by. */
export function formatShare(part: number, whole: number): string {
  return whole === 0 ? '–' : percent.format(part / whole);
}

/** "Rp 150 miliar": a provincial amount as people say it. */
export function formatMiliar(amount: number): string {
  return `Rp ${billions.format(amount / 1e9)} miliar`;
}

/** "Rp 150–200 miliar". */
export function formatMiliarRange(low: number, high: number): string {
  return `Rp ${billions.format(low / 1e9)}–${billions.format(high / 1e9)} miliar`;
}

/** A terminal's clock against the server's: "tepat" within a minute, else "+5 menit" (ahead) or "−2 jam". */
export function formatSkew(ms: number | null): string {
  if (ms === null) return '–';
  const minutes = Math.round(ms / 60_000);
  if (minutes === 0) return 'tepat';
  const sign = minutes > 0 ? '+' : '−';
  const size = Math.abs(minutes);
  return size >= 120 ? `${sign}${count.format(Math.round(size / 60))} jam` : `${sign}${count.format(size)} menit`;
}
