/**
 * Quotes: direct speech in quote marks and reported speech after a verb of saying (قال إن …,
 * كشف عن …) or a source preposition (بحسب X فإن …), with the speaker the cue names.
 * Pure over the norm, tokens, sentences, words and entities layers.
 */
import type { Span } from '../../base/span.ts';
import type { Document } from '../../doc/document.ts';
import type { Entity } from '../../doc/entities.ts';
import { TokenKind } from '../../doc/layers.ts';
import type { Component } from '../../pipeline/component.ts';
import { matchKey } from '../../lang/ar/normalize.ts';
import { lookupCue, SOURCE_DETERMINERS, SOURCE_NOUNS, SOURCE_PREPS, STATEMENT_NOUNS, type CueEntry } from '../../lang/ar/cues.ts';
import { tokenView, type TokenView } from '../common/token-view.ts';

export type { Quote } from '../../doc/quotes.ts';
import type { Quote } from '../../doc/quotes.ts';

export function quotesComponent(): Component {
  return {
    name: 'ar.quotes',
    version: '1',
    requires: ['norm', 'tokens', 'sentences', 'words', 'entities'],
    provides: ['quotes'],
    run: (doc: Document) => doc.with({ quotes: findQuotes(doc) } as never),
  };
}

const COMPLEMENTIZERS = new Set(['ان', 'انه', 'انها', 'انهم', 'انهما', 'اننا', 'بان', 'بانه', 'بانها', 'بانهم', 'فان', 'فانه', 'فانها', 'فانهم', 'وان', 'وانه']);
/** Words that end the subject search after a cue: prepositions and attributions. */
const SUBJECT_STOPS = new Set(['في', 'فيه', 'فيها', 'الي', 'اليه', 'عن', 'من', 'مع', 'خلال', 'نقلا', 'وفقا', 'بحسب', 'حسب', 'وفق', 'عبر', 'امام', 'لدي', 'منذ', 'بعد', 'قبل', 'ان', 'قد', 'كان', 'كانت']);
const ADJ_STOPS = new Set(['الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الاحد', 'اليوم', 'امس', 'مساء', 'صباح', 'ايضا', 'كذلك', 'عن', 'في', 'من', 'الي', 'مع']);
const SOURCE_NOUN_KEYS = new Set(SOURCE_NOUNS.map(matchKey));
const STATEMENT_KEYS = new Set(STATEMENT_NOUNS.map(matchKey));
const DETERMINER_KEYS = new Set(SOURCE_DETERMINERS.map(matchKey));
const SOURCE_PREP_KEYS = SOURCE_PREPS.map((p) => p.map(matchKey));
const OPEN = new Set(['“', '«', '„', '‹']);
const CLOSE = new Set(['”', '»', '›']);

interface Ctx {
  doc: Document;
  tv: TokenView;
  /** Token key without leading و/ف where the word layer says so is left to the matcher; this is the plain key. */
  key: readonly string[];
  /** Per token: [entity, mention index] pairs of the mentions covering it. */
  mentionsAt: { entity: Entity; start: number; end: number; first: number; last: number }[][];
  sentStart: Int32Array;
  sentEnd: Int32Array;
  /** Paired quote marks: open raw offset → close raw offset. */
  pairs: Map<number, number>;
}

interface Hit {
  entity: Entity | null;
  text: Span;
  /** 'entity' | 'source' (anonymous) | 'statement' (definite, speaks for its issuer) */
  kind: 'entity' | 'source' | 'statement';
}

interface Draft {
  cueTok: number;
  cue: Span;
  contentStart: number;
  contentEnd: number | null;
  direct: boolean;
  subject: Hit | null;
  /** No named subject: the speaker is the previous quote's. */
  continues: boolean;
  /** Look before the cue for the subject (subject-first order). */
  backward: boolean;
  sentence: number;
}

