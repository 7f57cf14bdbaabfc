/** POST /v1/terminals/enroll: a one-time code for a terminal id and bearer token. */
import { enrollRequestSchema, type EnrollResponse } from '#sync/protocol/messages';
import type { BodyLimits } from '../http/body';
import { jsonBody, type Route } from '../http/context';
import { HttpError } from '../http/http-error';
import { redeemEnrolmentCode } from '../terminals/enrolment';

const REFUSALS = {
  unknown: 'the enrolment code is wrong',
  used: 'the enrolment code was used already; ask the province for a new one',
  expired: 'the enrolment code has expired; ask the province for a new one',
} as const;

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
    ctx.app.log.warn({ client: ctx.clientAddress, reason: enrolment.reason }, 'enrolment refused');
    throw new HttpError(403, 'enrolment-refused', REFUSALS[enrolment.reason]);
  }
  ctx.terminal = { id: enrolment.terminalId, outletId: enrolment.outletId };
  ctx.app.log.info({ terminal: enrolment.terminalId, outlet: enrolment.outletId }, 'terminal enrolled');
  const body: EnrollResponse = {
    terminalId: enrolment.terminalId,
    outletId: enrolment.outletId,
    token: enrolment.token,
    asnKey: enrolment.asnKey,
  };
  return { status: 201, body };
};
