import { useShortcuts } from '../scanning/use-shortcuts';
import { answerQuestion, useConfirmStore } from '../stores/confirm-store';

/** The open yes/no question, if any: Enter or the yes button goes ahead, Esc or the no button does not. */
export function ConfirmDialog() {
  const pending = useConfirmStore((s) => s.pending);
  useShortcuts({ Escape: () => answerQuestion(false) }, pending !== null);
  if (!pending) return null;
  return (
    <div className="dialog-backdrop confirm-backdrop">
      <div className="dialog confirm" role="alertdialog" aria-modal="true" aria-label={pending.title}>
        <h2>{pending.title}</h2>
        <p>{pending.text}</p>
        <div className="confirm-buttons">
          <button onClick={() => answerQuestion(false)}>
            <kbd>Esc</kbd> {pending.no}
          </button>
          <button className="primary" autoFocus onClick={() => answerQuestion(true)}>
            <kbd>Enter</kbd> {pending.yes}
          </button>
        </div>
      </div>
    </div>
  );
}