export function findQuotes(doc: Document): Quote[] {
  const ctx = context(doc);
  const drafts: Draft[] = [];
  const used = new Set<number>();
  const sentences = doc.layers.sentences!;
  for (let s = 0; s < sentences.length; s++) {
    const a = ctx.sentStart[s]!;
    const b = ctx.sentEnd[s]!;
    const local: Draft[] = [];
    for (let t = a; t < b; t++) {
      if (used.has(t)) continue;
      const d = verbCue(ctx, t, s) ?? prepCue(ctx, t, s);
      if (d) {
        local.push(d);
        used.add(d.cueTok);
      }
    }
    // Source prepositions inside a verb cue's subject window (وأفادت المصادر، وفقاً لـ X، بأن) are not quotes of their own.
    const keep = local.filter((d) => !local.some((o) => o !== d && o.cueTok < d.cueTok && o.contentStart > d.cue.start && o.cue.end <= d.cue.start));
    keep.sort((x, y) => x.cue.start - y.cue.start);
    drafts.push(...keep);
  }
  // Direct quotes a cue governs from behind: “…”، قال X.
  drafts.push(...trailingCues(ctx, drafts));
  drafts.sort((x, y) => x.contentStart - y.contentStart);

  const out: Quote[] = [];
  let prev: Quote | null = null;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const end = contentEnd(ctx, d, drafts, i);
    let start = d.contentStart;
    let stop = end;
    // Reported speech that is wholly a quotation: “…” right after إن/أن → direct, without the marks.
    if (!d.direct) {
      const open = firstNonSpace(doc.text, start);
      if (OPEN.has(doc.text[open]!) || doc.text[open] === '"') {
        const close = ctx.pairs.get(open);
        if (close !== undefined && close <= end + 1 && /^[\s.،,؛:!?؟]*$/u.test(doc.text.slice(close + 1, end))) {
          start = open + 1;
          stop = close;
          d.direct = true;
        }
      }
    }
    const content = trimSpan(doc.text, start, stop);
    if (content.end <= content.start) continue;
    let speaker: string | null = null;
    let speakerText: Span | null = null;
    const subj = d.subject ?? (d.backward ? backwardSubject(ctx, d.cueTok, d.sentence) : null);
    if (subj) {
      speakerText = subj.text;
      if (subj.kind === 'entity') speaker = subj.entity!.id;
      else if (subj.kind === 'statement') speaker = subj.entity?.id ?? prev?.speaker ?? null;
    } else if (d.continues || d.backward) {
      if (prev) {
        speaker = prev.speaker;
        speakerText = prev.speakerText;
      }
    }
    const q: Quote = { speaker, speakerText, cue: d.cue, content, direct: d.direct };
    out.push(q);
    prev = q;
  }
  return out;
}

function context(doc: Document): Ctx {
  const tokens = doc.layers.tokens!;
  const sentences = doc.layers.sentences!;
  const tv = tokenView(doc);
  // The token view's keys are the normalized tokens with ة folded: matchKey without re-normalizing.
  const key = tv.key;
  const mentionsAt: Ctx['mentionsAt'] = Array.from({ length: tokens.length }, () => []);
  for (const e of doc.layers.entities ?? []) {
    for (const m of e.mentions) {
      let first = -1;
      let last = -1;
      for (let t = Math.max(0, m.token - 1); t < tokens.length && tokens.start[t]! < m.end; t++) {
        if (tokens.end[t]! <= m.start) continue;
        if (first < 0) first = t;
        last = t;
      }
      if (first < 0) continue;
      const rec = { entity: e, start: m.start, end: m.end, first, last };
      for (let t = first; t <= last; t++) mentionsAt[t]!.push(rec);
    }
  }
  return { doc, tv, key, mentionsAt, sentStart: sentences.tokenStart, sentEnd: sentences.tokenEnd, pairs: pairQuotes(doc.text) };
}

/** Pairs quote marks within paragraphs: “ « open, ” » close, a straight " opens after a space or line start. */
function pairQuotes(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\u2029') {
      open = -1;
      continue;
    }
    let isOpen = OPEN.has(c);
    let isClose = CLOSE.has(c);
    if (c === '"') {
      const before = i === 0 ? ' ' : text[i - 1]!;
      if (open < 0 && /[\s(:،,]/u.test(before)) isOpen = true;
      else isClose = true;
    }
    if (isOpen && open < 0) open = i;
    else if (isClose && open >= 0) {
      pairs.set(open, i);
      open = -1;
    }
  }
  return pairs;
}

function isWord(ctx: Ctx, t: number): boolean {
  const k = ctx.doc.layers.tokens!.kind[t];
  return k === TokenKind.Word || k === TokenKind.Latin;
}

function rawOf(ctx: Ctx, t: number): string {
  const tk = ctx.doc.layers.tokens!;
  return ctx.doc.text.slice(tk.start[t], tk.end[t]);
}

