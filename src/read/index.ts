/**
 * Input readers: bytes + path in, articles out. Pure (no file system): the app layer reads the
 * file and passes its bytes. A whole-file problem gives one failure; a bad item in a
 * multi-article file (JSON array, JSON Lines, feed) gives a failure for that item only.
 */
import { MarsadError, isMarsadError } from '../base/errors.ts';
import type { SourceFormat, SourceInfo } from '../doc/document.ts';
import { composeText, type ExtractedArticle } from './article.ts';
import { checkSize, decode, maybeGunzip, isGzip, DEFAULT_MAX_BYTES } from './decode.ts';
import { readFeed } from './feed.ts';
import { extractHtml } from './html.ts';
import { looksLikeJsonLines, readJson, readJsonLines, type JsonEntry } from './json.ts';

export { DEFAULT_MAX_BYTES, decode, maybeGunzip, normalizeEncoding } from './decode.ts';
export { normalizeDate } from './date.ts';
export type { ExtractedArticle } from './article.ts';

export interface ReadHints {
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD or null. */
  published: string | null;
  url: string | null;
}

export interface ReadItem {
  ok: true;
  /** For txt: the decoded file exactly (BOM removed). Otherwise: title line, then one paragraph per line. */
  text: string;
  source: SourceInfo;
  hints: ReadHints;
  /** The path, or `path#3` for the 3rd item of a multi-article file. */
  label: string;
}

export interface ReadFailure {
  ok: false;
  error: MarsadError;
  label: string;
}

export type ReadResult = ReadItem | ReadFailure;

export interface ReadOptions {
  /** The file's path, or `-` for stdin. */
  path: string;
  format?: SourceFormat | 'auto';
  encoding?: string;
  maxBytes?: number;
}

export const SOURCE_FORMATS: readonly SourceFormat[] = ['txt', 'html', 'json', 'jsonl', 'rss', 'atom', 'stdin'];

export function isSourceFormat(s: string): s is SourceFormat {
  return (SOURCE_FORMATS as readonly string[]).includes(s);
}

/** Validates a --format option value; throws UNKNOWN_FORMAT for anything else. */
export function parseFormat(s: string): SourceFormat | 'auto' {
  const v = s.trim().toLowerCase();
  if (v === 'auto' || isSourceFormat(v)) return v;
  throw new MarsadError(
    'UNKNOWN_FORMAT',
    `unknown input format "${s}" (expected auto, ${SOURCE_FORMATS.join(', ')})`,
    s,
  );
}

const EXTENSIONS: Record<string, SourceFormat> = {
  txt: 'txt',
  text: 'txt',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  xml: 'rss',
  rss: 'rss',
  atom: 'atom',
};

/** The format a path's extension names (after a `.gz`), or null. */
export function formatFromPath(path: string): { format: SourceFormat | null; gzip: boolean } {
  let name = path.toLowerCase().replace(/^.*[/\\]/, '');
  const gzip = name.endsWith('.gz');
  if (gzip) name = name.slice(0, -3);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1) : '';
  return { format: EXTENSIONS[ext] ?? null, gzip };
}

/** The format the content looks like, or null for plain text. `text` is the whole input. */
export function sniffFormat(text: string): SourceFormat | null {
  const head = text.slice(0, 4096).replace(/^[\s\ufeff]+/, '');
  const lower = head.toLowerCase();
  if (lower.startsWith('{') || lower.startsWith('[')) {
    // Only JSON that parses: plain text may well start with "[".
    try {
      JSON.parse(text);
      return 'json';
    } catch {
      return looksLikeJsonLines(text) ? 'jsonl' : null;
    }
  }
  if (!lower.startsWith('<')) return null;
  // Past the XML declaration, comments, doctype and processing instructions.
  const body = lower.replace(/^(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->))*\s*/, '');
  if (/^<rss[\s>]/.test(body) || /^<rdf:rdf[\s>]/.test(body)) return 'rss';
  if (/^<feed[\s>]/.test(body)) return 'atom';
  if (/^<!doctype html/.test(body) || /^<html[\s>]/.test(body)) return 'html';
  if (/^<(head|body|article|div|p|meta|title|main|section|h[1-6])[\s>/]/.test(body)) return 'html';
  if (lower.startsWith('<?xml')) return 'rss';
  return null;
}

function failure(e: unknown, label: string): ReadFailure {
  if (isMarsadError(e)) return { ok: false, error: e, label };
  throw e;
}

function itemOf(a: ExtractedArticle, source: SourceInfo, label: string): ReadItem {
  const { text, title } = composeText(a);
  return {
    ok: true,
    text,
    source: { ...source, url: a.url },
    hints: { title, outlet: a.outlet, published: a.published, url: a.url },
    label,
  };
}

function fromEntries(entries: JsonEntry[], list: boolean, source: SourceInfo, path: string): ReadResult[] {
  return entries.map((e, i) => {
    const label = list ? `${path}#${i + 1}` : path;
    return e.ok ? itemOf(e.article, source, label) : { ok: false, error: e.error, label };
  });
}

/** Reads one input into articles (or failures). Throws only on bugs. */
export function readInput(bytes: Uint8Array, opts: ReadOptions): ReadResult[] {
  const { path } = opts;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    const requested = opts.format === undefined ? 'auto' : parseFormat(opts.format);
    const fromPath = path === '-' ? { format: null, gzip: false } : formatFromPath(path);
    checkSize(bytes, path, maxBytes);
    const raw = fromPath.gzip || isGzip(bytes) ? maybeGunzip(bytes, path, maxBytes) : bytes;
    const { text, encoding } = decode(raw, { input: path, encoding: opts.encoding, maxBytes });

    let format: SourceFormat;
    if (requested !== 'auto' && requested !== 'stdin') format = requested;
    else if (requested === 'auto' && fromPath.format) format = fromPath.format;
    else format = sniffFormat(text) ?? (path === '-' || requested === 'stdin' ? 'stdin' : 'txt');

    const source: SourceInfo = { path, url: null, format, encoding };
    switch (format) {
      case 'txt':
      case 'stdin':
        return [{ ok: true, text, source, hints: { title: null, outlet: null, published: null, url: null }, label: path }];
      case 'html': {
        const a = extractHtml(text);
        if (a.paragraphs.length === 0) {
          const t = a.title ? ` (title "${a.title}")` : '';
          throw new MarsadError('INPUT_EMPTY', `${path}: found no article text in the HTML page${t}`, path);
        }
        return [itemOf(a, source, path)];
      }
      case 'json': {
        // A .json file holding JSON Lines is read as such.
        const { items, list } = readJson(text, path);
        if (!list && !items[0].ok && looksLikeJsonLines(text)) {
          return fromEntries(readJsonLines(text, path), true, { ...source, format: 'jsonl' }, path);
        }
        return fromEntries(items, list, source, path);
      }
      case 'jsonl':
        return fromEntries(readJsonLines(text, path), true, source, path);
      case 'rss':
      case 'atom': {
        const { kind, entries, whole } = readFeed(text, path);
        return fromEntries(entries, !whole, { ...source, format: kind }, path);
      }
    }
  } catch (e) {
    return [failure(e, path)];
  }
}
