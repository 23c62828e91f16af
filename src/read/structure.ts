/**
 * Article structure from the text alone: the title line, bylines, datelines, captions and other
 * page furniture, and the body between them. The text is never changed; all offsets are UTF-16
 * indices into it. Matching runs on folded copies of lines (see foldForMatch).
 */
import type { Range } from '../base/span.ts';
import type { Boilerplate, BoilerplateKind } from '../doc/document.ts';
import {
  AUTHOR_WORDS,
  BODY_OPENERS,
  BYLINE_OPENERS,
  CREDIT_WORDS,
  DATELINE_PLACES,
  DATELINE_WORDS,
  FURNITURE_PHRASES,
  SOCIAL_NAMES,
  UPDATE_MARKERS,
  type FurniturePhrase,
} from '../lang/ar/furniture.ts';
import {
  HIJRI_MONTHS,
  WEEKDAYS,
  findDates,
  foldForMatch,
  foldWithOffsets,
  type DateMatch,
} from '../lang/ar/months.ts';

export interface StructureHints {
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** true when the reader put hints.title on the first line */
  titleIsFirstLine?: boolean;
}

export interface Structure {
  title: string | null;
  titleRange: Range | null;
  outlet: string | null;
  published: string | null;
  publishedFrom: 'metadata' | 'text' | null;
  body: Range;
  boilerplate: Boilerplate[];
  warnings: string[];
}

/** A headline has at most this many words. */
const MAX_TITLE_WORDS = 30;
/** Furniture lines looked at above the title and between the title and the body. */
const MAX_HEADER_LINES = 8;
/** Similarity (token Jaccard, or containment in the shorter line) for a repeated title. */
const REPEAT_SIMILARITY = 0.5;

// ---------------------------------------------------------------------------------------------
// Lines

interface Line {
  /** Trimmed range in the text. */
  start: number;
  end: number;
  text: string;
  folded: string;
  words: number;
}

const EDGE_SPACE = /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C]/;

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const breaks = /\r\n|[\n\r\u2028\u2029\u0085]/g;
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && EDGE_SPACE.test(text[a])) a++;
    while (b > a && EDGE_SPACE.test(text[b - 1])) b--;
    if (a >= b) return;
    const t = text.slice(a, b);
    const folded = foldForMatch(t);
    out.push({ start: a, end: b, text: t, folded, words: countWords(folded) });
  };
  for (const m of text.matchAll(breaks)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

const countWords = (s: string): number => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const tokens = (folded: string): string[] => folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex matching `phrase` (folded, any punctuation or spacing between its words). */
function phraseSource(phrase: string): string {
  return tokens(foldForMatch(phrase)).map(escapeRe).join('[^\\p{L}\\p{N}]+');
}

/** Matches a line that opens with one of `phrases` (leading punctuation allowed). */
function openerRe(phrases: readonly string[]): RegExp {
  const alt = [...phrases].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
  return new RegExp(`^[^\\p{L}\\p{N}]*(?:${alt})(?!\\p{L})`, 'u');
}

const foldedSet = (words: readonly string[]) => new Set(words.map((w) => tokens(foldForMatch(w)).join(' ')));

// ---------------------------------------------------------------------------------------------
// Furniture phrases

interface CompiledPhrase extends FurniturePhrase {
  re: RegExp;
  phraseWords: number;
}

const PHRASES: CompiledPhrase[] = FURNITURE_PHRASES.map((f) => ({
  ...f,
  re: new RegExp(`^[^\\p{L}\\p{N}]*${phraseSource(f.phrase)}${f.colon ? '\\s*[:：]' : '(?!\\p{L})'}`, 'u'),
  phraseWords: tokens(foldForMatch(f.phrase)).length,
}));

function matchPhrase(line: Line): CompiledPhrase | null {
  for (const f of PHRASES) {
    if (f.maxWords !== undefined && line.words > f.maxWords) continue;
    if (f.re.test(line.folded)) return f;
  }
  return null;
}

const SOCIAL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...SOCIAL_NAMES].sort((a, b) => b.length - a.length).map(phraseSource).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** A line of share buttons: nothing but social network names. */
function isShareLine(line: Line): boolean {
  if (line.words > 12) return false;
  const rest = line.folded.replace(SOCIAL_RE, ' ');
  return rest !== line.folded && !/[\p{L}\p{N}]/u.test(rest);
}