function isComplementizer(ctx: Ctx, t: number, end: number): number {
  // Returns the token after the complementizer, or -1.
  const k = ctx.key[t]!;
  if (COMPLEMENTIZERS.has(k)) return t + 1;
  if ((k === 'الي' || k === 'والي') && t + 1 < end && COMPLEMENTIZERS.has(ctx.key[t + 1]!)) return t + 2;
  return -1;
}

/** A verb of saying at t with its said part: إن/أن …, عن …, or : “…”. */
function verbCue(ctx: Ctx, t: number, s: number): Draft | null {
  if (!isWord(ctx, t)) return null;
  const hit = lookupCue(ctx.key[t]!);
  if (!hit) return null;
  const { entry } = hit;
  const tk = ctx.doc.layers.tokens!;
  const end = ctx.sentEnd[s]!;
  const leading = hit.proclitic || t === ctx.sentStart[s] || ctx.tv.proclitics[t] !== '';
  // وفق ما أفادت …: the cue starts at وفق.
  let cueStart = tk.start[t]!;
  if (t - 2 >= ctx.sentStart[s]! && ctx.key[t - 1] === 'ما' && /^(و?وفق|و?بحسب|و?حسب|و?كما)$/u.test(ctx.key[t - 2]!)) cueStart = tk.start[t - 2]!;
  const maxSpan = entry.kind === 'participle' ? 3 : 24;
  for (let j = t + 1; j < end && j <= t + maxSpan; j++) {
    const raw = rawOf(ctx, j);
    if (j > t + 1 && isWord(ctx, j) && lookupCue(ctx.key[j]!)?.entry.kind === 'finite' && !hit.proclitic) break;
    if (j > t + 1 && isWord(ctx, j) && lookupCue(ctx.key[j]!) && ctx.key[j - 1] !== 'ما') break;
    if (raw === '.' || raw === '؟' || raw === '!') break;
    const after = isComplementizer(ctx, j, end);
    let direct = false;
    let contentStart = -1;
    if (after > 0) contentStart = after < end ? tk.start[after]! : tk.end[j]!;
    else if (isWord(ctx, j) && entry.object.includes(ctx.key[j]!) && !entry.ambiguous) contentStart = j + 1 < end ? tk.start[j + 1]! : -1;
    else if (raw === ':' || raw === '：') {
      const open = firstNonSpace(ctx.doc.text, tk.end[j]!);
      const close = ctx.pairs.get(open);
      if (close !== undefined) {
        direct = true;
        contentStart = open + 1;
        return draft(ctx, t, s, cueStart, j, contentStart, close, direct, leading, entry);
      }
      contentStart = tk.end[j]!;
    } else if (OPEN.has(raw[0]!) && j > t + 1 && rawOf(ctx, j - 1) === '،' && ctx.pairs.has(tk.start[j]!)) {
      // وقال X، “…”
      const close = ctx.pairs.get(tk.start[j]!)!;
      if (close - tk.start[j]! > 15) return draft(ctx, t, s, cueStart, j, tk.start[j]! + 1, close, true, leading, entry);
    }
    if (contentStart >= 0) {
      if (entry.ambiguous && j > t + 4) return null;
      return draft(ctx, t, s, cueStart, j, contentStart, null, direct, leading, entry);
    }
  }
  return null;
}

function draft(ctx: Ctx, t: number, s: number, cueStart: number, j: number, contentStart: number, contentEnd: number | null, direct: boolean, leading: boolean, entry: CueEntry): Draft {
  const tk = ctx.doc.layers.tokens!;
  const subject = entry.kind === 'participle' ? null : subjectIn(ctx, t + 1, j);
  return {
    cueTok: t,
    cue: span(ctx.doc.text, cueStart, tk.end[t]!),
    contentStart,
    contentEnd,
    direct,
    subject,
    continues: !subject && (leading || entry.kind === 'participle'),
    backward: !subject && !leading && entry.kind === 'finite',
    sentence: s,
  };
}

