/** GET /v1/sync/pull/STREAM?cursor=C&limit=N: the next page of a stream for the terminal's outlet. */
import { pullQuerySchema, STREAMS, type StreamName } from '#sync/protocol/messages';
import { authenticate, type Route } from '../http/context';
import { HttpError, invalid } from '../http/http-error';
import { pullStream } from '../streams/pull';

export const pull: Route = async (ctx) => {
  const terminal = await authenticate(ctx);
  const stream = ctx.params[0] as StreamName;
  if (!STREAMS.includes(stream))
    throw new HttpError(404, 'not-found', `no stream ${ctx.params[0]}; streams are ${STREAMS.join(', ')}`);
  const query = pullQuerySchema.safeParse(Object.fromEntries(ctx.url.searchParams));
  if (!query.success) throw invalid('invalid-query', query.error.issues);
  const page = await pullStream(ctx.app.db, ctx.app.serverId, terminal.outletId, stream, query.data);
  if (!page.ok) throw new HttpError(page.error.code === 'bad-cursor' ? 400 : 410, page.error.code, page.error.message);
  return { status: 200, body: page.value };
};
