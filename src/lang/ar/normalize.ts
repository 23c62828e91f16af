import {
  LETTER_FOLDS,
  QUOTE_FOLDS,
  KEY_FOLDS,
  TATWEEL,
  arabicDigitValue,
  isArabicLetter,
  isDiacritic,
  isDodgeMark,
  isInvisible,
} from './letters.ts';

const decoder = new TextDecoder('utf-16le');

/**
 * Normalized text with a map back: `toRaw[i]` is the raw offset of normalized unit i, and
 * `toRaw[text.length]` the raw length. (The same shape as the document's NormLayer.)
 */
export interface NormLayer {
  readonly text: string;
  readonly toRaw: Int32Array;
}

function isSpaceVariant(c: number): boolean {
  return c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** The fold of one code unit in the normalized layer, or -1 to drop it (the FOLD table's values). */
function foldUnit(c: number): number {
  if (isDiacritic(c) || c === TATWEEL || isInvisible(c)) return -1;
  const d = arabicDigitValue(c);
  if (d >= 0) return 0x30 + d;
  if (isSpaceVariant(c)) return 0x20;
  return LETTER_FOLDS.get(c) ?? QUOTE_FOLDS.get(c) ?? c;
}

/** Marks that may be censorship-dodging and need a look at their neighbours. */
const DODGE = -2;
/** Presentation forms, expanded with NFKC. */
const EXPAND = -3;

/** The fold of every UTF-16 code unit, computed once (the hot loop only indexes it). */
const FOLD: Int32Array = (() => {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (isPresentationForm(c)) t[c] = EXPAND;
    else if (isDodgeMark(c)) t[c] = DODGE;
    else t[c] = c < 0x80 ? c : foldUnit(c);
  }
  return t;
})();

/**
 * A dodge mark at `i` (the `.` in `العسكـ.ـرية`) is dropped when it sits between two Arabic
 * letters with at least one tatweel beside it: that spelling never occurs in honest text.
 */
function isDodgeAt(raw: string, i: number): boolean {
  let tatweels = 0;
  let j = i - 1;
  for (; j >= 0; j--) {
    const c = raw.charCodeAt(j);
    if (c === TATWEEL) tatweels++;
    else if (!isInvisible(c) && !isDiacritic(c)) break;
  }
  let k = i + 1;
  for (; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === TATWEEL) tatweels++;
    else if (!isInvisible(c) && !isDiacritic(c) && !isDodgeMark(c)) break;
  }
  return tatweels > 0 && j >= 0 && k < raw.length && isArabicLetter(raw.charCodeAt(j)) && isArabicLetter(raw.charCodeAt(k));
}

/**
 * Normalizes Arabic text for matching while keeping a map back to raw offsets: removes
 * diacritics, tatweel, zero-width and bidi controls and censorship-dodging marks; folds alef and
 * hamza-seat forms to ا, ى to ي, Arabic-Indic and Persian digits to ASCII, presentation forms to
 * letters, space and quote-mark variants to ASCII. ة is kept (see `matchKey`).
 */
export function normalize(raw: string): NormLayer {
  const n = raw.length;
  let out = new Uint16Array(n + 8);
  let toRaw = new Int32Array(n + 9);
  let m = 0;
  const grow = (): void => {
    const bigger = new Uint16Array(out.length * 2);
    bigger.set(out);
    out = bigger;
    const biggerMap = new Int32Array(out.length + 1);
    biggerMap.set(toRaw);
    toRaw = biggerMap;
  };
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    const f = FOLD[c]!;
    if (f >= 0) {
      if (m >= out.length) grow();
      out[m] = f;
      toRaw[m++] = i;
    } else if (f === DODGE) {
      if (isDodgeAt(raw, i)) continue;
      if (m >= out.length) grow();
      out[m] = c;
      toRaw[m++] = i;
    } else if (f === EXPAND) {
      const expanded = String.fromCharCode(c).normalize('NFKC');
      for (let e = 0; e < expanded.length; e++) {
        const g = FOLD[expanded.charCodeAt(e)]!;
        if (g < 0) continue;
        if (m >= out.length) grow();
        out[m] = g;
        toRaw[m++] = i;
      }
    }
  }
  toRaw[m] = n;
  // Units that expanded from one raw unit map their end to the next raw unit.
  const text = decoder.decode(out.subarray(0, m));
  return { text, toRaw: toRaw.slice(0, m + 1) };
}

/** Normalizes a short string (a lexicon entry, a query) the same way, without the map. */
export function normalizeString(s: string): string {
  return normalize(s).text;
}

/** A key for dictionary matching: the normalized form with ة folded to ه. */
export function matchKey(s: string): string {
  const t = normalizeString(s);
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    out += String.fromCharCode(KEY_FOLDS.get(c) ?? c);
  }
  return out;
}

/**
 * Raw range of the normalized range [a, b): from the raw unit of its first normalized unit to
 * past the raw unit of its last, extended over the diacritics and tatweel attached to it.
 */
export function rawRange(raw: string, norm: NormLayer, a: number, b: number): { start: number; end: number } {
  if (b <= a) {
    const at = norm.toRaw[a]!;
    return { start: at, end: at };
  }
  let end = norm.toRaw[b - 1]! + 1;
  while (end < raw.length) {
    const c = raw.charCodeAt(end);
    if (!isDiacritic(c) && c !== TATWEEL) break;
    end++;
  }
  return { start: norm.toRaw[a]!, end };
}

/** First normalized index whose raw offset is ≥ `raw` (toRaw is non-decreasing): binary search. */
export function normIndexAtRaw(norm: NormLayer, raw: number): number {
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (norm.toRaw[mid]! < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
