/** The province's outlets as the terminal knows them, from the `outlets` setting it pulls. */
import type { OutletId } from '#domain/outlet/terminal';
import { OUTLETS_SETTING, outletListSchema } from '#sync/protocol/streams';
import type { PosDatabase } from '../db/database';

/** An outlet a transfer can go to, as the province lists it. */
export interface OutletChoice {
  id: OutletId;
  name: string;
}

/** Empty until the terminal has pulled its settings. */
export async function readOutlets(db: PosDatabase): Promise<OutletChoice[]> {
  const row = await db.serverSettings.get(OUTLETS_SETTING);
  const parsed = outletListSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : [];
}
