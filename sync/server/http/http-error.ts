/** A 4xx (or 503) answer with a stable code and a reason, thrown anywhere in a request's handling. */
import type { z } from 'zod';
import type { ErrorBody, ErrorCode } from '#sync/protocol/errors';

type Issue = NonNullable<ErrorBody['error']['issues']>[number];

/** A reply lists at most this many schema issues: enough to fix a request, small enough to send. */
export const MAX_ISSUES = 20;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  get body(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

export function invalid(
  code: 'invalid-body' | 'invalid-query',
  zodIssues: readonly Pick<z.core.$ZodIssue, 'path' | 'message'>[],
): HttpError {
  const issues = zodIssues
    .slice(0, MAX_ISSUES)
    .map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
  const first = issues[0];
  return new HttpError(400, code, first ? `${first.path}: ${first.message}` : 'invalid', issues);
}
