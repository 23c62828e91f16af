/**
 * What the event rules read of a document, computed once: per-token keys (from the token view,
 * no re-normalizing), clause breaks, and the actor and place mentions of each sentence as token
 * ranges (a mention inside a longer actor mention, الأسد in قوات الأسد, is left to the longer one).
 */
import type { Document } from '../../doc/document.ts';
import type { Entity } from '../../doc/entities.ts';
import { tokenView } from '../common/token-view.ts';

export interface MentionRef {
  entity: Entity;
  first: number;
  last: number;
  sentence: number;
  /** A word that stands for several parties named before (الجانبين، البلدين): all of them. */
  group?: readonly Entity[];
}

/** The country of a demonym adjective (روسي، الأمريكية), when the caller knows demonyms. */
export type DemonymLookup = (nameKey: string) => string | null;

export interface Ctx {
  doc: Document;
  n: number;
  /** Key of each token without its excluded proclitics (و ف ب ل ك), the article kept. */
  key: string[];
  /** Key of each whole token. */
  full: string[];
  /** The excluded proclitics of each token (و، ل، وب). */
  procl: readonly string[];
  /** The token ends in tanwin fath (دعماً): a noun or adverb, not a verb. */
  tanwin: readonly boolean[];
  /** The raw token ends in a pronoun suffix (تحركاتها، زيارته), told apart from ة. */
  possessed: boolean[];
  /** The token carries the article (ال, or merged in لل). */
  article: readonly boolean[];
  word: boolean[];
  /** The token is inside a time expression (أمس، الأربعاء): transparent for argument distances. */
  inTime: boolean[];
  /** An opening quotation mark (« “ or a straight quote that opens). */
  quoteOpen: boolean[];
  /** Clause-breaking punctuation (، ؛ . : ! ?); quote marks and brackets do not break. */
  brk: boolean[];
  sentence: Int32Array;
  actorsBySentence: MentionRef[][];
  placesBySentence: MentionRef[][];
  /** The actor mention covering each token, or null. */
  actorAt: (MentionRef | null)[];
  demonym: DemonymLookup;
}

const BREAK = /^[.،,؛;:!?؟]$/u;

export function context(doc: Document, demonym: DemonymLookup): Ctx {
  const tokens = doc.layers.tokens!;
  const tv = tokenView(doc);
  const n = tokens.length;
  const word: boolean[] = new Array(n);
  const brk: boolean[] = new Array(n);
  const possessed: boolean[] = new Array(n);
  const quoteOpen: boolean[] = new Array(n).fill(false);
  let straightOpen = false;
  for (let t = 0; t < n; t++) {
    word[t] = tv.isWord[t]!;
    const raw = doc.text.slice(tokens.start[t], tokens.end[t]);
    brk[t] = !word[t] && BREAK.test(raw);
    if (raw === '«' || raw === '“') quoteOpen[t] = true;
    else if (raw === '"') quoteOpen[t] = straightOpen = !straightOpen;
    possessed[t] = word[t] && /[\u0621-\u064a](ه|ها|هم|هما|هن)[\u064b-\u0652]*$/u.test(raw) && raw.length > 4;
  }
  const inTime: boolean[] = new Array(n).fill(false);
  let ti = 0;
  const times = doc.layers.times ?? [];
  for (let t = 0; t < n && ti < times.length; t++) {
    while (ti < times.length && times[ti]!.end <= tokens.start[t]!) ti++;
    if (ti < times.length && times[ti]!.start <= tokens.start[t]! && tokens.end[t]! <= times[ti]!.end) inTime[t] = true;
  }
  const ns = doc.layers.sentences!.length;
  const actorsBySentence: MentionRef[][] = Array.from({ length: ns }, () => []);
  const placesBySentence: MentionRef[][] = Array.from({ length: ns }, () => []);
  const all: MentionRef[] = [];
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
      // A title attached right before the mention (رأس النظام السوري بشار الأسد) belongs to it.
      for (const r of e.roles) {
        if (r.end > m.start || m.start - r.end > 3) continue;
        let rf = first;
        while (rf > 0 && tokens.end[rf - 1]! > r.start) rf--;
        if (rf < first && tv.sentence[rf] === tv.sentence[first]) first = rf;
      }
      const ref = { entity: e, first, last, sentence: tv.sentence[first]! };
      if (e.actor) all.push(ref);
      else if (e.type === 'LOC' || m.type === 'LOC') placesBySentence[ref.sentence]!.push(ref);
    }
  }
  // A nominal head in construct with a name (قوات الأسد، نظام الأسد) stands for the whole phrase.
  const firstAt = new Map<number, MentionRef>();
  for (const m of all) if (!firstAt.has(m.first) || firstAt.get(m.first)!.last < m.last) firstAt.set(m.first, m);
  for (const m of all) {
    if (m.entity.type !== 'NOM' || tv.article[m.last] || tv.tanwin[m.last]) continue;
    const next = firstAt.get(m.last + 1);
    if (next && next.entity !== m.entity && tv.sentence[next.first] === m.sentence && !(tv.proclitics[next.first] ?? '')) m.last = next.last;
  }
  // Longer mentions first, so that a nested one finds its tokens taken.
  all.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const actorAt: (MentionRef | null)[] = new Array(n).fill(null);
  for (const m of all) {
    let free = true;
    for (let t = m.first; t <= m.last; t++) if (actorAt[t]) free = false;
    if (!free) continue;
    for (let t = m.first; t <= m.last; t++) actorAt[t] = m;
    actorsBySentence[m.sentence]!.push(m);
  }
  for (const l of actorsBySentence) l.sort((x, y) => x.first - y.first);
  return {
    doc,
    n,
    key: [...tv.nameKey],
    full: [...tv.key],
    procl: tv.proclitics,
    tanwin: tv.tanwin,
    article: tv.article,
    possessed,
    word,
    inTime,
    quoteOpen,
    brk,
    sentence: tv.sentence,
    actorsBySentence,
    placesBySentence,
    actorAt,
    demonym,
  };
}

/** The next word token after t (or -1 before `end`). */
export function nextWord(ctx: Ctx, t: number, end: number): number {
  for (let u = t + 1; u < end; u++) {
    if (ctx.word[u]) return u;
    if (ctx.brk[u]) return -1;
  }
  return -1;
}

/** The previous word token before t (or -1 at or before `start`), not across a break. */
export function prevWord(ctx: Ctx, t: number, start: number): number {
  for (let u = t - 1; u >= start; u--) {
    if (ctx.word[u]) return u;
    if (ctx.brk[u]) return -1;
  }
  return -1;
}

/** Whether a clause break lies in [a, b). */
export function hasBreak(ctx: Ctx, a: number, b: number): boolean {
  for (let u = a; u < b; u++) if (ctx.brk[u]) return true;
  return false;
}

/** Word tokens in [a, b). */
export function wordsBetween(ctx: Ctx, a: number, b: number): number {
  let k = 0;
  for (let u = a; u < b; u++) if (ctx.word[u]) k++;
  return k;
}
