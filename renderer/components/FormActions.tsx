/** A dialog form's button row: Esc cancels, Enter submits the form (the submit button is its primary action). */
export function FormActions({ cancel, submitLabel }: { cancel: () => void; submitLabel: string }) {
  return (
    <div className="form-buttons">
      <button type="button" onClick={cancel}>
        <kbd>Esc</kbd> Batal
      </button>
      <button type="submit" className="primary">
        <kbd>Enter</kbd> {submitLabel}
      </button>
    </div>
  );
}
