/**
 * Beranda's panels beyond the sales figures (dashboard.ts), each read fresh on every request
 * (the compliance per OPD from its rollup), in the caller's scope (`outletId` null: the province): ASN compliance per OPD and its
 * drill-down, stock-outs and expiring stock from the stock ledger, top products and UMKM
 * producers, terminal health, and each outlet's last 30 days for its sparkline.
 */
import { asnMonthStatus } from '#domain/asn/asn-compliance';
import { maskNip } from '#domain/asn/nip';
import { rupiah, type Rupiah } from '#domain/money';
import { compareAppVersions, newestAppVersion } from '#domain/terminal/app-version';
import { addDays, type BusinessDate, type BusinessMonth } from '#domain/wita';
import {
  EXPIRY_HORIZON_DAYS,
  SILENT_TERMINAL_MS,
  SPARKLINE_DAYS,
  type OpdAsnList,
  type OpdComplianceRow,
  type StockPanels,
  type TerminalHealth,
  type TopSales,
} from '#sync/protocol/backoffice';
import type { Database, Queryable } from '../db/database';

/** Rows in each ranked panel. */
const TOP = 10;
const EXPIRING_ROWS = 50;
/** Clock skew is read from this many of a terminal's latest events. */
const SKEW_EVENTS = 20;

/**
 * Per OPD on the roster, how its ASN stand this month (the rule of domain/asn/asn-compliance.ts),
 * from the rollup of migration 027 alone: the roster's count per OPD and the met and below as
 * built, plus what the ingest moved since. The month's rollup is built (from asn_monthly_totals, in one transaction holding
 * the month's row) when it is missing, was counted against another minimum, or the roster changed.
 */
export async function opdCompliance(db: Database, month: BusinessMonth, minimum: Rupiah): Promise<OpdComplianceRow[]> {
  const { rows: built } = await db.query<{ minimum: number | null }>(
    'SELECT minimum FROM opd_compliance_months WHERE month = $1',
    [month],
  );
  if (built[0]?.minimum !== minimum) await buildOpdCompliance(db, month, minimum);
  const { rows } = await db.query<OpdComplianceRow>(
    `SELECT opd, sum(asn)::int AS asn, sum(met)::int AS met, sum(below)::int AS below,
       (sum(asn) - sum(met) - sum(below))::int AS none
     FROM opd_month_compliance WHERE month = $1 GROUP BY opd HAVING sum(asn) > 0`,
    [month],
  );
  return rows.sort((a, b) => a.opd.localeCompare(b.opd, 'id'));
}

async function buildOpdCompliance(db: Database, month: BusinessMonth, minimum: Rupiah): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO opd_compliance_months (month) VALUES ($1) ON CONFLICT (month) DO NOTHING', [month]);
    const { rows } = await tx.query<{ minimum: number | null }>(
      'SELECT minimum FROM opd_compliance_months WHERE month = $1 FOR UPDATE',
      [month],
    );
    // Another request built it while this one waited for the row.
    if (rows[0]!.minimum === minimum) return;
    await tx.query('DELETE FROM opd_month_compliance WHERE month = $1', [month]);
    await tx.query(
      `INSERT INTO opd_month_compliance (month, opd, writer, asn, met, below)
       SELECT $1, r.opd, '', count(*), count(*) FILTER (WHERE t.total >= $2),
         count(*) FILTER (WHERE t.total > 0 AND t.total < $2)
       FROM asn_roster r LEFT JOIN asn_monthly_totals t ON t.month = $1 AND t.nip = r.nip GROUP BY r.opd`,
      [month, minimum],
    );
    await tx.query('UPDATE opd_compliance_months SET minimum = $2 WHERE month = $1', [month, minimum]);
  });
}

