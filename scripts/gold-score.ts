/**
 * Scoring records against gold records, as shared/spec/OUTPUT.md's Evaluation section describes.
 * Pure functions over the record shape, so the scorer itself is tested (gold-score.test.ts).
 */
import { actorKey } from '../src/kb/codes.ts';
import type { ActorCode } from '../src/doc/entities.ts';

export interface ScoredSpan {
  start: number;
  end: number;
  text: string;
  type?: string;
}

export interface ScoredEntity {
  type: string;
  actor: ActorCode | null;
  mentions: ScoredSpan[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const prf = (c: Counts): { p: number; r: number; f: number } => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

interface FlatMention {
  key: string;
  text: string;
  type: string;
  actor: ActorCode | null;
}

function flatten(entities: readonly ScoredEntity[]): Map<string, FlatMention> {
  const out = new Map<string, FlatMention>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const type = m.type ?? e.type;
      if (type === 'NOM') continue;
      const key = `${m.start}:${m.end}:${type}`;
      out.set(key, { key, text: m.text, type, actor: e.actor });
    }
  }
  return out;
}

export interface EntityScore {
  mentions: Counts;
  byType: Map<string, Counts>;
  /** Matched mentions whose entity's actor key (with the folded sector) equals the gold's. */
  actor: { matched: number; correct: number; correctNoSector: number };
  missed: FlatMention[];
  extra: FlatMention[];
  wrongActor: { text: string; gold: string | null; got: string | null }[];
}

/** Mention spans (exact start, end and type; NOM left out), micro counts, and actor keys on matches. */
export function scoreEntities(gold: readonly ScoredEntity[], sys: readonly ScoredEntity[]): EntityScore {
  const g = flatten(gold);
  const s = flatten(sys);
  const byType = new Map<string, Counts>();
  const bump = (type: string, k: keyof Counts) => {
    const c = byType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    byType.set(type, c);
  };
  const score: EntityScore = { mentions: { tp: 0, fp: 0, fn: 0 }, byType, actor: { matched: 0, correct: 0, correctNoSector: 0 }, missed: [], extra: [], wrongActor: [] };
  for (const [k, gm] of g) {
    const sm = s.get(k);
    if (!sm) {
      score.mentions.fn++;
      bump(gm.type, 'fn');
      score.missed.push(gm);
      continue;
    }
    score.mentions.tp++;
    bump(gm.type, 'tp');
    score.actor.matched++;
    const gk = actorKey(gm.actor);
    const sk = actorKey(sm.actor);
    if (gk === sk) score.actor.correct++;
    else score.wrongActor.push({ text: gm.text, gold: gk, got: sk });
    if (actorKey(gm.actor, false) === actorKey(sm.actor, false)) score.actor.correctNoSector++;
  }
  for (const [k, sm] of s) {
    if (g.has(k)) continue;
    score.mentions.fp++;
    bump(sm.type, 'fp');
    score.extra.push(sm);
  }
  return score;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
