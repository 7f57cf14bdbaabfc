/**
 * The sync client's state that is not in the database (stage, connection, whether it is syncing), for
 * the register's top bar and the manager's sync screen; what waits is read live (sync/queries.ts).
 */
import { create } from 'zustand';
import type { SyncConnectionInfo } from '#bridge/bridge-contract';
import type { PullProgress } from '#sync/client/pull-streams';
import type { StreamName } from '#sync/protocol/messages';

/** training: not enrolled (mode latihan); downloading: enrolled, fetching the outlet's data; ready: selling and syncing. */
export type SyncStage = 'training' | 'downloading' | 'ready';

export interface DownloadProgress {
  streams: readonly StreamName[];
  done: StreamName[];
  current: PullProgress | null;
  error: string | null;
}

export interface SyncStatus {
  stage: SyncStage;
  connection: SyncConnectionInfo | null;
  /** The browser's own idea of the network. */
  networkUp: boolean;
  /** Whether the last attempt got an answer from the server (null before any). */
  reachable: boolean | null;
  syncing: boolean;
  nextRetryAt: string | null;
  lastError: string | null;
  download: DownloadProgress | null;
}

export const useSyncStore = create<SyncStatus>(() => ({
  stage: 'training',
  connection: null,
  networkUp: typeof navigator === 'undefined' ? true : navigator.onLine,
  reachable: null,
  syncing: false,
  nextRetryAt: null,
  lastError: null,
  download: null,
}));
