/** POST /v1/sync/push: a batch of events, each answered stored, duplicate or rejected. */
import { authenticate, type Route } from '../http/context';
import { HttpError } from '../http/http-error';
import { ingestEvents } from '../ingest/ingest';
import { MAX_WAITING_PER_TERMINAL } from '../ingest/push-order';
import { recordAppVersion } from '../terminals/terminals';
import { readAppVersion, readPushBody } from './push-body';

export const push: Route = async (ctx) => {
  const terminal = await authenticate(ctx);
  const appVersion = readAppVersion(ctx);
  const { events, after } = await readPushBody(ctx);
  const followed = after === undefined ? 'reached' : await ctx.app.pushOrder.follow(ctx.app.db, terminal.id, after);
  if (followed === 'timed-out')
    throw new HttpError(
      409,
      'out-of-order',
      `the batch this one follows (up to seq ${after}) has not arrived; send it first, or this one without "after"`,
    );
  if (followed === 'too-many-waiting')
    throw new HttpError(
      409,
      'out-of-order',
      `${MAX_WAITING_PER_TERMINAL} batches of this terminal are already waiting for the ones they follow; send the earliest without "after"`,
    );
  const response = await ingestEvents(ctx.app.db, terminal, events);
  ctx.app.pushOrder.pushed(terminal.id);
  if (appVersion !== null) await recordAppVersion(ctx.app.db, terminal.id, appVersion);
  const count = (status: string) => response.results.filter((r) => r.status === status).length;
  ctx.app.log.info(
    {
      terminal: terminal.id,
      events: events.length,
      stored: count('stored'),
      quarantined: response.results.filter((r) => r.status === 'stored' && r.quarantined).length,
      duplicate: count('duplicate'),
      rejected: count('rejected'),
      highWaterSeq: response.highWaterSeq,
    },
    'push',
  );
  return { status: 200, body: response };
};