// ---------------------------------------------------------------------------------------------
// Bylines and datelines

const SEPARATOR = /\s*[–—―‒|]\s*|\s+-+\s*|\s*-+\s+/;
const AUTHOR_RE = openerRe(AUTHOR_WORDS);
const BYLINE_OPENER_RE = openerRe(BYLINE_OPENERS);
const BYLINE_OPENER_COLON_RE = new RegExp(`${BYLINE_OPENER_RE.source}\\s*[:：]`, 'u');
const MULTIWORD_OPENER_RE = openerRe(BYLINE_OPENERS.filter((w) => /\s/.test(w.trim())));
const PLACES = foldedSet(DATELINE_PLACES);
const UPDATE_RE = new RegExp(`(?<!\\p{L})(?:${UPDATE_MARKERS.map(phraseSource).join('|')})(?!\\p{L})`, 'u');
const DATELINE_TOKENS = new Set(
  [...DATELINE_WORDS, ...WEEKDAYS.map((w) => w.name), ...HIJRI_MONTHS.map((h) => h.name)].flatMap((w) =>
    tokens(foldForMatch(w)),
  ),
);

interface LineDates {
  /** Valid dates before any "last updated" note. */
  dates: DateMatch[];
  /** Well-formed dates that do not exist. */
  invalid: DateMatch[];
}

/** The dates a byline or dateline states, ignoring what follows a "last updated" marker. */
function lineDates(line: Line): LineDates {
  const f = foldWithOffsets(line.text);
  const cut = UPDATE_RE.exec(f.text);
  const cutAt = cut ? f.offsets[cut.index] : line.text.length;
  const head = findDates(line.text).filter((d) => d.start < cutAt);
  return { dates: head.filter((d) => d.valid), invalid: head.filter((d) => !d.valid) };
}

/** A line that is only a date, optionally with weekday, time, Hijri date and "published" words. */
function isDateline(line: Line): boolean {
  if (line.words > 16) return false;
  const dates = findDates(line.text);
  if (dates.length === 0) return false;
  let rest = '';
  let at = 0;
  for (const d of dates) {
    rest += line.text.slice(at, d.start) + ' ';
    at = d.end;
  }
  rest += line.text.slice(at);
  let folded = foldForMatch(rest);
  const cut = UPDATE_RE.exec(folded);
  if (cut) folded = folded.slice(0, cut.index);
  let unknown = 0;
  for (const t of tokens(folded)) {
    if (/^\d+$/.test(t) || DATELINE_TOKENS.has(t)) continue;
    // "ص"/"م" glued to a time or year ("10:30ص", "2017م")
    if (/^\d+[صمه]$/.test(t)) continue;
    unknown++;
  }
  return unknown <= 1;
}

interface Byline {
  outlet: string | null;
}

/** "outlet – author" (either order, any dash), with an author word on one side. */
function dashByline(line: Line, outletHint: string | null): Byline | null {
  if (line.words > 12) return null;
  const parts = line.text.split(SEPARATOR).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
  if (parts.length < 2 || parts.some((p) => countWords(p) > 6)) return null;
  const hint = outletHint ? tokens(foldForMatch(outletHint)).join(' ') : null;
  const isAuthor = (p: string) => countWords(p) <= 5 && AUTHOR_RE.test(foldForMatch(p));
  const isHint = (p: string) => hint !== null && tokens(foldForMatch(p)).join(' ') === hint;
  const isDate = (p: string) => isDateline(lineOf(p));
  const hinted = parts.find(isHint);
  if (hinted === undefined && !parts.some(isAuthor)) return null;
  // Every other part must be author or date; a headline like "روسيا – تركيا: …" has no author
  // side. With the outlet known from metadata, a plain name may stand for the author.
  let outlet: string | null = hinted ?? null;
  for (const p of parts) {
    if (p === hinted || isAuthor(p) || isDate(p)) continue;
    if (countWords(p) > 4 || /\p{N}/u.test(p)) return null;
    if (hinted !== undefined) continue;
    if (outlet !== null) return null;
    outlet = p;
  }
  if (outlet !== null && PLACES.has(tokens(foldForMatch(outlet)).join(' '))) outlet = null;
  return { outlet };
}

function lineOf(t: string): Line {
  const folded = foldForMatch(t);
  return { start: 0, end: t.length, text: t, folded, words: countWords(folded) };
}

