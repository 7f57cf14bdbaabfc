import { useEffect, useRef } from 'react';
import { answerQuestion, useConfirmStore } from '../stores/confirm-store';

/** The open yes/no question, if any: Enter or the yes button goes ahead, Esc or the no button does not. */
export function ConfirmDialog() {
  const pending = useConfirmStore((s) => s.pending);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!pending) return;
    dialog.current?.focus();
    const opened = performance.now();
    const onKeyDown = (event: KeyboardEvent) => {
      // The Enter that committed a quantity of 1000 is not the answer to "1000?".
      if (event.timeStamp < opened) return;
      if (event.key !== 'Enter' && event.key !== 'Escape') return;
      event.preventDefault();
      answerQuestion(event.key === 'Enter');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [pending]);
  if (!pending) return null;
  return (
    <div className="dialog-backdrop confirm-backdrop">
      <div
        ref={dialog}
        tabIndex={-1}
        className="dialog confirm"
        role="alertdialog"
        aria-modal="true"
        aria-label={pending.title}
      >
        <h2>{pending.title}</h2>
        <p>{pending.text}</p>
        <div className="confirm-buttons">
          <button onClick={() => answerQuestion(false)}>
            <kbd>Esc</kbd> {pending.no}
          </button>
          <button className="primary" onClick={() => answerQuestion(true)}>
            <kbd>Enter</kbd> {pending.yes}
          </button>
        </div>
      </div>
    </div>
  );
}
