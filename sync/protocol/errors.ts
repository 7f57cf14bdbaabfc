/**
 * Every 4xx/5xx answer of the sync API has this body. `code` is stable (the terminal switches on
 * it to show a message in Bahasa Indonesia); `message` is a reason in English for people and logs.
 */
import { z } from 'zod';

export const ERROR_CODES = [
  /** The body is not JSON, not UTF-8, or holds text PostgreSQL cannot store (NUL, lone surrogates). */
  'malformed-body',
  /** Well-formed JSON that does not match the schema; `issues` says where. */
  'invalid-body',
  'invalid-query',
  'invalid-header',
  'body-too-large',
  'bad-gzip',
  'unsupported-encoding',
  'unsupported-media-type',
  /** Missing, unknown or revoked bearer token. */
  'unauthorized',
  /** Enrolment code wrong, used or expired. */
  'enrolment-refused',
  'rate-limited',
  /** A request from elsewhere than this machine where only a local one is taken (admin commands). */
  'forbidden',
  /** An admin command the server ran and refused; `message` is in Bahasa Indonesia, for the admin. */
  'admin-command-refused',
  /** A back-office change the server refused (a rule, a record gone); `message` is in Bahasa Indonesia, for the user. */
  'change-refused',
  /** A purchase order the server refused (a line, the supplier, the budget); `message` is in Bahasa Indonesia, for the manager. */
  'order-refused',
  'not-found',
  'method-not-allowed',
  /** The cursor was not made by this server for this stream. */
  'bad-cursor',
  /** The cursor belongs to another server database: pull the stream again from the start. */
  'cursor-expired',
  /** A push naming a batch it follows (`after`) that did not arrive in time: send that one first. */
  'out-of-order',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
