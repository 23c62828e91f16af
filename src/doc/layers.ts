import type { Range, Span } from '../base/span.ts';

/**
 * Normalization as a layer: `text` is the normalized string and `toRaw[i]` is the raw offset of
 * normalized unit i; `toRaw[text.length]` is the raw offset just past the last mapped unit.
 * A normalized range [a, b) covers the raw range [toRaw[a], toRaw[b]).
 */
export interface NormLayer {
  readonly text: string;
  readonly toRaw: Int32Array;
}

/** Ranges stored column-wise in typed arrays (raw offsets). */
export class RangeLayer {
  constructor(
    readonly start: Int32Array,
    readonly end: Int32Array,
  ) {
    if (start.length !== end.length) throw new RangeError('start and end columns differ in length');
  }
  get length(): number {
    return this.start.length;
  }
  range(i: number): Range {
    return { start: this.start[i]!, end: this.end[i]! };
  }
  span(raw: string, i: number): Span {
    const start = this.start[i]!;
    const end = this.end[i]!;
    return { start, end, text: raw.slice(start, end) };
  }
  *[Symbol.iterator](): IterableIterator<Range> {
    for (let i = 0; i < this.length; i++) yield this.range(i);
  }
}

/**
 * Surface tokens: raw ranges plus their ranges in the normalized text, so that components
 * match on normalized strings and report raw offsets.
 */
export class TokenLayer extends RangeLayer {
  constructor(
    start: Int32Array,
    end: Int32Array,
    readonly normStart: Int32Array,
    readonly normEnd: Int32Array,
    /** Token kind: see TokenKind. */
    readonly kind: Uint8Array,
  ) {
    super(start, end);
  }
}

export const TokenKind = {
  Word: 0, // Arabic or other letters (may contain digits)
  Number: 1,
  Punct: 2,
  Symbol: 3,
  Latin: 4,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** Sentences as ranges over the token layer: tokens [tokenStart, tokenEnd). */
export class SentenceLayer extends RangeLayer {
  constructor(
    start: Int32Array,
    end: Int32Array,
    readonly tokenStart: Int32Array,
    readonly tokenEnd: Int32Array,
  ) {
    super(start, end);
  }
}

export const WordRole = {
  Stem: 0,
  Proclitic: 1,
  Enclitic: 2,
} as const;
export type WordRole = (typeof WordRole)[keyof typeof WordRole];

/**
 * Syntactic words from clitic segmentation (Stanza's Word): `وبحسب` is one token and three
 * words. `form` is the interned normalized form of the word, which may differ from its surface
 * (the second ل of `للأسد` has form `ال`).
 */
export class WordLayer extends RangeLayer {
  constructor(
    start: Int32Array,
    end: Int32Array,
    readonly token: Int32Array,
    readonly role: Uint8Array,
    readonly form: Int32Array,
  ) {
    super(start, end);
  }
}
