/**
 * Voting among several decoder passes over one still image. On a blurred or curved photo a single
 * pass can return a wrong code whose check digit happens to fit; passes at other scales and patch
 * sizes, and the other decoder, seldom agree on the same wrong code. So a code wins only when
 * VOTES_NEEDED passes read it and it has a majority of the reads: more than all other codes together. Reads are counted as products: a UPC-A read by the EAN-13
 * reader (with a leading 0) and a UPC-E (as its UPC-A) are the same product's code.
 */
import { expandUpcE } from '#domain/catalog/barcode';
import { hasValidCheck, type CameraRead } from './read-confirmer';

export const VOTES_NEEDED = 2;

/** The product a read names: GTIN-13 for UPC-A and UPC-E, the code itself otherwise. */
export function productKey(read: CameraRead): string {
  if (read.format === 'upc_e') return `0${expandUpcE(read.code) ?? read.code}`;
  if (read.format === 'code_128') return `code_128:${read.code}`;
  return read.code.length === 12 ? `0${read.code}` : read.code;
}

export class Ballot {
  private readonly votes = new Map<string, { read: CameraRead; count: number }>();

  /** Counts one pass's read; reads with a wrong check digit do not vote. */
  add(read: CameraRead | null): void {
    if (!read || !hasValidCheck(read)) return;
    const key = productKey(read);
    const entry = this.votes.get(key);
    if (entry) entry.count++;
    else this.votes.set(key, { read, count: 1 });
  }

  /** The winning read, or null while no code has VOTES_NEEDED votes and more than the others together. */
  winner(): CameraRead | null {
    const ranked = [...this.votes.values()].sort((a, b) => b.count - a.count);
    const total = ranked.reduce((sum, entry) => sum + entry.count, 0);
    const [first] = ranked;
    if (!first || first.count < VOTES_NEEDED || 2 * first.count <= total) return null;
    return first.read;
  }

  /** Whether further passes can no longer change the result: a winner no other code has voted against. */
  settled(): boolean {
    return this.winner() !== null && this.votes.size === 1;
  }
}
