/**
 * Structured logs (pino, JSON lines). Code logs ids and counts, never bodies; as a safety net,
 * every message and error is scrubbed of bearer tokens and 18-digit runs (NIPs), and fields named
 * like secrets are redacted. PINs are never in memory long enough to be logged: only their hashes.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

const TOKEN = /nttpos_[A-Za-z0-9_-]+/g;
const EIGHTEEN_DIGITS = /\d{18}/g;

export function scrub(text: string): string {
  return text.replace(TOKEN, 'nttpos_[redacted]').replace(EIGHTEEN_DIGITS, '[18 digits]');
}

function safeError(error: unknown) {
  if (!(error instanceof Error)) return { message: scrub(String(error)) };
  // Not pino's serializer: PostgreSQL errors carry `detail` with the offending row's values.
  return { type: error.name, message: scrub(error.message), code: (error as { code?: unknown }).code, stack: scrub(error.stack ?? '') };
}

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: ['token', '*.token', 'pin', '*.pin', 'pinHash', '*.pinHash', 'nip', '*.nip', 'authorization', '*.authorization'], censor: '[redacted]' },
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
