/** `admin-token create|revoke NAME` and `admin-token list`: who may read the reports over HTTP. */
import { formatWita } from '#domain/wita';
import { createAdminToken, listAdminTokens, revokeAdminToken } from '../server/admin-tokens/admin-tokens';
import type { Queryable } from '../server/db/database';
import { AdminError, table } from './output';

export async function adminToken(db: Queryable, action: string, name: string | undefined): Promise<string> {
  switch (action) {
    case 'create': {
      const trimmed = (name ?? '').trim();
      if (!/^[\w.@-]{1,64}$/.test(trimmed))
        throw new AdminError('Nama token: 1–64 huruf, angka, titik, @, _ atau -, misalnya bkd-kupang.');
      const token = await createAdminToken(db, trimmed);
      return [
        `Token admin "${trimmed}" (token lama dengan nama ini tidak berlaku lagi):`,
        token,
        'Simpan sekarang: token hanya ditampilkan sekali. Kirim sebagai "Authorization: Bearer TOKEN" (lihat sync/PROTOCOL.md).',
      ].join('\n');
    }
    case 'revoke':
      if (!name || !(await revokeAdminToken(db, name)))
        throw new AdminError(
          `Token admin "${name ?? ''}" tidak dikenal. Lihat daftarnya: npm run admin -- admin-token list`,
        );
      return `Token admin "${name}" dicabut.`;
    case 'list': {
      const tokens = await listAdminTokens(db);
      if (tokens.length === 0) return 'Belum ada token admin. Buat: npm run admin -- admin-token create NAMA';
      return table(
        ['NAMA', 'DIBUAT (WITA)', 'STATUS'],
        tokens.map((t) => [
          t.name,
          formatWita(t.createdAt),
          t.revokedAt ? `dicabut ${formatWita(t.revokedAt)}` : 'aktif',
        ]),
      );
    }
    default:
      throw new AdminError('Perintah token: admin-token create NAMA | admin-token revoke NAMA | admin-token list');
  }
}
