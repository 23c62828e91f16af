import { MarsadError } from '../base/errors.ts';
import { normalizeString } from '../lang/ar/normalize.ts';
import { Document, type ArticleMeta } from '../doc/document.ts';
import { recordId, toRecord, type AnalysisRecord, type RecordOptions } from '../doc/record.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { readInput, type ReadItem } from '../read/index.ts';
import { findStructure } from '../read/structure.ts';
import type { SourceFormat } from '../doc/document.ts';

export interface AnalyzeOptions extends RecordOptions {
  /** Input format, or 'auto' to go by extension and content. */
  format?: SourceFormat | 'auto';
  /** Force a text encoding instead of detecting it. */
  encoding?: string;
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** Publication date (YYYY-MM-DD) that overrides whatever the input says. */
  published?: string;
}

export type AnalyzeOk = { ok: true; label: string; record: AnalysisRecord; doc: Document };
export type AnalyzeResult = AnalyzeOk | { ok: false; label: string; error: MarsadError };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Checks a YYYY-MM-DD date given by the user; throws BAD_DATE naming the value. */
export function checkDate(value: string, what = '--published'): string {
  const m = ISO_DATE.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return value;
  }
  throw new MarsadError('BAD_DATE', `${what}: "${value}" is not a valid date (expected YYYY-MM-DD)`, what);
}

/** The document of one read article: its structure found, before any pipeline component runs. */
export function articleDocument(item: ReadItem, options: Pick<AnalyzeOptions, 'published'> = {}): Document {
  const s = findStructure(item.text, {
    title: item.hints.title,
    outlet: item.hints.outlet,
    published: item.hints.published,
    titleIsFirstLine: item.hints.title !== null && item.source.format !== 'txt' && item.source.format !== 'stdin',
  });
  const meta: ArticleMeta = {
    source: item.source,
    title: s.title,
    titleRange: s.titleRange,
    outlet: s.outlet,
    published: options.published ?? s.published,
    publishedFrom: options.published ? 'option' : s.publishedFrom,
    body: s.body,
    boilerplate: s.boilerplate,
    warnings: s.warnings,
  };
  return new Document(item.text, meta);
}

function analyzeItemDoc(item: ReadItem, pipeline: Pipeline, options: AnalyzeOptions): { record: AnalysisRecord; doc: Document } {
  const doc = pipeline.run(articleDocument(item, options));
  return { doc, record: toRecord(doc, recordId(doc, normalizeString), options) };
}

/**
 * Analyzes one input (a file's bytes, or stdin's): every article in it becomes a record; an
 * article or input that cannot be read becomes a failure with its label, and the rest go on.
 */
export function analyzeBytes(bytes: Uint8Array, path: string, pipeline: Pipeline, options: AnalyzeOptions = {}): AnalyzeResult[] {
  const results: AnalyzeResult[] = [];
  const read = readInput(bytes, { path, format: options.format, encoding: options.encoding, maxBytes: options.maxBytes });
  for (const item of read) {
    if (!item.ok) {
      results.push({ ok: false, label: item.label, error: item.error });
      continue;
    }
    const { record, doc } = analyzeItemDoc(item, pipeline, options);
    results.push({ ok: true, label: item.label, record, doc });
  }
  return results;
}