/** بحسب X، فإن …؛ … بحسب X. */
function prepCue(ctx: Ctx, t: number, s: number): Draft | null {
  if (!isWord(ctx, t)) return null;
  const k0 = ctx.key[t]!.replace(/^و(?=.{3})/u, '');
  const prep = SOURCE_PREP_KEYS.find((p) => p[0] === k0 && p.every((w, i) => i === 0 || ctx.key[t + i] === w));
  if (!prep) return null;
  const tk = ctx.doc.layers.tokens!;
  const a = ctx.sentStart[s]!;
  const end = ctx.sentEnd[s]!;
  const lastPrep = t + prep.length - 1;
  // وفق ما أفادت … is a verb cue.
  if (ctx.key[lastPrep + 1] === 'ما') return null;
  const subject = subjectIn(ctx, lastPrep + 1, Math.min(end, lastPrep + 10), true);
  const cue = span(ctx.doc.text, tk.start[t]!, tk.end[lastPrep]!);
  const initial = t <= a + 1 || ctx.key[t - 1] === '،' || rawOf(ctx, t - 1) === '،';
  if (t <= a + 1) {
    // Sentence-initial: the said part follows, after فإن or the source's comma.
    for (let j = lastPrep + 1; j < end && j < lastPrep + 30; j++) {
      const after = isComplementizer(ctx, j, end);
      if (after > 0 && after < end) return { cueTok: t, cue, contentStart: tk.start[after]!, contentEnd: null, direct: false, subject, continues: false, backward: false, sentence: s };
    }
    for (let j = lastPrep + 1; j < end; j++) {
      if (rawOf(ctx, j) === '،' && j + 1 < end) return { cueTok: t, cue, contentStart: tk.start[j + 1]!, contentEnd: null, direct: false, subject, continues: false, backward: false, sentence: s };
    }
    return null;
  }
  if (!initial) return null;
  // Trailing: the said part is the clause before it.
  const from = tk.start[a]!;
  const to = tk.start[t - 1]!;
  if (to - from < 10) return null;
  return { cueTok: t, cue, contentStart: from, contentEnd: to, direct: false, subject, continues: false, backward: false, sentence: s };
}

/** The speaker named in tokens [a, b): an entity mention, an unnamed source, a statement noun. */
function subjectIn(ctx: Ctx, a: number, b: number, afterPrep = false): Hit | null {
  let first: Hit | null = null;
  let firstTok = -1;
  for (let j = a; j < b; j++) {
    const raw = rawOf(ctx, j);
    if (raw === '،' || raw === ',') {
      if (first) break;
      continue;
    }
    if (!isWord(ctx, j)) continue;
    const k = ctx.key[j]!;
    if (!first && SUBJECT_STOPS.has(k) && !(afterPrep && j === a)) break;
    if (first && SUBJECT_STOPS.has(k)) break;
    const ms = ctx.mentionsAt[j]!.filter((m) => m.entity.type !== 'MISC' && m.first === j);
    if (!first) {
      const h = nounHit(ctx, j, b);
      if (h) return h;
      if (ms.length > 0) {
        const m = ms.sort((x, y) => y.end - y.start - (x.end - x.start))[0]!;
        first = { entity: m.entity, text: span(ctx.doc.text, m.start, m.end), kind: 'entity' };
        firstTok = j;
        j = m.last;
        continue;
      }
      // A role noun or other word before the name: keep looking a few words on.
      if (j - a >= 5) break;
      continue;
    }
    // A person named after the first hit (مستشار وزارة الخارجية رامي الشاعر) is the speaker.
    const per = ms.find((m) => m.entity.type === 'PER');
    if (per && first.entity && first.entity.type !== 'PER' && j - firstTok <= 6) {
      return { entity: per.entity, text: span(ctx.doc.text, per.start, per.end), kind: 'entity' };
    }
    if (ms.length > 0) j = ms[0]!.last;
  }
  return first;
}

