/** The bridge's handlers as plain functions of a user data folder: Electron and the web host share them. */
import { mkdir, statfs } from 'node:fs/promises';
import type { AppInfo, Handlers } from '#bridge/bridge-contract';
import { ok } from '#domain/result';
import type { BridgeEventHub } from './bridge-registry';
import type { ConfigStore } from './config';
import type { HardwareChannel } from './hardware-handlers';
import type { SecretBox } from './secrets/secret-box';
import { createPinHandlers, openPinGuard } from './staff/pin-handlers';
import { createJournalHandlers } from './journal/journal-handlers';
import type { Journal } from './journal/journal';
import { createSyncHandlers } from './sync/sync-handlers';

export interface HandlerContext {
  userDataDir: string;
  host: AppInfo['host'];
  version: string;
  config: ConfigStore;
  events: BridgeEventHub;
  /** Seals the token and the PIN pepper at rest (Electron's safeStorage, or the web host's key file). */
  secrets: SecretBox;
  journal: Journal;
}

export function createHandlers(context: HandlerContext): Omit<Handlers, HardwareChannel> {
  const pins = openPinGuard(context.userDataDir, context.secrets);
  return {
    'app-info': () =>
      ok({
        version: context.version,
        host: context.host,
        platform: process.platform,
        userDataDir: context.userDataDir,
      }),
    'config-get': () => ok(context.config.current()),
    'config-update': (patch) => {
      const next = context.config.update(patch);
      context.events.emit('config-changed', next);
      return ok(next);
    },
    'disk-space': async () => {
      await mkdir(context.userDataDir, { recursive: true });
      const stats = await statfs(context.userDataDir);
      return ok({ freeBytes: stats.bavail * stats.bsize, totalBytes: stats.blocks * stats.bsize });
    },
    ...createSyncHandlers(context.userDataDir, context.secrets, pins, context.version),
    ...createPinHandlers(pins),
    ...createJournalHandlers(context.journal),
  };
}
