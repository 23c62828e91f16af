/**
 * Temporal expressions in Arabic news, found and normalized (TimeML/TIMEX3 in spirit, the shape
 * of OUTPUT.md's Time record): dates and months in Gregorian, Levantine and Maghreb names, both
 * together as one expression (تموز/ يوليو، أيلول (سبتمبر)); years, Hijri dates; weekdays; days,
 * weeks, months and years named relative to the document date (أمس، الشهر الماضي); durations
 * (ست سنوات → P6Y); and fuzzy references (الآن، مؤخراً، الآونة الأخيرة).
 *
 * Matching runs over tokens of the normalized text (see normalize.ts) and spans are mapped back
 * to raw offsets, so `raw.slice(start, end) === text` always. A span leaves out an attached
 * proclitic of its first word (ومذّاك → مذّاك) but keeps the prepositions منذ and خلال, as the
 * gold does (منذ حزيران / يونيو، خلال الأيام القليلة الماضية).
 *
 * Relative expressions resolve against `published` (the DCT); with no DCT they keep value null.
 * Weekdays go to the nearest such day in the direction of the clause: the past by default,
 * the future after المقبل/القادم, a future marker (سـ + verb, سوف، من المقرر) or a clause that
 * opens with an imperfect verb (يستقبل بوتين الأربعاء). A month or a day of a month without a
 * year goes to the nearest occurrence unless a modifier or منذ says which side.
 */
import type { Document } from '../../doc/document.ts';
import { HIJRI_MONTHS, MONTH_NAMES, WEEKDAYS, findDates, isValidDate } from '../../lang/ar/months.ts';
import { normalize, rawRange, type NormLayer } from '../../lang/ar/normalize.ts';
import {
  AMBIGUOUS_MONTHS,
  APPROXIMATIONS,
  NOT_VERBS,
  SINGULAR_UNIT_CUES,
  STRICT_MONTHS,
  ANAPHORIC_PHRASES,
  CLAUSE_BREAKS,
  DAY_FRAME_WORDS,
  DAY_PARTS,
  DAY_WORDS,
  DURING,
  FEW,
  FUTURE_WORDS,
  FUZZY_NOT_BEFORE,
  FUZZY_PHRASES,
  GENERAL_NOUNS,
  GREGORIAN_MARKERS,
  GUARDED_DAY_WORDS,
  HIJRI_MARKERS,
  MODIFIERS,
  MONTH_WORDS,
  NOT_FUTURE_PREFIXES,
  NOT_TODAY_AFTER,
  NOT_WEEKDAY_BEFORE,
  NOT_YEAR_AFTER,
  PERIOD_EDGES,
  PLURAL_PAST_MODIFIERS,
  SINCE,
  THIS,
  TIME_CUES,
  VAGUE_AFTER,
  VAGUE_QUANTIFIERS,
  WEAK_WEEKDAYS,
  YEAR_WORDS,
  CARDINALS,
  ORDINAL_DAYS,
  UNIT_WORDS,
  keyMap,
  keySet,
  timeKey,
  type Direction,
  type TimeUnit,
  type UnitWord,
} from '../../lang/ar/time-words.ts';
import type { Component } from '../../pipeline/component.ts';
import { hijriToGregorian, gregorianToHijri } from './hijri.ts';

export type Granularity = 'year' | 'month' | 'week' | 'day' | 'duration' | 'fuzzy';
export type TimeAnchor = 'absolute' | 'dct';

export interface TimeExpr {
  start: number;
  end: number;
  text: string;
  /** ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, a duration (P6Y), or null when unresolved. */
  value: string | null;
  granularity: Granularity;
  /** Resolved from the text alone, or relative to the document date. */
  anchor: TimeAnchor;
}

// ---------------------------------------------------------------------------------------------
// Lexicon keys

