import { IntColumn } from '../../base/columns.ts';
import type { Range } from '../../base/span.ts';
import type { Document } from '../../doc/document.ts';
import { SentenceLayer, TokenKind, TokenLayer, type NormLayer } from '../../doc/layers.ts';
import type { Component } from '../../pipeline/component.ts';
import { normIndexAtRaw, rawRange } from '../../lang/ar/normalize.ts';

// Character classes of the normalized text.
const C_SPACE = 0;
const C_ARABIC = 1;
const C_DIGIT = 2;
const C_LATIN = 3;
const C_PUNCT = 4;
const C_SYMBOL = 5;
const C_NEWLINE = 6;

const TABLE = new Uint8Array(0x800);
(function fill(): void {
  TABLE.fill(C_SYMBOL);
  for (let c = 0; c < 0x800; c++) {
    const s = String.fromCharCode(c);
    if (/\s/u.test(s)) TABLE[c] = C_SPACE;
    else if (/\p{L}/u.test(s)) TABLE[c] = c >= 0x0600 && c < 0x0800 ? C_ARABIC : C_LATIN;
    else if (/\p{N}/u.test(s)) TABLE[c] = C_DIGIT;
    else if (/\p{P}/u.test(s)) TABLE[c] = C_PUNCT;
    else if (/\p{M}/u.test(s)) TABLE[c] = c >= 0x0600 ? C_ARABIC : C_LATIN;
  }
  TABLE[0x0a] = C_NEWLINE;
  TABLE[0x0d] = C_NEWLINE;
  for (let c = 0x30; c <= 0x39; c++) TABLE[c] = C_DIGIT;
})();

function classOf(c: number): number {
  if (c < 0x800) return TABLE[c]!;
  if (c === 0x2028 || c === 0x2029) return C_NEWLINE;
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) return C_ARABIC;
  const s = String.fromCharCode(c);
  if (c >= 0xd800 && c <= 0xdfff) return C_SYMBOL;
  if (/\s/u.test(s)) return C_SPACE;
  if (/\p{L}|\p{M}/u.test(s)) return C_LATIN;
  if (/\p{N}/u.test(s)) return C_DIGIT;
  if (/\p{P}/u.test(s)) return C_PUNCT;
  return C_SYMBOL;
}

/** Separators allowed inside a number when digits follow: 3.5, 1,000, 2017/08/03, 10:30. */
function isNumberJoiner(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x2f || c === 0x3a;
}


export interface TokenizeResult {
  tokens: TokenLayer;
  /** Token indices where a line break precedes the token (sentence hints). */
  lineStarts: Uint8Array;
}

/**
 * Splits the normalized text inside `regions` (raw ranges) into tokens: runs of Arabic letters,
 * of Latin letters, numbers (with inner . , / :), and punctuation (a run of the same mark is one
 * token). A change of script ends a token (`التحرير3` is two tokens).
 */
export function tokenize(raw: string, norm: NormLayer, regions: readonly Range[]): TokenizeResult {
  const t = norm.text;
  const estimate = (t.length >> 2) + 16;
  const rs = new IntColumn(estimate);
  const re = new IntColumn(estimate);
  const ns = new IntColumn(estimate);
  const ne = new IntColumn(estimate);
  const kinds: number[] = [];
  const lineStart: number[] = [];
  let newline = true;
  const emit = (a: number, b: number, kind: number): void => {
    const r = rawRange(raw, norm, a, b);
    rs.push(r.start);
    re.push(r.end);
    ns.push(a);
    ne.push(b);
    kinds.push(kind);
    lineStart.push(newline ? 1 : 0);
    newline = false;
  };
  for (const region of regions) {
    newline = true;
    let i = normIndexAtRaw(norm, region.start);
    const end = normIndexAtRaw(norm, region.end);
    while (i < end) {
      const c = t.charCodeAt(i);
      const k = classOf(c);
      if (k === C_SPACE) {
        i++;
        continue;
      }
      if (k === C_NEWLINE) {
        newline = true;
        i++;
        continue;
      }
      let j = i + 1;
      if (k === C_ARABIC || k === C_LATIN) {
        while (j < end) {
          const d = t.charCodeAt(j);
          const kd = classOf(d);
          if (kd === k) j++;
          // Apostrophes and hyphens are not joined; `'` inside Latin words is (O'Brien).
          else if (k === C_LATIN && d === 0x27 && j + 1 < end && classOf(t.charCodeAt(j + 1)) === C_LATIN) j += 2;
          else break;
        }
        emit(i, j, k === C_ARABIC ? TokenKind.Word : TokenKind.Latin);
      } else if (k === C_DIGIT) {
        while (j < end) {
          const d = t.charCodeAt(j);
          if (classOf(d) === C_DIGIT) j++;
          else if (isNumberJoiner(d) && j + 1 < end && classOf(t.charCodeAt(j + 1)) === C_DIGIT) j += 2;
          else break;
        }
        emit(i, j, TokenKind.Number);
      } else if (k === C_PUNCT) {
        while (j < end && t.charCodeAt(j) === c) j++;
        emit(i, j, TokenKind.Punct);
      } else {
        emit(i, j, TokenKind.Symbol);
      }
      i = j;
    }
  }
  return {
    tokens: new TokenLayer(rs.done(), re.done(), ns.done(), ne.done(), Uint8Array.from(kinds)),
    lineStarts: Uint8Array.from(lineStart),
  };
}

