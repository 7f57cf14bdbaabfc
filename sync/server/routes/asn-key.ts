/**
 * GET /v1/terminals/asn-key, terminal token: the province's ASN key, which enrolment hands over;
 * for terminals enrolled before it did (sync/PROTOCOL.md, "What a terminal keeps of the ASN").
 */
import type { EnrollResponse } from '#sync/protocol/messages';
import { authenticate, type Route } from '../http/context';
import { loadAsnKey } from '../streams/asn-key';

export const asnKeyRoute: Route = async (ctx) => {
  await authenticate(ctx);
  const body: Pick<EnrollResponse, 'asnKey'> = { asnKey: await loadAsnKey(ctx.app.db) };
  return { status: 200, body };
};
