/** The sync store that also tells the journal which events the province now holds or gave up (so rotation can drop them). */
import type { PosBridge } from '#bridge/bridge-contract';
import type { Settlement } from '#sync/client/settle';
import type { PosDatabase } from '../db/database';
import { DexieSyncStore } from '../sync/dexie-sync-store';

export class AcknowledgingSyncStore extends DexieSyncStore {
  constructor(
    db: PosDatabase,
    private readonly bridge: PosBridge,
  ) {
    super(db);
  }

  override async settle(settlements: readonly Settlement[]): Promise<number[]> {
    const held = await super.settle(settlements);
    // Not awaited: a lost acknowledgement only keeps an event in the journal a while longer (the
    // province answers a re-sent one as a duplicate); the drain does not wait for the host's disk.
    // Dead letters the province gave up go too, or they would stay in the journal for ever.
    if (held.length > 0) void this.bridge.invoke('journal-acknowledge', held);
    return held;
  }
}
