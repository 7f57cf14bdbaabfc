/** POST /v1/terminals/enroll: a one-time code for a terminal id and bearer token. */
import { enrollRequestSchema, type EnrollResponse } from '#sync/protocol/messages';
import type { BodyLimits } from '../http/body';
import { jsonBody, type Route } from '../http/context';
import { HttpError } from '../http/http-error';
import { redeemEnrolmentCode } from '../terminals/enrolment';

/** `{"code": "K7QM-3XHP", "name": "Kasir 1"}` is under 100 bytes: anyone may call, so nothing bigger is read. */
const ENROL_BODY: BodyLimits = { bytes: 4096, depth: 4, items: 16, values: 64 };

export const enroll: Route = async (ctx) => {
  // Every attempt counts, malformed ones too: the endpoint needs no token, so each costs the
  // server work before anything is known about the caller.
  const wait = ctx.app.enrolLimiter.take(ctx.clientAddress);
  if (wait > 0)
    throw new HttpError(429, 'rate-limited', `too many enrolment attempts; try again in ${wait} s`, undefined, {
      'Retry-After': String(wait),
    });
  const request = await jsonBody(ctx, enrollRequestSchema, ENROL_BODY);
  const enrolment = await redeemEnrolmentCode(ctx.app.db, request.code, request.name);
  if (!enrolment.ok) {
    ctx.app.log.warn({ client: ctx.clientAddress, reason: enrolment.error.reason }, 'enrolment refused');
    throw new HttpError(403, enrolment.error.code, enrolment.error.message);
  }
  const { terminalId, outletId, token, asnKey } = enrolment.value;
  ctx.terminal = { id: terminalId, outletId };
  ctx.app.log.info({ terminal: terminalId, outlet: outletId }, 'terminal enrolled');
  const body: EnrollResponse = { terminalId, outletId, token, asnKey };
  return { status: 201, body };
};
