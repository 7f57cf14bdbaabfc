/**
 * The terminal's settings file (config.json in the user data folder). A file that cannot be read
 * is kept aside as config.json.bad-<time> and the defaults are used, so a broken file never stops
 * a shop from selling and is not lost. Writes go to a temporary file first and are renamed over
 * the old one, so a power cut leaves either the old or the new file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RETENTION_DAYS } from '#domain/terminal/storage-forecast';
import { terminalConfigSchema, type TerminalConfig } from '#bridge/bridge-contract';

export const DEFAULT_CONFIG: TerminalConfig = {
  kiosk: false,
  fullscreen: false,
  lowDiskMb: 500,
  retentionDays: DEFAULT_RETENTION_DAYS,
  printer: null,
  serialScanner: null,
  cameraScanner: false,
};

export const configPath = (dir: string) => join(dir, 'config.json');

/** Synchronous: the host reads it once while it starts, before anything can ask for a setting. */
export function loadConfig(dir: string): TerminalConfig {
  const path = configPath(dir);
  if (!existsSync(path)) return DEFAULT_CONFIG;
  const text = readFileSync(path, 'utf8');
  try {
    return { ...DEFAULT_CONFIG, ...terminalConfigSchema.partial().parse(JSON.parse(text)) };
  } catch {
    renameSync(path, `${path}.bad-${Date.now()}`);
    return DEFAULT_CONFIG;
  }
}

/** Writes the settings and returns them as saved (with defaults filled in). */
export function saveConfig(dir: string, config: TerminalConfig): TerminalConfig {
  const valid = terminalConfigSchema.parse(config);
  writeJsonAtomically(configPath(dir), valid);
  return valid;
}

/** The settings as the host holds them: read once, every change written through to the file. */
export interface ConfigStore {
  current(): TerminalConfig;
  update(patch: Partial<TerminalConfig>): TerminalConfig;
}

export function openConfig(dir: string): ConfigStore {
  let config = loadConfig(dir);
  return {
    current: () => config,
    update(patch) {
      config = saveConfig(dir, { ...config, ...patch });
      return config;
    },
  };
}

/** Synchronous on purpose: it also runs while a window closes, when nothing waits for promises. */
export function writeJsonAtomically(path: string, value: unknown): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value, null, 2));
  renameSync(temporary, path);
}
