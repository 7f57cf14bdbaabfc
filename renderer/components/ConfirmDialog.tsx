import { useEffect } from 'react';
import { answerQuestion, useConfirmStore, type Question } from '../stores/confirm-store';
import { Modal } from './Modal';

/** The open yes/no question, if any: Enter or the yes button goes ahead, Esc or the no button does not. */
export function ConfirmDialog() {
  const pending = useConfirmStore((s) => s.pending);
  if (!pending) return null;
  return (
    <Modal label={pending.title} className="confirm" alert focusSelf cancel={() => answerQuestion(false)}>
      <Confirm question={pending} />
    </Modal>
  );
}

function Confirm({ question }: { question: Question }) {
  useEffect(() => {
    const opened = performance.now();
    const onKeyDown = (event: KeyboardEvent) => {
      // The Enter that committed a quantity of 1000 is not the answer to "1000?".
      if (event.timeStamp < opened || event.defaultPrevented || event.key !== 'Enter') return;
      event.preventDefault();
      answerQuestion(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [question]);
  return (
    <>
      <h2>{question.title}</h2>
      <p>{question.text}</p>
      <div className="confirm-buttons">
        <button onClick={() => answerQuestion(false)}>
          <kbd>Esc</kbd> {question.no}
        </button>
        <button className="primary" onClick={() => answerQuestion(true)}>
          <kbd>Enter</kbd> {question.yes}
        </button>
      </div>
    </>
  );
}
