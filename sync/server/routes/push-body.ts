/**
 * A push body, checked cheapest first: the shape of the JSON (body.ts), the batch's size in events
 * and lines, then each event against its schema, stopping once enough issues are found to name
 * the fault. A batch of a thousand events of 500 empty lines costs a count, not millions of issues.
 */
import { z } from 'zod';
import { syncEventSchema, type SyncEvent } from '#sync/protocol/events';
import {
  APP_VERSION_HEADER,
  appVersionSchema,
  MAX_EVENTS_PER_PUSH,
  MAX_LINES_PER_PUSH,
  pushRequestSchema,
} from '#sync/protocol/messages';
import { readJson, type BodyLimits } from '../http/body';
import type { RequestContext } from '../http/context';
import { HttpError, invalid, MAX_ISSUES } from '../http/http-error';

const batchSchema = z.object({
  events: z.array(z.unknown()).min(1).max(MAX_EVENTS_PER_PUSH),
  after: pushRequestSchema.shape.after,
});

export interface PushBody {
  events: SyncEvent[];
  /** The last seq of the batch this one follows (push-order.ts), when the terminal named one. */
  after: number | undefined;
}

/** 1,000 events of a few lines are about 60,000 values; the deepest document (a day close) nests 9. */
const pushLimits = (bytes: number): BodyLimits => ({ bytes, depth: 16, items: 10_000, values: 200_000 });

export async function readPushBody(ctx: RequestContext): Promise<PushBody> {
  const batch = batchSchema.safeParse(await readJson(ctx.req, pushLimits(ctx.app.maxBodyBytes)));
  if (!batch.success) throw invalid('invalid-body', batch.error.issues);
  const lines = lineCount(batch.data.events);
  if (lines > MAX_LINES_PER_PUSH)
    throw new HttpError(
      413,
      'body-too-large',
      `the batch holds ${lines} lines, more than ${MAX_LINES_PER_PUSH}; send smaller batches`,
    );
  const events: SyncEvent[] = [];
  const issues: z.core.$ZodIssue[] = [];
  for (const [index, item] of batch.data.events.entries()) {
    const parsed = syncEventSchema.safeParse(item);
    if (parsed.success) events.push(parsed.data);
    else issues.push(...parsed.error.issues.map((issue) => ({ ...issue, path: ['events', index, ...issue.path] })));
    if (issues.length >= MAX_ISSUES) break;
  }
  if (issues.length > 0) throw invalid('invalid-body', issues);
  return { events, after: batch.data.after };
}

/** The till's app version, or null from a terminal too old to send one. */
export function readAppVersion(ctx: RequestContext): string | null {
  const header = ctx.req.headers[APP_VERSION_HEADER];
  if (header === undefined) return null;
  const version = appVersionSchema.safeParse(header);
  if (!version.success)
    throw new HttpError(
      400,
      'invalid-header',
      `${APP_VERSION_HEADER} must be one version such as 1.2.0 (letters, digits, ".", "+", "-"; at most 40)`,
    );
  return version.data;
}

/** Lines of every sale and refund, whatever else is wrong with the events. */
function lineCount(events: readonly unknown[]): number {
  let count = 0;
  for (const event of events) {
    const lines = (event as { payload?: { lines?: unknown } } | null)?.payload?.lines;
    if (Array.isArray(lines)) count += lines.length;
  }
  return count;
}
