/** `enroll-code OUTLET`, `terminals` and `revoke TERMINAL`. */
import { formatWita } from '#domain/wita';
import type { Database } from '../server/db/database';
import { createEnrolmentCode } from '../server/terminals/enrolment';
import { revokeTerminal } from '../server/terminals/terminals';
import { AdminError, requireOutlet, table } from './output';

export async function enrollCode(db: Database, outletId: string, hours?: number, replaces?: string): Promise<string> {
  if (hours !== undefined && !(hours > 0 && hours <= 24 * 7)) throw new AdminError('--hours harus antara 1 dan 168.');
  const name = await requireOutlet(db, outletId);
  const created = await createEnrolmentCode(db, outletId, {
    ...(hours === undefined ? {} : { hours }),
    ...(replaces === undefined ? {} : { replaces }),
  });
  if (!created)
    throw new AdminError(
      replaces === undefined
        ? `Outlet "${outletId}" tidak dikenal.`
        : `Terminal "${replaces}" tidak terdaftar di outlet "${outletId}".`,
    );
  return [
    replaces === undefined
      ? `Kode pendaftaran terminal untuk ${name}: ${created.code}`
      : `Kode pendaftaran PC pengganti terminal ${replaces} (${name}): ${created.code}`,
    `Berlaku sekali, sampai ${formatWita(created.expiresAt)} WITA.`,
  ].join('\n');
}

export async function listTerminals(db: Database): Promise<string> {
  const { rows } = await db.query<{
    id: string;
    outlet_id: string;
    name: string;
    enrolled_at: Date;
    last_seen_at: Date | null;
    high_water_seq: number;
    app_version: string | null;
    revoked_at: Date | null;
  }>(
    `SELECT id, outlet_id, name, enrolled_at, last_seen_at, high_water_seq, app_version, revoked_at
     FROM terminals ORDER BY outlet_id, id`,
  );
  if (rows.length === 0) return 'Belum ada terminal terdaftar. Buat kode: npm run admin -- enroll-code OUTLET';
  return table(
    ['ID', 'OUTLET', 'NAMA', 'TERDAFTAR (WITA)', 'TERAKHIR KIRIM (WITA)', 'SEQ', 'VERSI', 'STATUS'],
    rows.map((t) => [
      t.id,
      t.outlet_id,
      t.name,
      formatWita(t.enrolled_at),
      t.last_seen_at ? formatWita(t.last_seen_at) : '-',
      t.high_water_seq,
      t.app_version ?? '-',
      t.revoked_at ? `dicabut ${formatWita(t.revoked_at)}` : 'aktif',
    ]),
  );
}

export async function revoke(db: Database, terminalId: string): Promise<string> {
  if (!(await revokeTerminal(db, terminalId)))
    throw new AdminError(`Terminal "${terminalId}" tidak dikenal. Lihat daftarnya: npm run admin -- terminals`);
  return `Terminal ${terminalId} dicabut: tokennya tidak berlaku lagi. Daftarkan ulang dengan kode baru bila perlu.`;
}
