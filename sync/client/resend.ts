/**
 * "Kirim ulang": a dead letter goes back to the outbox as a new event with the same content and
 * seq under a fresh id. The server refused the old id (or never stored it), so sending it again
 * unchanged would only be refused again; under a new id the event can fill its own seq, the gap
 * the server's high water waits for, once whatever made the server refuse it is put right.
 */
import { v7 as uuidv7 } from 'uuid';
import type { SyncEvent } from '../protocol/events';
import type { DeadLetter } from './records';

export function resendable(letter: DeadLetter, id: string = uuidv7()): SyncEvent {
  return { ...letter.event, id };
}
