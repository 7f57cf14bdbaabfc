import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessMonth } from '#domain/wita';
import { runAdminCommand } from '#sync/admin/commands';
import { dashboardSchema, sessionSchema } from '#sync/protocol/backoffice';
import { LOCKOUT_FAILURES } from '#sync/server/backoffice/sessions';
import { outletMonthSales } from '#sync/server/reports/month-figures';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { saleEvent, seedCatalog } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';

const PASSWORD = 'Sasando-Rote-2026';

describe.each(DATABASE_KINDS)('the back office on %s', (kind) => {
  let server: TestServer;
  const addUser = (name: string, ...options: string[]) =>
    runAdminCommand(server.db, ['user', 'add', name, ...options], async () => PASSWORD);

  beforeAll(async () => {
    server = await startTestServer(kind);
    await addUser('prov.kupang', '--role', 'provinsi');
    await addUser('mgr.ende', '--role', 'outlet', '--outlet', 'ende');
    await addUser('bkd.ntt', '--role', 'bkd');
  });
  afterAll(() => server.close());

  async function signIn(name: string, password = PASSWORD) {
    const reply = await server.request('POST', '/v1/backoffice/login', { body: { name, password } });
    const cookie = reply.headers.get('set-cookie')?.split(';')[0] ?? '';
    return { reply, cookie, csrf: reply.status === 200 ? sessionSchema.parse(reply.body).csrfToken : '' };
  }

  it('keeps passwords out of the database and the logs, and refuses weak ones', async () => {
    const { rows } = await server.db.query<{ dump: string }>(
      `SELECT (SELECT coalesce(string_agg(u::text, ' '), '') FROM backoffice_users u) ||
              (SELECT coalesce(string_agg(a::text, ' '), '') FROM backoffice_audit a) AS dump`,
    );
    expect(rows[0]!.dump).toContain('scrypt$32768$8$1$');
    expect(rows[0]!.dump).not.toContain(PASSWORD);
    await signIn('prov.kupang');
    await signIn('prov.kupang', 'Wrong-password-1');
    expect(server.logs.join('\n')).not.toContain(PASSWORD);
    expect(server.logs.join('\n')).not.toContain('Wrong-password-1');
    await expect(
      runAdminCommand(server.db, ['user', 'add', 'lemah', '--role', 'bkd'], async () => 'password123'),
    ).rejects.toThrow(/terlalu umum/);
    await expect(
      runAdminCommand(server.db, ['user', 'add', 'pendek', '--role', 'bkd'], async () => 'abc'),
    ).rejects.toThrow(/minimal 10/);
    await expect(addUser('tanpa.outlet', '--role', 'outlet')).rejects.toThrow(/--outlet/);
  });

  it('signs in with an httpOnly SameSite=Strict cookie and answers the session', async () => {
    const { reply, cookie } = await signIn('prov.kupang');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    const session = await server.request('GET', '/v1/backoffice/session', { headers: { cookie } });
    expect(session.body.user).toEqual({ name: 'prov.kupang', role: 'provinsi', outletId: null });
    expect((await server.request('GET', '/v1/backoffice/session')).status).toBe(401);
    const wrong = await signIn('prov.kupang', 'not-the-password');
    expect(wrong.reply.status).toBe(401);
    expect((await signIn('nobody.here')).reply.status).toBe(401);
  });

  it('locks a name after repeated wrong passwords, even against the right one', async () => {
    await addUser('korban.tebak', '--role', 'bkd');
    for (let i = 0; i < LOCKOUT_FAILURES; i++)
      expect((await signIn('korban.tebak', `guess-number-${i}`)).reply.status).toBe(401);
    const locked = await signIn('korban.tebak');
    expect(locked.reply.status).toBe(429);
    expect(Number(locked.reply.headers.get('retry-after'))).toBeGreaterThan(0);
    await runAdminCommand(server.db, ['user', 'reset', 'korban.tebak'], async () => 'Another-Good-Pass-9');
    expect((await signIn('korban.tebak', 'Another-Good-Pass-9')).reply.status).toBe(200);
  });

  it('refuses a change without the CSRF token, and audits the target set with it', async () => {
    const { cookie, csrf } = await signIn('prov.kupang');
    const body = { monthlyAmount: 175_000_000_000 };
    const without = await server.request('POST', '/v1/backoffice/target', { headers: { cookie }, body });
    expect(without.status).toBe(403);
    const forged = await server.request('POST', '/v1/backoffice/target', {
      headers: { cookie, 'x-csrf-token': 'x'.repeat(csrf.length) },
      body,
    });
    expect(forged.status).toBe(403);
    const bad = await server.request('POST', '/v1/backoffice/target', {
      headers: { cookie, 'x-csrf-token': csrf },
      body: { monthlyAmount: -5 },
    });
    expect(bad.status).toBe(400);
    const set = await server.request('POST', '/v1/backoffice/target', {
      headers: { cookie, 'x-csrf-token': csrf },
      body,
    });
    expect(set.status).toBe(200);
    const { rows } = await server.db.query<{ user_name: string; before: unknown; after: unknown }>(
      "SELECT user_name, before, after FROM backoffice_audit WHERE action = 'target.set'",
    );
    expect(rows).toEqual([{ user_name: 'prov.kupang', before: { monthlyAmount: 150_000_000_000 }, after: body }]);
    const bkd = await signIn('bkd.ntt');
    const refused = await server.request('POST', '/v1/backoffice/target', {
      headers: { cookie: bkd.cookie, 'x-csrf-token': bkd.csrf },
      body,
    });
    expect(refused.status).toBe(403);
  });

  it("shows an outlet user that outlet's figures only, and the province all, equal to the rollups", async () => {
    const products = await seedCatalog(server.db, 4);
    const ende = await server.enrol('ende');
    const alor = await server.enrol('alor');
    const enSale = saleEvent({ terminal: { id: ende.terminalId, outletId: 'ende' }, seq: 1, products });
    const alSale = saleEvent({ terminal: { id: alor.terminalId, outletId: 'alor' }, seq: 1, products });
    expect((await server.push(ende.token, [enSale])).status).toBe(200);
    expect((await server.push(alor.token, [alSale])).status).toBe(200);
    const month = businessMonth(enSale.payload.completedAt);

    const manager = await signIn('mgr.ende');
    const own = dashboardSchema.parse(
      (await server.request('GET', `/v1/backoffice/dashboard?month=${month}`, { headers: { cookie: manager.cookie } }))
        .body,
    );
    expect(own.sales!.outlets.map((o) => o.id)).toEqual(['ende']);
    expect(own.sales!.total).toBe(enSale.payload.total);
    const other = await server.request('GET', `/v1/backoffice/dashboard?month=${month}&outlet=alor`, {
      headers: { cookie: manager.cookie },
    });
    expect(other.status).toBe(403);
    expect(JSON.stringify(other.body)).not.toContain(String(alSale.payload.total));

    const province = await signIn('prov.kupang');
    const all = dashboardSchema.parse(
      (await server.request('GET', `/v1/backoffice/dashboard?month=${month}`, { headers: { cookie: province.cookie } }))
        .body,
    );
    const rollups = await outletMonthSales(server.db, month);
    expect(all.sales!.outlets.map((o) => [o.id, o.sales, o.transactions])).toEqual(
      rollups.map((o) => [o.id, o.total, o.sales]),
    );
    expect(all.sales!.total).toBe(enSale.payload.total + alSale.payload.total);
    expect(all.sales!.daily.reduce((a, d) => a + d.total, 0)).toBe(all.sales!.total);
    expect(all.asn.floor).toBe(all.asn.roster * all.asn.monthlyMinimum);

    const bkd = await signIn('bkd.ntt');
    const asnOnly = await server.request('GET', `/v1/backoffice/dashboard?month=${month}`, {
      headers: { cookie: bkd.cookie },
    });
    expect(asnOnly.body.sales).toBeNull();
    const badMonth = await server.request('GET', '/v1/backoffice/dashboard?month=2026-13', {
      headers: { cookie: province.cookie },
    });
    expect(badMonth.status).toBe(400);
  });

  it('signs out everywhere, and a disabled user is signed out and cannot sign in', async () => {
    const first = await signIn('mgr.ende');
    const second = await signIn('mgr.ende');
    const out = await server.request('POST', '/v1/backoffice/logout-all', {
      headers: { cookie: first.cookie, 'x-csrf-token': first.csrf },
    });
    expect(out.body).toEqual({ ended: expect.any(Number) });
    expect((await server.request('GET', '/v1/backoffice/session', { headers: { cookie: second.cookie } })).status).toBe(
      401,
    );
    const again = await signIn('mgr.ende');
    await runAdminCommand(server.db, ['user', 'disable', 'mgr.ende']);
    expect((await server.request('GET', '/v1/backoffice/session', { headers: { cookie: again.cookie } })).status).toBe(
      401,
    );
    expect((await signIn('mgr.ende')).reply.status).toBe(401);
    expect(await runAdminCommand(server.db, ['user', 'list'])).toMatch(/mgr\.ende\s+outlet\s+ende\s+nonaktif/);
  });
});