const TERMINAL = new Set(['.', '!', '?', '؟', '…', '...', '..', '!!', '؟؟', '??', '!!!', '؟!', '!؟', '?!', '؛']);
const CLOSERS = new Set(['"', "'", ')', ']', '}', '»', '”']);

/**
 * Abbreviations whose full stop does not end a sentence: single letters (د. م. أ.) and a short
 * list of Arabic title abbreviations.
 */
const ABBREVIATIONS = new Set(['د', 'م', 'ا', 'ج', 'ص', 'ق', 'ه', 'ت', 'ش', 'ب', 'Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Prof', 'vs', 'etc']);

/**
 * Sentences: a sentence ends after terminal punctuation (with any closing quotes or brackets
 * after it), at a line break, and at the end of a region. A full stop after an abbreviation does
 * not end one; numbers with inner dots are single tokens already.
 */
export function splitSentences(norm: NormLayer, tokens: TokenLayer, lineStarts: Uint8Array, regionOfToken: Int32Array): SentenceLayer {
  const n = tokens.length;
  const ss = new IntColumn(16);
  const se = new IntColumn(16);
  const ts = new IntColumn(16);
  const te = new IntColumn(16);
  let first = 0;
  const close = (last: number): void => {
    if (last < first) return;
    ss.push(tokens.start[first]!);
    se.push(tokens.end[last]!);
    ts.push(first);
    te.push(last + 1);
    first = last + 1;
  };
  const textOf = (i: number): string => norm.text.slice(tokens.normStart[i]!, tokens.normEnd[i]!);
  for (let i = 0; i < n; i++) {
    if (i > first && (lineStarts[i] || regionOfToken[i] !== regionOfToken[i - 1])) close(i - 1);
    if (tokens.kind[i] !== TokenKind.Punct) continue;
    const p = textOf(i);
    if (!TERMINAL.has(p) && !(p.length > 1 && /^[.!?؟…]+$/u.test(p))) continue;
    if (p === '.' && i > first) {
      const prev = textOf(i - 1);
      const glued = tokens.end[i - 1] === tokens.start[i];
      if (glued && ABBREVIATIONS.has(prev) && i + 1 < n && !lineStarts[i + 1]) continue;
    }
    let last = i;
    while (last + 1 < n && !lineStarts[last + 1] && tokens.kind[last + 1] === TokenKind.Punct && CLOSERS.has(textOf(last + 1))) last++;
    // A closing quote right after the mark belongs to this sentence only if it is glued to it.
    close(last);
    i = last;
  }
  close(n - 1);
  return new SentenceLayer(ss.done(), se.done(), ts.done(), te.done());
}

/** The tokenizer component: tokens and sentences over the document's regions. */
export function tokenizeComponent(): Component {
  return {
    name: 'ar.tokenize',
    version: '1',
    requires: ['norm'],
    provides: ['tokens', 'sentences'],
    run(doc: Document): Document {
      const norm = doc.layers.norm!;
      const regions = doc.regions();
      const { tokens, lineStarts } = tokenize(doc.text, norm, regions);
      const regionOfToken = new Int32Array(tokens.length);
      let r = 0;
      for (let i = 0; i < tokens.length; i++) {
        while (r < regions.length - 1 && tokens.start[i]! >= regions[r]!.end) r++;
        regionOfToken[i] = r;
      }
      return doc.with({ tokens, sentences: splitSentences(norm, tokens, lineStarts, regionOfToken) });
    },
  };
}
