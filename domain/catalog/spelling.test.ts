import { describe, expect, it } from 'vitest';
import { spellingKey, withinOneEdit } from './spelling';

describe('spelling variants', () => {
  it('gives common Indonesian variants of a word one key', () => {
    const same = [
      ['cokelat', 'coklat'],
      ['cokelat', 'tjoklat'],
      ['keripik', 'kripik'],
      ['djeruk', 'jeruk'],
      ['madoe', 'madu'],
      ['photo', 'foto'],
      ['kopinya', 'kopi'],
      ['kopii', 'kopi'],
      ['khas', 'kas'],
    ];
    for (const [a, b] of same) expect(spellingKey(a!), `${a} ~ ${b}`).toBe(spellingKey(b!));
    expect(spellingKey('madu')).not.toBe(spellingKey('mede'));
  });
});

describe('one edit', () => {
  it('accepts one wrong, missing, extra or swapped letter in the whole word', () => {
    for (const typed of ['bajawa', 'bajwa', 'bajaawa', 'bjaawa', 'bajaea'])
      expect(withinOneEdit(typed, 'bajawa', true), typed).toBe(true);
    for (const typed of ['bjwa', 'bajawaaa', 'abjwaa', 'bajaw x'])
      expect(withinOneEdit(typed, 'bajawa', true), typed).toBe(false);
    expect(withinOneEdit('bajaw', 'bajawa', true)).toBe(true);
  });

  it('accepts a slip in the start of a word when asked', () => {
    expect(withinOneEdit('arabk', 'arabika', false)).toBe(true);
    expect(withinOneEdit('arbai', 'arabika', false)).toBe(true);
    expect(withinOneEdit('arabk', 'arabika', true)).toBe(false);
    expect(withinOneEdit('xyabi', 'arabika', false)).toBe(false);
  });
});
