/**
 * Structured logs (pino, JSON lines). Code logs ids and counts, never bodies. As a safety net,
 * bearer tokens are scrubbed from every message and error, 18-digit runs are masked as NIPs are
 * (domain/asn/nip.ts: first 4 and last 3 digits), and fields named like secrets are redacted. PINs
 * reach the server only as hashes (admin `staff add` hashes them before anything is written).
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import { maskNip } from '#domain/asn/nip';

export type { Logger };

/** Terminal (nttpos_) and admin (nttadm_) bearer tokens. */
const TOKEN = /(nttpos_|nttadm_)[A-Za-z0-9_-]+/g;
const EIGHTEEN_DIGITS = /\d{18}/g;

export function scrub(text: string): string {
  // Any 18-digit run may be a NIP, well-formed or not: mask it the same way.
  return text.replace(TOKEN, '$1[redacted]').replace(EIGHTEEN_DIGITS, maskNip);
}

function safeError(error: unknown) {
  if (!(error instanceof Error)) return { message: scrub(String(error)) };
  // Not pino's serializer: PostgreSQL errors carry `detail` with the offending row's values.
  return {
    type: error.name,
    message: scrub(error.message),
    code: (error as { code?: unknown }).code,
    stack: scrub(error.stack ?? ''),
  };
}

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      redact: {
        paths: [
          'token',
          '*.token',
          'pin',
          '*.pin',
          'pinHash',
          '*.pinHash',
          'nip',
          '*.nip',
          'authorization',
          '*.authorization',
        ],
        censor: '[redacted]',
      },
      serializers: { err: safeError },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
}
