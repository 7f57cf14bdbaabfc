/**
 * Everything a host process sets up for the bridge besides its transport: the user data folder and
 * its config, the registry with every handler (hardware included), and the event hub. Electron's
 * main and the web host both start here.
 */
import { mkdirSync } from 'node:fs';
import type { AppInfo } from '#bridge/bridge-contract';
import {
  createBridgeRegistry,
  createEventHub,
  registerAll,
  type BridgeEventHub,
  type BridgeRegistry,
} from './bridge-registry';
import { openConfig, type ConfigStore } from './config';
import { createHandlers } from './handlers';
import { createHardwareHost } from './hardware-handlers';
import { keyFileSecretBox, type SecretBox } from './secrets/secret-box';
import { openJournal } from './journal/journal';

export interface BridgeHost {
  registry: BridgeRegistry;
  events: BridgeEventHub;
  config: ConfigStore;
  /** Lets go of the hardware (the serial scanner's port) and the journal file. */
  close(): Promise<void>;
}

/** `secrets`: Electron passes its safeStorage box; the web host (and tests) the key file in the data folder. */
export function createBridgeHost(
  userDataDir: string,
  host: AppInfo['host'],
  version: string,
  secrets?: SecretBox,
): BridgeHost {
  mkdirSync(userDataDir, { recursive: true });
  const box = secrets ?? keyFileSecretBox(userDataDir);
  const registry = createBridgeRegistry();
  const events = createEventHub();
  const config = openConfig(userDataDir);
  const hardware = createHardwareHost(config, events);
  const journal = openJournal(userDataDir);
  registerAll(registry, {
    ...createHandlers({ userDataDir, host, version, config, events, secrets: box, journal }),
    ...hardware.handlers,
  });
  return {
    registry,
    events,
    config,
    close: () => Promise.all([hardware.close(), journal.close()]).then(() => undefined),
  };
}
