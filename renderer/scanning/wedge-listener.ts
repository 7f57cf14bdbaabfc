/**
 * Listens for keyboard-wedge scans on the whole window, whatever has focus. Keys go on to the
 * focused field as usual (a person may be typing), but keys arriving at scanner pace are hidden
 * from the screen's shortcut handlers; when Enter ends a burst the detector takes for a scan, the
 * Enter is swallowed, the field gets back the value it had before the burst, and the code goes to
 * onScan.
 *
 * Nothing typed is dropped: a letter or digit typed with no field focused goes to the screen's
 * idle field (the register's search box) when it has one; otherwise the person is told.
 */
import { createWedgeDetector, type WedgeDetector } from '#domain/checkout/keyboard-wedge';

type TextField = HTMLInputElement | HTMLTextAreaElement;

export interface WedgeOptions {
  detector?: WedgeDetector;
  /** Where typing goes when no field has focus (the register's search box), or null for nowhere. */
  idleField?: () => TextField | null;
  /** A person typed with no field focused and no idle field to take it. */
  onStrayTyping?: () => void;
}

/** Letters and digits: what a person types into a search box (not "+", "-" and the like, which are shortcuts). */
const TYPED = /^[\p{L}\p{N}]$/u;
/** Keys a scanner sends inside a burst besides characters and its Enter. */
const SCANNER_KEYS = new Set(['Shift', 'CapsLock']);
/** A stray key followed this soon by another at scanner pace was a scan's first key, not typing. */
const STRAY_WAIT_MS = 100;

export function listenForWedgeScans(
  target: Window,
  onScan: (code: string) => void,
  options: WedgeOptions = {},
): () => void {
  const detector = options.detector ?? createWedgeDetector();
  let snapshot: { field: TextField; value: string; moved: boolean } | null = null;
  let stray: ReturnType<typeof setTimeout> | null = null;
  const forgetStray = () => {
    if (stray !== null) clearTimeout(stray);
    stray = null;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey) {
      detector.reset();
      return;
    }
    if (event.key === 'Enter') {
      const verdict = detector.enter(event.timeStamp);
      if (verdict.kind === 'scan') {
        forgetStray();
        event.preventDefault();
        event.stopImmediatePropagation();
        if (snapshot) restoreValue(snapshot.field, snapshot.value);
        if (snapshot?.moved) snapshot.field.blur();
        onScan(verdict.code);
      }
      snapshot = null;
      return;
    }
    if (event.key.length !== 1) {
      // Escape, Tab, F-keys, arrows: a person between two fields, never a scanner mid-code.
      if (!SCANNER_KEYS.has(event.key)) detector.reset();
      return;
    }
    const place = detector.key(event.key, event.timeStamp);
    if (place === 'new-burst') {
      const focused = target.document.activeElement;
      if (!isField(focused) && TYPED.test(event.key)) {
        // Focused during keydown, the field receives this very character.
        const idle = options.idleField?.() ?? null;
        idle?.focus();
        if (idle === null && stray === null && options.onStrayTyping)
          stray = setTimeout(() => ((stray = null), options.onStrayTyping?.()), STRAY_WAIT_MS);
        snapshot = idle ? { field: idle, value: idle.value, moved: true } : null;
      } else {
        snapshot = isTextField(focused) ? { field: focused, value: focused.value, moved: false } : null;
      }
    } else if (place === 'scanner-pace') {
      forgetStray();
      // The character still reaches the focused field; only other key handlers miss it.
      event.stopImmediatePropagation();
    }
  };
  // A click is a person's: what they typed before it is not the start of a scan.
  const onPointerDown = () => detector.reset();
  target.addEventListener('keydown', onKeyDown, { capture: true });
  target.addEventListener('pointerdown', onPointerDown, { capture: true });
  return () => {
    forgetStray();
    target.removeEventListener('keydown', onKeyDown, { capture: true });
    target.removeEventListener('pointerdown', onPointerDown, { capture: true });
  };
}

function isTextField(element: Element | null): element is TextField {
  return (
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLInputElement && ['text', 'search', 'number', 'tel', ''].includes(element.type))
  );
}

/** Any form field (a PIN box, a checkbox, a list) is somewhere a key is meant to go. */
function isField(element: Element | null): boolean {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    (element instanceof HTMLElement && element.isContentEditable)
  );
}

/** Sets a field's value so React (which tracks the native value) sees the change too. */
function restoreValue(field: TextField, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
  setter?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
