/**
 * `supplier add|list|show|import`: the province's UMKM register (domain/supplier). A supplier is
 * found again by NIB, else by name; a row naming a NIB another supplier holds, or a name another
 * NIB holds, is refused. Permits are kept per number, so a renewal adds one and the old stays.
 */
import { permitFlags, permitStatus, PERMIT_NAMES, type Permit, type PermitKind } from '#domain/supplier/permits';
import { readSupplierRow, readSupplierRows, SUPPLIER_FIELDS, type SupplierRow } from '#domain/supplier/supplier-rows';
import type { RowProblem } from '#domain/sheet-columns';
import { termsLabel } from '#domain/supplier/terms';
import { businessDate, formatBusinessDate, type BusinessDate } from '#domain/wita';
import type { Database, Queryable } from '../server/db/database';
import type { Tables } from '../server/db/tables';
import { termsOf, type TermsColumns } from '../server/reports/supplier-settlement';
import { writeTransaction } from '../server/streams/change-log';
import { parseCsvSheet } from './csv';
import type { ImportOutcome } from './import-outcome';
import { AdminError, table } from './output';

/** The fields `supplier add` takes as options, by the spreadsheet column they stand for. */
export type SupplierFields = Partial<Record<(typeof SUPPLIER_FIELDS)[number], string>>;

type Saved = 'created' | 'updated' | 'unchanged';

export async function importSuppliers(db: Database, csvText: string): Promise<ImportOutcome> {
  const csv = parseCsvSheet(csvText);
  const { rows, problems } = readSupplierRows(csv.sheet);
  const counts = { created: 0, updated: 0, unchanged: 0 };
  await writeTransaction(db, async (tx) => {
    for (const row of rows) {
      const saved = await saveSupplier(tx, row);
      if (typeof saved === 'string') counts[saved]++;
      else problems.push(saved);
    }
  });
  return { ...counts, problems: [...csv.problems, ...problems].sort((a, b) => a.line - b.line) };
}

export async function addSupplier(db: Database, name: string, fields: SupplierFields): Promise<string> {
  const all = { ...fields, name };
  const keys = Object.keys(all) as (keyof SupplierFields)[];
  const row = readSupplierRow(
    keys.map((k) => all[k]),
    Object.fromEntries(keys.map((k, i) => [k, i])),
    1,
  );
  if ('reason' in row) throw new AdminError(row.reason);
  // Adding never changes a supplier: one of the same name or NIB is refused (an import updates it).
  const { rows } = await db.query<{ name: string; nib: string | null }>(
    'SELECT name, nib FROM suppliers WHERE lower(name) = lower($1) OR nib = $2',
    [name, row.nib],
  );
  const same = rows[0];
  if (same?.nib && same.nib === row.nib)
    throw new AdminError(`NIB ${row.nib} sudah terdaftar untuk UMKM "${same.name}".`);
  if (same)
    throw new AdminError(
      `UMKM "${name}" sudah terdaftar. Ubah datanya lewat: npm run admin -- supplier import BERKAS.csv`,
    );
  const saved = await writeTransaction(db, (tx) => saveSupplier(tx, row));
  if (typeof saved !== 'string') throw new AdminError(saved.reason);
  return [`UMKM ${row.name} terdaftar.`, ...flagLines(row.food, row.permits, businessDate(new Date()))].join('\n');
}

/** Inserts or updates one supplier and adds its permits; a problem when its NIB or name belongs to another. */
async function saveSupplier(tx: Queryable, row: SupplierRow): Promise<Saved | RowProblem> {
  const { rows: found } = await tx.query<{ id: number; nib: string | null; name: string }>(
    'SELECT id, nib, name FROM suppliers WHERE nib = $1 OR lower(name) = lower($2)',
    [row.nib, row.name],
  );
  const byNib = found.find((s) => row.nib !== null && s.nib === row.nib);
  const byName = found.find((s) => s.name.toLowerCase() === row.name.toLowerCase());
  if (byNib && byName && byNib.id !== byName.id)
    return { line: row.line, reason: `Nama "${row.name}" sudah dipakai UMKM lain (NIB ${byName.nib ?? 'kosong'}).` };
  if (!byNib && byName?.nib && row.nib)
    return { line: row.line, reason: `UMKM "${byName.name}" sudah terdaftar dengan NIB lain (${byName.nib}).` };
  const existing = byNib ?? byName;
  const values = [
    row.name,
    row.owner,
    row.kabupaten,
    row.phone,
    row.nib,
    row.bank?.bank ?? null,
    row.bank?.number ?? null,
    row.bank?.holder ?? null,
    row.food,
  ];
  let saved: Saved = 'created';
  let id: number;
  if (existing) {
    const { rows } = await tx.query<{ id: number }>(
      `UPDATE suppliers SET name = $2, owner = $3, kabupaten = $4, phone = $5, nib = coalesce($6, nib),
         bank_name = $7, bank_account = $8, bank_holder = $9, food = $10, updated_at = now()
       WHERE id = $1 AND (name, owner, kabupaten, phone, nib, bank_name, bank_account, bank_holder, food)
         IS DISTINCT FROM ($2, $3, $4, $5, coalesce($6, nib), $7, $8, $9, $10)
       RETURNING id`,
      [existing.id, ...values],
    );
    id = existing.id;
    saved = rows.length > 0 ? 'updated' : 'unchanged';
  } else {
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO suppliers (name, owner, kabupaten, phone, nib, bank_name, bank_account, bank_holder, food)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      values,
    );
    id = rows[0]!.id;
  }
  const { rows: permits } = await tx.query(
    `INSERT INTO supplier_permits (supplier_id, kind, number, valid_until)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::date[])
     ON CONFLICT (supplier_id, kind, number) DO UPDATE SET valid_until = excluded.valid_until
     WHERE supplier_permits.valid_until IS DISTINCT FROM excluded.valid_until
     RETURNING kind`,
    [id, row.permits.map((p) => p.kind), row.permits.map((p) => p.number), row.permits.map((p) => p.validUntil)],
  );
  return saved === 'unchanged' && permits.length > 0 ? 'updated' : saved;
}

