/**
 * A command of the register as data, as Excalidraw registers its actions: one object names what
 * its button says, the key that runs it, when it may run and what it does, and both the button
 * and the key binding are made from it, so the key a button shows is the key that works.
 */
import { useShortcuts, type Shortcuts } from '../scanning/use-shortcuts';

export interface Command<C> {
  id: string;
  /** The button's words, in Bahasa Indonesia. */
  label: string;
  /** The KeyboardEvent.key that runs it (function keys and Escape from anywhere, others outside fields). */
  key?: string;
  /** Whether it may run now, by key or button: read from the context (the open dialogs, the cart). */
  enabled(context: C): boolean;
  /**
   * Whether its button can be pressed, when stricter than `enabled`: Bayar's button waits for a
   * line in the cart, while F10 on an empty cart runs and says why nothing happens.
   */
  pressable?(context: C): boolean;
  run(context: C): void;
}

const KEY_LABELS: Partial<Record<string, string>> = { Escape: 'Esc', Delete: 'Del' };

/** A key as its button shows it. */
export function keyLabel(key: string): string {
  return KEY_LABELS[key] ?? key;
}

/** The key bindings of the commands enabled now: a disabled command's key is left to the browser and the other handlers. */
export function commandShortcuts<C>(commands: readonly Command<C>[], context: C): Shortcuts {
  return Object.fromEntries(
    commands.flatMap((command) =>
      command.key && command.enabled(context) ? [[command.key, () => command.run(context)]] : [],
    ),
  );
}

/** Binds the commands' keys while the component is mounted. */
export function useCommandKeys<C>(commands: readonly Command<C>[], context: C): void {
  useShortcuts(commandShortcuts(commands, context));
}
