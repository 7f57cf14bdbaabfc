/** POST /v1/sync/push: a batch of events, each answered stored, duplicate or rejected. */
import { authenticate, type Route } from '../http/context';
import { ingestEvents } from '../ingest/ingest';
import { readPushEvents } from './push-body';

export const push: Route = async (ctx) => {
  const terminal = await authenticate(ctx);
  const events = await readPushEvents(ctx);
  const response = await ingestEvents(ctx.app.db, terminal, events);
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