type SupplierRecord = Omit<Tables['suppliers'], 'updated_at'> & {
  products: number;
  permits: { kind: PermitKind; number: string; validUntil: BusinessDate | null }[];
};

async function loadSuppliers(db: Queryable, where: string, params: unknown[]): Promise<SupplierRecord[]> {
  const { rows } = await db.query<SupplierRecord>(
    `SELECT s.id, s.name, s.owner, s.kabupaten, s.phone, s.nib, s.bank_name, s.bank_account, s.bank_holder, s.food,
       (SELECT count(*)::int FROM products p WHERE p.supplier_id = s.id AND p.active) AS products,
       (SELECT coalesce(json_agg(json_build_object('kind', sp.kind, 'number', sp.number, 'validUntil', sp.valid_until)
                 ORDER BY sp.kind, sp.valid_until DESC NULLS FIRST), '[]')
          FROM supplier_permits sp WHERE sp.supplier_id = s.id) AS permits
     FROM suppliers s ${where} ORDER BY s.name`,
    params,
  );
  return rows;
}

export async function listSuppliers(db: Queryable, today = businessDate(new Date())): Promise<string> {
  const suppliers = await loadSuppliers(db, '', []);
  if (suppliers.length === 0)
    return 'Belum ada UMKM terdaftar. Tambahkan: npm run admin -- supplier add NAMA --nib … atau supplier import BERKAS.csv';
  return table(
    ['ID', 'NAMA', 'KABUPATEN', 'NIB', 'PRODUK', 'IZIN'],
    suppliers.map((s) => {
      const flags = permitFlags(s.food, s.permits, today);
      return [
        s.id,
        s.name,
        s.kabupaten || '-',
        s.nib ?? '-',
        s.products,
        flags.length === 0 ? 'lengkap' : flags.join('; '),
      ];
    }),
  );
}

export async function showSupplier(db: Queryable, idOrNib: string, today = businessDate(new Date())): Promise<string> {
  const [s] = await loadSuppliers(db, 'WHERE s.nib = $1 OR s.id::text = $1 OR lower(s.name) = lower($1)', [idOrNib]);
  if (!s) throw new AdminError(`UMKM "${idOrNib}" tidak dikenal. Lihat daftarnya: npm run admin -- supplier list`);
  return [
    `${s.name} (ID ${s.id})`,
    `Pemilik: ${s.owner || '-'} · ${s.kabupaten || '-'} · telepon ${s.phone || '-'}`,
    `NIB: ${s.nib ?? '-'}`,
    `Rekening: ${s.bank_name ? `${s.bank_name} ${s.bank_account} a.n. ${s.bank_holder}` : '-'}`,
    `Produsen pangan: ${s.food ? 'ya' : 'tidak'} · produk aktif: ${s.products}`,
    ...(s.permits.length === 0 ? ['Izin: -'] : ['Izin:', ...s.permits.map((p) => `  ${permitLine(p, today)}`)]),
    ...flagLines(s.food, s.permits, today),
    ...(await termsLines(db, s.id, today)),
  ].join('\n');
}

/** Each product's terms from this supplier in force today, and terms that start later. */
async function termsLines(db: Queryable, supplierId: number, today: BusinessDate): Promise<string[]> {
  const { rows } = await db.query<TermsColumns & { name: string; valid_from: BusinessDate }>(
    `SELECT p.name, t.valid_from, t.kind, t.unit_cost::text, t.supplier_price::text, t.commission_bp
     FROM supply_terms t JOIN products p ON p.id = t.product_id
     WHERE t.supplier_id = $1 AND NOT EXISTS (
       SELECT 1 FROM supply_terms n WHERE n.product_id = t.product_id AND n.valid_from > t.valid_from AND n.valid_from <= $2)
     ORDER BY p.name, t.valid_from`,
    [supplierId, today],
  );
  if (rows.length === 0) return ['Syarat pasok: belum ada (npm run admin -- supplier terms …).'];
  return [
    'Syarat pasok:',
    ...rows.map((r) => {
      const when = r.valid_from > today ? 'mulai' : 'sejak';
      return `  ${r.name}: ${termsLabel(termsOf(r)!)} ${when} ${formatBusinessDate(r.valid_from)}`;
    }),
  ];
}

const STATUS_WORDS = { valid: 'berlaku', ending: 'segera berakhir', expired: 'BERAKHIR' } as const;

function permitLine(p: Permit, today: BusinessDate): string {
  const until = p.validUntil === null ? 'tanpa batas' : `sampai ${p.validUntil}`;
  return `${PERMIT_NAMES[p.kind]} ${p.number}, ${until} (${STATUS_WORDS[permitStatus(p, today)]})`;
}

function flagLines(food: boolean, permits: readonly Permit[], today: BusinessDate): string[] {
  const flags = permitFlags(food, permits, today);
  return flags.length === 0 ? [] : [`Perhatian: ${flags.join('; ')}.`];
}
