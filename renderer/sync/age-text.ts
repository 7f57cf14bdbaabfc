/** How long ago, the way a cashier says it: "baru saja", "5 menit", "3 jam", "2 hari". */
export function ageText(since: string, now: Date): string {
  const minutes = Math.floor((now.getTime() - Date.parse(since)) / 60_000);
  if (Number.isNaN(minutes) || minutes < 1) return 'baru saja';
  if (minutes < 60) return `${minutes} menit`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} jam`;
  return `${Math.floor(minutes / (24 * 60))} hari`;
}
