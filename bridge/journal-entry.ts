/**
 * What crosses the bridge to and from the outbox journal (electron/journal/journal.ts), free of
 * Node so the renderer and the bridge contract share it.
 */
import { z } from 'zod';
import { eventDocument, syncEventSchema, type SyncEvent } from '#sync/protocol/events';

/** A counter the commit advanced, as it stands after the commit: the outbox seq, a date's receipt sequence. */
export const journalCounterSchema = z
  .object({ name: z.string().min(1).max(100), value: z.number().int().nonnegative() })
  .strict();
export type JournalCounter = z.infer<typeof journalCounterSchema>;

/** One commit's events (with their ids and seqs) and counters, all of one terminal. */
export const journalEntrySchema = z
  .object({
    terminalId: z.string().min(1).max(100),
    events: z.array(syncEventSchema).max(1_000),
    counters: z.array(journalCounterSchema).max(10_000),
  })
  .strict()
  .refine(
    (entry) => entry.events.every((e) => eventDocument(e).terminalId === entry.terminalId),
    "every event belongs to the entry's terminal",
  );
export type JournalEntry = z.infer<typeof journalEntrySchema>;

/** What the journal holds: the events the province has not acknowledged, in seq order, and the counters. */
export interface JournalSnapshot {
  /** The terminal the journal belongs to (the last one that appended); null for an empty journal. */
  terminalId: string | null;
  events: SyncEvent[];
  /** Each counter's highest value journaled, acknowledged events' included. */
  counters: JournalCounter[];
  /** The highest seq ever journaled: events above it are missing from the journal. */
  lastSeq: number;
  /**
   * Acknowledged events of the shifts still open (the shift's opening, its sales, refunds and cash
   * movements), in seq order: a rebuilt terminal knows its open shift and the figures its Z report needs.
   */
  shiftEvents: SyncEvent[];
}