/** A line opening with an author word: "فريق التحرير3 أغسطس 2017…", "بقلم: فلان". */
function openerByline(line: Line): boolean {
  if (line.words > 12 || endsLikeSentence(line.text)) return false;
  if (!BYLINE_OPENER_RE.test(line.folded)) return false;
  return (
    BYLINE_OPENER_COLON_RE.test(line.folded) ||
    MULTIWORD_OPENER_RE.test(line.folded) ||
    findDates(line.text).length > 0 ||
    line.words <= 4
  );
}

// ---------------------------------------------------------------------------------------------
// Captions

const LATIN_WORD = /[A-Za-z]{2,}/;
const CREDIT_RE = new RegExp(
  `(?<![\\p{L}])(?:${[...CREDIT_WORDS].sort((a, b) => b.length - a.length).map(phraseSource).join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * A short line near the top with Latin words and a credit: "putin alasad - حرية برس Horrya press".
 * A dash alone is not enough unless the line is largely Latin (an image file name and a credit).
 */
function isLatinCaption(line: Line): boolean {
  if (line.words > 14 || !LATIN_WORD.test(line.text)) return false;
  if (line.text.includes('©') || CREDIT_RE.test(line.folded) || captionOutlet(line) !== null) return true;
  const latin = line.text.split(/\s+/).filter((w) => LATIN_WORD.test(w)).length;
  return SEPARATOR.test(line.text) && latin / line.words >= 0.3;
}

const ARABIC_THEN_LATIN = /^(\p{Script=Arabic}[\p{Script=Arabic}\s]*?)\s+([A-Za-z][A-Za-z\s.&'’-]*)$/u;
const LATIN_THEN_ARABIC = /^([A-Za-z][A-Za-z\s.&'’-]*?)\s+(\p{Script=Arabic}[\p{Script=Arabic}\s]*)$/u;

/** An outlet named in Arabic and Latin side by side in a caption part: "حرية برس Horrya press". */
function captionOutlet(line: Line): string | null {
  for (const part of line.text.split(SEPARATOR)) {
    const p = part.trim();
    const m = ARABIC_THEN_LATIN.exec(p);
    const n = m ? null : LATIN_THEN_ARABIC.exec(p);
    const arabic = m ? m[1].trim() : n ? n[2].trim() : null;
    const latin = m ? m[2].trim() : n ? n[1].trim() : null;
    if (arabic === null || latin === null) continue;
    if (countWords(arabic) > 4 || countWords(latin) > 4) continue;
    if (CREDIT_RE.test(foldForMatch(arabic)) && countWords(arabic) === 1) continue;
    return arabic;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Titles

const BODY_OPENER_RE = openerRe(BODY_OPENERS);

/** Ends in a full stop (not ".." or "…") or in a comma/colon: a sentence, not a headline. */
function endsLikeSentence(t: string): boolean {
  const s = t.replace(/[\s"'»”’)\]]+$/u, '');
  if (/[،,:;؛]$/.test(s)) return true;
  return s.endsWith('.') && !s.endsWith('..');
}

/** Holds a full stop followed by more text ("… النظام. وقال …"), ignoring initials ("د. فلان"). */
function hasInnerSentenceBreak(t: string): boolean {
  for (const m of t.matchAll(/(\S*)\.(?=\s+\S)/gu)) {
    const before = m[1];
    if (before.endsWith('.')) continue;
    const word = before.replace(/^[^\p{L}\p{N}]+/u, '');
    if ([...word].length <= 1) continue;
    return true;
  }
  return false;
}

function looksLikeHeadline(line: Line): boolean {
  return (
    line.words >= 2 &&
    line.words <= MAX_TITLE_WORDS &&
    !endsLikeSentence(line.text) &&
    !hasInnerSentenceBreak(line.text) &&
    !BODY_OPENER_RE.test(line.folded)
  );
}

interface Similarity {
  jaccard: number;
  containment: number;
  shared: number;
}

function similarity(a: string[], b: string[]): Similarity {
  const sa = new Set(a);
  const sb = new Set(b);
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  const union = sa.size + sb.size - shared;
  const min = Math.min(sa.size, sb.size);
  return { jaccard: union ? shared / union : 0, containment: min ? shared / min : 0, shared };
}

/** `cand` repeats `title` exactly or nearly (same headline re-rendered by the page). */
function isRepeatOf(title: string[], cand: Line): boolean {
  if (cand.words > MAX_TITLE_WORDS || cand.words > 2 * title.length + 3) return false;
  const s = similarity(title, tokens(cand.folded));
  if (s.jaccard >= REPEAT_SIMILARITY) return true;
  return s.containment >= REPEAT_SIMILARITY && s.shared >= 3 && !endsLikeSentence(cand.text);
}

// ---------------------------------------------------------------------------------------------
// Main

interface Found {
  kind: BoilerplateKind;
  outlet?: string | null;
  captionOutlet?: string | null;
  /** Heading of a list of related links. */
  listHeading?: boolean;
}

/** Furniture recognised anywhere in the text. */
function classifyAnywhere(line: Line, outletHint: string | null): Found | null {
  const phrase = matchPhrase(line);
  if (phrase) {
    const bare = line.words <= phrase.phraseWords;
    return { kind: phrase.kind, listHeading: phrase.listHeading === true || (phrase.kind === 'read-also' && bare) };
  }
  if (isShareLine(line)) return { kind: 'other' };
  if (line.words <= 8) {
    const b = dashByline(line, outletHint);
    if (b) return { kind: 'byline', outlet: b.outlet };
  }
  if (isDateline(line)) return { kind: 'dateline' };
  return null;
}

/** Furniture recognised in the header, above the body. */
function classifyHeader(line: Line, outletHint: string | null, latinCaptions: boolean): Found | null {
  const b = dashByline(line, outletHint);
  if (b) return { kind: 'byline', outlet: b.outlet };
  if (openerByline(line)) return { kind: 'byline', outlet: null };
  const any = classifyAnywhere(line, outletHint);
  if (any) return any;
  if (latinCaptions && isLatinCaption(line)) return { kind: 'caption', captionOutlet: captionOutlet(line) };
  return null;
}

/**
 * Find title, byline, dateline, captions, other page furniture and the body in `text`.
 * `hints` carry what the reader learned from metadata; they win over what the text says.
 */
export function findStructure(text: string, hints?: StructureHints): Structure {
  const lines = splitLines(text);
  const warnings: string[] = [];
  const found: (Found | null)[] = lines.map(() => null);
  const outletHint = hints?.outlet ?? null;

  let i = 0;
  let titleLine = -1;
  let titleTokens: string[] | null = null;
  let repeated = false;

  const headerStep = (latin: boolean): boolean => {
    if (i >= lines.length) return false;
    const line = lines[i];
    if (titleTokens && !repeated && isRepeatOf(titleTokens, line)) {
      repeated = true;
      found[i] = { kind: 'title-repeat' };
      if (tokens(line.folded).join(' ') !== titleTokens.join(' ')) warnings.push('title repeated with changes');
      i++;
      return true;
    }
    const f = classifyHeader(line, outletHint, latin);
    if (!f) return false;
    found[i] = f;
    i++;
    return true;
  };

  // Title: the first line when the reader put it there; otherwise furniture above it is skipped.
  if (hints?.title && hints.titleIsFirstLine && lines.length > 0) {
    titleLine = 0;
    i = 1;
  } else {
    while (i < MAX_HEADER_LINES && headerStep(false));
    if (i < lines.length) {
      const cand = lines[i];
      const next = i + 1 < lines.length ? lines[i + 1] : null;
      const candTokens = tokens(cand.folded);
      if (hints?.title) {
        if (isRepeatOf(tokens(foldForMatch(hints.title)), cand)) titleLine = i;
      } else if (
        (next && cand.words <= MAX_TITLE_WORDS && isRepeatOf(candTokens, next) && looksLikeRepeatable(cand)) ||
        (looksLikeHeadline(cand) && hasBodyAfter(lines, i + 1, candTokens, outletHint))
      ) {
        titleLine = i;
      }
      if (titleLine === i) i++;
    }
  }
  if (titleLine >= 0) titleTokens = tokens(lines[titleLine].folded);

  // Furniture between title and body; Latin-script captions only once something stood above.
  const headerStart = i;
  while (i - headerStart < MAX_HEADER_LINES && headerStep(i > 0));
  const bodyFirst = i;

  for (let k = bodyFirst; k < lines.length; k++) found[k] = classifyAnywhere(lines[k], outletHint);
  markLinkLists(lines, found, bodyFirst);

  let bodyLast = -1;
  for (let k = lines.length - 1; k >= bodyFirst; k--) {
    if (!found[k]) {
      bodyLast = k;
      break;
    }
  }
  let body: Range;
  if (bodyLast < 0) {
    const at = bodyFirst > 0 ? lines[bodyFirst - 1].end : 0;
    body = { start: at, end: at };
    warnings.push('no body text found');
  } else {
    let first = bodyFirst;
    while (found[first]) first++;
    body = { start: lines[first].start, end: lines[bodyLast].end };
  }

  const boilerplate: Boilerplate[] = [];
  for (let k = 0; k < lines.length; k++) {
    const f = found[k];
    if (!f) continue;
    const { start, end } = lines[k];
    boilerplate.push({ start, end, text: text.slice(start, end), kind: f.kind });
  }

  // Outlet: metadata, then a byline above the body, then any byline, then a caption credit.
  const bylineOutlets = found
    .map((f, k) => ({ f, k }))
    .filter(({ f }) => f?.kind === 'byline' && f.outlet)
    .sort((a, b) => Number(a.k >= bodyFirst) - Number(b.k >= bodyFirst));
  const caption = found.find((f) => f?.kind === 'caption' && f.captionOutlet);
  const outlet = hints?.outlet ?? bylineOutlets[0]?.f?.outlet ?? caption?.captionOutlet ?? null;

  // Published: metadata, else the first date of a byline/dateline above the body, else below it.
  let textDate: string | null = null;
  const dateLines = [...range(0, bodyFirst), ...range(bodyLast + 1, lines.length)].filter(
    (k) => found[k]?.kind === 'byline' || found[k]?.kind === 'dateline',
  );
  for (const k of dateLines) {
    const { dates, invalid } = lineDates(lines[k]);
    for (const d of invalid) warnings.push(`impossible date ignored: "${lines[k].text.slice(d.start, d.end)}"`);
    if (textDate === null && dates.length > 0) textDate = dates[0].iso;
  }
  let published: string | null = null;
  let publishedFrom: Structure['publishedFrom'] = null;
  if (hints?.published) {
    published = hints.published;
    publishedFrom = 'metadata';
    if (textDate !== null && textDate !== published.slice(0, 10)) {
      warnings.push(`published date from metadata (${published}) differs from the date in the text (${textDate})`);
    }
  } else if (textDate !== null) {
    published = textDate;
    publishedFrom = 'text';
  }

  let title: string | null = hints?.title ?? null;
  let titleRange: Range | null = null;
  if (titleLine >= 0) {
    const l = lines[titleLine];
    titleRange = { start: l.start, end: l.end };
    if (hints?.titleIsFirstLine || !hints?.title) title = l.text;
  }

  return { title, titleRange, outlet, published, publishedFrom, body, boilerplate, warnings };
}

function* range(from: number, to: number): Generator<number> {
  for (let k = Math.max(0, from); k < to; k++) yield k;
}

/** A first line may be a title on the strength of its repeat only if it is not a paragraph. */
function looksLikeRepeatable(line: Line): boolean {
  return !hasInnerSentenceBreak(line.text) && !BODY_OPENER_RE.test(line.folded);
}

/** Whether some line from `from` on is body text (not furniture, not a repeat of the title). */
function hasBodyAfter(lines: Line[], from: number, title: string[], outletHint: string | null): boolean {
  for (let k = from; k < lines.length; k++) {
    const l = lines[k];
    if (k === from && isRepeatOf(title, l)) continue;
    if (openerByline(l) || classifyAnywhere(l, outletHint) || dashByline(l, outletHint)) continue;
    return true;
  }
  return false;
}

/**
 * After a bare "related articles" heading, the short non-sentence lines that follow are link
 * titles; they count as read-also only when the run ends at other furniture or the end.
 */
function markLinkLists(lines: Line[], found: (Found | null)[], from: number): void {
  for (let k = from; k < lines.length; k++) {
    if (!found[k]?.listHeading) continue;
    let j = k + 1;
    while (j < lines.length && !found[j] && lines[j].words <= 20 && !endsLikeSentence(lines[j].text)) j++;
    if (j > k + 1 && (j === lines.length || found[j])) {
      for (let n = k + 1; n < j; n++) found[n] = { kind: 'read-also' };
    }
    k = j - 1;
  }
}
