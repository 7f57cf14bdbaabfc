/**
 * The sync client's stores over the terminal's Dexie database: the outbox the sales write to, the
 * acknowledgement and dead-letter tables, and the pulled streams with their staging table. Every
 * method is one read-write transaction (strict durability, as the database is opened).
 */
import type { Product } from '../../domain/product';
import type { OutboxStore } from '../../sync/client/outbox-store';
import { emptyStreamState, withCompletion, type StreamState } from '../../sync/client/records';
import type { Settlement } from '../../sync/client/settle';
import type { PullCompletion, PulledPage, StreamStore } from '../../sync/client/stream-store';
import { streamItemKey } from '../../sync/client/stream-keys';
import type { SyncEvent } from '../../sync/protocol/events';
import type { StreamName } from '../../sync/protocol/messages';
import type { PosDatabase } from '../db/database';
import type { StagedItemRow, SyncStateRow } from '../db/rows';
import { freeCodes, liveRow, liveTable } from './stream-tables';

type PushState = Extract<SyncStateRow, { key: 'push' }>;
export const EMPTY_PUSH_STATE: PushState = { key: 'push', ackSerial: 0, highWaterSeq: null, lastAttemptAt: null, lastSuccessAt: null };

export async function pushState(db: PosDatabase): Promise<PushState> {
  return ((await db.syncState.get('push')) as PushState | undefined) ?? EMPTY_PUSH_STATE;
}

export class DexieSyncStore implements OutboxStore, StreamStore {
  constructor(private readonly db: PosDatabase) {}

  waiting(limit: number): Promise<SyncEvent[]> {
    return this.db.outbox.orderBy('seq').limit(limit).toArray();
  }

  async settle(settlement: Settlement): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [db.outbox, db.outboxAcks, db.deadLetters, db.syncState], async () => {
      if (settlement.acknowledged.length > 0) {
        const state = await pushState(db);
        const ackSerial = state.ackSerial + 1;
        const next: PushState = { ...state, ackSerial };
        await db.syncState.put(next);
        await db.outboxAcks.bulkPut(settlement.acknowledged.map((a) => ({ ...a, ackSerial })));
      }
      await db.deadLetters.bulkPut(settlement.deadLetters);
      await db.outbox.bulkDelete([...settlement.acknowledged, ...settlement.deadLetters].map((e) => e.seq));
    });
  }

  async streamState(stream: StreamName): Promise<StreamState> {
    return (await this.db.syncStreams.get(stream)) ?? emptyStreamState(stream);
  }

  async ackSerial(): Promise<number> {
    return (await pushState(this.db)).ackSerial;
  }

  async applyPage<S extends StreamName>(stream: S, page: PulledPage<S>, completion: PullCompletion | null): Promise<void> {
    const { db } = this;
    const table = liveTable(db, stream);
    await db.transaction('rw', [table, db.syncStreams], async () => {
      const rows = page.items.map((item) => liveRow(stream, item, page.ackSerial));
      if (stream === 'products') await this.putProducts(rows as Product[]);
      else await (table as typeof db.serverSettings).bulkPut(rows as never[]);
      await db.syncStreams.put(withCompletion({ ...(await this.streamState(stream)), cursor: page.cursor }, completion));
    });
  }

  async beginStaging(stream: StreamName): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [db.syncStaging, db.syncStreams], async () => {
      await db.syncStaging.where('[stream+key]').between([stream, ''], [stream, '\uffff']).delete();
      await db.syncStreams.put({ ...(await this.streamState(stream)), staging: { cursor: null } });
    });
  }

  async stagePage<S extends StreamName>(stream: S, page: PulledPage<S>): Promise<void> {
    const { db } = this;
    const rows: StagedItemRow[] = page.items.map((item) => ({ stream, key: streamItemKey(stream, item), item, ackSerial: page.ackSerial }));
    await db.transaction('rw', [db.syncStaging, db.syncStreams], async () => {
      await db.syncStaging.bulkPut(rows);
      await db.syncStreams.put({ ...(await this.streamState(stream)), staging: { cursor: page.cursor } });
    });
  }

  async switchIn(stream: StreamName, completion: PullCompletion): Promise<void> {
    const { db } = this;
    const table = liveTable(db, stream);
    const staged = db.syncStaging.where('[stream+key]').between([stream, ''], [stream, '\uffff']);
    await db.transaction('rw', [table, db.syncStaging, db.syncStreams], async () => {
      const state = await this.streamState(stream);
      const rows = (await staged.toArray()).map((s) => liveRow(stream, s.item, s.ackSerial));
      await table.clear();
      if (stream === 'products') await this.putProducts(rows as Product[]);
      else await (table as typeof db.serverSettings).bulkAdd(rows as never[]);
      await staged.delete();
      await db.syncStreams.put(withCompletion({ ...state, cursor: state.staging?.cursor ?? state.cursor, staging: null }, completion));
    });
  }

  /** Inside the caller's transaction: products with their codes freed from any older holder. */
  private async putProducts(products: Product[]): Promise<void> {
    const { products: table } = this.db;
    const barcodes = products.flatMap((p) => (p.barcode ? [p.barcode] : []));
    const plus = products.flatMap((p) => (p.plu ? [p.plu] : []));
    const holders = [...(await table.where('barcode').anyOf(barcodes).toArray()), ...(await table.where('plu').anyOf(plus).toArray())];
    const { incoming, released } = freeCodes(products, holders);
    await table.bulkPut(released);
    await table.bulkPut(incoming);
  }
}
