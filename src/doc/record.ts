import { hash64 } from '../base/hash.ts';
import type { Range, Span } from '../base/span.ts';
import type { Boilerplate, Document, SourceInfo } from './document.ts';
import type { Entity } from './entities.ts';
import type { Event } from './events.ts';
import type { Quote } from './quotes.ts';
import type { TimeExpr } from './times.ts';
import { WordRole } from './layers.ts';

/** The analysis record of `shared/spec/OUTPUT.md`, plus a few extra fields. */
export interface AnalysisRecord {
  id: string;
  source: SourceInfo;
  text: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  body: Range;
  boilerplate: Boilerplate[];
  sentences: Range[];
  entities: RecordEntity[];
  times: TimeExpr[];
  quotes: Quote[];
  events: Event[];
  /** Extra: counts and warnings for readers of the record. */
  stats: { sentences: number; tokens: number; words: number };
  warnings: string[];
  /** Extra, on request: the token and word layers. */
  tokens?: Span[];
  words?: (Span & { role: 'stem' | 'proclitic' | 'enclitic'; form?: string })[];
}

/** An entity as the record shows it (OUTPUT.md): mentions without the pipeline's bookkeeping. */
export interface RecordEntity extends Omit<Entity, 'mentions'> {
  mentions: (Span & { type?: Entity['type'] })[];
}

export interface RecordOptions {
  /** Include the token and word layers. */
  layers?: boolean;
}

const ROLE_NAMES = ['stem', 'proclitic', 'enclitic'] as const;

/**
 * The id: a hash of the body text after `normalize` (the caller's text normalization) with
 * whitespace runs collapsed, so that re-encodings and re-wrappings of one article share it.
 */
export function recordId(doc: Document, normalize: (s: string) => string): string {
  return hash64(normalize(doc.bodyText()).replace(/\s+/gu, ' ').trim());
}

export function toRecord(doc: Document, id: string, options: RecordOptions = {}): AnalysisRecord {
  const { meta, text } = doc;
  const { tokens, sentences, words } = doc.layers;
  const record: AnalysisRecord = {
    id,
    source: meta.source,
    text,
    title: meta.title,
    outlet: meta.outlet,
    published: meta.published,
    body: { start: meta.body.start, end: meta.body.end },
    boilerplate: meta.boilerplate,
    sentences: sentences ? [...sentences] : [],
    entities: (doc.layers.entities ?? []).map((e) => ({
      ...e,
      mentions: e.mentions.map((m) => (m.type ? { start: m.start, end: m.end, text: m.text, type: m.type } : { start: m.start, end: m.end, text: m.text })),
    })),
    times: [...(doc.layers.times ?? [])],
    quotes: [...(doc.layers.quotes ?? [])],
    events: [...(doc.layers.events ?? [])],
    stats: {
      sentences: sentences?.length ?? 0,
      tokens: tokens?.length ?? 0,
      words: words?.length ?? 0,
    },
    warnings: meta.warnings,
  };
  if (options.layers) {
    if (tokens) record.tokens = Array.from({ length: tokens.length }, (_, i) => tokens.span(text, i));
    if (words) {
      record.words = Array.from({ length: words.length }, (_, i) => {
        const span = words.span(text, i);
        const role = ROLE_NAMES[words.role[i] as WordRole]!;
        const form = doc.strings.get(words.form[i]!);
        return form === span.text ? { ...span, role } : { ...span, role, form };
      });
    }
  }
  return record;
}
