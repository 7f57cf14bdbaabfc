/** The bridge's handlers as plain functions of a user data folder: Electron and the web host share them. */
import { mkdir, statfs } from 'node:fs/promises';
import type { BridgeEventHub } from './bridge-registry';
import type { AppInfo, Handlers, TerminalConfig } from './bridge-contract';
import { loadConfig, saveConfig } from './config';
import { createSyncHandlers } from './sync/sync-handlers';

export interface HandlerContext {
  userDataDir: string;
  host: AppInfo['host'];
  version: string;
  events: BridgeEventHub;
}

export function createHandlers(context: HandlerContext): Handlers {
  return {
    'app-info': () => ({ version: context.version, host: context.host, platform: process.platform, userDataDir: context.userDataDir }),
    'config-get': () => loadConfig(context.userDataDir),
    'config-update': async (patch) => {
      const next: TerminalConfig = { ...(await loadConfig(context.userDataDir)), ...patch };
      saveConfig(context.userDataDir, next);
      context.events.emit('config-changed', next);
      return next;
    },
    'disk-space': async () => {
      await mkdir(context.userDataDir, { recursive: true });
      const stats = await statfs(context.userDataDir);
      return { freeBytes: stats.bavail * stats.bsize, totalBytes: stats.blocks * stats.bsize };
    },
    ...createSyncHandlers(context.userDataDir),
  };
}
