/**
 * Scoring temporal expressions as OUTPUT.md's Evaluation says: a system span matches a gold span
 * when they overlap, one to one (greedy, largest overlap first); matched pairs are then compared
 * on `value` (null equals null).
 */
import type { TimeExpr } from './times.ts';

export interface TimeMatch {
  /** Indices into the gold and system lists. */
  gold: number;
  sys: number;
  valueOk: boolean;
}

export interface TimeScore {
  tp: number;
  fp: number;
  fn: number;
  /** Matched pairs whose values are equal. */
  valueCorrect: number;
  matched: TimeMatch[];
}

type Scored = Pick<TimeExpr, 'start' | 'end' | 'value'>;

export function scoreTimes(gold: readonly Scored[], sys: readonly Scored[]): TimeScore {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    sys.forEach((s, si) => {
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > 0) pairs.push([overlap, gi, si]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const matched: TimeMatch[] = [];
  for (const [, gi, si] of pairs) {
    if (usedG.has(gi) || usedS.has(si)) continue;
    usedG.add(gi);
    usedS.add(si);
    matched.push({ gold: gi, sys: si, valueOk: (gold[gi]!.value ?? null) === (sys[si]!.value ?? null) });
  }
  matched.sort((a, b) => a.gold - b.gold);
  const tp = matched.length;
  return {
    tp,
    fp: sys.length - tp,
    fn: gold.length - tp,
    valueCorrect: matched.filter((m) => m.valueOk).length,
    matched,
  };
}

/** Precision, recall and F1 of counts (0 when undefined). */
export function prf(c: { tp: number; fp: number; fn: number }): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
