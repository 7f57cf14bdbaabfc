import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import { createEnrolmentCode } from './enrolment';

describe.each(DATABASE_KINDS)('enrolment on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  const enrol = (code: string, name = 'Kasir 1') =>
    server.request('POST', '/v1/terminals/enroll', { body: { code, name } });

  it('trades a one-time code for a terminal id and a token that works, stored only hashed', async () => {
    const created = await createEnrolmentCode(server.db, 'manggarai-barat');
    expect(created!.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    // Typed by hand: lower case, no dash.
    const reply = await enrol(` ${created!.code.replace('-', ' ').toLowerCase()} `, 'Kasir Depan');
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({
      terminalId: expect.stringMatching(/^manggarai-barat-t\d\d$/),
      outletId: 'manggarai-barat',
      token: expect.stringMatching(/^nttpos_/),
      asnKey: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect((await server.request('GET', '/v1/sync/pull/settings', { token: reply.body.token })).status).toBe(200);
    const { rows } = await server.db.query<Record<string, unknown>>('SELECT * FROM terminals WHERE id = $1', [
      reply.body.terminalId,
    ]);
    expect(rows[0]).toMatchObject({ outlet_id: 'manggarai-barat', name: 'Kasir Depan', revoked_at: null });
    expect(JSON.stringify(rows)).not.toContain(reply.body.token);
    const { rows: codes } = await server.db.query('SELECT * FROM enrolment_codes');
    expect(JSON.stringify(codes)).not.toContain(created!.code);
  });

  it('hands every terminal the one province ASN key, and again to a terminal that asks with its token', async () => {
    const [first, second] = [await server.enrol('alor'), await server.enrol('ende')];
    expect(second.asnKey).toBe(first.asnKey);
    const asked = await server.request('GET', '/v1/terminals/asn-key', { token: first.token });
    expect([asked.status, asked.body]).toEqual([200, { asnKey: first.asnKey }]);
    expect((await server.request('GET', '/v1/terminals/asn-key')).status).toBe(401);
  });

  it('numbers the terminals of an outlet', async () => {
    const ids = [];
    for (let i = 0; i < 2; i++) ids.push((await server.enrol('rote-ndao')).terminalId);
    expect(ids).toEqual(['rote-ndao-t01', 'rote-ndao-t02']);
  });

  it('refuses a used, an expired and a wrong code', async () => {
    const used = await createEnrolmentCode(server.db, 'alor');
    expect((await enrol(used!.code)).status).toBe(201);
    const again = await enrol(used!.code);
    expect([again.status, again.body.error.code, again.body.error.message]).toEqual([
      403,
      'enrolment-refused',
      expect.stringContaining('used'),
    ]);
    const expired = await createEnrolmentCode(server.db, 'alor', {
      hours: 1,
      now: new Date(Date.now() - 2 * 3_600_000),
    });
    expect((await enrol(expired!.code)).body.error.message).toContain('expired');
    expect((await enrol('ZZZZ-ZZZZ')).body.error).toEqual({
      code: 'enrolment-refused',
      message: 'the enrolment code is wrong',
    });
    expect(await createEnrolmentCode(server.db, 'atlantis')).toBeNull();
  });

  it('refuses malformed requests with a reason', async () => {
    const reply = await server.request('POST', '/v1/terminals/enroll', { body: { code: 'AB' } });
    expect(reply.status).toBe(400);
    expect(reply.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['code', 'name']);
  });
});

describe.each(DATABASE_KINDS)('enrolment rate limit on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { enrolLimit: { attempts: 5, windowMs: 60_000 } });
  });
  afterAll(() => server.close());

  const enrol = (code: string) => server.request('POST', '/v1/terminals/enroll', { body: { code, name: 'Kasir 1' } });

  it('limits enrolment attempts per address', async () => {
    let reply;
    for (let i = 0; i < 6; i++) reply = await enrol('WRNG-CODE');
    expect(reply!.status).toBe(429);
    expect(reply!.body.error.code).toBe('rate-limited');
    expect(Number(reply!.headers.get('retry-after'))).toBeGreaterThan(0);
    const valid = await createEnrolmentCode(server.db, 'ende');
    expect((await enrol(valid!.code)).status).toBe(429);
  });
});
