/**
 * Arabic letters and the character classes normalization works with (Unicode facts only).
 */

/** Harakat, tanwin, shadda, sukun, dagger alef, Quranic marks and small high letters. */
export function isDiacritic(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || // fathatan … wavy hamza below
    c === 0x0670 || // superscript (dagger) alef
    (c >= 0x0610 && c <= 0x061a) || // honorifics and small marks
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e4) ||
    (c >= 0x06e7 && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    (c >= 0x08d3 && c <= 0x08ff && c !== 0x08e2)
  );
}

export const TATWEEL = 0x0640;

/** Zero-width and bidi controls, soft hyphen, word joiner, BOM. */
export function isInvisible(c: number): boolean {
  return (
    c === 0x00ad ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x061c || // Arabic letter mark
    c === 0xfeff
  );
}

/** Arabic letters proper (hamza … yeh, plus Persian/Urdu extensions). */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5;
}

/** Digits: Arabic-Indic (٠–٩) and Extended Arabic-Indic / Persian (۰–۹) to their value, else -1. */
export function arabicDigitValue(c: number): number {
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

/** Letter folds applied in the normalized layer (one unit to one unit). */
export const LETTER_FOLDS: ReadonlyMap<number, number> = new Map([
  [0x0622, 0x0627], // آ → ا
  [0x0623, 0x0627], // أ → ا
  [0x0625, 0x0627], // إ → ا
  [0x0671, 0x0627], // ٱ → ا
  [0x0672, 0x0627],
  [0x0673, 0x0627],
  [0x0649, 0x064a], // ى → ي
  [0x06cc, 0x064a], // Persian yeh → ي
  [0x06a9, 0x0643], // keheh → ك
  [0x06c1, 0x0647], // heh goal → ه
  [0x066b, 0x002e], // Arabic decimal separator → .
  [0x066c, 0x002c], // Arabic thousands separator → ,
]);

/** Quote marks folded to ASCII `"` or `'` in the normalized layer. */
export const QUOTE_FOLDS: ReadonlyMap<number, number> = new Map([
  [0x201c, 0x22], // “
  [0x201d, 0x22], // ”
  [0x201e, 0x22], // „
  [0x201f, 0x22], // ‟
  [0x00ab, 0x22], // «
  [0x00bb, 0x22], // »
  [0x2033, 0x22], // ″
  [0x301d, 0x22],
  [0x301e, 0x22],
  [0xff02, 0x22],
  [0x2018, 0x27], // ‘
  [0x2019, 0x27], // ’
  [0x201a, 0x27], // ‚
  [0x201b, 0x27], // ‛
  [0x2039, 0x27], // ‹
  [0x203a, 0x27], // ›
  [0x2032, 0x27], // ′
]);

/** Punctuation used to break up words in censorship-dodging spellings (`العسكـ.ـرية`). */
export function isDodgeMark(c: number): boolean {
  return c === 0x2e || c === 0x2d || c === 0x5f || c === 0x2a || c === 0x2022 || c === 0x00b7 || c === 0x2c || c === 0x060c;
}

/** Letters folded only in matching keys: ة → ه. */
export const KEY_FOLDS: ReadonlyMap<number, number> = new Map([[0x0629, 0x0647]]);
