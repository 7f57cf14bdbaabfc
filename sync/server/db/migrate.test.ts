import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '#tests/support/server-databases';
import { loadMigrations, migrate } from './migrate';

describe.each(DATABASE_KINDS)('migrations on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind, { migrated: false });
  });
  afterAll(() => test.close());

  it('apply once, record each file, and create the 22 outlets', async () => {
    const all = loadMigrations();
    expect(await migrate(test.db)).toEqual(all.map((m) => m.name));
    expect(await migrate(test.db)).toEqual([]);
    const { rows: recorded } = await test.db.query<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    expect(recorded).toEqual(all.map((m) => ({ version: m.version, name: m.name })));
    const { rows: outlets } = await test.db.query<{ id: string; name: string }>(
      'SELECT id, name FROM outlets ORDER BY id',
    );
    expect(outlets).toHaveLength(22);
    expect(outlets).toContainEqual({ id: 'manggarai-barat', name: 'NTT Mart Manggarai Barat' });
    expect(outlets).toContainEqual({ id: 'sumba-barat-daya', name: 'NTT Mart Sumba Barat Daya' });
  });

  it('refuse to start when an applied migration was edited', async () => {
    const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'edited' } : m));
    await expect(migrate(test.db, edited)).rejects.toThrow(/001-initial\.sql was edited/);
  });

  it('roll back a failing migration whole and record nothing of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
    const all = loadMigrations();
    all.forEach((m) => writeFileSync(join(dir, m.name), m.sql));
    const version = all.at(-1)!.version + 1;
    const next = String(version).padStart(3, '0');
    writeFileSync(join(dir, `${next}-broken.sql`), 'CREATE TABLE half_done (id int); SELECT no_such_function();');
    await expect(migrate(test.db, loadMigrations(dir))).rejects.toThrow(/no_such_function/);
    const { rows } = await test.db.query(
      `SELECT to_regclass('half_done') AS t, (SELECT count(*) FROM schema_migrations WHERE version = ${version}) AS n`,
    );
    expect(rows[0]).toEqual({ t: null, n: 0 });
  });

  it('refuse migration files that share a number or are misnamed, and take a gap in the numbers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
    writeFileSync(join(dir, '001-a.sql'), 'SELECT 1;');
    writeFileSync(join(dir, '003-c.sql'), 'SELECT 1;');
    expect(loadMigrations(dir).map((m) => m.version)).toEqual([1, 3]);
    writeFileSync(join(dir, '003-d.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(/003-c\.sql and 003-d\.sql share number 3/);
    const misnamed = mkdtempSync(join(tmpdir(), 'migrations-'));
    writeFileSync(join(misnamed, '4-e.sql'), 'SELECT 1;');
    expect(() => loadMigrations(misnamed)).toThrow(/4-e\.sql must be named NNN-name\.sql/);
  });
});

describe('migration 005 on a database with history', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase('postgres', { migrated: false });
  });
  afterAll(() => test.close());

  it('finds each terminal’s largest seq and missing seqs from its events, and keeps stream positions growing', async () => {
    const all = loadMigrations();
    await migrate(
      test.db,
      all.filter((m) => m.version < 5),
    );
    await test.db.query(
      `INSERT INTO terminals (id, outlet_id, name, token_hash, high_water_seq) VALUES ('alor-t01', 'alor', 'Kasir', 'h1', 2), ('alor-t02', 'alor', 'Kasir', 'h2', 0)`,
    );
    await test.db.query(
      `INSERT INTO events (id, terminal_id, seq, type, occurred_at, received_at, payload, content_hash)
       SELECT gen_random_uuid(), 'alor-t01', seq, 'audit.recorded', now(), now(), '{}', 'x' FROM unnest(ARRAY[1, 2, 4, 5, 9]) seq`,
    );
    await test.db.query(`UPDATE stream_heads SET position = 41 WHERE stream = 'asn-totals'`);
    await migrate(test.db, all);
    const { rows: terminals } = await test.db.query('SELECT id, max_seq, high_water_seq FROM terminals ORDER BY id');
    expect(terminals).toEqual([
      { id: 'alor-t01', max_seq: 9, high_water_seq: 2 },
      { id: 'alor-t02', max_seq: 0, high_water_seq: 0 },
    ]);
    const { rows: gaps } = await test.db.query('SELECT terminal_id, from_seq, to_seq FROM seq_gaps ORDER BY from_seq');
    expect(gaps).toEqual([
      { terminal_id: 'alor-t01', from_seq: 3, to_seq: 3 },
      { terminal_id: 'alor-t01', from_seq: 6, to_seq: 8 },
    ]);
    const { rows: next } = await test.db.query(
      `SELECT nextval('stream_position_asn_totals') AS asn, nextval('stream_position_products') AS products`,
    );
    expect(next).toEqual([{ asn: 42, products: 1 }]);
  });
});