const S = {
  since: keySet(SINCE),
  during: keySet(DURING),
  edges: keySet(PERIOD_EDGES),
  dayParts: keySet(DAY_PARTS),
  dayFrames: keySet(DAY_FRAME_WORDS),
  monthWords: keySet(MONTH_WORDS),
  yearWords: keySet(YEAR_WORDS),
  hijri: keySet(HIJRI_MARKERS),
  gregorian: keySet(GREGORIAN_MARKERS),
  cues: keySet(TIME_CUES),
  this: keySet(THIS),
  few: keySet(FEW),
  vague: keySet(VAGUE_QUANTIFIERS),
  vagueAfter: keySet(VAGUE_AFTER),
  pluralPast: keySet(PLURAL_PAST_MODIFIERS),
  ambiguousMonths: keySet(AMBIGUOUS_MONTHS),
  strictMonths: keySet(STRICT_MONTHS),
  guardedDays: keySet(GUARDED_DAY_WORDS),
  notToday: keySet(NOT_TODAY_AFTER),
  notWeekdayBefore: keySet(NOT_WEEKDAY_BEFORE),
  weakWeekdays: keySet(WEAK_WEEKDAYS),
  notWeekdayAfter: keySet(['عشر', 'عشرة', 'معا', 'كليهما']),
  general: keySet(GENERAL_NOUNS),
  approx: keySet(APPROXIMATIONS),
  weekEnds: keySet(['نهاية', 'أواخر', 'ختام', 'عطلة']),
  notVerbs: keySet(NOT_VERBS),
  singularCues: keySet(SINGULAR_UNIT_CUES),
  afterTomorrow: keySet(['في', 'على', 'إلى', 'مع', 'صباحا', 'مساء', 'ظهرا']),
  notYearAfter: keySet(NOT_YEAR_AFTER),
  future: keySet(FUTURE_WORDS),
  notFuture: NOT_FUTURE_PREFIXES.map(timeKey),
  breaks: keySet(CLAUSE_BREAKS),
  fuzzy: keySet(FUZZY_PHRASES),
  anaphoric: keySet(ANAPHORIC_PHRASES),
};
const MODS = keyMap(MODIFIERS);
// Lookups by the key of normalized tokens (timeKey): the token texts already are normalized, so
// matching is a map lookup with no normalization on the hot path.
const MONTHS = keyMap(MONTH_NAMES.map((n) => [n.name, n.month] as const));
const HIJRI = keyMap(HIJRI_MONTHS.map((n) => [n.name, n.value] as const));
const WEEKDAY = keyMap(WEEKDAYS.map((n) => [n.name, n.value] as const));
const ORDINALS = keyMap(ORDINAL_DAYS);
const NUMBERS = keyMap(CARDINALS);
const UNITS = keyMap(UNIT_WORDS);
const monthFromName = (key: string) => MONTHS.get(key) ?? null;
const hijriMonthFromName = (key: string) => HIJRI.get(key) ?? null;
const weekdayFromName = (key: string) => WEEKDAY.get(key) ?? null;
const ordinalDay = (key: string) => ORDINALS.get(key) ?? null;
const cardinal = (key: string) => NUMBERS.get(key) ?? null;
const unitWord = (key: string): UnitWord | null => UNITS.get(key) ?? null;
const DAY_OFFSETS = keyMap(DAY_WORDS);
const FUZZY_NOT = keyMap(FUZZY_NOT_BEFORE);
const UNIT_NOUNS = new Map<string, 'year' | 'month' | 'week'>([
  [timeKey('العام'), 'year'], [timeKey('السنة'), 'year'], [timeKey('الشهر'), 'month'], [timeKey('الأسبوع'), 'week'],
]);
/**
 * Every word of the lexicons, with and without the article: a word token that is none of these
 * (after its proclitics) cannot start an expression, so the parsers are not tried on it.
 */
const STARTERS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const add = (phrase: string) => {
    for (const w of phrase.split(' ')) {
      if (!w) continue;
      out.add(w);
      out.add(w.startsWith('ال') ? w.slice(2) : 'ال' + w);
    }
  };
  for (const set of Object.values(S)) for (const w of set) add(w);
  for (const map of [MODS, MONTHS, HIJRI, WEEKDAY, ORDINALS, NUMBERS, UNITS, DAY_OFFSETS, FUZZY_NOT, UNIT_NOUNS] as ReadonlyMap<string, unknown>[]) for (const k of map.keys()) add(k);
  return out;
})();
const W_MIN = timeKey('من');
const W_AL = timeKey('ال');
const W_WA = 'و';
const W_WEEK = timeKey('الأسبوع');
const W_TODAY = timeKey('اليوم');
const W_ONE = new Set([timeKey('واحد'), timeKey('واحدة')]);
const W_THAT = new Set([timeKey('ذلك'), timeKey('تلك'), timeKey('ذات')]);
const W_YEAR_ADJ = timeKey('العام');
const W_GHADAN = timeKey('غدا');
const W_AN = timeKey('أن');
/** How far into its sentence a weekday may stand for an opening imperfect verb to make it future. */
const OPENING_VERB_REACH = 8;
/** An opening verb may follow a name or two (بوتين يستقبل الأسد الأربعاء). */
const OPENING_VERB_SLOTS = 3;

// ---------------------------------------------------------------------------------------------
// Tokens over the normalized text

interface Tok {
  /** Normalized offsets. */
  a: number;
  b: number;
  t: string;
  kind: 'word' | 'num' | 'punct';
  /** Whitespace (or the region start) before the token. */
  gap: boolean;
  /** Index of the first token of its sentence. */
  sent: number;
}

const isSpace = (c: string) => c === ' ' || c === '\n' || (c > ' ' && c < '\u00a0' ? false : /\s/u.test(c));
const isDigit = (c: string) => c >= '0' && c <= '9';
/** Letters and marks; Arabic letters and ASCII without a regular expression (the hot path). */
const isLetter = (c: string) => {
  const k = c.charCodeAt(0);
  if ((k >= 0x0621 && k <= 0x064a) || (k >= 0x0061 && k <= 0x007a) || (k >= 0x0041 && k <= 0x005a)) return true;
  if (k < 0x80) return false;
  return /[\p{L}\p{M}]/u.test(c);
};
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '؛']);

function tokenize(text: string, from: number, to: number): Tok[] {
  const toks: Tok[] = [];
  let gap = true;
  let newSentence = true;
  let sent = 0;
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (isSpace(c)) {
      gap = true;
      if (c === '\n' || c === '\r' || c === '\u2029') newSentence = true;
      i++;
      continue;
    }
    let j = i + 1;
    let kind: Tok['kind'];
    if (isDigit(c)) {
      kind = 'num';
      while (j < to && isDigit(text[j]!)) j++;
    } else if (isLetter(c)) {
      kind = 'word';
      while (j < to && isLetter(text[j]!) && !isDigit(text[j]!)) j++;
    } else {
      kind = 'punct';
    }
    if (newSentence) sent = toks.length;
    toks.push({ a: i, b: j, t: text.slice(i, j), kind, gap, sent });
    newSentence = kind === 'punct' && SENTENCE_END.has(c);
    gap = false;
    i = j;
  }
  return toks;
}