/** One OPD's ASN by name, NIPs masked as every ASN list outside BKD's CSV is. */
export async function opdAsnList(
  db: Queryable,
  month: BusinessMonth,
  opd: string,
  minimum: Rupiah,
): Promise<OpdAsnList> {
  const { rows } = await db.query<{ nip: string; name: string; total: number }>(
    `SELECT r.nip, r.name, coalesce(t.total, 0)::bigint AS total
     FROM asn_roster r LEFT JOIN asn_monthly_totals t ON t.month = $1 AND t.nip = r.nip
     WHERE r.opd = $2 ORDER BY r.name, r.nip`,
    [month, opd],
  );
  return {
    month,
    opd,
    monthlyMinimum: minimum,
    asn: rows.map((r) => ({
      maskedNip: maskNip(r.nip),
      name: r.name,
      total: r.total,
      status: asnMonthStatus(rupiah(r.total), minimum),
    })),
  };
}

export async function stockPanels(db: Queryable, outletId: string | null, today: BusinessDate): Promise<StockPanels> {
  const out = `FROM stock_levels l JOIN products p ON p.id = l.product_id AND p.active JOIN outlets o ON o.id = l.outlet_id
     WHERE l.on_hand <= 0 AND ($1::text IS NULL OR l.outlet_id = $1)`;
  const { rows: outletsOut } = await db.query<StockPanels['outletsOut'][number]>(
    `SELECT l.outlet_id AS "outletId", o.name, count(*)::int AS "outProducts"
     ${out}
     GROUP BY l.outlet_id, o.name ORDER BY 3 DESC, o.name LIMIT ${TOP}`,
    [outletId],
  );
  const { rows: productsOut } = await db.query<StockPanels['productsOut'][number]>(
    `SELECT p.id AS "productId", p.name, count(*)::int AS outlets ${out}
     GROUP BY p.id, p.name ORDER BY 3 DESC, p.name LIMIT ${TOP}`,
    [outletId],
  );
  const { rows: expiring } = await db.query<StockPanels['expiring'][number]>(
    `SELECT b.outlet_id AS "outletId", o.name AS "outletName", b.product_id AS "productId", p.name,
       b.expiry::text AS expiry, sum(b.remaining)::float8 AS remaining
     FROM stock_batches b JOIN outlets o ON o.id = b.outlet_id JOIN products p ON p.id = b.product_id
     WHERE b.remaining > 0 AND b.expiry IS NOT NULL AND b.expiry <= $2 AND ($1::text IS NULL OR b.outlet_id = $1)
     GROUP BY b.outlet_id, o.name, b.product_id, p.name, b.expiry
     ORDER BY b.expiry, o.name, p.name LIMIT ${EXPIRING_ROWS}`,
    [outletId, addDays(today, EXPIRY_HORIZON_DAYS)],
  );
  return { outletsOut, productsOut, expiring };
}

/**
 * The month's best sellers by amount sold (refunds not taken off), and the UMKM producers behind
 * them (the supplier the catalog names for the product now), from the rollup kept at ingest.
 */
export async function topSales(
  db: Queryable,
  month: BusinessMonth,
  outletId: string | null,
  limit = TOP,
): Promise<TopSales> {
  const sold = `FROM terminal_product_month_sales t JOIN products p ON p.id = t.product_id
     LEFT JOIN suppliers su ON su.id = p.supplier_id
     WHERE t.month = $1 AND ($2::text IS NULL OR t.outlet_id = $2)`;
  const { rows: products } = await db.query<TopSales['products'][number]>(
    `SELECT p.id AS "productId", p.name, sum(t.quantity)::float8 AS quantity, sum(t.total)::bigint AS sales ${sold}
     GROUP BY p.id, p.name ORDER BY 4 DESC, 2 LIMIT $3`,
    [month, outletId, limit],
  );
  const { rows: producers } = await db.query<TopSales['producers'][number]>(
    `SELECT su.name AS supplier, count(DISTINCT p.id)::int AS products, sum(t.total)::bigint AS sales
     ${sold} AND su.name IS NOT NULL
     GROUP BY su.name ORDER BY 3 DESC, 1 LIMIT $3`,
    [month, outletId, limit],
  );
  return { products, producers };
}

