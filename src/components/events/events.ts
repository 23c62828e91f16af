/**
 * Events: who did what to whom, coded with PLOVER (shared/spec/OUTPUT.md, Event).
 * A trigger lexicon (lang/ar/triggers.ts) finds the act; its arguments are the actor mentions of
 * the entities layer in the trigger's sentence (verb-first, subject-first, بين X و Y, genitive);
 * modality comes from the words around the trigger and the quotes layer.
 * Pure over the norm, tokens, sentences, words, entities, times and quotes layers.
 */
import type { Span } from '../../base/span.ts';
import type { Document } from '../../doc/document.ts';
import type { Entity } from '../../doc/entities.ts';
import type { Quote } from '../../doc/quotes.ts';
import { TokenKind } from '../../doc/layers.ts';
import type { Component } from '../../pipeline/component.ts';
import { matchKey } from '../../lang/ar/normalize.ts';
import { SOURCE_NOUNS } from '../../lang/ar/cues.ts';
import { candidateKeys, QUAD_CLASS, triggerIndex, type IndexedTrigger, type PloverType } from '../../lang/ar/triggers.ts';
import { tokenView } from '../common/token-view.ts';
import { scoreOf } from './scores.ts';

export type { Event, Modality } from '../../doc/events.ts';
import type { Event, Modality } from '../../doc/events.ts';

export function eventsComponent(): Component {
  return {
    name: 'ar.events',
    version: '1',
    requires: ['norm', 'tokens', 'sentences', 'words', 'entities', 'times', 'quotes'],
    provides: ['events'],
    run: (doc: Document) => doc.with({ events: findEvents(doc) } as never),
  };
}

interface MentionRef {
  entity: Entity;
  first: number;
  last: number;
  sentence: number;
}

interface Ctx {
  doc: Document;
  /** matchKey of each token without its excluded proclitics. */
  key: string[];
  /** matchKey of each whole token. */
  full: string[];
  procl: string[];
  word: boolean[];
  sentence: Int32Array;
  actorsBySentence: MentionRef[][];
  placesBySentence: MentionRef[][];
  inActor: boolean[];
}

const PREPS = new Set(['مع', 'الي', 'علي', 'ضد', 'عن', 'من', 'لدي', 'عبر', 'تجاه', 'نحو', 'امام']);
/** Proclitic prepositions that mark an object: ب، ل. */
const PREP_CLITICS = /[بل]$/u;
const NEG = new Set(['لم', 'لما', 'لا', 'ليس', 'ليست', 'عدم', 'دون', 'بدون', 'نفي', 'نفت', 'ينفي', 'تنفي', 'غير']);
const FUT_NEG = new Set(['لن']);
const HYPO = new Set(['قد', 'اذا', 'لو', 'ربما', 'حال', 'يمكن', 'امكانيه', 'احتمال', 'ان']);
const PLAN_BEFORE = new Set(['سوف', 'المقرر', 'يعتزم', 'تعتزم', 'ينوي', 'تنوي', 'يتوقع', 'سيتم', 'يعتزمان', 'مرتقب', 'المرتقب']);
const PLAN_AFTER = new Set(['المقبل', 'القادم', 'المقبله', 'القادمه', 'المرتقب', 'المرتقبه', 'المتوقع', 'المتوقعه', 'متوقع', 'متوقعه', 'مرتقب', 'مرتقبه']);
const REPORT_WORDS = new Set(['بحسب', 'حسب', 'وفقا', 'وفق', 'نقلا', 'طبقا']);
const SOURCE_KEYS = new Set(SOURCE_NOUNS.map(matchKey));
/** Types a preceding لن turns into a refusal. */
const REFUSABLE = new Set<PloverType>(['CONSULT', 'AGREE', 'COOPERATE', 'SUPPORT', 'AID', 'RETREAT', 'CONCEDE']);
const SYMMETRIC_TYPES = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

