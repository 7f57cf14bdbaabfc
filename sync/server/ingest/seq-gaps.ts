/**
 * A terminal's seqs as the server holds them, kept small whatever the history: the largest seq
 * stored and the ranges missing below it (a rejected event leaves one until the terminal sends a
 * corrected event with that seq or the province skips it). The high water, the largest N with
 * every seq 1..N held, follows from them without reading a single event.
 */
export interface SeqRange {
  from: number;
  to: number;
}

export interface SeqState {
  maxSeq: number;
  /** In order, disjoint, all below maxSeq. */
  gaps: SeqRange[];
}

export function highWaterOf(state: SeqState): number {
  return state.gaps.length > 0 ? state.gaps[0]!.from - 1 : state.maxSeq;
}

/** The state once `seqs` are held too (stored, or skipped by the province). */
export function withSeqs(state: SeqState, seqs: Iterable<number>): SeqState {
  let { maxSeq } = state;
  let gaps = state.gaps;
  for (const seq of [...seqs].sort((a, b) => a - b)) {
    if (seq > maxSeq) {
      if (seq > maxSeq + 1) gaps = [...gaps, { from: maxSeq + 1, to: seq - 1 }];
      maxSeq = seq;
    } else {
      gaps = gaps.flatMap((g) =>
        seq < g.from || seq > g.to
          ? [g]
          : [
              { from: g.from, to: seq - 1 },
              { from: seq + 1, to: g.to },
            ].filter((r) => r.from <= r.to),
      );
    }
  }
  return { maxSeq, gaps };
}

/** True when `seq` is missing: below the largest seq held and not held. */
export function isMissing(state: SeqState, seq: number): boolean {
  return state.gaps.some((g) => seq >= g.from && seq <= g.to);
}
