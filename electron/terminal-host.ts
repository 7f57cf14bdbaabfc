/**
 * Everything a host process sets up for the bridge besides its transport: the user data folder,
 * the registry with every handler, and the event hub. Electron's main and the web host both start here.
 */
import { mkdirSync } from 'node:fs';
import type { AppInfo } from './bridge-contract';
import { createBridgeRegistry, createEventHub, registerAll, type BridgeEventHub, type BridgeRegistry } from './bridge-registry';
import { createHandlers } from './handlers';

export interface BridgeHost {
  registry: BridgeRegistry;
  events: BridgeEventHub;
}

export function createBridgeHost(userDataDir: string, host: AppInfo['host'], version: string): BridgeHost {
  mkdirSync(userDataDir, { recursive: true });
  const registry = createBridgeRegistry();
  const events = createEventHub();
  registerAll(registry, createHandlers({ userDataDir, host, version, events }));
  return { registry, events };
}
