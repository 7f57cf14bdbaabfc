/**
 * Function-key shortcuts of a screen or dialog. Function keys and Escape work from anywhere;
 * other keys (arrows, Delete, +, -) only when the cashier is not typing in a field.
 */
import { useEffect, useRef } from 'react';

export type Shortcuts = Partial<Record<string, () => void>>;

const ALWAYS = /^(F\d{1,2}|Escape)$/;

export function useShortcuts(shortcuts: Shortcuts, enabled = true): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      const action = current.current[event.key];
      if (!action) return;
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      if (typing && !ALWAYS.test(event.key)) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