export function findEvents(doc: Document): Event[] {
  const ctx = context(doc);
  const sentences = doc.layers.sentences!;
  const out: Event[] = [];
  const index = triggerIndex();
  for (let s = 0; s < sentences.length; s++) {
    const a = sentences.tokenStart[s]!;
    const b = sentences.tokenEnd[s]!;
    for (let t = a; t < b; t++) {
      if (!ctx.word[t] || ctx.inActor[t]) continue;
      const hit = matchTrigger(ctx, index, t, b);
      if (!hit) continue;
      const ev = build(ctx, hit.entry, t, t + hit.length - 1, s);
      if (ev) out.push(ev);
      t += hit.length - 1;
    }
  }
  return dedupe(out);
}

function context(doc: Document): Ctx {
  const tokens = doc.layers.tokens!;
  const norm = doc.layers.norm!;
  const tv = tokenView(doc);
  const n = tokens.length;
  const key: string[] = new Array(n);
  const full: string[] = new Array(n);
  const word: boolean[] = new Array(n);
  for (let t = 0; t < n; t++) {
    full[t] = matchKey(norm.text.slice(tokens.normStart[t], tokens.normEnd[t]));
    key[t] = matchKey(doc.text.slice(tv.nameStart[t], tokens.end[t]));
    if (tv.article[t] && !key[t]!.startsWith('ال')) key[t] = 'ال' + key[t];
    word[t] = tokens.kind[t] === TokenKind.Word;
  }
  const ns = doc.layers.sentences!.length;
  const actorsBySentence: MentionRef[][] = Array.from({ length: ns }, () => []);
  const placesBySentence: MentionRef[][] = Array.from({ length: ns }, () => []);
  const inActor: boolean[] = new Array(n).fill(false);
  for (const e of doc.layers.entities ?? []) {
    for (const m of e.mentions) {
      let first = -1;
      let last = -1;
      for (let t = Math.max(0, m.token - 1); t < n && tokens.start[t]! < m.end; t++) {
        if (tokens.end[t]! <= m.start) continue;
        if (first < 0) first = t;
        last = t;
      }
      if (first < 0) continue;
      const s = tv.sentence[first]!;
      const ref = { entity: e, first, last, sentence: s };
      if (e.actor) {
        actorsBySentence[s]!.push(ref);
        for (let t = first; t <= last; t++) inActor[t] = true;
      } else if (e.type === 'LOC' || m.type === 'LOC') placesBySentence[s]!.push(ref);
    }
  }
  for (const l of actorsBySentence) l.sort((x, y) => x.first - y.first);
  return { doc, key, full, procl: [...tv.proclitics], word, sentence: tv.sentence, actorsBySentence, placesBySentence, inActor };
}

function matchTrigger(ctx: Ctx, index: Map<string, IndexedTrigger[]>, t: number, end: number): { entry: IndexedTrigger; length: number } | null {
  for (const k of candidateKeys(ctx.key[t]!)) {
    const list = index.get(k);
    if (!list) continue;
    for (const e of list) {
      let ok = true;
      let u = t + 1;
      for (let i = 1; i < e.keys.length; i++, u++) {
        while (u < end && !ctx.word[u]) u++;
        if (u >= end) {
          ok = false;
          break;
        }
        const want = e.keys[i]!;
        const cands = candidateKeys(ctx.key[u]!);
        if (!cands.includes(want) && !cands.includes(want.replace(/^ال/u, '')) && !cands.map((c) => c.replace(/^ال/u, '')).includes(want.replace(/^ال/u, ''))) {
          ok = false;
          break;
        }
      }
      if (ok) return { entry: e, length: u - t };
    }
  }
  return null;
}

