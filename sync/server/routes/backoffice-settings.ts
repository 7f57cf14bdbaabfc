/**
 * The Pengaturan screen: GET /v1/backoffice/settings (the ASN monthly minimum, the shift variance
 * threshold and each outlet's static QRIS, an outlet user's own only); POST …/settings sets the two
 * province-wide amounts (provinsi), POST …/settings/qris/OUTLET an outlet's QRIS (provinsi, or
 * the outlet's own user), checked as the register will use it (domain/checkout/qris.ts). Written
 * to the settings the terminals pull (streams/settings.ts) and audited, in one transaction.
 */
import { DEFAULT_ASN_MONTHLY_THRESHOLD } from '#domain/asn/asn-standing';
import { toDynamicQris } from '#domain/checkout/qris';
import { rupiah } from '#domain/money';
import { DEFAULT_VARIANCE_THRESHOLD } from '#domain/shift/shift';
import {
  outletTargetBodySchema,
  provinceSettingsBodySchema,
  qrisBodySchema,
  type ManagedSettings,
} from '#sync/protocol/backoffice-manage';
import { ASN_MINIMUM_SETTING, QRIS_STATIC_SETTING, VARIANCE_THRESHOLD_SETTING } from '#sync/protocol/streams';
import { OUTLET_TAX_SETTING, outletTaxSchema } from '#sync/protocol/tax';
import { recordAudit } from '../backoffice/audit';
import { outletInScope, refused, visibleOutlet } from '../backoffice/scope';
import type { Queryable } from '../db/database';
import { outletTargets, readSalesTarget } from '../reports/dashboard';
import { requireSession } from '../http/backoffice-auth';
import { jsonBody, type Route } from '../http/context';
import { writeTransaction } from '../streams/change-log';
import { putSetting, readProvinceRupiah } from '../streams/settings';
import { SMALL_BODY } from './backoffice-session';

async function provinceAmounts(db: Queryable) {
  return {
    asnMinimum: await readProvinceRupiah(db, ASN_MINIMUM_SETTING, DEFAULT_ASN_MONTHLY_THRESHOLD),
    varianceThreshold: await readProvinceRupiah(db, VARIANCE_THRESHOLD_SETTING, DEFAULT_VARIANCE_THRESHOLD),
  };
}

export const settingsRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: false });
  const { db } = ctx.app;
  const { rows } = await db.query<{ outletId: string; outletName: string; payload: string | null }>(
    `SELECT o.id AS "outletId", o.name AS "outletName", s.value #>> '{}' AS payload
     FROM outlets o LEFT JOIN settings s ON s.outlet_id = o.id AND s.key = $1
     WHERE $2::text IS NULL OR o.id = $2 ORDER BY o.name`,
    [QRIS_STATIC_SETTING, visibleOutlet(user)],
  );
  const body: ManagedSettings = {
    ...(await provinceAmounts(db)),
    qris: rows,
    ppn: await outletsTax(db, visibleOutlet(user)),
    targets: await outletsTarget(db, rows),
  };
  return { status: 200, body };
};

export const provinceSettingsRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: true, roles: ['provinsi'] });
  const after = await jsonBody(ctx, provinceSettingsBodySchema, SMALL_BODY);
  await writeTransaction(ctx.app.db, async (tx) => {
    const before = await provinceAmounts(tx);
    await putSetting(tx, '', ASN_MINIMUM_SETTING, after.asnMinimum);
    await putSetting(tx, '', VARIANCE_THRESHOLD_SETTING, after.varianceThreshold);
    await recordAudit(tx, { userName: user.name, action: 'settings.set', subject: 'provinsi', before, after });
  });
  return { status: 200, body: after };
};

export const qrisRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: true, roles: ['provinsi', 'outlet'] });
  const { payload } = await jsonBody(ctx, qrisBodySchema, SMALL_BODY);
  const outletId = decodeURIComponent(ctx.params[0]!);
  const usable = toDynamicQris(payload, rupiah(1));
  if (!usable.ok) throw refused(usable.error.message);
  await writeTransaction(ctx.app.db, async (tx) => {
    const name = await outletInScope(tx, user, outletId);
    const { rows } = await tx.query<{ payload: string }>(
      "SELECT value #>> '{}' AS payload FROM settings WHERE outlet_id = $1 AND key = $2",
      [outletId, QRIS_STATIC_SETTING],
    );
    await putSetting(tx, outletId, QRIS_STATIC_SETTING, payload);
    await recordAudit(tx, {
      userName: user.name,
      action: 'settings.qris',
      subject: `${outletId} ${name}`,
      before: { payload: rows[0]?.payload ?? null },
      after: { payload },
    });
  });
  return { status: 200, body: { outletId, payload } };
};

