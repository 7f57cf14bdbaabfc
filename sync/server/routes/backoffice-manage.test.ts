import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPin } from '#domain/staff/pin-hash';
import { runAdminCommand } from '#sync/admin/commands';
import { importAsnRoster } from '#sync/admin/import-asn';
import { sessionSchema } from '#sync/protocol/backoffice';
import {
  asnRosterImportSchema,
  issuedPinSchema,
  managedSettingsSchema,
  quarantineListSchema,
} from '#sync/protocol/backoffice-manage';
import { dashboardSchema } from '#sync/protocol/backoffice';
import { rosterNip } from '#tests/support/roster-nips';
import { outletMonthSales } from '#sync/server/reports/month-figures';
import { businessMonth } from '#domain/wita';
import { saleEvent, seedCatalog, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import { MANAGE_ROUTES } from './backoffice-manage';

const PASSWORD = 'Sasando-Rote-2026';
/** A merchant's static QRIS (domain/checkout/qris.test.ts). */
const QRIS =
  '00020101021126670016COM.NOBUBANK.WWW01189360050300000879140214703239147837910303UMI51440014ID.CO.QRIS.WWW0215ID20232709941630303UMI5204481253033605802ID5923GRANOOL STORE OK12295776006KEDIRI61056421262070703A0163047127';

/** A path the route's pattern matches, with `x` for its id. */
const examplePath = (pattern: RegExp) =>
  pattern.source
    .replace(/^\^|\$$/g, '')
    .replaceAll('\\/', '/')
    .replaceAll('([^/]+)', 'x');

describe('back-office management on PostgreSQL', () => {
  let server: TestServer;
  let products: CatalogProduct[];
  type Who = { cookie: string; csrf: string };
  let prov: Who, ende: Who, bkd: Who;

  async function signIn(name: string): Promise<Who> {
    const reply = await server.request('POST', '/v1/backoffice/login', { body: { name, password: PASSWORD } });
    expect(reply.status).toBe(200);
    return { cookie: reply.headers.get('set-cookie')!.split(';')[0]!, csrf: sessionSchema.parse(reply.body).csrfToken };
  }
  const get = (who: Who, path: string) => server.request('GET', path, { headers: { cookie: who.cookie } });
  const post = (who: Who, path: string, body: unknown = {}) =>
    server.request('POST', path, { headers: { cookie: who.cookie, 'x-csrf-token': who.csrf }, body });
  const audit = async (action: string) =>
    (
      await server.db.query<{ user_name: string; subject: string; before: unknown; after: unknown }>(
        'SELECT user_name, subject, before, after FROM backoffice_audit WHERE action = $1 ORDER BY id',
        [action],
      )
    ).rows;

  beforeAll(async () => {
    server = await startTestServer('postgres');
    const add = (name: string, ...options: string[]) =>
      runAdminCommand(server.db, ['user', 'add', name, ...options], async () => PASSWORD);
    await add('prov.kupang', '--role', 'provinsi');
    await add('mgr.ende', '--role', 'outlet', '--outlet', 'ende');
    await add('bkd.ntt', '--role', 'bkd');
    products = await seedCatalog(server.db, 4);
    [prov, ende, bkd] = [await signIn('prov.kupang'), await signIn('mgr.ende'), await signIn('bkd.ntt')];
  });
  afterAll(() => server.close());

  it('refuses every change without the session and without its CSRF token', async () => {
    for (const { method, path } of MANAGE_ROUTES.filter((r) => r.method === 'POST')) {
      const url = examplePath(path);
      expect((await server.request(method, url, { body: {} })).status, url).toBe(401);
      const forged = await server.request(method, url, {
        headers: { cookie: prov.cookie, 'x-csrf-token': 'x'.repeat(prov.csrf.length) },
        body: {},
      });
      expect(forged.status, url).toBe(403);
    }
    for (const { path } of MANAGE_ROUTES.filter((r) => r.method === 'GET')) {
      const url = examplePath(path);
      expect((await server.request('GET', url)).status, url).toBe(401);
    }
  });

  it('edits a product for provinsi only, audited, and terminals pull the change', async () => {
    const terminal = await server.enrol('ende');
    await server.pullAll(terminal.token, 'products');
    const product = products[0]!;
    const found = await get(ende, `/v1/backoffice/products?q=${encodeURIComponent(product.name)}`);
    expect(found.body.products.map((p: { id: string }) => p.id)).toEqual([product.id]);
    expect((await get(bkd, '/v1/backoffice/products')).status).toBe(403);

    const edit = {
      name: 'Kopi Bajawa 250 g',
      price: 72_500,
      category: 'Kopi',
      minimumStock: 12,
      perishable: true,
      active: true,
      taxStatus: 'dibebaskan',
    };
    expect((await post(ende, `/v1/backoffice/products/${product.id}`, edit)).status).toBe(403);
    const bad = await post(prov, `/v1/backoffice/products/${product.id}`, { ...edit, price: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues).toEqual([{ path: 'price', message: 'harga tidak boleh negatif' }]);
    expect((await post(prov, '/v1/backoffice/products/no-such-product', edit)).status).toBe(404);
    const saved = await post(prov, `/v1/backoffice/products/${product.id}`, edit);
    expect(saved.status).toBe(200);

    const { items } = await server.pullAll(terminal.token, 'products');
    expect(items.find((p) => p.id === product.id)).toMatchObject({ ...edit, minimumStock: 12 });
    expect((await post(prov, `/v1/backoffice/products/${product.id}`, edit)).status).toBe(200);
    const entries = await audit('product.edit');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      user_name: 'prov.kupang',
      before: { name: product.name, price: product.price, active: true },
      after: edit,
    });
  });

  it("manages an outlet's staff within the user's outlet, giving PINs once and never storing them", async () => {
    const terminal = await server.enrol('ende');
    const added = await post(ende, '/v1/backoffice/staff', { outletId: 'ende', name: 'Maria Goreti', role: 'kasir' });
    expect(added.status).toBe(200);
    const { id, pin } = issuedPinSchema.parse(added.body);
    expect(pin).toMatch(/^\d{6}$/);
    expect((await post(ende, '/v1/backoffice/staff', { outletId: 'alor', name: 'X', role: 'kasir' })).status).toBe(403);
    expect((await post(bkd, '/v1/backoffice/staff', { outletId: 'ende', name: 'X', role: 'kasir' })).status).toBe(403);
    expect((await get(ende, '/v1/backoffice/staff?outlet=alor')).status).toBe(403);
    const bad = await post(prov, '/v1/backoffice/staff', { outletId: 'ende', name: ' ', role: 'bos' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['name', 'role']);

    const pulled = await server.pullAll(terminal.token, 'staff');
    const member = pulled.items.find((s) => s.id === id);
    expect(await verifyPin(pin, member.pinHash)).toBe(true);
    const reset = issuedPinSchema.parse((await post(prov, `/v1/backoffice/staff/${id}/pin`)).body);
    const { items } = await server.pullAll(terminal.token, 'staff', 1000, pulled.cursor);
    expect(await verifyPin(reset.pin, items.find((s) => s.id === id).pinHash)).toBe(true);

    expect((await post(ende, `/v1/backoffice/staff/${id}/deactivate`)).status).toBe(200);
    expect((await get(ende, '/v1/backoffice/staff')).body.staff).toEqual([
      expect.objectContaining({ id, name: 'Maria Goreti', active: false }),
    ]);
    const again = await post(ende, `/v1/backoffice/staff/${id}/deactivate`);
    expect(again.status).toBe(422);
    expect(again.body.error).toMatchObject({ code: 'change-refused', message: 'Maria Goreti sudah nonaktif.' });
    const { rows } = await server.db.query<{ dump: string }>(
      "SELECT string_agg(a::text, ' ') AS dump FROM backoffice_audit a",
    );
    expect(rows[0]!.dump).not.toContain(pin);
    expect(rows[0]!.dump).not.toContain(reset.pin);
    expect((await audit('staff.add')).map((a) => a.user_name)).toEqual(['mgr.ende']);
    expect(await audit('staff.deactivate')).toMatchObject([{ before: { active: true }, after: { active: false } }]);
  });

  it('lists outlets and terminals in scope, issues enrolment codes and revokes terminals', async () => {
    const alor = await server.enrol('alor', 'Kasir Alor');
    const own = await get(ende, '/v1/backoffice/outlets');
    expect(own.body.outlets.map((o: { id: string }) => o.id)).toEqual(['ende']);
    expect((await get(prov, '/v1/backoffice/outlets')).body.outlets.length).toBeGreaterThan(1);

    expect((await post(ende, '/v1/backoffice/outlets/alor/enrolment-code', { hours: 24 })).status).toBe(403);
    expect((await post(ende, '/v1/backoffice/outlets/ende/enrolment-code', { hours: 999 })).status).toBe(400);
    const code = await post(ende, '/v1/backoffice/outlets/ende/enrolment-code', { hours: 2 });
    expect(code.status).toBe(200);
    const enrolled = await server.request('POST', '/v1/terminals/enroll', {
      body: { code: code.body.code, name: 'Kasir 9' },
    });
    expect(enrolled.status).toBe(201);

    expect((await post(ende, `/v1/backoffice/terminals/${alor.terminalId}/revoke`)).status).toBe(403);
    expect((await post(ende, `/v1/backoffice/terminals/${enrolled.body.terminalId}/revoke`)).status).toBe(200);
    expect((await server.request('GET', '/v1/sync/pull/products', { token: enrolled.body.token })).status).toBe(401);
    expect((await post(ende, `/v1/backoffice/terminals/${enrolled.body.terminalId}/revoke`)).status).toBe(422);
    expect((await audit('terminal.enrolment-code'))[0]!.after).not.toHaveProperty('code');
    expect(await audit('terminal.revoke')).toHaveLength(1);
  });

  it('sets the province amounts (provinsi) and outlet QRIS (in scope), which terminals pull', async () => {
    const terminal = await server.enrol('ende');
    const amounts = { asnMinimum: 250_000, varianceThreshold: 20_000 };
    expect((await post(ende, '/v1/backoffice/settings', amounts)).status).toBe(403);
    expect((await post(prov, '/v1/backoffice/settings', amounts)).status).toBe(200);
    const badQris = await post(ende, '/v1/backoffice/settings/qris/ende', { payload: `${QRIS.slice(0, -1)}8` });
    expect(badQris.status).toBe(422);
    expect(badQris.body.error.message).toMatch(/CRC salah/);
    expect((await post(ende, '/v1/backoffice/settings/qris/alor', { payload: QRIS })).status).toBe(403);
    expect((await post(ende, '/v1/backoffice/settings/qris/ende', { payload: QRIS })).status).toBe(200);
    const pkp = { pkp: true, seller: { npwp: '01.234.567.8-901.000', name: 'PT NTT Mart Ende', address: 'Ende' } };
    expect((await post(ende, '/v1/backoffice/settings/ppn/ende', pkp)).status).toBe(403);
    const badNpwp = await post(prov, '/v1/backoffice/settings/ppn/ende', {
      ...pkp,
      seller: { ...pkp.seller, npwp: '123' },
    });
    expect(badNpwp.status).toBe(400);
    expect(badNpwp.body.error.issues).toEqual([
      { path: 'seller.npwp', message: 'NPWP harus 15 atau 16 angka, bukan 3.' },
    ]);
    expect((await post(prov, '/v1/backoffice/settings/ppn/ende', pkp)).status).toBe(200);
    const seller = { ...pkp.seller, npwp: '012345678901000' };

    const { items } = await server.pullAll(terminal.token, 'settings');
    const value = (key: string) => items.find((s) => s.key === key)?.value;
    expect([value('asn.monthlyMinimum'), value('shift.varianceThreshold'), value('qris.static')]).toEqual([
      250_000,
      20_000,
      QRIS,
    ]);
    expect(value('outlet.ppn')).toEqual({ pkp: true, seller });
    const block = await server.db.query<{ code_block: number }>("SELECT code_block FROM outlets WHERE id = 'ende'");
    expect(value('outlet.codeBlock')).toBe(block.rows[0]!.code_block);
    const shown = await get(ende, '/v1/backoffice/settings');
    expect(shown.body).toEqual({
      ...amounts,
      qris: [{ outletId: 'ende', outletName: expect.any(String), payload: QRIS }],
      ppn: [{ outletId: 'ende', outletName: expect.any(String), tax: { pkp: true, seller } }],
      targets: [expect.objectContaining({ outletId: 'ende', monthlyAmount: null })],
    });
    expect(await audit('settings.ppn')).toMatchObject([{ before: { pkp: false }, after: { pkp: true, seller } }]);
    expect(await audit('settings.set')).toMatchObject([{ before: { asnMinimum: 100_000 }, after: amounts }]);
  });

  it('shows quarantined events in scope, releases one after its fix and confirms another, audited', async () => {
    const terminal = await server.enrol('ende');
    const unknown = { id: 'produk-belum-ada', name: 'Tenun Ikat Ende', price: products[1]!.price };
    const held = saleEvent({
      terminal: { id: terminal.terminalId, outletId: 'ende' },
      seq: 1,
      products: [unknown],
      lineCount: 1,
    });
    const training = saleEvent({
      terminal: { id: terminal.terminalId, outletId: 'ende' },
      seq: 2,
      products,
      training: true,
    });
    const pushed = await server.push(terminal.token, [held, training]);
    expect(pushed.body.results.map((r) => 'quarantined' in r && r.quarantined)).toEqual([true, true]);
    const alor = await server.enrol('alor');
    await server.push(alor.token, [
      saleEvent({ terminal: { id: alor.terminalId, outletId: 'alor' }, seq: 1, products, training: true }),
    ]);

    const mine = quarantineListSchema.parse((await get(ende, '/v1/backoffice/quarantine')).body);
    expect(mine.events.map((e) => e.id).sort()).toEqual([held.id, training.id].sort());
    expect(mine.events.find((e) => e.id === held.id)!.reasons).toEqual([
      'line 1: product produk-belum-ada is not in the province catalog',
    ]);
    expect((await get(prov, '/v1/backoffice/quarantine')).body.events).toHaveLength(3);
    expect((await get(bkd, '/v1/backoffice/quarantine')).status).toBe(403);
    const detail = await get(ende, `/v1/backoffice/quarantine/${held.id}`);
    expect(detail.body.body).toEqual(held.payload);
    const other = (await get(prov, '/v1/backoffice/quarantine')).body.events.find(
      (e: { outletId: string }) => e.outletId === 'alor',
    );
    expect((await get(ende, `/v1/backoffice/quarantine/${other.id}`)).status).toBe(403);

    const note = { note: 'Produk sudah masuk katalog' };
    expect((await post(ende, `/v1/backoffice/quarantine/${held.id}/release`, note)).status).toBe(403);
    expect((await post(prov, `/v1/backoffice/quarantine/${held.id}/release`, { note: '' })).status).toBe(400);
    const early = await post(prov, `/v1/backoffice/quarantine/${held.id}/release`, note);
    expect(early.status).toBe(422);
    expect(early.body.error.message).toMatch(/masih melanggar aturan.*not in the province catalog/);
    const month = businessMonth(held.payload.completedAt);
    const counted = async () => (await outletMonthSales(server.db, month)).find((o) => o.id === 'ende')!.total;
    const before = await counted();

    // The fix: the province adds the product the terminal had sold.
    await server.db.query(
      "INSERT INTO products (id, natural_key, name, price, sold_by, category, unit) VALUES ($1, 'name:tenun', $2, $3, 'unit', 'Tenun', 'pcs')",
      [unknown.id, unknown.name, unknown.price],
    );
    const released = await post(prov, `/v1/backoffice/quarantine/${held.id}/release`, note);
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ reasons: [], decision: { decision: 'released', userName: 'prov.kupang' } });
    expect(await counted()).toBe(before + held.payload.total);
    const { rows } = await server.db.query('SELECT 1 FROM sales WHERE id = $1', [held.payload.id]);
    expect(rows).toHaveLength(1);

    const confirmed = await post(prov, `/v1/backoffice/quarantine/${training.id}/confirm`, { note: 'Mode latihan' });
    expect(confirmed.body.decision).toMatchObject({ decision: 'confirmed', note: 'Mode latihan' });
    expect((await post(prov, `/v1/backoffice/quarantine/${training.id}/confirm`, { note: 'lagi' })).status).toBe(422);
    expect((await post(prov, `/v1/backoffice/quarantine/${held.id}/confirm`, { note: 'lagi' })).status).toBe(422);
    expect(await audit('quarantine.release')).toMatchObject([
      { user_name: 'prov.kupang', after: { reasons: null, decision: 'released', note: note.note } },
    ]);
    expect(await audit('quarantine.confirm')).toHaveLength(1);
  });

  it("sets an outlet's own target (provinsi, audited), which Beranda's % target uses; refusals name the field", async () => {
    expect((await post(prov, '/v1/backoffice/targets/ende', { monthlyAmount: 8_000_000_000 })).status).toBe(200);
    const province = dashboardSchema.parse((await get(prov, '/v1/backoffice/dashboard')).body);
    const targetOf = (id: string) => province.sales!.outlets.find((o) => o.id === id)!.target;
    const share = Math.round(province.sales!.provinceTarget / 22);
    expect(targetOf('ende')).toBe(8_000_000_000);
    expect(targetOf('kupang')).toBe(share);
    const own = dashboardSchema.parse((await get(ende, '/v1/backoffice/dashboard')).body);
    expect(own.sales!.target).toBe(8_000_000_000);
    const settings = managedSettingsSchema.parse((await get(ende, '/v1/backoffice/settings')).body);
    expect(settings.targets).toEqual([
      { outletId: 'ende', outletName: expect.any(String), monthlyAmount: 8_000_000_000, shareOfProvince: share },
    ]);

    const zero = await post(prov, '/v1/backoffice/targets/ende', { monthlyAmount: 0 });
    expect(zero.status).toBe(400);
    expect(zero.body.error.issues).toEqual([{ path: 'monthlyAmount', message: 'target outlet harus lebih dari 0' }]);
    expect((await post(prov, '/v1/backoffice/targets/ende', { monthlyAmount: 1.5 })).status).toBe(400);
    expect((await post(ende, '/v1/backoffice/targets/ende', { monthlyAmount: 9 })).status).toBe(403);
    expect((await post(bkd, '/v1/backoffice/targets/ende', { monthlyAmount: 9 })).status).toBe(403);
    expect((await post(prov, '/v1/backoffice/targets/atlantis', { monthlyAmount: 9 })).status).toBe(404);
    expect((await post(prov, '/v1/backoffice/targets/ende', { monthlyAmount: null })).status).toBe(200);
    const back = dashboardSchema.parse((await get(prov, '/v1/backoffice/dashboard')).body);
    expect(back.sales!.outlets.find((o) => o.id === 'ende')!.target).toBe(share);
    expect(await audit('target.outlet')).toMatchObject([
      {
        user_name: 'prov.kupang',
        subject: expect.stringMatching(/^ende /),
        before: { monthlyAmount: null },
        after: { monthlyAmount: 8_000_000_000 },
      },
      { before: { monthlyAmount: 8_000_000_000 }, after: { monthlyAmount: null } },
    ]);
  });

  it('previews an ASN roster file (added, changed, not in the file, refused), writes it on confirm, audited', async () => {
    const upload = (who: Who, file: string, body: string, confirm = false) =>
      server.request('POST', `/v1/backoffice/asn-roster?file=${file}${confirm ? '&confirm=1' : ''}`, {
        headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': 'application/octet-stream' },
        body,
      });
    const rosterSize = async () =>
      (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM asn_roster')).rows[0]!.n;
    await importAsnRoster(
      server.db,
      ['nip,nama,opd', `${rosterNip(1)},Lama Satu,Dinkes`, `${rosterNip(2)},Lama Dua,Dinkes`].join('\n'),
    );
    const before = await rosterSize();
    const csv = [
      'nip,nama,opd,jenis',
      `${rosterNip(1)},Lama Satu,Dinas Kesehatan,PNS`,
      `${rosterNip(3)},Baru Tiga,Bappeda,PNS`,
      '12345,Salah NIP,Bappeda,PNS',
    ].join('\n');
    const preview = asnRosterImportSchema.parse((await upload(prov, 'asn.csv', csv)).body);
    expect(preview).toMatchObject({ confirmed: false, created: 1, updated: 1, unchanged: 0, absent: before - 1 });
    expect(preview.problems.map((p) => p.line)).toEqual([4]);
    expect(preview.rows.map((r) => [r.line, r.inserted, r.opd])).toEqual([
      [2, false, 'Dinas Kesehatan'],
      [3, true, 'Bappeda'],
    ]);
    expect(preview.rows[1]!.nip).toMatch(/^\d{4}\*{11}\d{3}$/);
    expect(await rosterSize()).toBe(before);
    expect(await audit('asn.roster-import')).toEqual([]);

    expect((await upload(ende, 'asn.csv', csv)).status).toBe(403);
    expect((await upload(bkd, 'asn.csv', csv)).status).toBe(403);
    expect((await upload(prov, 'asn.pdf', csv)).status).toBe(415);

    const done = asnRosterImportSchema.parse((await upload(prov, 'asn.csv', csv, true)).body);
    expect(done).toMatchObject({ confirmed: true, created: 1, updated: 1 });
    expect(await rosterSize()).toBe(before + 1);
    expect(await audit('asn.roster-import')).toMatchObject([
      { user_name: 'prov.kupang', subject: 'asn.csv', after: { created: 1, updated: 1, absent: before - 1 } },
    ]);
  });

  it('gives the ASN CSV with whole NIPs to BKD and provinsi signed in, never to an outlet user', async () => {
    const month = businessMonth(Date.now());
    const csv = await get(bkd, `/v1/backoffice/reports/asn/${month}.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="asn-${month}.csv"`);
    const { rows } = await server.db.query<{ nip: string }>('SELECT nip FROM asn_roster LIMIT 1');
    expect(String(csv.body)).toContain(rows[0]!.nip);
    expect((await get(prov, `/v1/backoffice/reports/asn/${month}.csv`)).status).toBe(200);
    expect((await get(ende, `/v1/backoffice/reports/asn/${month}.csv`)).status).toBe(403);
    expect((await server.request('GET', `/v1/backoffice/reports/asn/${month}.csv`)).status).toBe(401);
    expect((await get(bkd, '/v1/backoffice/reports/asn/2026-13.csv')).status).toBe(400);
  });

  it('shows the audit log newest first, everyone to provinsi and only their own to others', async () => {
    const all = await get(prov, '/v1/backoffice/audit');
    const times = all.body.entries.map((e: { at: string }) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(all.body.users).toEqual(expect.arrayContaining(['console', 'mgr.ende', 'prov.kupang']));
    const filtered = await get(prov, '/v1/backoffice/audit?user=mgr.ende');
    expect(new Set(filtered.body.entries.map((e: { userName: string }) => e.userName))).toEqual(new Set(['mgr.ende']));
    expect((await get(ende, '/v1/backoffice/audit?user=prov.kupang')).status).toBe(403);
    const own = await get(ende, '/v1/backoffice/audit');
    expect(own.body.entries.length).toBe(filtered.body.entries.length);
    expect(own.body.users).toEqual(['mgr.ende']);
  });
});
