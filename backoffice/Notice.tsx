import { ApiError } from './api';

/** What a failed call tells the user: the server's reason (a refusal, a field), else `fallback`. */
export function reasonOf(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}

/** The fields the server named in a refusal, to mark beside the form. */
export function fieldsOf(error: unknown): string[] {
  return error instanceof ApiError ? error.fields : [];
}

/** The server's refusal of one field, shown beside it; nothing when the field was not refused. */
export function FieldError({ error, field }: { error: unknown; field: string }) {
  const issue = error instanceof ApiError ? error.issues.find((i) => i.path === field) : undefined;
  return issue ? (
    <span className="field-error" data-field-error={field}>
      {issue.message}
    </span>
  ) : null;
}

export type Said = { kind: 'ok' | 'problem'; text: string } | null;

/** The outcome of the last action on a screen: a refusal as an alert, a success as a status line. */
export function Notice({ said }: { said: Said }) {
  if (said === null) return null;
  return said.kind === 'problem' ? (
    <p className="problem" role="alert">
      {said.text}
    </p>
  ) : (
    <p className="done" role="status">
      {said.text}
    </p>
  );
}
