/**
 * The one vocabulary for an operation that can fail: a Problem has a stable code for programs and a
 * message for the cashier in Bahasa Indonesia; a Result carries either the value or the Problem.
 * The bridge answers every call with one, and hardware, the print queue, the domain's rules and the
 * renderer's commands speak it too. A refusal that carries more (which part of a NIP is wrong) is a
 * Problem with extra fields: `Result<T, Problem & { part: NipPart }>`.
 */
export interface Problem {
  /** Stable and machine-readable: 'invalid-arguments', 'printer-offline', … */
  code: string;
  /** For the cashier, in Bahasa Indonesia (on the server, the English words of the HTTP error it becomes). */
  message: string;
}

export type Result<T, P extends Problem = Problem> = { ok: true; value: T } | { ok: false; error: P };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function problem(code: string, message: string): { ok: false; error: Problem } {
  return { ok: false, error: { code, message } };
}

/** A failed Result from a Problem already made (one with extra fields, or one passed on). */
export function failed<P extends Problem>(error: P): { ok: false; error: P } {
  return { ok: false, error };
}