/** Words that end a clause for argument search. */
function isBreak(ctx: Ctx, t: number): boolean {
  const text = ctx.doc.text.slice(ctx.doc.layers.tokens!.start[t], ctx.doc.layers.tokens!.end[t]);
  return /^[.،,؛;:!?؟()«»"“”]$/u.test(text);
}

function prepBefore(ctx: Ctx, m: MentionRef): boolean {
  if (PREP_CLITICS.test(ctx.procl[m.first] ?? '')) return true;
  let u = m.first - 1;
  while (u >= 0 && !ctx.word[u]) u--;
  if (u < 0) return false;
  const k = ctx.key[u]!;
  return PREPS.has(k) || k === 'بين' || k === 'وبين';
}

function build(ctx: Ctx, entry: IndexedTrigger, t0: number, t1: number, s: number): Event | null {
  const tokens = ctx.doc.layers.tokens!;
  const mentions = ctx.actorsBySentence[s]!;
  if (mentions.length === 0) return null;
  let type: PloverType = entry.type;
  let mode = entry.mode;
  const modality0 = modalityAt(ctx, t0, t1, s);
  let modality = modality0.modality;
  if (modality0.refusal) {
    if (REFUSABLE.has(type)) {
      type = 'REJECT';
      mode = null;
    }
    modality = modality0.reported ? 'reported' : 'asserted';
  }
  if (type === 'REJECT' && modality === 'negated') modality = 'asserted';

  // Window bounded by clause breaks near the trigger.
  const sa = ctx.doc.layers.sentences!.tokenStart[s]!;
  const sb = ctx.doc.layers.sentences!.tokenEnd[s]!;
  const after = mentions.filter((m) => m.first > t1 && m.first - t1 <= 12);
  const before = mentions.filter((m) => m.last < t0 && t0 - m.last <= 12).reverse();
  const actors: MentionRef[] = [];
  const recipients: MentionRef[] = [];
  const symmetric = entry.symmetric === true;

  // بين X و Y
  let betweenAt = -1;
  for (let u = t1 + 1; u < Math.min(sb, t1 + 5); u++) if (ctx.key[u] === 'بين') betweenAt = u;
  if (betweenAt >= 0) {
    const group = chain(ctx, mentions, mentions.find((m) => m.first > betweenAt && m.first - betweenAt <= 3));
    if (group.length >= 2) actors.push(...group);
  }
  // Subject-first: an actor right before the trigger, in the same clause.
  const close = before[0];
  if (actors.length === 0 && close && t0 - close.last <= 2 && !prepBefore(ctx, close) && !hasBreak(ctx, close.last + 1, t0)) {
    actors.push(...chainBack(ctx, mentions, close));
  }
  if (actors.length === 0) {
    const firstAfter = after[0];
    const clauseAfter = firstAfter && !hasBreak(ctx, t1 + 1, firstAfter.first);
    if (firstAfter && clauseAfter && !prepBefore(ctx, firstAfter) && firstAfter.first - t1 <= (entry.pos === 'noun' ? 2 : 5)) {
      // verb-first subject, or a genitive actor of a nominal trigger
      actors.push(...chain(ctx, mentions, firstAfter));
    } else {
      const prev = before.find((m) => !prepBefore(ctx, m) && !hasBreak(ctx, m.last + 1, t0));
      if (prev) actors.push(...chainBack(ctx, mentions, prev));
      else if (before[0] && t0 - before[0].last <= 6) actors.push(...chainBack(ctx, mentions, before[0]));
    }
  }
  if (actors.length === 0) return null;
  // Recipient: next actor mention after the trigger and the actors, not one of them.
  const lastActor = Math.max(t1, ...actors.map((m) => m.last));
  const ids = new Set(actors.map((m) => m.entity.id));
  const rec = mentions.find((m) => m.first > lastActor && m.first - lastActor <= 8 && !ids.has(m.entity.id) && !hasBreak(ctx, lastActor + 1, m.first));
  if (rec && betweenAt < 0) recipients.push(...chain(ctx, mentions, rec).filter((m) => !ids.has(m.entity.id)));

  let actorEnts = uniq(actors.map((m) => m.entity));
  let recEnts = uniq(recipients.map((m) => m.entity)).filter((e) => !actorEnts.includes(e));
  if (symmetric && SYMMETRIC_TYPES.has(type) && mode !== 'visit' && mode !== 'message' && mode !== 'third-party') {
    actorEnts = uniq([...actorEnts, ...recEnts]);
    recEnts = [];
  }
  // A meeting, agreement or cooperation needs two parties; one named party is too little to code.
  if (SYMMETRIC_TYPES.has(type) && actorEnts.length + recEnts.length < 2) return null;
  const trigger: Span = { start: tokens.start[t0]!, end: tokens.end[t1]!, text: ctx.doc.text.slice(tokens.start[t0], tokens.end[t1]) };
  const { intensity, cameo } = scoreOf(type, mode);
  return {
    type,
    mode,
    context: [...(entry.context ?? [])],
    actors: actorEnts.map((e) => e.id),
    recipients: recEnts.map((e) => e.id),
    actorCodes: actorEnts.map((e) => e.actor!),
    recipientCodes: recEnts.map((e) => e.actor!),
    trigger,
    sentence: s,
    time: timeOf(ctx, trigger, s),
    location: locationOf(ctx, s, sa),
    modality,
    attribution: modality0.attribution,
    quadClass: QUAD_CLASS[type],
    intensity,
    cameo,
  };
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function hasBreak(ctx: Ctx, a: number, b: number): boolean {
  for (let u = a; u < b; u++) if (isBreak(ctx, u)) return true;
  return false;
}

/** A mention and the ones joined to it by و (X وY، X و Y). */
function chain(ctx: Ctx, mentions: MentionRef[], m: MentionRef | undefined): MentionRef[] {
  if (!m) return [];
  const out = [m];
  let cur = m;
  for (;;) {
    const next = mentions.find((x) => x.first > cur.last && x.first - cur.last <= 2);
    if (!next) break;
    const joined = ctx.procl[next.first]!.startsWith('و') || (next.first - cur.last === 2 && ctx.key[cur.last + 1] === 'و');
    if (!joined) break;
    out.push(next);
    cur = next;
  }
  return out;
}

function chainBack(ctx: Ctx, mentions: MentionRef[], m: MentionRef): MentionRef[] {
  const out = [m];
  let cur = m;
  for (;;) {
    if (!ctx.procl[cur.first]!.startsWith('و')) break;
    const prev = [...mentions].reverse().find((x) => x.last < cur.first && cur.first - x.last <= 1);
    if (!prev) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

interface ModalityInfo {
  modality: Modality;
  refusal: boolean;
  reported: boolean;
  attribution: Event['attribution'];
}

function modalityAt(ctx: Ctx, t0: number, t1: number, s: number): ModalityInfo {
  const sa = ctx.doc.layers.sentences!.tokenStart[s]!;
  const sb = ctx.doc.layers.sentences!.tokenEnd[s]!;
  const tokens = ctx.doc.layers.tokens!;
  const pos = tokens.start[t0]!;
  // Attribution: a quote whose content holds the trigger, or a source preposition in the sentence.
  let attribution: Event['attribution'] = { kind: 'none', speaker: null, text: null };
  let reported = false;
  const quote = (ctx.doc.layers.quotes ?? []).find((q: Quote) => q.content.start <= pos && pos < q.content.end);
  if (quote) {
    reported = true;
    attribution = { kind: attributionKind(ctx, quote), speaker: quote.speaker, text: quote.speakerText };
  } else {
    for (let u = sa; u < sb; u++) {
      const k = ctx.key[u]!;
      if (REPORT_WORDS.has(k) || (SOURCE_KEYS.has(k) && k.startsWith('مصادر'))) {
        reported = true;
        const span = { start: tokens.start[u]!, end: tokens.end[Math.min(sb - 1, u + 2)]!, text: '' };
        span.text = ctx.doc.text.slice(span.start, span.end);
        attribution = { kind: 'anonymous', speaker: null, text: span };
        break;
      }
    }
  }
  let refusal = false;
  let modality: Modality | null = null;
  // Words just before the trigger (same clause).
  for (let u = t0 - 1, seen = 0; u >= sa && seen < 3; u--) {
    if (!ctx.word[u]) {
      if (isBreak(ctx, u)) break;
      continue;
    }
    seen++;
    const k = ctx.key[u]!;
    if (FUT_NEG.has(k)) {
      refusal = true;
      break;
    }
    if (NEG.has(k)) {
      modality = 'negated';
      break;
    }
  }
  if (!modality && !refusal) {
    // Hypothetical: قد + imperfect, إذا / لو / في حال in the clause before the trigger.
    for (let u = t0 - 1, seen = 0; u >= sa && seen < 6; u--) {
      if (!ctx.word[u]) {
        if (isBreak(ctx, u) && seen > 0) break;
        continue;
      }
      seen++;
      const k = ctx.full[u]!;
      const bare = ctx.key[u]!;
      if (k === 'ان') continue;
      if (HYPO.has(bare) || HYPO.has(k)) {
        if (bare === 'قد' && !/^[يت]/u.test(ctx.key[u + 1] ?? '')) continue;
        modality = 'hypothetical';
        break;
      }
    }
  }
  if (!modality && !refusal) {
    const tk = ctx.key[t0]!;
    if (/^س[يتن]/u.test(tk) && tk.length > 4) modality = 'planned';
    for (let u = t0 - 1, seen = 0; !modality && u >= sa && seen < 4; u--) {
      if (!ctx.word[u]) continue;
      seen++;
      const k = ctx.key[u]!;
      if (PLAN_BEFORE.has(k) || (/^س[يت]/u.test(k) && k.length > 4 && seen <= 2)) modality = 'planned';
    }
    for (let u = t1 + 1, seen = 0; !modality && u < sb && seen < 4; u++) {
      if (!ctx.word[u]) continue;
      seen++;
      if (PLAN_AFTER.has(ctx.key[u]!)) modality = 'planned';
    }
  }
  return { modality: modality ?? (reported ? 'reported' : 'asserted'), refusal, reported, attribution };
}

function attributionKind(ctx: Ctx, q: Quote): Event['attribution']['kind'] {
  if (q.speaker) {
    const e = (ctx.doc.layers.entities ?? []).find((x) => x.id === q.speaker);
    if (e?.actor?.sector === 'MED') return 'outlet';
    return 'named';
  }
  if (q.speakerText) {
    const words = q.speakerText.text.split(/\s+/u).map((w) => matchKey(w).replace(/^[وف]/u, ''));
    if (words.some((w) => SOURCE_KEYS.has(w))) return 'anonymous';
    return 'outlet';
  }
  return 'none';
}

function timeOf(ctx: Ctx, trigger: Span, s: number): number | null {
  const sent = ctx.doc.layers.sentences!;
  const a = sent.start[s]!;
  const b = sent.end[s]!;
  let best: number | null = null;
  let dist = Infinity;
  (ctx.doc.layers.times ?? []).forEach((x, i) => {
    if (x.start < a || x.end > b || x.value === null || x.granularity === 'duration') return;
    const d = x.start >= trigger.end ? x.start - trigger.end : Math.max(0, trigger.start - x.end);
    if (d < dist) {
      dist = d;
      best = i;
    }
  });
  return best;
}

function locationOf(ctx: Ctx, s: number, _sa: number): string | null {
  for (const m of ctx.placesBySentence[s]!) {
    let u = m.first - 1;
    while (u >= 0 && !ctx.word[u]) u--;
    if (u >= 0 && (ctx.key[u] === 'في' || ctx.key[u] === 'وفي')) return m.entity.id;
  }
  return null;
}

/** One event per act: same sentence, same type and the same parties are one event. */
function dedupe(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const parties = new Set([...e.actors, ...e.recipients]);
    const dup = out.find(
      (o) =>
        o.sentence === e.sentence &&
        o.type === e.type &&
        [...o.actors, ...o.recipients].length === parties.size &&
        [...o.actors, ...o.recipients].every((x) => parties.has(x)),
    );
    if (!dup) out.push(e);
  }
  return out;
}
