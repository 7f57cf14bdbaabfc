/**
 * 'audit.recorded': a row in audit_log, described in words. Quarantined instead: training entries
 * and an id recorded before. Stored but flagged: staff or approvers the outlet does not have, and
 * another outlet's sale (checks/audit-staff.ts). A manager's price approval may release a sale
 * of the terminal quarantined for that price (./late-approvals.ts).
 */
import { describeAudit } from '#domain/staff/audit';
import { auditFlags } from './checks/audit-staff';
import type { Insertable } from '../db/insert-rows';
import type { EventHandler } from './handler';
import { recheckApprovedSales } from './late-approvals';
import { trainingReason } from './training';

export const auditRecorded: EventHandler<'audit.recorded'> = {
  owner: (event) => ({ outletId: event.payload.outletId, terminalId: event.payload.terminalId }),
  datedAt: (event) => ({ at: event.payload.at }),
  shiftId: () => null,

  async problems(tx, events) {
    const { rows } = await tx.query<{ id: string }>(
      'SELECT a.id::text FROM unnest($1::uuid[]) AS k (id) JOIN audit_log a USING (id)',
      [events.map((e) => e.payload.id)],
    );
    const recorded = new Set(rows.map((r) => r.id));
    return events.map(({ payload: entry }) => {
      const reasons: string[] = [];
      if (entry.training) reasons.push(trainingReason('audit entry'));
      if (recorded.has(entry.id)) reasons.push(`audit entry ${entry.id} was already recorded by another event`);
      if (reasons.length === 0) recorded.add(entry.id);
      return reasons;
    });
  },

  derivedRows: (events) => ({
    audit_log: events.map(({ id, payload: a }): Insertable<'audit_log'> => ({
      id: a.id,
      event_id: id,
      outlet_id: a.outletId,
      terminal_id: a.terminalId,
      at: a.at,
      kind: a.event.kind,
      staff_id: a.staff.id,
      staff_name: a.staff.name,
      approved_by_id: a.approvedBy?.id ?? null,
      approved_by_name: a.approvedBy?.name ?? null,
      description: describeAudit(a.event),
      details: a.event,
      flags: null,
    })),
  }),

  async afterStored(tx, events, context) {
    const flags = await auditFlags(
      tx,
      events.map((e) => e.payload),
      context.terminal.outletId,
    );
    const flagged = events.map((e, i) => ({ id: e.payload.id, flags: flags[i]! })).filter((f) => f.flags.length > 0);
    if (flagged.length > 0) {
      await tx.query(
        'UPDATE audit_log a SET flags = f.flags FROM json_populate_recordset(NULL::audit_log, $1) AS f WHERE a.id = f.id',
        [JSON.stringify(flagged)],
      );
    }
    return recheckApprovedSales(tx, events, context);
  },
};
