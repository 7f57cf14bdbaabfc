/**
 * The terminal's settings file (config.json in the user data folder). A file that cannot be read
 * is kept aside as config.json.bad-<time> and the defaults are used, so a broken file never stops
 * a shop from selling and is not lost. Writes go to a temporary file first and are renamed over
 * the old one, so a power cut leaves either the old or the new file.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { terminalConfigSchema, type TerminalConfig } from './bridge-contract';

export const DEFAULT_CONFIG: TerminalConfig = { kiosk: false, fullscreen: false, lowDiskMb: 500 };

export const configPath = (dir: string) => join(dir, 'config.json');

export async function loadConfig(dir: string): Promise<TerminalConfig> {
  const path = configPath(dir);
  if (!existsSync(path)) return DEFAULT_CONFIG;
  const text = await readFile(path, 'utf8');
  try {
    return { ...DEFAULT_CONFIG, ...terminalConfigSchema.partial().parse(JSON.parse(text)) };
  } catch {
    await rename(path, `${path}.bad-${Date.now()}`);
    return DEFAULT_CONFIG;
  }
}

export function saveConfig(dir: string, config: TerminalConfig): void {
  writeJsonAtomically(configPath(dir), terminalConfigSchema.parse(config));
}

/** Synchronous on purpose: it also runs while a window closes, when nothing waits for promises. */
export function writeJsonAtomically(path: string, value: unknown): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value, null, 2));
  renameSync(temporary, path);
}