/**
 * Each enrolled terminal's last push, highest seq stored, events held in quarantine or refused,
 * and its clock: an event's own time (the terminal's clock) minus when it arrived is the skew
 * less the delay in pushing it, so the largest of the latest events' is the nearest estimate.
 */
export async function terminalHealth(db: Queryable, outletId: string | null, now: Date): Promise<TerminalHealth[]> {
  const { rows } = await db.query<{
    id: string;
    name: string;
    outlet_id: string;
    outlet_name: string;
    last_seen_at: Date | null;
    max_seq: number;
    quarantined: number;
    rejected: number;
    skew: number | null;
    app_version: string | null;
  }>(
    `WITH q AS (SELECT terminal_id, count(*)::int AS n FROM events WHERE quarantine_reasons IS NOT NULL GROUP BY 1),
     r AS (SELECT terminal_id, count(*)::int AS n FROM rejected_events GROUP BY 1)
     SELECT t.id, t.name, t.outlet_id, o.name AS outlet_name, t.last_seen_at, t.max_seq, t.app_version,
       coalesce(q.n, 0) AS quarantined, coalesce(r.n, 0) AS rejected,
       (SELECT round(max(extract(epoch FROM e.occurred_at - e.received_at)) * 1000)::bigint
        FROM (SELECT occurred_at, received_at FROM events WHERE terminal_id = t.id ORDER BY seq DESC LIMIT ${SKEW_EVENTS}) e) AS skew
     FROM terminals t JOIN outlets o ON o.id = t.outlet_id
     LEFT JOIN q ON q.terminal_id = t.id LEFT JOIN r ON r.terminal_id = t.id
     WHERE t.revoked_at IS NULL AND ($1::text IS NULL OR t.outlet_id = $1)
     ORDER BY o.name, t.name`,
    [outletId],
  );
  // The newest version any live till of the province runs, whatever the scope: an outlet's tills are old
  // against the province's newest, not against each other.
  const versions = await db.query<{ v: string }>(
    'SELECT DISTINCT app_version AS v FROM terminals WHERE revoked_at IS NULL AND app_version IS NOT NULL',
  );
  const newest = newestAppVersion(versions.rows.map((r) => r.v));
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    outletId: t.outlet_id,
    outletName: t.outlet_name,
    lastSeenAt: t.last_seen_at?.toISOString() ?? null,
    maxSeq: t.max_seq,
    quarantined: t.quarantined,
    rejected: t.rejected,
    clockSkewMs: t.skew,
    appVersion: t.app_version,
    // A till that pushed without naming its version predates the header, so it is older too.
    outdated:
      newest !== null &&
      (t.app_version === null ? t.last_seen_at !== null : compareAppVersions(t.app_version, newest) < 0),
    silent: t.last_seen_at === null || now.getTime() - t.last_seen_at.getTime() > SILENT_TERMINAL_MS,
  }));
}

/** Per outlet, the sales of each of the last SPARKLINE_DAYS days up to `today`, oldest first (the day rollup). */
export async function sparklines(
  db: Queryable,
  outletId: string | null,
  today: BusinessDate,
): Promise<Map<string, number[]>> {
  const first = addDays(today, 1 - SPARKLINE_DAYS);
  const { rows } = await db.query<{ outlet_id: string; day: number; total: number }>(
    `SELECT outlet_id, (business_date - $1::date) AS day, sum(total)::bigint AS total FROM terminal_day_sales
     WHERE business_date BETWEEN $1 AND $2 AND ($3::text IS NULL OR outlet_id = $3)
     GROUP BY 1, 2`,
    [first, today, outletId],
  );
  const lines = new Map<string, number[]>();
  for (const r of rows) {
    const line = lines.get(r.outlet_id) ?? Array<number>(SPARKLINE_DAYS).fill(0);
    line[r.day] = r.total;
    lines.set(r.outlet_id, line);
  }
  return lines;
}