/** A first word and the forms it may have without its proclitics: و/ف, then ب/ل/ك or لل. */
function variants(t: string): { text: string; skip: number }[] {
  const out = [{ text: t, skip: 0 }];
  const bases = [{ text: t, skip: 0 }];
  if (t.length >= 3 && (t[0] === 'و' || t[0] === 'ف')) {
    bases.push({ text: t.slice(1), skip: 1 });
    out.push({ text: t.slice(1), skip: 1 });
  }
  for (const b of bases) {
    if (b.text.length >= 4 && b.text.startsWith('لل')) out.push({ text: 'ال' + b.text.slice(2), skip: b.skip + 2 });
    else if (b.text.length >= 3 && 'بلك'.includes(b.text[0]!)) out.push({ text: b.text.slice(1), skip: b.skip + 1 });
  }
  return out;
}

/** A word without a leading و/ف (for cues and context words, never for spans). */
const bare = (w: string) => (w.length >= 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w);

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (days since 1970-01-01, UTC)

interface Ymd {
  y: number;
  m: number;
  d: number;
}
const dayNumber = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 864e5);
const fromDayNumber = (n: number): Ymd => {
  const t = new Date(n * 864e5);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
const weekdayOf = (n: number) => new Date(n * 864e5).getUTCDay();
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoDay = (n: number) => {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};
const isoMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
const isoYear = (y: number) => pad(y, 4);

/** ISO 8601 week (YYYY-Www) of a day number. */
export function isoWeekOf(n: number): string {
  const dow = (weekdayOf(n) + 6) % 7; // Monday = 0
  const thursday = n - dow + 3;
  const year = fromDayNumber(thursday).y;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

function parseDct(published: string | null): number | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(published);
  if (!m) return null;
  const d = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
  return isValidDate(d) ? dayNumber(d.year, d.month, d.day) : null;
}

/**
 * Which way an expression without a year points: a modifier's direction (strict), منذ (the past,
 * this side included), a future clause, or unknown (nearest).
 */
type Side = { dir: Direction; strict: boolean } | null;

/** Picks among candidates (numbers on one scale) the one the side asks for, relative to `now`. */
function pick(cands: number[], now: number, side: Side): number | null {
  if (cands.length === 0) return null;
  if (side?.dir === 'past') {
    const c = cands.filter((x) => (side.strict ? x < now : x <= now));
    return c.length ? Math.max(...c) : null;
  }
  if (side?.dir === 'future') {
    const c = cands.filter((x) => (side.strict ? x > now : x >= now));
    return c.length ? Math.min(...c) : null;
  }
  let best = cands[0]!;
  for (const c of cands) {
    const d = Math.abs(c - now);
    const bd = Math.abs(best - now);
    if (d < bd || (d === bd && c < best)) best = c;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Matching

interface Sem {
  value: string | null;
  granularity: Granularity;
  anchor: TimeAnchor;
  /** Weekday named (for joining "الجمعة 17 تموز"), or a day-level value for that check. */
  weekday?: number;
  dayValue?: number;
  anaphoric?: boolean;
}

interface Hit extends Sem {
  /** Token range [s, e) and normalized units skipped at the start of token s. */
  s: number;
  e: number;
  skip: number;
}

interface Core extends Sem {
  e: number;
}

interface Flags {
  since: boolean;
  during: boolean;
}

interface MonthAt {
  month: number;
  next: number;
  dual: boolean;
  ambiguous: boolean;
  /** Ambiguous even after في/منذ (آب = أب). */
  strict: boolean;
  hijri: boolean;
}

class Matcher {
  private first = -1;
  private firstText = '';
  private firstSkip = 0;

  constructor(
    private readonly toks: Tok[],
    private readonly dct: number | null,
    private readonly raw: string,
    private readonly norm: NormLayer,
  ) {}

  // --- token access ---------------------------------------------------------------------

  w(j: number): string {
    if (j < 0 || j >= this.toks.length) return '';
    return j === this.first ? this.firstText : this.toks[j]!.t;
  }
  isWord(j: number): boolean {
    return j >= 0 && j < this.toks.length && this.toks[j]!.kind === 'word';
  }
  in(j: number, set: ReadonlySet<string>): boolean {
    return set.has(this.w(j));
  }
  /** The key of words j..j+n-1 when they are all words, else null. */
  words(j: number, n: number): string | null {
    const parts: string[] = [];
    for (let k = j; k < j + n; k++) {
      if (!this.isWord(k)) return null;
      parts.push(this.w(k));
    }
    return parts.join(' ');
  }
  /** Longest phrase of up to `max` words at j found by `look`. */
  phrase<T>(j: number, max: number, look: (key: string) => T | null | undefined): { v: T; next: number } | null {
    for (let n = max; n >= 1; n--) {
      const key = this.words(j, n);
      if (key === null) continue;
      const v = look(key);
      if (v !== null && v !== undefined) return { v, next: j + n };
    }
    return null;
  }
  cueBefore(j: number): boolean {
    const p = this.w(j - 1);
    if (S.cues.has(p) || S.cues.has(bare(p)) || S.edges.has(p)) return true;
    // "على مدى", "على مدار"
    return false;
  }

  // --- context ----------------------------------------------------------------------------

  private isFutureMarker(w: string): boolean {
    const b = bare(w);
    if (S.future.has(b) || S.future.has(w)) return true;
    if (b.length >= 4 && /^س[يتن]/u.test(b) && !S.notFuture.some((p) => b.startsWith(p))) return true;
    return false;
  }
  /**
   * An imperfect verb by its shape: يـ + at least three letters (يستقبل، يلتقي). تـ is left out:
   * it also opens perfects of forms V–VI (توجه، تلقى) and verbal nouns (تعزيز).
   */
  private isImperfect(w: string): boolean {
    const b = bare(w);
    if (b.length < 4 || b.length > 8 || b[0] !== 'ي') return false;
    if (/(ة|ات|ية|ين)$/u.test(b)) return false;
    if (/^(يوم|يون|ينا|يول)/u.test(b) || S.notVerbs.has(b)) return false;
    return true;
  }
  /** The future when the clause before `s` has a future marker or opens with an imperfect verb. */
  futureClause(s: number): boolean {
    const start = this.toks[s]?.sent ?? 0;
    for (let j = s - 1; j >= start; j--) {
      const w = this.w(j);
      if (S.breaks.has(w) || S.breaks.has(bare(w))) {
        // من المقرر أن يصل، يعتزم أن يزور: the clause before أن says when.
        return w === W_AN && (this.isFutureMarker(this.w(j - 1)) || this.isFutureMarker(this.w(j - 2)));
      }
      if (this.isFutureMarker(w)) return true;
      if (this.isFutureMarker(w + ' ' + this.w(j + 1))) return true;
      if (j - start < OPENING_VERB_SLOTS && s - start <= OPENING_VERB_REACH && this.isImperfect(w)) return true;
    }
    return false;
  }
  modAt(j: number): Direction | null {
    return MODS.get(this.w(j)) ?? null;
  }

  // --- pieces -----------------------------------------------------------------------------

  monthAt(j: number): MonthAt | null {
    const one = (k: number): { month: number; next: number; key: string; hijri: boolean } | null => {
      for (const n of [2, 1]) {
        const key = this.words(k, n);
        if (key === null) continue;
        const g = monthFromName(key);
        if (g !== null) return { month: g, next: k + n, key, hijri: false };
      }
      for (const n of [2, 1]) {
        const key = this.words(k, n);
        if (key === null) continue;
        const h = hijriMonthFromName(key);
        if (h !== null) return { month: h, next: k + n, key, hijri: true };
      }
      return null;
    };
    const m1 = one(j);
    if (!m1) return null;
    let next = m1.next;
    let dual = false;
    const sep = this.toks[next];
    if (!m1.hijri && sep && sep.kind === 'punct' && '/\\(-–—'.includes(sep.t)) {
      const m2 = one(next + 1);
      if (m2 && !m2.hijri && m2.month === m1.month) {
        next = m2.next;
        dual = true;
        if (sep.t === '(' && this.toks[next]?.t === ')') next++;
      }
    }
    const ambiguous = S.ambiguousMonths.has(m1.key);
    // باب is not في + آب: an ambiguous name does not come out of a word with its proclitic cut
    // off unless its other name follows (وأيار (مايو)).
    if (ambiguous && !dual && j === this.first && this.firstSkip > 0) return null;
    return { month: m1.month, next, dual, ambiguous, strict: S.strictMonths.has(m1.key), hijri: m1.hijri };
  }

  /**
   * A year number at j with its era marker (1445 هـ، 2011م). `loose` (after عام/سنة) accepts any
   * four-digit year; otherwise 1900–2100, or a Hijri year when it is marked or `hijriContext`.
   */
  yearAt(j: number, loose: boolean, hijriContext = false): { year: number; next: number; hijri: boolean } | null {
    const t = this.toks[j];
    if (!t || t.kind !== 'num' || t.t.length !== 4) return null;
    const year = +t.t;
    let next = j + 1;
    let hijri = false;
    if (this.in(next, S.hijri)) {
      hijri = true;
      next++;
    } else if (this.in(next, S.gregorian)) next++;
    else if (hijriContext && year >= 1300 && year <= 1600) hijri = true;
    if (this.in(next, S.notYearAfter) || unitWord(this.w(next))) return null;
    if (hijri ? year < 1 || year > 1600 : loose ? year < 1000 || year > 2999 : year < 1900 || year > 2100) return null;
    return { year, next, hijri };
  }

  dayAt(j: number): { day: number; next: number } | null {
    let k = j;
    if (this.w(k) === W_AL && this.toks[k + 1]?.kind === 'num' && !this.toks[k + 1]!.gap) k++;
    const t = this.toks[k];
    if (t && t.kind === 'num') {
      if (t.t.length > 2) return null;
      const day = +t.t;
      return day >= 1 && day <= 31 ? { day, next: k + 1 } : null;
    }
    if (k !== j) return null;
    const p = this.phrase(j, 3, ordinalDay);
    return p ? { day: p.v, next: p.next } : null;
  }

  numberAt(j: number): { n: number; next: number } | null {
    const t = this.toks[j];
    if (t && t.kind === 'num') return t.t.length <= 3 && +t.t > 0 ? { n: +t.t, next: j + 1 } : null;
    // الاثني عشر شهراً: the article on the number
    const p = this.phrase(j, 3, (key) => {
      const n = cardinal(key);
      if (n !== null) return n;
      const m = key.startsWith('ال') ? cardinal(key.slice(2)) : null;
      return m !== null && m >= 3 ? m : null;
    });
    return p ? { n: p.v, next: p.next } : null;
  }

  /** Optional "، من العام 2020" after a month (a Hijri one: رمضان 1445). */
  yearTail(k: number, hijriMonth: boolean): { year: number; next: number; hijri: boolean } | null {
    let j = k;
    if (this.toks[j]?.kind === 'punct' && (this.toks[j]!.t === '،' || this.toks[j]!.t === ',')) j++;
    if (this.w(j) === W_MIN) j++;
    const yw = this.in(j, S.yearWords);
    if (yw) j++;
    return this.yearAt(j, yw, hijriMonth);
  }

  // --- values -----------------------------------------------------------------------------

  private sideOf(mod: Direction | null, flags: Flags, s: number): Side {
    if (mod) return { dir: mod, strict: mod !== 'current' };
    if (flags.since) return { dir: 'past', strict: false };
    if (this.futureClause(s)) return { dir: 'future', strict: false };
    return null;
  }

  private monthValue(month: number, year: number | null, hijri: boolean, side: Side): Sem {
    if (year !== null) {
      if (hijri) {
        const mid = hijriToGregorian(year, month, 15);
        return { value: mid ? isoMonth(mid.y, mid.m) : null, granularity: 'month', anchor: 'absolute' };
      }
      return { value: isoMonth(year, month), granularity: 'month', anchor: 'absolute' };
    }
    if (this.dct === null) return { value: null, granularity: 'month', anchor: 'dct' };
    const now = fromDayNumber(this.dct);
    if (hijri) {
      const h = gregorianToHijri(now);
      if (!h) return { value: null, granularity: 'month', anchor: 'dct' };
      const nowIdx = h.y * 12 + h.m - 1;
      const cands = side?.dir === 'current' ? [h.y * 12 + month - 1] : [-1, 0, 1].map((k) => (h.y + k) * 12 + month - 1);
      const idx = pick(cands, nowIdx, side);
      const g = idx === null ? null : hijriToGregorian(Math.floor(idx / 12), (idx % 12) + 1, 15);
      return { value: g ? isoMonth(g.y, g.m) : null, granularity: 'month', anchor: 'dct' };
    }
    const nowIdx = now.y * 12 + now.m - 1;
    const cands = side?.dir === 'current' ? [now.y * 12 + month - 1] : [-1, 0, 1].map((k) => (now.y + k) * 12 + month - 1);
    const idx = pick(cands, nowIdx, side);
    return { value: idx === null ? null : isoMonth(Math.floor(idx / 12), (idx % 12) + 1), granularity: 'month', anchor: 'dct' };
  }

  private dateValue(day: number, month: number, year: number | null, hijri: boolean, side: Side): Sem {
    const at = (y: number): number | null => {
      if (hijri) {
        const g = hijriToGregorian(y, month, day);
        return g ? dayNumber(g.y, g.m, g.d) : null;
      }
      return isValidDate({ year: y, month, day }) ? dayNumber(y, month, day) : null;
    };
    if (year !== null) {
      const n = at(year);
      return { value: n === null ? null : isoDay(n), granularity: 'day', anchor: 'absolute', dayValue: n ?? undefined };
    }
    if (this.dct === null) return { value: null, granularity: 'day', anchor: 'dct' };
    const now = fromDayNumber(this.dct);
    const baseYear = hijri ? gregorianToHijri(now)?.y ?? null : now.y;
    if (baseYear === null) return { value: null, granularity: 'day', anchor: 'dct' };
    const years = side?.dir === 'current' ? [baseYear] : [baseYear - 1, baseYear, baseYear + 1];
    const cands = years.map(at).filter((n): n is number => n !== null);
    const n = pick(cands, this.dct, side);
    return { value: n === null ? null : isoDay(n), granularity: 'day', anchor: 'dct', dayValue: n ?? undefined };
  }

  // --- cores: each parses an expression at token j ----------------------------------------

  /** [يوم] DAY [من] [شهر] MONTH [، من العام YEAR] [MOD] */
  date(j: number, flags: Flags, s: number): Core | null {
    let k = j;
    if (this.in(k, S.dayFrames)) k++;
    const d = this.dayAt(k);
    if (!d) return null;
    k = d.next;
    if (this.w(k) === W_MIN) k++;
    const monthWord = this.in(k, S.monthWords);
    if (monthWord) k++;
    const m = this.monthAt(k);
    if (!m) return null;
    k = m.next;
    const y = this.yearTail(k, m.hijri);
    if (y) k = y.next;
    const mod = y ? null : this.modAt(k);
    if (mod) k++;
    if (y && y.hijri !== m.hijri && m.hijri) return null;
    if (m.hijri && m.ambiguous && !y && !monthWord) return null; // فاز 2 صفر is a score
    const sem = this.dateValue(d.day, m.month, y ? y.year : null, m.hijri, this.sideOf(mod, flags, s));
    if (y === null && !isValidDate({ year: 2000, month: m.hijri ? 1 : m.month, day: m.hijri ? Math.min(d.day, 30) : d.day })) return null;
    return { ...sem, e: k };
  }

  /** [EDGE] [شهر] MONTH [، YEAR] [MOD] */
  month(j: number, flags: Flags, s: number): Core | null {
    let k = j;
    const edge = this.in(k, S.edges);
    if (edge) k++;
    const monthWord = this.in(k, S.monthWords);
    if (monthWord) k++;
    const m = this.monthAt(k);
    if (!m) return null;
    k = m.next;
    const y = this.yearTail(k, m.hijri);
    if (y) k = y.next;
    const mod = y ? null : this.modAt(k);
    if (mod) k++;
    if (m.hijri && !monthWord && !y && !mod) return null; // رمضان, رجب are also names
    if (m.ambiguous && !m.dual && !y && !mod && !edge && !monthWord) {
      // آب is also أب "father": it needs its other name, a year, a modifier or شهر.
      if (m.strict || (!flags.since && !this.cueBefore(j))) return null;
    }
    if (y && y.hijri !== m.hijri && m.hijri === false && y.hijri) return null;
    return { ...this.monthValue(m.month, y ? y.year : null, m.hijri, this.sideOf(mod, flags, s)), e: k };
  }

  /** [EDGE] [عام|العام|سنة] YEAR [هـ|م] */
  year(j: number, flags: Flags): Core | null {
    let k = j;
    const edge = this.in(k, S.edges);
    if (edge) k++;
    const yw = this.in(k, S.yearWords);
    if (yw) k++;
    const y = this.yearAt(k, yw);
    if (!y) return null;
    if (!yw && !edge && !flags.since && !y.hijri) {
      const p = this.w(j - 1);
      const listed = p === W_WA && this.toks[j - 2]?.kind === 'num';
      if (!this.cueBefore(j) && !listed) return null;
    }
    let value: string | null = isoYear(y.year);
    if (y.hijri) {
      // The Gregorian year that holds most of the Hijri year (its middle, 1 Rajab).
      const mid = hijriToGregorian(y.year, 7, 1);
      value = mid ? isoYear(mid.y) : null;
    }
    return { value, granularity: 'year', anchor: 'absolute', e: y.next };
  }

  /** [EDGE] [هذا] (العام|السنة|الشهر|الأسبوع) [MOD] */
  relUnit(j: number, flags: Flags, s: number): Core | null {
    let k = j;
    const edge = this.in(k, S.edges);
    if (edge) k++;
    const dem = this.in(k, S.this);
    if (dem) k++;
    const unit = UNIT_NOUNS.get(this.w(k));
    if (!unit) return null;
    if (this.w(k) === W_YEAR_ADJ && !edge && !dem && S.general.has(bare(this.w(k - 1)))) return null;
    k++;
    const mod = this.modAt(k);
    if (mod) k++;
    if (!mod && !dem && !edge) return null;
    const granularity = unit;
    if (this.dct === null) return { value: null, granularity, anchor: 'dct', e: k };
    const now = fromDayNumber(this.dct);
    const step = mod === 'past' ? -1 : mod === 'future' ? 1 : 0;
    let value: string;
    if (unit === 'year') value = isoYear(now.y + step);
    else if (unit === 'month') {
      const idx = now.y * 12 + now.m - 1 + step;
      value = isoMonth(Math.floor(idx / 12), (idx % 12) + 1);
    } else if (edge && !mod && !dem && this.w(k - 1) === W_WEEK && S.weekEnds.has(this.w(j))) {
      // نهاية الأسبوع: the weekend (Friday) nearest in the clause's direction.
      const future = flags.since ? false : this.futureClause(s);
      const dow = weekdayOf(this.dct);
      const n = future ? this.dct + ((5 - dow + 7) % 7) : this.dct - ((dow - 5 + 7) % 7);
      value = isoWeekOf(n);
    } else value = isoWeekOf(this.dct + 7 * step);
    return { value, granularity, anchor: 'dct', e: k };
  }

  /** [DAYPART] [يوم] (أمس|اليوم|غداً|أول من أمس|…) */
  dayWord(j: number): Core | null {
    let k = j;
    const part = this.phrase(k, 2, (key) => (S.dayParts.has(key) ? true : null));
    if (part) k = part.next;
    const frame = this.in(k, S.dayFrames);
    if (frame) k++;
    const p = this.phrase(k, 3, (key) => DAY_OFFSETS.get(key));
    if (!p) return null;
    const key = this.words(k, p.next - k)!;
    if (S.guardedDays.has(key) && !part && !frame) {
      // غداً with its tanwin, or before a weekday or a pause, is "tomorrow"; غدا alone is mostly
      // "became" (غدا الوضع). الغد needs a frame (صحيفة الغد, تيار الغد).
      if (key !== W_GHADAN) return null;
      const tok = this.toks[p.next - 1]!;
      const after = this.raw.slice(this.norm.toRaw[tok.b - 1]! + 1, this.norm.toRaw[tok.b - 1]! + 4).replace(/\u0640/gu, '');
      const nextTok = this.toks[p.next];
      const pause = !nextTok || nextTok.kind === 'punct' || weekdayFromName(this.w(p.next)) !== null || S.afterTomorrow.has(this.w(p.next));
      if (!after.startsWith('\u064B') && !pause) return null;
    }
    if (key === W_TODAY) {
      if (frame) return null;
      if (this.in(p.next, S.notToday) || W_THAT.has(this.w(k - 1))) return null;
    }
    const value = this.dct === null ? null : isoDay(this.dct + p.v);
    return { value, granularity: 'day', anchor: 'dct', e: p.next, dayValue: this.dct === null ? undefined : this.dct + p.v };
  }

  /** [DAYPART] [يوم] WEEKDAY [MOD] */
  weekday(j: number, flags: Flags, s: number): Core | null {
    let k = j;
    const part = this.phrase(k, 2, (key) => (S.dayParts.has(key) ? true : null));
    if (part) k = part.next;
    const frame = this.in(k, S.dayFrames);
    if (frame) k++;
    const w = this.w(k);
    if (!this.isWord(k)) return null;
    const wd = weekdayFromName(w);
    if (wd === null) return null;
    if (!w.startsWith('ال')) return null; // صباح أحد الأيام is "one morning"
    if (!frame && !part) {
      if (this.in(k - 1, S.notWeekdayBefore) || S.notWeekdayBefore.has(bare(this.w(k - 1)))) return null;
      if (S.weakWeekdays.has(w) && S.notWeekdayAfter.has(this.w(k + 1))) return null; // الأحد عشر، الاثنين معاً
    }
    k++;
    const mod = this.modAt(k);
    if (mod) k++;
    if (this.dct === null) return { value: null, granularity: 'day', anchor: 'dct', e: k, weekday: wd };
    const side = this.sideOf(mod, flags, s);
    const dow = weekdayOf(this.dct);
    let n: number;
    if (side?.dir === 'future') {
      let delta = (wd - dow + 7) % 7;
      if (side.strict && delta === 0) delta = 7;
      n = this.dct + delta;
    } else if (side?.dir === 'current') {
      n = this.dct - ((dow + 6) % 7) + ((wd + 6) % 7); // this week (Monday first)
    } else {
      let delta = (dow - wd + 7) % 7;
      if (side?.strict && delta === 0) delta = 7;
      n = this.dct - delta;
    }
    return { value: isoDay(n), granularity: 'day', anchor: 'dct', e: k, weekday: wd, dayValue: n };
  }

  /** NUM UNIT, dual units, vague counts, and ال+plural [القليلة] MOD. */
  duration(j: number, flags: Flags): Core | null {
    const dur = (n: number | null, u: UnitWord | TimeUnit, e: number, relative: boolean): Core => {
      const unit = typeof u === 'string' ? u : u.unit;
      let value: string | null = null;
      if (n !== null) {
        value =
          unit === 'H' ? `PT${n}H` : unit === 'MIN' ? `PT${n}M` : unit === 'DEC' ? `P${n * 10}Y` : `P${n}${unit}`;
      }
      return { value, granularity: 'duration', anchor: relative || flags.since ? 'dct' : 'absolute', e };
    };
    const w = this.w(j);
    // ال + unit: اليومين الماضيين، الأشهر القليلة الماضية، السنوات الست الماضية
    if (w.startsWith('ال') && w.length > 3) {
      const u = unitWord(w.slice(2));
      if (u && u.number !== 'singular') {
        let k = j + 1;
        let n: number | null = u.number === 'dual' ? 2 : null;
        const num = u.number === 'plural' ? this.phrase(k, 2, (key) => (key.startsWith('ال') ? cardinal(key.slice(2)) : null)) : null;
        if (num) {
          n = num.v;
          k = num.next;
        }
        if (this.in(k, S.few)) k++;
        const mod = this.modAt(k);
        const pluralPast = this.in(k, S.pluralPast);
        if ((mod && mod !== 'current') || pluralPast) {
          k++;
          if (n === null && !flags.during) return { value: null, granularity: 'fuzzy', anchor: 'dct', e: k };
          return dur(n, u, k, true);
        }
        return null;
      }
    }
    // NUM UNIT
    const num = this.numberAt(j);
    if (num) {
      const u = unitWord(this.w(num.next));
      if (u && this.isWord(num.next)) return dur(num.n, u, num.next + 1, false);
      return null;
    }
    // VAGUE UNIT (عدة أشهر، بضع سنوات)
    if (this.in(j, S.vague)) {
      let k = j + 1;
      if (this.w(k) === W_MIN) k++; // عشرات من السنين
      const wk = this.w(k);
      const u = unitWord(wk) ?? (wk.startsWith('ال') ? unitWord(wk.slice(2)) : null);
      if (u && u.number === 'plural') return dur(null, u, k + 1, false);
      return null;
    }
    const u = unitWord(w);
    if (!u) return null;
    // UNIT واحد
    if (u.number === 'singular' && W_ONE.has(this.w(j + 1))) return dur(1, u, j + 2, false);
    const nw = this.w(j + 1);
    const construct = this.isWord(j + 1) && (nw.startsWith('ال') || S.monthWords.has(nw) || this.monthAt(j + 1) !== null);
    // قبل أسبوع، بعد عام من الحرب، منذ شهر: one unit
    if (u.number === 'singular' && !construct && this.toks[j + 1]?.kind !== 'num' && !this.in(j + 1, S.hijri)) {
      const p = this.w(j - 1);
      if (flags.since || flags.during || S.singularCues.has(p) || S.singularCues.has(bare(p))) return dur(1, u, j + 1, false);
    }
    if (u.number === 'dual') {
      if (j > 0 && this.toks[j - 1]?.kind === 'num') return null;
      return dur(2, u, j + 1, false);
    }
    if (u.number === 'plural') {
      if (this.in(j + 1, S.vagueAfter)) return dur(null, u, j + 2, false);
      // أيام شهر رمضان، ساعات الصباح: a plural in construct names a period, not a length.
      if (construct) return null;
      if (flags.since || flags.during || this.cueBefore(j)) return dur(null, u, j + 1, false);
    }
    return null;
  }

  fuzzy(j: number): Core | null {
    const p = this.phrase(j, 4, (key) => (S.fuzzy.has(key) ? key : null));
    if (p) {
      const not = FUZZY_NOT.get(p.v);
      if (not && not.map(timeKey).includes(this.w(p.next))) return null;
      return { value: null, granularity: 'fuzzy', anchor: 'dct', e: p.next };
    }
    const a = this.phrase(j, 3, (key) => (S.anaphoric.has(key) ? key : null));
    if (a) return { value: null, granularity: 'fuzzy', anchor: 'dct', e: a.next, anaphoric: true };
    return null;
  }

  /** The token after an approximation word at j (نحو، حوالي، أكثر من), or j. */
  approximation(j: number): number {
    const p = this.phrase(j, 3, (key) => (S.approx.has(key) ? true : null));
    return p ? p.next : j;
  }

  cores(j: number, flags: Flags, s: number): Core[] {
    const out: Core[] = [];
    const push = (c: Core | null) => {
      if (c) out.push(c);
    };
    if (flags.during) {
      push(this.duration(j, flags));
      return out;
    }
    push(this.date(j, flags, s));
    push(this.month(j, flags, s));
    push(this.year(j, flags));
    push(this.relUnit(j, flags, s));
    push(this.dayWord(j));
    push(this.weekday(j, flags, s));
    push(this.duration(j, flags));
    if (!flags.since) push(this.fuzzy(j));
    return out;
  }

  /** The longest expression starting at token i, or null. */
  at(i: number): Hit | null {
    const tok = this.toks[i]!;
    if (tok.kind === 'word' && !variants(tok.t).some((v) => STARTERS.has(v.text))) return null;
    let best: Hit | null = null;
    const consider = (c: Core, skip: number) => {
      if (!best || c.e > best.e || (c.e === best.e && skip < best.skip)) best = { ...c, s: i, skip };
    };
    for (const v of variants(this.toks[i]!.t)) {
      this.first = i;
      this.firstText = v.text;
      this.firstSkip = v.skip;
      for (const c of this.cores(i, { since: false, during: false }, i)) consider(c, v.skip);
      if (S.since.has(v.text) || S.during.has(v.text)) {
        // منذ نحو عامين، خلال أكثر من شهرين: an approximation stays inside the span.
        const k = this.approximation(i + 1);
        const flags = { since: S.since.has(v.text), during: S.during.has(v.text) };
        for (const c of this.cores(k, flags, i)) consider(c, v.skip);
      }
    }
    this.first = -1;
    return best;
  }

  run(): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < this.toks.length; ) {
      const t = this.toks[i]!;
      const h = t.kind === 'punct' ? null : this.at(i);
      if (h) {
        hits.push(h);
        i = h.e;
      } else i++;
    }
    return hits;
  }
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** Binary search: the first normalized index whose raw offset is ≥ `raw`. */
function normIndex(toRaw: Int32Array, len: number, raw: number): number {
  let lo = 0;
  let hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toRaw[mid]! < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Out extends TimeExpr {
  sem: Sem;
}

/**
 * Every temporal expression inside `regions` (raw ranges of `raw`), in text order, with raw
 * offsets; `norm` is the normalization of `raw` (normalize.ts) and `published` the document
 * date (YYYY-MM-DD) or null.
 */
export function findTimes(
  raw: string,
  norm: { text: string; toRaw: Int32Array },
  regions: readonly { start: number; end: number }[],
  published: string | null,
): TimeExpr[] {
  const dct = parseDct(published);
  const all: Out[] = [];
  const nlen = norm.text.length;
  for (const r of regions) {
    const a = normIndex(norm.toRaw, nlen, r.start);
    const b = normIndex(norm.toRaw, nlen, r.end);
    if (b <= a) continue;
    const toks = tokenize(norm.text, a, b);
    const found: Out[] = [];
    for (const h of new Matcher(toks, dct, raw, norm).run()) {
      const na = toks[h.s]!.a + h.skip;
      const nb = toks[h.e - 1]!.b;
      const span = rawRange(raw, norm, na, nb);
      const end = Math.min(span.end, r.end);
      found.push({
        start: span.start,
        end,
        text: raw.slice(span.start, end),
        value: h.value,
        granularity: h.granularity,
        anchor: h.anchor,
        sem: h,
      });
    }
    // Numeric and month-first dates (2017-08-03, 03/08/2017, أغسطس 3، 2017) from months.ts.
    for (const d of findDates(raw.slice(r.start, r.end))) {
      if (!d.valid) continue;
      const start = r.start + d.start;
      const end = r.start + d.end;
      if (found.some((f) => f.start < end && start < f.end && f.end - f.start >= end - start)) continue;
      for (let k = found.length - 1; k >= 0; k--) if (found[k]!.start < end && start < found[k]!.end) found.splice(k, 1);
      const n = dayNumber(d.year, d.month, d.day);
      found.push({
        start,
        end,
        text: raw.slice(start, end),
        value: d.iso,
        granularity: 'day',
        anchor: 'absolute',
        sem: { value: d.iso, granularity: 'day', anchor: 'absolute', dayValue: n },
      });
    }
    found.sort((x, y) => x.start - y.start);
    all.push(...found);
  }
  all.sort((x, y) => x.start - y.start);
  resolveInContext(raw, all);
  return all.map(({ sem: _sem, ...t }) => t);
}

/**
 * Second pass over the expressions in order: a weekday right before a date of that weekday takes
 * the date's value (الجمعة 17 تموز/ يوليو); an anaphoric one (مذّاك، آنذاك) takes the value of the
 * expression before it, within the sentence or the one before.
 */
function resolveInContext(raw: string, times: Out[]): void {
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    const next = times[i + 1];
    if (t.sem.weekday !== undefined && next && next.sem.dayValue !== undefined && /^[\s,،]*$/u.test(raw.slice(t.end, next.start))) {
      if (weekdayOf(next.sem.dayValue) === t.sem.weekday && next.value !== null) {
        t.value = next.value;
        t.anchor = next.anchor;
      }
    }
    if (t.sem.anaphoric) {
      for (let k = i - 1; k >= 0; k--) {
        const p = times[k]!;
        if (/[.!?؟]\s[^]*[.!?؟\n]/u.test(raw.slice(p.end, t.start)) || t.start - p.end > 400) break;
        if (p.value !== null && (p.granularity === 'year' || p.granularity === 'month' || p.granularity === 'week' || p.granularity === 'day')) {
          t.value = p.value;
          t.granularity = p.granularity;
          t.anchor = p.anchor;
          break;
        }
      }
    }
  }
}

/** The times layer: temporal expressions of the document's regions, resolved against its date. */
export function timesComponent(): Component {
  return {
    name: 'ar.times',
    version: '1',
    requires: ['norm', 'tokens', 'sentences'],
    provides: ['times'],
    run(doc: Document): Document {
      const norm = doc.layers.norm ?? normalize(doc.text);
      const times = findTimes(doc.text, norm, doc.regions(), doc.meta.published);
      return doc.with({ times });
    },
  };
}
