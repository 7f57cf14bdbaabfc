/**
 * Bodies built to stall the event loop are refused before they cost anything: each endpoint's
 * inflated size, the JSON's depth and item counts are checked before JSON.parse, a push's lines
 * are counted before validation, validation stops at the first issues, and malformed enrolment
 * attempts count towards the rate limit. /v1/health answers throughout. (The event loop's worst
 * delay during these bodies is measured by `npm run bench body-limits`.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LINES_PER_PUSH } from '#sync/protocol/messages';
import { emptyLinesPush, hostileGzipBodies } from '#tests/support/hostile-bodies';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { saleEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startServerWithCatalog, startTestServer, type TestServer } from '#tests/support/sync-server';

const gzipped = { 'content-encoding': 'gzip' };

describe.each(DATABASE_KINDS)('body limits on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => ({ server, products } = await startServerWithCatalog(kind, 6)));
  afterAll(() => server.close());

  const refusal = (reply: { status: number; body: { error?: { code: string; message: string } } }) => ({
    status: reply.status,
    code: reply.body.error?.code,
  });

  it('reads no more of an enrolment than an enrolment needs, and refuses deep or long JSON before parsing it', async () => {
    const enrol = (body: unknown, headers: Record<string, string> = {}) =>
      server.request('POST', '/v1/terminals/enroll', { body, headers });
    for (const body of Object.values(hostileGzipBodies))
      expect(refusal(await enrol(body, gzipped))).toEqual({ status: 413, code: 'body-too-large' });
    expect(refusal(await enrol(`{"code":"x","name":"y","z":${'['.repeat(1000)}${']'.repeat(1000)}}`))).toEqual({
      status: 400,
      code: 'malformed-body',
    });
    expect(refusal(await enrol(`{"code":"x","name":[${'0,'.repeat(100)}0]}`))).toEqual({
      status: 413,
      code: 'body-too-large',
    });
    expect(refusal(await enrol('x'.repeat(5000)))).toEqual({ status: 413, code: 'body-too-large' });
    // A real enrolment still fits.
    expect((await server.enrol('sikka')).terminalId).toMatch(/^sikka-t\d\d$/);
  });

  it('refuses hostile pushes with 413 or 400 while /v1/health keeps answering', async () => {
    const t = await server.enrol('ende');
    const event = saleEvent({ terminal: { id: t.terminalId, outletId: t.outletId }, seq: 1, products });
    // 1,000 events of 500 empty lines cross the values limit; 21 of them only the line cap.
    const bodies = [...Object.values(hostileGzipBodies), emptyLinesPush(event), emptyLinesPush(event, 21)];
    const attack = Promise.all(
      bodies.flatMap((body) =>
        [1, 2].map(() => server.request('POST', '/v1/sync/push', { token: t.token, body, headers: gzipped })),
      ),
    );
    const health = await server.request('GET', '/v1/health');
    expect(health.status).toBe(200);
    const replies = await attack;
    expect(replies.map(refusal)).toEqual([
      { status: 400, code: 'malformed-body' },
      { status: 400, code: 'malformed-body' },
      { status: 413, code: 'body-too-large' },
      { status: 413, code: 'body-too-large' },
      { status: 413, code: 'body-too-large' },
      { status: 413, code: 'body-too-large' },
      { status: 413, code: 'body-too-large' },
      { status: 413, code: 'body-too-large' },
      { status: 413, code: 'body-too-large' },
      { status: 413, code: 'body-too-large' },
    ]);
    expect(replies.at(-1)!.body.error.message).toBe(
      `the batch holds 10500 lines, more than ${MAX_LINES_PER_PUSH}; send smaller batches`,
    );
  });

  it('stops validating a push at the first 20 issues', async () => {
    const t = await server.enrol('ngada');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    // 19 events of 500 wrong lines each: within the line cap, millions of issues if all were collected.
    const events = Array.from({ length: 19 }, (_, i) => {
      const e = saleEvent({ terminal, seq: i + 1, products, lineCount: 1 });
      return {
        ...e,
        payload: {
          ...e.payload,
          lines: Array.from({ length: 500 }, () => ({ ...e.payload.lines[0], quantity: -1, unitPrice: 0.5 })),
        },
      };
    });
    const reply = await server.request('POST', '/v1/sync/push', { token: t.token, body: { events }, gzip: true });
    expect(refusal(reply)).toEqual({ status: 400, code: 'invalid-body' });
    expect(reply.body.error.issues).toHaveLength(20);
    expect(reply.body.error.issues[0].path).toBe('events.0.payload.lines.0.quantity');
  });
});

describe('enrolment rate limit counts malformed attempts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('postgres', { enrolLimit: { attempts: 3, windowMs: 60_000 } });
  });
  afterAll(() => server.close());

  it('answers 429 once malformed attempts reach the limit, without reading the body', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await server.request('POST', '/v1/terminals/enroll', { body: '{"code": [[[' })).status);
    expect(statuses).toEqual([400, 400, 400, 429]);
  });
});
