/**
 * The one vocabulary for an operation that can fail: a Problem has a stable code for programs and a
 * message for the cashier in Bahasa Indonesia; a Result carries either the value or the Problem.
 * The bridge answers every call with one, and hardware and the print queue speak it too.
 */
export interface Problem {
  /** Stable and machine-readable: 'invalid-arguments', 'printer-offline', … */
  code: string;
  /** For the cashier, in Bahasa Indonesia. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Problem };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function problem(code: string, message: string): { ok: false; error: Problem } {
  return { ok: false, error: { code, message } };
}
