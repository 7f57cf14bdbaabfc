import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { Modal } from './Modal';

const host = document.body.appendChild(document.createElement('div'));
const root = createRoot(host);
afterEach(() => flushSync(() => root.render(null)));

const press = (target: Element, key: string, shiftKey = false) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));

describe('the one modal', () => {
  it('opens a native modal <dialog> with its content focused, and Escape runs its cancel command', () => {
    const cancelled: string[] = [];
    flushSync(() =>
      root.render(
        <Modal label="Uji" cancel={() => cancelled.push('esc')}>
          <input autoFocus aria-label="isi" />
        </Modal>,
      ),
    );
    const dialog = host.querySelector('dialog')!;
    expect(dialog.open && dialog.matches(':modal')).toBe(true);
    expect(dialog.getAttribute('aria-label')).toBe('Uji');
    expect(document.activeElement).toBe(dialog.querySelector('input'));
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.activeElement!.dispatchEvent(escape);
    expect(cancelled).toEqual(['esc']);
    expect(escape.defaultPrevented).toBe(true);
    expect(dialog.open).toBe(true);
  });

  it('keeps Tab inside: from the last control to the first and back', () => {
    flushSync(() =>
      root.render(
        <Modal label="Uji" cancel={() => undefined}>
          <button>satu</button>
          <button disabled>mati</button>
          <button>dua</button>
        </Modal>,
      ),
    );
    const [first, , last] = host.querySelectorAll('button');
    last!.focus();
    press(last!, 'Tab');
    expect(document.activeElement).toBe(first);
    press(first!, 'Tab', true);
    expect(document.activeElement).toBe(last);
  });

  it('stacks: the dialog opened last is on top and the first closes when unmounted', () => {
    flushSync(() =>
      root.render(
        <>
          <Modal label="bawah" cancel={() => undefined}>
            <p>bawah</p>
          </Modal>
          <Modal label="atas" alert focusSelf cancel={() => undefined}>
            <p>atas</p>
          </Modal>
        </>,
      ),
    );
    const [under, over] = host.querySelectorAll('dialog');
    expect(over!.getAttribute('role')).toBe('alertdialog');
    expect(document.activeElement).toBe(over);
    expect(under!.open && over!.open).toBe(true);
    flushSync(() => root.render(null));
    expect(host.querySelectorAll('dialog')).toHaveLength(0);
  });
});
