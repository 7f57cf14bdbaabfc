import { describe, expect, it } from 'vitest';
import { highWaterOf, isMissing, withSeqs, type SeqState } from './seq-gaps';

const EMPTY: SeqState = { maxSeq: 0, gaps: [] };

describe('seq gaps', () => {
  it('follow contiguous seqs with no gap at all', () => {
    const state = withSeqs(EMPTY, [3, 1, 2]);
    expect(state).toEqual({ maxSeq: 3, gaps: [] });
    expect(highWaterOf(state)).toBe(3);
  });

  it('keep a missing seq as a range and hold the high water before it', () => {
    const state = withSeqs(EMPTY, [1, 2, 5, 6, 9]);
    expect(state.gaps).toEqual([
      { from: 3, to: 4 },
      { from: 7, to: 8 },
    ]);
    expect(highWaterOf(state)).toBe(2);
    expect(isMissing(state, 4)).toBe(true);
    expect(isMissing(state, 5)).toBe(false);
    expect(isMissing(state, 10)).toBe(false);
  });

  it('split and close ranges as the missing seqs arrive, wherever they fall', () => {
    let state = withSeqs(EMPTY, [1, 10]);
    state = withSeqs(state, [5]);
    expect(state.gaps).toEqual([
      { from: 2, to: 4 },
      { from: 6, to: 9 },
    ]);
    state = withSeqs(state, [2, 3, 4]);
    expect(highWaterOf(state)).toBe(5);
    state = withSeqs(state, [9, 6, 8, 7, 11]);
    expect(state).toEqual({ maxSeq: 11, gaps: [] });
    expect(highWaterOf(state)).toBe(11);
  });

  it('ignore a seq already held', () => {
    const state = withSeqs(EMPTY, [1, 2, 4]);
    expect(withSeqs(state, [2])).toEqual(state);
  });
});
