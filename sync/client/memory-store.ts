/**
 * The sync client's stores in memory: for tests and benchmarks that drive the sync core in Node
 * against a real server. Each method applies all of its changes at once, as a Dexie transaction does.
 */
import type { SyncEvent } from '../protocol/events';
import { STREAMS, type StreamName } from '../protocol/messages';
import type { StreamItem } from '../protocol/streams';
import type { OutboxStore } from './outbox-store';
import { resendable } from './resend';
import { emptyStreamState, withCompletion, type AckRecord, type DeadLetter, type StreamState } from './records';
import { resolvedLetters, type Settlement } from './settle';
import type { PullCompletion, PulledPage, StreamStore } from './stream-store';
import { streamItemKey } from './stream-keys';

export type StoredItem<S extends StreamName = StreamName> = StreamItem<S> & { ackSerial: number };

export class MemorySyncStore implements OutboxStore, StreamStore {
  readonly outbox = new Map<number, SyncEvent>();
  readonly acks = new Map<string, AckRecord>();
  readonly deadLetters = new Map<string, DeadLetter>();
  readonly states = new Map<StreamName, StreamState>();
  readonly live = new Map<StreamName, Map<string, StoredItem>>(STREAMS.map((s) => [s, new Map()]));
  readonly staging = new Map<StreamName, Map<string, StoredItem>>(STREAMS.map((s) => [s, new Map()]));
  serial = 0;

  /** What a completed sale's transaction does to the outbox. */
  enqueue(event: SyncEvent): void {
    if (this.outbox.has(event.seq)) throw new Error(`seq ${event.seq} is taken`);
    this.outbox.set(event.seq, event);
  }

  /** What "Kirim ulang semua" does (renderer/sync/unsynced.ts). */
  requeueDeadLetters(): number {
    const letters = [...this.deadLetters.values()].filter((l) => l.resolvedAt === undefined);
    for (const letter of letters) {
      this.outbox.set(letter.seq, resendable(letter));
      this.deadLetters.delete(letter.id);
    }
    return letters.length;
  }

  async waiting(limit: number, afterSeq = 0): Promise<SyncEvent[]> {
    return [...this.outbox.values()]
      .filter((e) => e.seq > afterSeq)
      .sort((a, b) => a.seq - b.seq)
      .slice(0, limit);
  }

  async settle(settlements: readonly Settlement[]): Promise<number[]> {
    return settlements.flatMap((settlement) => this.settleOne(settlement));
  }

  private settleOne(settlement: Settlement): number[] {
    const resolved = resolvedLetters([...this.deadLetters.values()], settlement);
    for (const letter of resolved) this.deadLetters.set(letter.id, { ...letter, resolvedAt: settlement.at });
    if (settlement.acknowledged.length > 0) this.serial++;
    for (const ack of settlement.acknowledged) {
      this.outbox.delete(ack.seq);
      this.acks.set(ack.id, { ...ack, ackSerial: this.serial });
    }
    for (const letter of settlement.deadLetters) {
      this.outbox.delete(letter.seq);
      this.deadLetters.set(letter.id, letter);
    }
    return [...settlement.acknowledged, ...resolved].map((e) => e.seq);
  }

  async streamState(stream: StreamName): Promise<StreamState> {
    return this.states.get(stream) ?? emptyStreamState(stream);
  }

  async ackSerial(): Promise<number> {
    return this.serial;
  }

  async applyPage<S extends StreamName>(
    stream: S,
    page: PulledPage<S>,
    completion: PullCompletion | null,
  ): Promise<void> {
    put(this.live.get(stream)!, stream, page);
    this.states.set(stream, withCompletion({ ...(await this.streamState(stream)), cursor: page.cursor }, completion));
  }

  async beginStaging(stream: StreamName): Promise<void> {
    this.staging.get(stream)!.clear();
    this.states.set(stream, { ...(await this.streamState(stream)), staging: { cursor: null, pages: 0 } });
  }

  async stagePage<S extends StreamName>(stream: S, page: PulledPage<S>): Promise<void> {
    put(this.staging.get(stream)!, stream, page);
    const state = await this.streamState(stream);
    this.states.set(stream, { ...state, staging: { cursor: page.cursor, pages: (state.staging?.pages ?? 0) + 1 } });
  }

  async switchIn(stream: StreamName, completion: PullCompletion): Promise<void> {
    const state = await this.streamState(stream);
    this.live.set(stream, this.staging.get(stream)!);
    this.staging.set(stream, new Map());
    this.states.set(
      stream,
      withCompletion({ ...state, cursor: state.staging?.cursor ?? state.cursor, staging: null }, completion),
    );
  }

  items<S extends StreamName>(stream: S): StoredItem<S>[] {
    return [...this.live.get(stream)!.values()] as unknown as StoredItem<S>[];
  }
}

function put<S extends StreamName>(table: Map<string, StoredItem>, stream: S, page: PulledPage<S>): void {
  for (const item of page.items) table.set(streamItemKey(stream, item), { ...item, ackSerial: page.ackSerial });
}