/** An unnamed source or a statement noun starting at j. */
function nounHit(ctx: Ctx, j: number, b: number): Hit | null {
  const tk = ctx.doc.layers.tokens!;
  let k = ctx.key[j]!;
  const start = j;
  let at = j;
  if (DETERMINER_KEYS.has(k) && j + 1 < b) {
    at = j + 1;
    k = ctx.key[at]!;
  }
  const bare = k.replace(/^ال/u, '');
  if (STATEMENT_KEYS.has(k) || STATEMENT_KEYS.has('ال' + bare) && k.startsWith('ال')) {
    // بيان الوزارة: the issuer owns it.
    for (let m = at + 1; m < Math.min(b, at + 4); m++) {
      const ms = ctx.mentionsAt[m]!.filter((x) => x.first === m && x.entity.type !== 'MISC' && x.entity.type !== 'LOC');
      if (ms.length > 0) return { entity: ms[0]!.entity, text: span(ctx.doc.text, tk.start[start]!, ms[0]!.end), kind: 'entity' };
      if (!isWord(ctx, m)) break;
    }
    if (k.startsWith('ال')) return { entity: null, text: span(ctx.doc.text, tk.start[start]!, tk.end[at]!), kind: 'statement' };
  }
  if (SOURCE_NOUN_KEYS.has(bare) || SOURCE_NOUN_KEYS.has(k)) {
    let last = at;
    for (let m = at + 1; m < b && m <= at + 3; m++) {
      if (!isWord(ctx, m) || ctx.tv.proclitics[m] !== '' || ADJ_STOPS.has(ctx.key[m]!) || SUBJECT_STOPS.has(ctx.key[m]!)) break;
      if (COMPLEMENTIZERS.has(ctx.key[m]!) || lookupCue(ctx.key[m]!)) break;
      if (ctx.mentionsAt[m]!.some((x) => x.entity.type !== 'MISC' && x.entity.type !== 'LOC')) break;
      last = m;
    }
    return { entity: null, text: span(ctx.doc.text, tk.start[start]!, tk.end[last]!), kind: 'source' };
  }
  void start;
  return null;
}

/** Subject-first order (وكان الأسد قد أشار، محللون يشيرون): the nearest speaker before the cue. */
function backwardSubject(ctx: Ctx, t: number, s: number): Hit | null {
  const a = ctx.sentStart[s]!;
  for (let j = t - 1; j >= a; j--) {
    if (!isWord(ctx, j)) continue;
    const h = nounHit(ctx, j, t);
    if (h) return h;
    const ms = ctx.mentionsAt[j]!.filter((m) => m.entity.type !== 'MISC');
    if (ms.length > 0) {
      const m = ms[0]!;
      return { entity: m.entity, text: span(ctx.doc.text, m.start, m.end), kind: 'entity' };
    }
  }
  return null;
}

/** “…”، قال X / “…”، وأضاف: a direct quote followed by its cue. */
function trailingCues(ctx: Ctx, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const tk = ctx.doc.layers.tokens!;
  const cueToks = new Set(drafts.map((d) => d.cueTok));
  const covered = (pos: number): boolean => drafts.some((d) => pos >= d.contentStart && pos < (d.contentEnd ?? d.contentStart + 1));
  let t = 0;
  for (const [open, close] of ctx.pairs) {
    if (close - open < 15 || covered(open + 1)) continue;
    while (t < tk.length && tk.start[t]! <= close) t++;
    let j = t;
    if (j < tk.length && (rawOf(ctx, j) === '،' || rawOf(ctx, j) === ',')) j++;
    if (j >= tk.length || cueToks.has(j) || !isWord(ctx, j)) continue;
    const hit = lookupCue(ctx.key[j]!);
    if (!hit || hit.entry.kind !== 'finite' || hit.entry.ambiguous) continue;
    if (ctx.doc.text.slice(open + 1, close).trim().split(/\s+/u).length < 3) continue;
    let s = 0;
    while (s < ctx.sentEnd.length && ctx.sentEnd[s]! <= j) s++;
    const subject = subjectIn(ctx, j + 1, Math.min(ctx.sentEnd[s] ?? j + 1, j + 8));
    out.push({ cueTok: j, cue: span(ctx.doc.text, tk.start[j]!, tk.end[j]!), contentStart: open + 1, contentEnd: close, direct: true, subject, continues: !subject, backward: false, sentence: s });
  }
  return out;
}

/** The said part ends at the sentence's end, or where the next cue in the sentence begins. */
function contentEnd(ctx: Ctx, d: Draft, drafts: Draft[], i: number): number {
  if (d.contentEnd !== null) return d.contentEnd;
  const tk = ctx.doc.layers.tokens!;
  let end = tk.end[ctx.sentEnd[d.sentence]! - 1]!;
  for (let k = i + 1; k < drafts.length; k++) {
    const o = drafts[k]!;
    if (o.sentence !== d.sentence) continue;
    if (o.cue.start > d.contentStart && o.cue.start < end) end = o.cue.start;
  }
  return end;
}

function firstNonSpace(text: string, i: number): number {
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  return i;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s.،,؛:]/u.test(text[end - 1]!)) end--;
  // a trailing و before the next cue (… دمشق، ومشيرة) stays out
  return span(text, start, end);
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
