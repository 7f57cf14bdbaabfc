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
import { documentColumns, onceOnly, storedIds } from './documents';

export const auditRecorded: EventHandler<'audit.recorded'> = {
  owner: (event) => ({ outletId: event.payload.outletId, terminalId: event.payload.terminalId }),
  datedAt: (event) => ({ at: event.payload.at }),
  shiftId: () => null,

  async problems(tx, events) {
    const recorded = await storedIds(
      tx,
      'audit_log',
      events.map((e) => e.payload.id),
    );
    return events.map(({ payload: entry }) => {
      const reasons: string[] = [];
      if (entry.training) reasons.push(trainingReason('audit entry'));
      return onceOnly(reasons, recorded, entry.id, `audit entry ${entry.id} was already recorded by another event`);
    });
  },

  derivedRows: (events) => ({
    audit_log: events.map(({ id, payload: a }): Insertable<'audit_log'> => ({
      ...documentColumns(id, a),
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
