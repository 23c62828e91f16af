/**
 * Scoring quotes as OUTPUT.md's Evaluation says: a gold quote matches a system quote when their
 * content spans overlap by at least half the gold content's length (one to one, largest overlap
 * first); content P/R/F1 follow. On matched pairs the speaker is right when the system speaker
 * entity has a mention overlapping any mention of the gold speaker entity, or both are null.
 */
import type { Range } from '../../base/span.ts';

export interface ScoredQuote {
  speaker: string | null;
  content: Range;
}

export interface ScoredEntity {
  id: string;
  mentions: readonly Range[];
}

export interface QuoteScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched pairs whose speakers agree. */
  speakerCorrect: number;
  /** speakerCorrect / tp (1 when nothing matched). */
  speakerAccuracy: number;
  matched: { gold: number; sys: number; speakerOk: boolean }[];
}

export function scoreQuotes(
  gold: readonly ScoredQuote[],
  sys: readonly ScoredQuote[],
  goldEntities: readonly ScoredEntity[],
  sysEntities: readonly ScoredEntity[],
): QuoteScore {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    const len = Math.max(1, g.content.end - g.content.start);
    sys.forEach((s, si) => {
      const ov = Math.min(g.content.end, s.content.end) - Math.max(g.content.start, s.content.start);
      if (ov > 0 && ov * 2 >= len) pairs.push([ov, gi, si]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const ug = new Set<number>();
  const us = new Set<number>();
  const gById = new Map(goldEntities.map((e) => [e.id, e]));
  const sById = new Map(sysEntities.map((e) => [e.id, e]));
  const matched: QuoteScore['matched'] = [];
  for (const [, gi, si] of pairs) {
    if (ug.has(gi) || us.has(si)) continue;
    ug.add(gi);
    us.add(si);
    matched.push({ gold: gi, sys: si, speakerOk: speakerOk(gold[gi]!.speaker, sys[si]!.speaker, gById, sById) });
  }
  matched.sort((a, b) => a.gold - b.gold);
  const tp = matched.length;
  const fp = sys.length - tp;
  const fn = gold.length - tp;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const speakerCorrect = matched.filter((m) => m.speakerOk).length;
  return { tp, fp, fn, precision, recall, f1, speakerCorrect, speakerAccuracy: tp === 0 ? 1 : speakerCorrect / tp, matched };
}

function speakerOk(g: string | null, s: string | null, gById: Map<string, ScoredEntity>, sById: Map<string, ScoredEntity>): boolean {
  if (g === null || s === null) return g === s;
  const ge = gById.get(g);
  const se = sById.get(s);
  if (!ge || !se) return false;
  return ge.mentions.some((a) => se.mentions.some((b) => Math.min(a.end, b.end) > Math.max(a.start, b.start)));
}
