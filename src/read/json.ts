/**
 * Articles from JSON: one object, an array of objects (or an object wrapping one, as news APIs
 * return), or JSON Lines. A bad item is reported as an error for that item only.
 */
import { MarsadError } from '../base/errors.ts';
import { clean, type ExtractedArticle } from './article.ts';
import { normalizeDate } from './date.ts';
import { bodyParagraphs, decodeEntities } from './html.ts';

export type JsonEntry = { ok: true; article: ExtractedArticle } | { ok: false; error: MarsadError };

type JsonObject = Record<string, unknown>;

const TITLE_FIELDS = ['title', 'headline'];
const TEXT_FIELDS = ['text', 'content', 'body', 'article', 'articleBody', 'description'];
const URL_FIELDS = ['url', 'link'];
const DATE_FIELDS = ['date', 'time', 'published', 'publishedAt', 'datePublished', 'pubDate'];
const OUTLET_FIELDS = ['source', 'site', 'outlet', 'publisher'];
/** Keys under which APIs wrap their list of articles. */
const LIST_FIELDS = ['articles', 'items', 'data', 'results', 'entries', 'posts', 'docs'];

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A field by name, matched case-insensitively. */
function field(obj: JsonObject, name: string): unknown {
  if (name in obj) return obj[name];
  const lower = name.toLowerCase();
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) return obj[k];
  return undefined;
}

/** A string value; `{rendered}` (WordPress) and `{name}` objects are unwrapped. */
function stringOf(v: unknown, keys: string[] = ['rendered']): string | null {
  if (typeof v === 'string') return v;
  if (isObject(v)) {
    for (const k of keys) if (typeof v[k] === 'string') return v[k] as string;
  }
  return null;
}

function firstString(obj: JsonObject, names: string[], keys?: string[]): string | null {
  for (const n of names) {
    const s = stringOf(field(obj, n), keys);
    if (s !== null && s.trim() !== '') return s;
  }
  return null;
}

function bodyOf(v: unknown): string[] | null {
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
    const ps = v.flatMap((x) => bodyParagraphs(x as string));
    return ps.length > 0 ? ps : null;
  }
  const s = stringOf(v);
  if (s === null) return null;
  const ps = bodyParagraphs(s);
  return ps.length > 0 ? ps : null;
}

function badItem(input: string, what: string): MarsadError {
  return new MarsadError('INPUT_BAD_FORMAT', `${input}: ${what}`, input);
}

/** One JSON value as an article. `where` says which item it is, for messages. */
export function articleFromJson(value: unknown, input: string, where = ''): JsonEntry {
  const at = where ? `${where}: ` : '';
  if (!isObject(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    return { ok: false, error: badItem(input, `${at}expected a JSON object, found ${kind}`) };
  }
  let paragraphs: string[] | null = null;
  for (const n of TEXT_FIELDS) {
    paragraphs = bodyOf(field(value, n));
    if (paragraphs) break;
  }
  if (!paragraphs) {
    const keys = Object.keys(value);
    const found = keys.length > 0 ? keys.map((k) => `"${k}"`).join(', ') : 'none';
    return {
      ok: false,
      error: badItem(input, `${at}no text field (one of ${TEXT_FIELDS.join(', ')}) with text; fields found: ${found}`),
    };
  }
  const rawTitle = firstString(value, TITLE_FIELDS);
  let published: string | null = null;
  for (const n of DATE_FIELDS) {
    published = normalizeDate(field(value, n));
    if (published) break;
  }
  return {
    ok: true,
    article: {
      title: rawTitle === null ? null : clean(decodeEntities(rawTitle)),
      outlet: clean(firstString(value, OUTLET_FIELDS, ['name', 'title'])),
      url: clean(firstString(value, URL_FIELDS, ['href'])),
      published,
      paragraphs,
    },
  };
}

/** The position of a JSON.parse error, when the engine reports one. */
function parseErrorDetail(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A JSON document: an object (one article) or an array of them. */
export function readJson(text: string, input: string): { items: JsonEntry[]; list: boolean } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { items: [{ ok: false, error: badItem(input, `invalid JSON (${parseErrorDetail(e)})`) }], list: false };
  }
  if (isObject(value) && !TEXT_FIELDS.some((n) => field(value as JsonObject, n) !== undefined)) {
    for (const n of LIST_FIELDS) {
      const inner = field(value, n);
      if (Array.isArray(inner)) {
        value = inner;
        break;
      }
    }
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return { items: [{ ok: false, error: new MarsadError('INPUT_EMPTY', `${input}: empty JSON array`, input) }], list: false };
    }
    return { items: value.map((v, i) => articleFromJson(v, input, `item ${i + 1}`)), list: true };
  }
  return { items: [articleFromJson(value, input)], list: false };
}

/** JSON Lines: one object per non-blank line; a line that does not parse is an error for that item. */
export function readJsonLines(text: string, input: string): JsonEntry[] {
  const out: JsonEntry[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const where = `line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      out.push({ ok: false, error: badItem(input, `${where}: invalid JSON (${parseErrorDetail(e)})`) });
      continue;
    }
    out.push(articleFromJson(value, input, where));
  }
  if (out.length === 0) out.push({ ok: false, error: new MarsadError('INPUT_EMPTY', `${input}: no JSON lines`, input) });
  return out;
}

/** True when the text reads as JSON Lines: several lines, the first a complete JSON object. */
export function looksLikeJsonLines(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  try {
    return isObject(JSON.parse(lines[0]));
  } catch {
    return false;
  }
}
