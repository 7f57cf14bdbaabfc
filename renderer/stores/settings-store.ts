/**
 * The terminal's host settings (config.json in the user data folder: printer, serial scanner,
 * camera, kiosk…) as the renderer sees them, kept in step with the host's 'config-changed' event.
 */
import { create } from 'zustand';
import type { TerminalConfig } from '#bridge/bridge-contract';
import type { Result } from '#domain/result';
import { auditSignedIn } from '../audit/signed-in';
import { getBridge } from '../bridge/bridge';
import { settingsChanges } from '../settings/settings-changes';

interface SettingsState {
  /** null until the host answered. */
  config: TerminalConfig | null;
  /** Why the settings could not be read, in Bahasa Indonesia. */
  error: string | null;
}

export const useSettingsStore = create<SettingsState>(() => ({ config: null, error: null }));

/** Reads the settings and follows every later change, whoever makes it. */
export async function loadSettings(): Promise<TerminalConfig | null> {
  const bridge = getBridge();
  bridge.on('config-changed', (config) => useSettingsStore.setState({ config, error: null }));
  const result = await bridge.invoke('config-get');
  useSettingsStore.setState(result.ok ? { config: result.value, error: null } : { error: result.error.message });
  return result.ok ? result.value : null;
}

/** Saves part of the settings (an audit entry names who): the settings as saved, or the host's refusal. */
export async function saveSettings(patch: Partial<TerminalConfig>): Promise<Result<TerminalConfig>> {
  const result = await getBridge().invoke('config-update', patch);
  if (!result.ok) return result;
  useSettingsStore.setState({ config: result.value, error: null });
  const changes = settingsChanges(patch);
  if (changes.length > 0) await auditSignedIn({ kind: 'settings-changed', changes });
  return result;
}
