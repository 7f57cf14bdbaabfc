/**
 * Telling a keyboard-wedge barcode scanner from a person. A scanner "types" the whole code in a
 * burst (a few milliseconds between keys) and ends with Enter; a person, even a fast typist, leaves
 * tens to hundreds of milliseconds between digits and cannot keep that pace over six or more keys.
 * The detector keeps the current burst: a slow gap starts a new one, so digits a person typed
 * before the scan are not glued to the code. A single late key (the computer was busy for a
 * moment) does not break a scan: the average gap decides, the longest gap only bounds the burst.
 */
export interface WedgeOptions {
  /** Longest gap between two keys of one burst (and before its Enter). */
  maxGapMs: number;
  /** Largest average gap between the keys of a scan. */
  maxMeanGapMs: number;
  /** Shortest code to take as a scan (shorter bursts are left to the focused field). */
  minLength: number;
}

export const WEDGE_DEFAULTS: WedgeOptions = { maxGapMs: 80, maxMeanGapMs: 25, minLength: 6 };

export interface WedgeBurst {
  code: string;
  /** When the first key of the burst arrived (same clock as the keys). */
  startedAt: number;
  lastAt: number;
}

export type WedgeVerdict = { kind: 'scan'; code: string; startedAt: number } | { kind: 'typing' };

/**
 * Where a printable key falls: the start of a new burst (the caller snapshots the focused field),
 * a key following the previous one at scanner pace (not for shortcut handlers: a receipt QR's
 * "-" must not step a quantity), or a key continuing a burst at a person's pace.
 */
export type WedgeKey = 'new-burst' | 'scanner-pace' | 'continues';

export interface WedgeDetector {
  key(char: string, at: number): WedgeKey;
  /** Enter: was the burst a scan? The burst is cleared either way. */
  enter(at: number): WedgeVerdict;
  reset(): void;
}

export function createWedgeDetector(options: WedgeOptions = WEDGE_DEFAULTS): WedgeDetector {
  let burst: WedgeBurst | null = null;
  return {
    key(char, at) {
      const continues = burst !== null && at - burst.lastAt <= options.maxGapMs;
      if (burst !== null && continues) {
        const gap = at - burst.lastAt;
        burst = { ...burst, code: burst.code + char, lastAt: at };
        return gap <= options.maxMeanGapMs ? 'scanner-pace' : 'continues';
      }
      burst = { code: char, startedAt: at, lastAt: at };
      return 'new-burst';
    },
    enter(at) {
      const done = burst;
      burst = null;
      if (done === null || at - done.lastAt > options.maxGapMs || done.code.length < options.minLength)
        return { kind: 'typing' };
      if ((at - done.startedAt) / done.code.length > options.maxMeanGapMs) return { kind: 'typing' };
      return { kind: 'scan', code: done.code, startedAt: done.startedAt };
    },
    reset() {
      burst = null;
    },
  };
}
