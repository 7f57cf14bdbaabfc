/**
 * What a request to the server comes to, as data: the main process makes the requests and the
 * renderer's sync client reads the answers, so both sides share this shape.
 */
export type ServerAnswer =
  /** The server answered: any status, its JSON body and its Date header. */
  | { kind: 'answer'; status: number; body: unknown; date: string | null }
  /** No answer: offline, refused, reset, timed out; or the terminal is not enrolled. */
  | { kind: 'unreachable'; reason: 'network' | 'not-enrolled'; message: string };
