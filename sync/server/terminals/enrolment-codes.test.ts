/**
 * Enrolment codes are stored as an HMAC with the server's own key, never as a plain SHA-256 a
 * copied table would give away in a second (40 bits); codes made before migration 004 still work.
 */
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS, openTestDatabase } from '#tests/support/server-databases';
import { loadMigrations, migrate } from '../db/migrate';
import { createEnrolmentCode, redeemEnrolmentCode } from './enrolment';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe.each(DATABASE_KINDS)('enrolment code hashes on %s', (kind) => {
  // One database through the migrations (an in-memory PGlite takes a while to start on a busy machine).
  it(
    'keeps a code made before migration 004 working once, and stores new codes as an HMAC keyed by the server secret',
    { timeout: 120_000 },
    async () => {
      const { db, close } = await openTestDatabase(kind, { migrated: false });
      try {
        const migrations = loadMigrations();
        await migrate(db, migrations.slice(0, 3));
        await db.query(
          `INSERT INTO enrolment_codes (code_hash, outlet_id, expires_at) VALUES ($1, 'ende', now() + interval '1 day')`,
          [sha256('K7QM-3XHP')],
        );
        await migrate(db, migrations);
        expect(await redeemEnrolmentCode(db, 'k7qm 3xhp', 'Kasir 1')).toMatchObject({
          ok: true,
          value: { outletId: 'ende' },
        });
        expect(await redeemEnrolmentCode(db, 'K7QM-3XHP', 'Kasir 2')).toEqual({
          ok: false,
          error: { code: 'enrolment-refused', message: expect.stringContaining('used already'), reason: 'used' },
        });

        const created = (await createEnrolmentCode(db, 'alor'))!;
        const { rows } = await db.query<{ code_hash: string }>(
          "SELECT code_hash FROM enrolment_codes WHERE outlet_id = 'alor'",
        );
        const key = (await db.query<{ enrolment_key: string }>('SELECT enrolment_key FROM server_identity')).rows[0]!
          .enrolment_key;
        expect(key).toMatch(/^[0-9a-f]{64}$/);
        expect(rows).toEqual([{ code_hash: createHmac('sha256', key).update(created.code).digest('hex') }]);
        expect(rows[0]!.code_hash).not.toBe(sha256(created.code));
        expect(await redeemEnrolmentCode(db, created.code, 'Kasir 3')).toMatchObject({
          ok: true,
          value: { outletId: 'alor' },
        });
      } finally {
        await close();
      }
    },
  );
});
