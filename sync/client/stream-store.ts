/** What pulling the server's streams needs from the terminal's database (Dexie in the app, memory in tests). */
import type { StreamName } from '../protocol/messages';
import type { StreamItem } from '../protocol/streams';
import type { StreamState } from './records';

export interface PulledPage<S extends StreamName> {
  items: StreamItem<S>[];
  cursor: string;
  /** The ack serial read just before the page was asked for: the page includes every event acknowledged up to it. */
  ackSerial: number;
}

/** Written with the last page of a pull: when it ran and what it covers. */
export interface PullCompletion {
  startedAt: string;
  endedAt: string;
  ackSerialAtStart: number;
}

export interface StreamStore {
  streamState(stream: StreamName): Promise<StreamState>;
  /** The serial of the last push answer applied (0 before any). */
  ackSerial(): Promise<number>;
  /** In one transaction: the page's items upserted into the live table and the new cursor (and, on the last page, the completion). */
  applyPage<S extends StreamName>(stream: S, page: PulledPage<S>, completion: PullCompletion | null): Promise<void>;
  /** Starts (or restarts) a full download: the stream's staging rows are dropped and its staging cursor cleared. */
  beginStaging(stream: StreamName): Promise<void>;
  /** In one transaction: the page's items into the staging table and the staging cursor. */
  stagePage<S extends StreamName>(stream: S, page: PulledPage<S>): Promise<void>;
  /**
   * In one transaction: the live table replaced by what was staged, the staging cursor becomes the
   * live cursor, the staging rows are dropped. Readers see the old table or the new one, never a mix.
   */
  switchIn(stream: StreamName, completion: PullCompletion): Promise<void>;
}
