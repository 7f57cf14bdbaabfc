/**
 * The file a terminal writes of everything the server has not taken yet (its sync screen's
 * export), and that the province reads back with `npm run admin -- import-events FILE`. Events
 * are checked one by one on import, so one the terminal could not send does not stop the rest.
 */
import { z } from 'zod';
import { idSchema, instantSchema } from './primitives';

export const UNSYNCED_EXPORT_FORMAT = 'ntt-mart-pos/unsynced-events';

export const unsyncedExportSchema = z.object({
  format: z.literal(UNSYNCED_EXPORT_FORMAT),
  version: z.literal(1),
  terminalId: idSchema,
  outletId: idSchema,
  exportedAt: instantSchema,
  /** The outbox, in seq order. */
  events: z.array(z.unknown()),
  /** Events the server refused, with its reason: for people to read, not imported. */
  deadLetters: z.array(z.object({ reason: z.string(), deadAt: instantSchema, event: z.unknown() })),
});
export type UnsyncedExport = z.infer<typeof unsyncedExportSchema>;
