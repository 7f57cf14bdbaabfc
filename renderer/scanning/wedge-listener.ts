/**
 * Listens for keyboard-wedge scans on the whole window, whatever has focus. Keys go on to the
 * focused field as usual (a person may be typing), but keys arriving at scanner pace are hidden
 * from the screen's shortcut handlers; when Enter ends a burst the detector takes for a scan, the
 * Enter is swallowed, the field gets back the value it had before the burst, and the code goes to
 * onScan.
 */
import { createWedgeDetector, type WedgeDetector } from '../../domain/checkout/keyboard-wedge';

type TextField = HTMLInputElement | HTMLTextAreaElement;

export function listenForWedgeScans(target: Window, onScan: (code: string) => void, detector: WedgeDetector = createWedgeDetector()): () => void {
  let snapshot: { field: TextField; value: string } | null = null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey) {
      detector.reset();
      return;
    }
    if (event.key === 'Enter') {
      const verdict = detector.enter(event.timeStamp);
      if (verdict.kind === 'scan') {
        event.preventDefault();
        event.stopImmediatePropagation();
        if (snapshot) restoreValue(snapshot.field, snapshot.value);
        onScan(verdict.code);
      }
      snapshot = null;
      return;
    }
    if (event.key.length !== 1) return;
    const place = detector.key(event.key, event.timeStamp);
    if (place === 'new-burst') {
      const focused = target.document.activeElement;
      snapshot = isTextField(focused) ? { field: focused, value: focused.value } : null;
    } else if (place === 'scanner-pace') {
      // The character still reaches the focused field; only other key handlers miss it.
      event.stopImmediatePropagation();
    }
  };
  target.addEventListener('keydown', onKeyDown, { capture: true });
  return () => target.removeEventListener('keydown', onKeyDown, { capture: true });
}

function isTextField(element: Element | null): element is TextField {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && ['text', 'search', 'number', 'tel', ''].includes(element.type));
}

/** Sets a field's value so React (which tracks the native value) sees the change too. */
function restoreValue(field: TextField, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
  setter?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
