/**
 * Event scoring (shared/spec/OUTPUT.md, Evaluation): each event becomes its dyads
 * (actor key, type, recipient key or none) over actor × recipient pairs; CONSULT, AGREE and
 * COOPERATE pairs are unordered (actors and recipients pooled). Sets per article.
 */
import type { ActorCode } from '../../doc/entities.ts';
import { actorKey } from '../../kb/codes.ts';

export interface EventLike {
  type: string;
  actors: readonly string[];
  recipients: readonly string[];
  modality?: string;
  /** The time's value (gold files write the value; callers resolve a system event's time index). */
  timeValue?: string | null;
}
export interface EntityLike {
  id: string;
  actor: ActorCode | null;
}

export interface EventScore {
  tp: number;
  fp: number;
  fn: number;
  /** Matched dyads whose modality agrees (one gold/system event each, the first found). */
  modalityOk: number;
  /** Matched dyads whose time value agrees (both null counts as agreeing). */
  timeOk: number;
  missed: string[];
  extra: string[];
  /** dyad → gold modality / system modality, for matched dyads that disagree. */
  modalityErrors: string[];
  /** dyad → gold time value / system time value, for matched dyads that disagree. */
  timeErrors: string[];
}

const UNORDERED = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** The dyads of one event, each with the event's modality. */
export function dyads(ev: EventLike, entities: readonly EntityLike[]): string[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const key = (id: string): string | null => actorKey(byId.get(id)?.actor ?? null);
  const acts = [...new Set(ev.actors.map(key).filter((k): k is string => k !== null))];
  const recs = [...new Set(ev.recipients.map(key).filter((k): k is string => k !== null))];
  const out = new Set<string>();
  if (UNORDERED.has(ev.type)) {
    const pool = [...new Set([...acts, ...recs])].sort();
    if (pool.length === 1) out.add(`${pool[0]} ${ev.type} -`);
    for (let i = 0; i < pool.length; i++) for (let j = i + 1; j < pool.length; j++) if (pool[i] !== pool[j]) out.add(`${pool[i]} ${ev.type} ${pool[j]}`);
  } else {
    for (const a of acts) {
      if (recs.length === 0) out.add(`${a} ${ev.type} -`);
      for (const r of recs) out.add(`${a} ${ev.type} ${r}`);
    }
  }
  return [...out];
}

function dyadMap(events: readonly EventLike[], entities: readonly EntityLike[]): Map<string, EventLike> {
  const m = new Map<string, EventLike>();
  for (const ev of events) for (const d of dyads(ev, entities)) if (!m.has(d)) m.set(d, ev);
  return m;
}

export function scoreEvents(
  gold: readonly EventLike[],
  sys: readonly EventLike[],
  goldEntities: readonly EntityLike[],
  sysEntities: readonly EntityLike[],
): EventScore {
  const g = dyadMap(gold, goldEntities);
  const s = dyadMap(sys, sysEntities);
  const r: EventScore = { tp: 0, fp: 0, fn: 0, modalityOk: 0, timeOk: 0, missed: [], extra: [], modalityErrors: [], timeErrors: [] };
  for (const [d, ge] of g) {
    const se = s.get(d);
    if (se) {
      r.tp++;
      if (se.modality === ge.modality) r.modalityOk++;
      else r.modalityErrors.push(`${d}: ${ge.modality} / ${se.modality}`);
      if ((se.timeValue ?? null) === (ge.timeValue ?? null)) r.timeOk++;
      else r.timeErrors.push(`${d}: ${ge.timeValue ?? null} / ${se.timeValue ?? null}`);
    } else {
      r.fn++;
      r.missed.push(d);
    }
  }
  for (const d of s.keys()) if (!g.has(d)) {
    r.fp++;
    r.extra.push(d);
  }
  return r;
}

/** Precision, recall, F1 of summed counts (micro average). */
export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