async function outletsTarget(
  db: Queryable,
  outlets: readonly { outletId: string; outletName: string }[],
): Promise<ManagedSettings['targets']> {
  const targets = await outletTargets(db, await readSalesTarget(db));
  return outlets.map(({ outletId, outletName }) => ({
    outletId,
    outletName,
    monthlyAmount: targets.own.get(outletId) ?? null,
    shareOfProvince: targets.share,
  }));
}

/**
 * POST /v1/backoffice/targets/OUTLET `{ monthlyAmount | null }`: the outlet's own monthly sales
 * target (provinsi only), or back to an even share of the province's; audited as `target.outlet`.
 */
export const outletTargetRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: true, roles: ['provinsi'] });
  const { monthlyAmount } = await jsonBody(ctx, outletTargetBodySchema, SMALL_BODY);
  const outletId = decodeURIComponent(ctx.params[0]!);
  await ctx.app.db.transaction(async (tx) => {
    const name = await outletInScope(tx, user, outletId);
    const { rows } = await tx.query<{ monthly_amount: number }>(
      'SELECT monthly_amount FROM outlet_sales_targets WHERE outlet_id = $1 FOR UPDATE',
      [outletId],
    );
    if (monthlyAmount === null) await tx.query('DELETE FROM outlet_sales_targets WHERE outlet_id = $1', [outletId]);
    else
      await tx.query(
        `INSERT INTO outlet_sales_targets (outlet_id, monthly_amount) VALUES ($1, $2)
         ON CONFLICT (outlet_id) DO UPDATE SET monthly_amount = excluded.monthly_amount, updated_at = now()`,
        [outletId, monthlyAmount],
      );
    await recordAudit(tx, {
      userName: user.name,
      action: 'target.outlet',
      subject: `${outletId} ${name}`,
      before: { monthlyAmount: rows[0]?.monthly_amount ?? null },
      after: { monthlyAmount },
    });
  });
  return { status: 200, body: { outletId, monthlyAmount } };
};

/** Each outlet's PPN standing as the settings stream serves it; an outlet never set is not a PKP. */
async function outletsTax(db: Queryable, only: string | null): Promise<ManagedSettings['ppn']> {
  const { rows } = await db.query<{ outletId: string; outletName: string; value: unknown }>(
    `SELECT o.id AS "outletId", o.name AS "outletName", s.value
     FROM outlets o LEFT JOIN settings s ON s.outlet_id = o.id AND s.key = $1
     WHERE $2::text IS NULL OR o.id = $2 ORDER BY o.name`,
    [OUTLET_TAX_SETTING, only],
  );
  return rows.map(({ outletId, outletName, value }) => {
    const tax = outletTaxSchema.safeParse(value);
    return { outletId, outletName, tax: tax.success ? tax.data : { pkp: false } };
  });
}

/**
 * POST /v1/backoffice/settings/ppn/OUTLET: whether the outlet is a PKP and the legal name, address
 * and NPWP its receipts print (provinsi only: the province registers its outlets for PPN).
 */
export const outletTaxRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: true, roles: ['provinsi'] });
  const tax = await jsonBody(ctx, outletTaxSchema, SMALL_BODY);
  const outletId = decodeURIComponent(ctx.params[0]!);
  await writeTransaction(ctx.app.db, async (tx) => {
    const name = await outletInScope(tx, user, outletId);
    const { rows } = await tx.query<{ value: unknown }>(
      'SELECT value FROM settings WHERE outlet_id = $1 AND key = $2',
      [outletId, OUTLET_TAX_SETTING],
    );
    await putSetting(tx, outletId, OUTLET_TAX_SETTING, tax);
    await recordAudit(tx, {
      userName: user.name,
      action: 'settings.ppn',
      subject: `${outletId} ${name}`,
      before: rows[0]?.value ?? { pkp: false },
      after: tax,
    });
  });
  return { status: 200, body: { outletId, tax } };
};
