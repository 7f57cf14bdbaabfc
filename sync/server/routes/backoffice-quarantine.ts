/**
 * The Karantina screen: events stored but counted nowhere because they broke a business rule
 * (events.quarantine_reasons, ingest/ingest.ts). GET /v1/backoffice/quarantine lists them, newest
 * first, with why and any decision; GET …/quarantine/ID shows one with its body. Role provinsi
 * decides: POST …/quarantine/ID/release judges it again after a fix (ingest/release.ts) and, with no
 * reason left, writes its rows so it counts (422 with the reasons that remain otherwise); POST
 * …/quarantine/ID/confirm records that it rightly counts nowhere. Role outlet sees its own
 * outlet's; bkd none (bodies name buyers). Every decision is audited.
 */
import { decisionBodySchema, type QuarantinedEvent } from '#sync/protocol/backoffice-manage';
import { recordAudit } from '../backoffice/audit';
import { refused, requireInScope, visibleOutlet } from '../backoffice/scope';
import type { Queryable } from '../db/database';
import { readPayload } from '../db/event-payload';
import { requireSession } from '../http/backoffice-auth';
import { jsonBody, type RequestContext, type Route } from '../http/context';
import { HttpError } from '../http/http-error';
import { addAsnSpending } from '../ingest/asn-monthly-totals';
import { lockSeqState } from '../ingest/high-water';
import { heldColumns, rejudge, type HeldEvent } from '../ingest/release';
import { settleStock } from '../ingest/stock-ledger';
import { writeTransaction, type WriteTx } from '../streams/change-log';
import { SMALL_BODY } from './backoffice-session';

const PAGE = 200;

interface Row extends HeldEvent {
  terminal_id: string;
  outlet_id: string;
  enrolled_at: Date;
  decision: 'confirmed' | 'released' | null;
  decided_by: string | null;
  note: string | null;
  decided_at: Date | null;
}

const SELECT = `SELECT ${heldColumns('e')}, e.terminal_id, t.outlet_id, t.enrolled_at,
    d.decision, d.user_name AS decided_by, d.note, d.decided_at
  FROM events e JOIN terminals t ON t.id = e.terminal_id LEFT JOIN quarantine_decisions d ON d.event_id = e.id`;

function shown(r: Row): QuarantinedEvent {
  return {
    id: r.id,
    terminalId: r.terminal_id,
    outletId: r.outlet_id,
    seq: Number(r.seq),
    type: r.type,
    occurredAt: r.occurred_at.toISOString(),
    receivedAt: r.received_at.toISOString(),
    reasons: r.quarantine_reasons ?? [],
    decision:
      r.decision === null
        ? null
        : { decision: r.decision, userName: r.decided_by!, note: r.note!, decidedAt: r.decided_at!.toISOString() },
  };
}

export const quarantineListRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: false, roles: ['provinsi', 'outlet'] });
  const { rows } = await ctx.app.db.query<Row>(
    `${SELECT} WHERE e.quarantine_reasons IS NOT NULL AND ($1::text IS NULL OR t.outlet_id = $1)
     ORDER BY d.decision IS NOT NULL, e.received_at DESC, e.id LIMIT ${PAGE + 1}`,
    [visibleOutlet(user)],
  );
  return { status: 200, body: { events: rows.slice(0, PAGE).map(shown), more: rows.length > PAGE } };
};

export const quarantineEventRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: false, roles: ['provinsi', 'outlet'] });
  const row = await findEvent(ctx.app.db, ctx.params[0]!, '');
  requireInScope(user, row && { outletId: row.outlet_id }, `quarantined event ${ctx.params[0]}`);
  return { status: 200, body: { ...shown(row!), body: readPayload(row!) } };
};

export const releaseRoute: Route = (ctx) =>
  decide(ctx, 'released', async (tx, row) => {
    const { reasons, spending } = await rejudge(tx, row, {
      terminal: { id: row.terminal_id, outletId: row.outlet_id },
      enrolledAt: row.enrolled_at,
    });
    if (reasons.length > 0)
      throw refused(`Event ini masih melanggar aturan, jadi tetap dikarantina: ${reasons.join('; ')}`);
    await settleStock(tx);
    await addAsnSpending(tx, spending, '');
  });

export const confirmRoute: Route = (ctx) =>
  decide(ctx, 'confirmed', async (_tx, row) => {
    if (row.decision === 'confirmed') throw refused(`Karantina event ini sudah dikonfirmasi oleh ${row.decided_by}.`);
  });

/** A decision on a quarantined event in the province's scope, recorded and audited in one transaction. */
async function decide(
  ctx: RequestContext,
  decision: 'confirmed' | 'released',
  apply: (tx: WriteTx, row: Row) => Promise<void>,
) {
  const { user } = await requireSession(ctx, { change: true, roles: ['provinsi'] });
  const { note } = await jsonBody(ctx, decisionBodySchema, SMALL_BODY);
  const id = ctx.params[0]!;
  const event = await writeTransaction(ctx.app.db, async (tx) => {
    const found = await findEvent(tx, id, '');
    if (!found) throw new HttpError(404, 'not-found', `no event ${id}`);
    // A push locks its terminal's row, then may re-judge held events (late approvals): the same order here.
    await lockSeqState(tx, found.terminal_id);
    const row = (await findEvent(tx, id, 'FOR UPDATE OF e'))!;
    if (row.quarantine_reasons === null) throw refused('Event ini tidak dikarantina (lagi): sudah dihitung.');
    await apply(tx, row);
    await tx.query(
      `INSERT INTO quarantine_decisions (event_id, decision, user_name, note) VALUES ($1, $2, $3, $4)
       ON CONFLICT (event_id) DO UPDATE SET decision = excluded.decision, user_name = excluded.user_name,
         note = excluded.note, decided_at = now()`,
      [row.id, decision, user.name, note],
    );
    await recordAudit(tx, {
      userName: user.name,
      action: decision === 'released' ? 'quarantine.release' : 'quarantine.confirm',
      subject: `${row.id} ${row.type} ${row.terminal_id}#${row.seq}`,
      before: { reasons: row.quarantine_reasons, decision: row.decision },
      after: { reasons: decision === 'released' ? null : row.quarantine_reasons, decision, note },
    });
    return (await findEvent(tx, id, ''))!;
  });
  return { status: 200, body: shown(event) };
}

async function findEvent(db: Queryable, id: string, lock: 'FOR UPDATE OF e' | ''): Promise<Row | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const { rows } = await db.query<Row>(`${SELECT} WHERE e.id = $1 ${lock}`, [id]);
  return rows[0];
}
