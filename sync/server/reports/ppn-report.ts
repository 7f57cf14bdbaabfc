/**
 * A WITA month's PPN per outlet, from the tax figures each sale and refund carried (migration 017):
 * sales kena PPN and bebas PPN, DPP and PPN, what refunds returned of each, and the net. `report ppn
 * MONTH` prints it, GET /v1/admin/reports/ppn/MONTH serves it, and the back office's Laporan PPN
 * (one outlet's rows only, for an outlet user). Refunds count in the month they were made, as a
 * shift's Z report counts them.
 */
import Papa from 'papaparse';
import type { BusinessMonth } from '#domain/wita';
import type { PpnFigures, PpnOutletRow, PpnReport } from '#sync/protocol/backoffice-report';
import { OUTLET_TAX_SETTING } from '#sync/protocol/tax';
import type { Queryable } from '../db/database';

type Row = { id: string; name: string; npwp: string | null; sales: number; refunds: number } & Record<
  `${'s' | 'r'}_${keyof PpnFigures}`,
  number
>;

const KEYS: ReadonlyArray<keyof PpnFigures> = ['taxable', 'exempt', 'dpp', 'ppn'];

/** Every outlet's, or only `outletId`'s. */
export async function ppnReport(
  db: Queryable,
  month: BusinessMonth,
  outletId: string | null = null,
): Promise<PpnReport> {
  const sums = (prefix: string) =>
    `coalesce(sum(ppn_taxable), 0)::bigint AS ${prefix}_taxable, coalesce(sum(ppn_exempt), 0)::bigint AS ${prefix}_exempt,
     coalesce(sum(ppn_dpp), 0)::bigint AS ${prefix}_dpp, coalesce(sum(ppn), 0)::bigint AS ${prefix}_ppn`;
  const { rows } = await db.query<Row>(
    `WITH s AS (SELECT outlet_id, count(*)::int AS sales, ${sums('s')} FROM sales WHERE wita_month = $1 GROUP BY outlet_id),
     r AS (SELECT outlet_id, count(*)::int AS refunds, ${sums('r')} FROM refunds
           WHERE to_char(business_date, 'YYYY-MM') = $1 GROUP BY outlet_id)
     SELECT o.id, o.name, t.value #>> '{seller,npwp}' AS npwp, coalesce(s.sales, 0) AS sales, coalesce(r.refunds, 0) AS refunds,
       ${KEYS.map((k) => `coalesce(s.s_${k}, 0)::bigint AS s_${k}, coalesce(r.r_${k}, 0)::bigint AS r_${k}`).join(', ')}
     FROM outlets o LEFT JOIN s ON s.outlet_id = o.id LEFT JOIN r ON r.outlet_id = o.id
     LEFT JOIN settings t ON t.outlet_id = o.id AND t.key = $2 AND (t.value ->> 'pkp')::boolean
     WHERE $3::text IS NULL OR o.id = $3
     ORDER BY o.name`,
    [month, OUTLET_TAX_SETTING, outletId],
  );
  const figures = (row: Row, prefix: 's' | 'r') =>
    Object.fromEntries(KEYS.map((k) => [k, Number(row[`${prefix}_${k}`])])) as unknown as PpnFigures;
  const minus = (a: PpnFigures, b: PpnFigures) =>
    Object.fromEntries(KEYS.map((k) => [k, a[k] - b[k]])) as unknown as PpnFigures;
  const outlets = rows.map((row): PpnOutletRow => {
    const sold = figures(row, 's');
    const refunded = figures(row, 'r');
    return {
      id: row.id,
      name: row.name,
      npwp: row.npwp,
      sales: row.sales,
      sold,
      refunds: row.refunds,
      refunded,
      net: minus(sold, refunded),
    };
  });
  const add = (pick: (o: PpnOutletRow) => PpnFigures) =>
    Object.fromEntries(KEYS.map((k) => [k, outlets.reduce((a, o) => a + pick(o)[k], 0)])) as unknown as PpnFigures;
  return {
    month,
    outlets,
    total: {
      sales: outlets.reduce((a, o) => a + o.sales, 0),
      sold: add((o) => o.sold),
      refunds: outlets.reduce((a, o) => a + o.refunds, 0),
      refunded: add((o) => o.refunded),
      net: add((o) => o.net),
    },
  };
}

/** One row per outlet; NPWPs as text so a spreadsheet keeps their leading zeros. */
export function ppnReportCsv(report: PpnReport): string {
  const fields = [
    'outlet',
    'nama',
    'npwp',
    'transaksi',
    ...KEYS.map((k) => `penjualan_${k}`),
    'refund',
    ...KEYS.map((k) => `refund_${k}`),
    ...KEYS.map((k) => `bersih_${k}`),
  ];
  const data = report.outlets.map((o) => [
    o.id,
    o.name,
    o.npwp ?? '',
    o.sales,
    ...KEYS.map((k) => o.sold[k]),
    o.refunds,
    ...KEYS.map((k) => o.refunded[k]),
    ...KEYS.map((k) => o.net[k]),
  ]);
  return Papa.unparse({ fields, data }, { quotes: fields.map((f) => f === 'npwp'), escapeFormulae: true });
}
