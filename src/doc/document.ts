import { Interner } from '../base/intern.ts';
import type { Range, Span } from '../base/span.ts';
import type { Entity } from './entities.ts';
import type { Event } from './events.ts';
import type { Quote } from './quotes.ts';
import type { TimeExpr } from './times.ts';
import type { NormLayer, SentenceLayer, TokenLayer, WordLayer } from './layers.ts';

export type BoilerplateKind =
  | 'title-repeat'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'read-also'
  | 'short-link'
  | 'comments-closed'
  | 'other';

export interface Boilerplate extends Span {
  kind: BoilerplateKind;
}

export type SourceFormat = 'txt' | 'html' | 'json' | 'jsonl' | 'rss' | 'atom' | 'stdin';

export interface SourceInfo {
  path: string;
  url: string | null;
  format: SourceFormat;
  encoding: string;
}

/** What the reader and the article-structure pass know about the article. */
export interface ArticleMeta {
  source: SourceInfo;
  title: string | null;
  /** Where the title stands in the text, when it does. */
  titleRange: Range | null;
  outlet: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or null. */
  published: string | null;
  /** Where `published` came from. */
  publishedFrom: 'metadata' | 'text' | 'option' | null;
  body: Range;
  boilerplate: Boilerplate[];
  /** Problems worth telling the user that did not stop the analysis. */
  warnings: string[];
}

/** A span the statistical tagger found, over tokens (raw offsets of the token range). */
export interface NerSpan {
  /** Raw offset of the first token's start (its proclitics included). */
  start: number;
  /** Raw offset of the last token's end. */
  end: number;
  type: 'PERS' | 'LOC' | 'ORG' | 'MISC';
  /** Token range [tokenStart, tokenEnd) in the tokens layer. */
  tokenStart: number;
  tokenEnd: number;
  /**
   * Raw offset where the first token's stem begins: the first word of the token that is not a
   * proclitic (words layer), so after و ف ب ل ك س and the article: لموسكو → موسكو, الأمم → أمم.
   */
  stemStart: number;
  /**
   * Raw offset where the name begins: like `stemStart` but keeping an article written in full,
   * which belongs to the name (وبالقاهرة → القاهرة, والأمم → الأمم); for لل, whose article is
   * not written apart, the same as `stemStart` (للأمم → أمم).
   */
  nameStart: number;
  score?: number;
}

export interface Layers {
  norm?: NormLayer;
  tokens?: TokenLayer;
  sentences?: SentenceLayer;
  words?: WordLayer;
  ner?: readonly NerSpan[];
  entities?: readonly Entity[];
  times?: readonly TimeExpr[];
  quotes?: readonly Quote[];
  events?: readonly Event[];
}

/**
 * One article: the raw text, held once and never changed, plus annotation layers over it.
 * Components return a new Document with added layers (`with`), sharing everything else.
 */
export class Document {
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly layers: Readonly<Layers>;
  /** Interning table shared by every layer of this document (word forms, labels). */
  readonly strings: Interner;

  constructor(text: string, meta: ArticleMeta, layers: Layers = {}, strings: Interner = new Interner()) {
    this.text = text;
    this.meta = meta;
    this.layers = layers;
    this.strings = strings;
  }

  with(layers: Layers): Document {
    return new Document(this.text, this.meta, { ...this.layers, ...layers }, this.strings);
  }

  withMeta(meta: Partial<ArticleMeta>): Document {
    return new Document(this.text, { ...this.meta, ...meta }, this.layers, this.strings);
  }

  /**
   * The parts of the text the NLP layers cover: the title where it stands in the text, then the
   * body with boilerplate cut out. Sorted, non-overlapping.
   */
  regions(): Range[] {
    const out: Range[] = [];
    const { titleRange, body, boilerplate } = this.meta;
    if (titleRange && (titleRange.end <= body.start || titleRange.start >= body.end)) out.push(titleRange);
    const cuts = boilerplate
      .filter((b) => b.end > body.start && b.start < body.end)
      .sort((a, b) => a.start - b.start);
    let at = body.start;
    for (const c of cuts) {
      if (c.start > at) out.push({ start: at, end: c.start });
      at = Math.max(at, c.end);
    }
    if (at < body.end) out.push({ start: at, end: body.end });
    return out.sort((a, b) => a.start - b.start);
  }

  /** The body's text without the boilerplate inside it: its non-empty paragraphs, trimmed, one per line. */
  bodyText(): string {
    const { titleRange } = this.meta;
    return this.regions()
      .filter((r) => !(titleRange && r.start === titleRange.start && r.end === titleRange.end))
      .flatMap((r) => this.text.slice(r.start, r.end).split(/\r?\n|\r|\u2029/u))
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
      .join('\n');
  }
}

/** Metadata for a text with nothing known about it yet: all of it is body. */
export function plainMeta(text: string, source: Partial<SourceInfo> = {}): ArticleMeta {
  return {
    source: { path: '-', url: null, format: 'txt', encoding: 'utf-8', ...source },
    title: null,
    titleRange: null,
    outlet: null,
    published: null,
    publishedFrom: null,
    body: { start: 0, end: text.length },
    boilerplate: [],
    warnings: [],
  };
}
