/**
 * The outlet's tills on a day, asked of the provincial server (GET /v1/outlet/day/{date}, through
 * the bridge), for the manager's day close that covers every till. Mode latihan has no other tills:
 * null, and the close covers this terminal alone. Offline, an enrolled till cannot know the others,
 * so the close waits for the connection.
 */
import type { OutletDay } from '#domain/shift/outlet-tills';
import { problem, type Result } from '#domain/result';
import type { BusinessDate } from '#domain/wita';
import { outletDaySchema } from '#sync/protocol/outlet-day';
import { getBridge } from '../bridge/bridge';

export async function fetchOutletDay(date: BusinessDate, training: boolean): Promise<Result<OutletDay | null>> {
  if (training) return { ok: true, value: null };
  const result = await getBridge().invoke('sync-outlet-day', date);
  if (!result.ok) return result;
  const answer = result.value;
  if (answer.kind === 'unreachable')
    return answer.reason === 'not-enrolled'
      ? { ok: true, value: null }
      : problem(
          'server-unreachable',
          `Tutup hari mencakup semua till outlet, tetapi server provinsi tidak bisa dihubungi (${answer.message}). Coba lagi saat online.`,
        );
  const day = outletDaySchema.safeParse(answer.body);
  if (answer.status !== 200 || !day.success)
    return problem(
      'server-refused',
      `Server provinsi tidak memberi data till outlet (status ${answer.status}). Coba lagi nanti.`,
    );
  return { ok: true, value: day.data };
}
