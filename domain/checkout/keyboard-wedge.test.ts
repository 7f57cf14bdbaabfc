import { describe, expect, it } from 'vitest';
import { createWedgeDetector } from './keyboard-wedge';

function feed(text: string, gaps: number | number[], start = 1000) {
  const detector = createWedgeDetector();
  let at = start;
  [...text].forEach((char, i) => {
    at += Array.isArray(gaps) ? gaps[i]! : gaps;
    detector.key(char, at);
  });
  return { detector, at };
}

describe('keyboard-wedge detector', () => {
  it('takes a fast burst ended by Enter as a scan', () => {
    const { detector, at } = feed('8995120100018', 4);
    expect(detector.enter(at + 5)).toEqual({ kind: 'scan', code: '8995120100018', startedAt: 1004 });
  });

  it('leaves a person typing digits alone', () => {
    const { detector, at } = feed('8995120100018', 120);
    expect(detector.enter(at + 150)).toEqual({ kind: 'typing' });
  });

  it('does not glue digits typed before a scan onto the code', () => {
    const { detector, at } = feed('12' + '8995120100018', [0, 300, 400, ...Array(12).fill(3)]);
    expect(detector.enter(at + 3)).toMatchObject({ kind: 'scan', code: '8995120100018' });
  });

  it('keeps a scan whole when one key comes late because the computer was busy', () => {
    const { detector, at } = feed('8995120100018', [0, 45, ...Array(11).fill(3)]);
    expect(detector.enter(at + 3)).toMatchObject({ kind: 'scan', code: '8995120100018' });
  });

  it('leaves a fast typist alone: even 50 ms a key is no scanner', () => {
    const { detector, at } = feed('8995120100018', 50);
    expect(detector.enter(at + 50)).toEqual({ kind: 'typing' });
  });

  it('treats a long pause in the middle, a late Enter or a short burst as typing', () => {
    const paused = feed('89951201', [0, 3, 3, 120, 3, 3, 3, 3]);
    expect(paused.detector.enter(paused.at + 3)).toEqual({ kind: 'typing' });
    const late = feed('8995120100018', 3);
    expect(late.detector.enter(late.at + 200)).toEqual({ kind: 'typing' });
    const short = feed('123', 3);
    expect(short.detector.enter(short.at + 3)).toEqual({ kind: 'typing' });
  });

  it('starts afresh after each Enter and tells the caller when a burst begins', () => {
    const detector = createWedgeDetector();
    expect(detector.key('8', 0)).toBe('new-burst');
    expect(detector.key('9', 2)).toBe('scanner-pace');
    expect(detector.key('9', 60)).toBe('continues');
    detector.enter(4);
    expect(detector.enter(6)).toEqual({ kind: 'typing' });
  });
});
