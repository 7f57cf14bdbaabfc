import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '#tests/support/server-databases';
import { answerPrompts } from '#tests/support/tty-prompt';
import { verifyPassword } from '../server/backoffice/passwords';

describe('npm run admin -- user add on a terminal', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase('postgres');
  });
  afterAll(() => test.close());

  it('asks the password twice without showing it, and never takes it as an argument', async () => {
    // `script` gives the CLI a real pseudo-terminal; each answer is typed once its question is shown.
    const typeAt = (name: string, answers: string[]) =>
      answerPrompts(
        `node --import tsx sync/admin/cli.ts user add ${name} --role outlet --outlet ngada`,
        { ...process.env, DATABASE_URL: test.url! },
        [/Kata sandi \(minimal/, /sekali lagi/],
        answers,
      );
    const added = await typeAt('mgr.ngada', ['Kelimutu-Tiga-Warna', 'Kelimutu-Tiga-Warna']);
    expect(added).toMatch(/Pengguna mgr\.ngada \(outlet, outlet ngada\) ditambahkan/);
    expect(added).not.toContain('Kelimutu');
    const { rows } = await test.db.query<{ password_hash: string }>(
      "SELECT password_hash FROM backoffice_users WHERE name = 'mgr.ngada'",
    );
    expect(await verifyPassword('Kelimutu-Tiga-Warna', rows[0]!.password_hash)).toBe(true);
    expect(await typeAt('mgr.ngada2', ['Kelimutu-Tiga-Warna', 'Kelimutu-Dua-Warna'])).toContain(
      'Kedua kata sandi tidak sama',
    );
    expect((await test.db.query("SELECT 1 FROM backoffice_users WHERE name = 'mgr.ngada2'")).rows).toEqual([]);
  }, 120_000);
});
