/**
 * Article extraction from HTML pages: metadata (Open Graph, meta tags, JSON-LD, <time>) and the
 * main content's paragraphs, parsed with htmlparser2 and walked with domutils.
 */
import { ElementType, parseDocument } from 'htmlparser2';
import * as DomUtils from 'domutils';
import { clean, collapse, plainParagraphs, type ExtractedArticle } from './article.ts';
import { normalizeDate } from './date.ts';

type AnyNode = Parameters<typeof DomUtils.getChildren>[0];
type Element = Parameters<typeof DomUtils.getAttributeValue>[0];
type DomDocument = ReturnType<typeof parseDocument>;
type JsonObject = Record<string, unknown>;

function isElement(n: AnyNode): n is Element {
  return n.type === ElementType.Tag || n.type === ElementType.Script || n.type === ElementType.Style;
}

function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

function tagName(el: Element): string {
  return el.name.toLowerCase();
}

function classTokens(el: Element): string[] {
  return `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.split(/\s+/).filter((t) => t !== '');
}

/** Elements whose content is never article text. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button',
  'select', 'textarea', 'input', 'label', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'video', 'audio', 'picture', 'img', 'map', 'head', 'title', 'meta', 'link', 'dialog', 'menu',
]);

/** Elements that start and end a paragraph. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'html', 'li', 'main',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Parts of class/id names (split on - and _) that mark page furniture. */
const NOISE_WORDS = new Set([
  'share', 'sharing', 'social', 'related', 'comment', 'comments', 'advert', 'advertisement', 'ad', 'ads',
  'banner', 'breadcrumb', 'breadcrumbs', 'newsletter', 'subscribe', 'subscription', 'promo', 'sidebar',
  'cookie', 'cookies', 'popup', 'modal', 'widget', 'recommended', 'outbrain', 'taboola', 'sponsored',
  'tags', 'toolbar', 'pagination', 'pager', 'navbar', 'menu', 'skip',
]);

/** Class names (lower-cased) of article-body containers on common CMSs. */
const BODY_CLASSES = new Set([
  'article-body', 'articlebody', 'article__body', 'article-content', 'article__content', 'article-text',
  'articletext', 'entry-content', 'post-content', 'post-body', 'story-body', 'story-content', 'story-text',
  'news-content', 'news-body', 'content-body', 'field-name-body', 'td-post-content', 'single-content',
  'details-body', 'article-details',
]);

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'blogposting', 'liveblogposting', 'report',
]);

/** First parts that turn a noise word into a layout flag ("has-sidebar", "no-comments"). */
const NOISE_MODIFIERS = new Set(['has', 'with', 'without', 'no', 'is', 'show', 'hide']);

/** Structural elements that are never furniture, whatever their classes say. */
const NEVER_NOISE = new Set(['html', 'body', 'main', 'article']);

/**
 * Page furniture by role or by a class/id token that is a noise word, starts with one
 * ("share-buttons", "comments-area") or ends with one ("post-tags"; not "has-sidebar").
 */
function isNoise(el: Element): boolean {
  if (NEVER_NOISE.has(tagName(el))) return false;
  const role = attr(el, 'role');
  if (role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo') return true;
  for (const token of classTokens(el)) {
    const parts = token.toLowerCase().split(/[-_]+/).filter((p) => p !== '');
    if (parts.length === 0) continue;
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (NOISE_WORDS.has(first)) return true;
    if (NOISE_WORDS.has(last) && !NOISE_MODIFIERS.has(first)) return true;
  }
  return false;
}

function isHidden(el: Element): boolean {
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const style = (attr(el, 'style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** True when the element or an ancestor is one whose content is never article text. */
function insideSkipped(el: Element): boolean {
  for (let n: AnyNode | null = el; n !== null; n = n.parent) {
    if (isElement(n) && (SKIP_TAGS.has(tagName(n)) || isHidden(n) || isNoise(n))) return true;
  }
  return false;
}

interface WalkOptions {
  /** Drop <h1> elements with this text (the title, which goes on the first line anyway). */
  title?: string | null;
}

/**
 * Paragraphs under `root`: each block element (p, h2-h4, li, blockquote, div, ...) and each run
 * separated by <br> is one paragraph; figures keep only their caption; noise is skipped.
 */
function paragraphsOf(root: AnyNode | AnyNode[], opts: WalkOptions = {}): string[] {
  const out: string[] = [];
  // A "noise" block holding half the text or more is the content after all (a misleading class).
  const rootLength = collapse(DomUtils.textContent(root)).length;
  const skippable = (el: Element) => collapse(DomUtils.textContent(el)).length < rootLength / 2;
  let buf = '';
  const flush = () => {
    const p = collapse(buf);
    if (p !== '') out.push(p);
    buf = '';
  };
  const visit = (node: AnyNode, isRoot: boolean) => {
    if (node.type === ElementType.Text) {
      buf += (node as { data: string }).data;
      return;
    }
    if (node.type === ElementType.CDATA || node.type === ElementType.Root) {
      for (const c of DomUtils.getChildren(node)) visit(c, false);
      return;
    }
    if (!isElement(node)) return;
    const name = tagName(node);
    if (!isRoot && (SKIP_TAGS.has(name) || isHidden(node) || (isNoise(node) && skippable(node)))) return;
    if (name === 'br' || name === 'hr') {
      flush();
      return;
    }
    if (name === 'figure') {
      for (const cap of DomUtils.getElementsByTagName('figcaption', node, true)) {
        flush();
        visit(cap, false);
        flush();
      }
      return;
    }
    if (!isRoot && name === 'h1' && opts.title && collapse(DomUtils.textContent(node)) === opts.title) return;
    const block = BLOCK_TAGS.has(name);
    if (block) flush();
    for (const c of node.children) visit(c, false);
    if (block) flush();
  };
  for (const n of Array.isArray(root) ? root : [root]) visit(n, true);
  flush();
  return out;
}

const textLength = (ps: string[]) => ps.reduce((n, p) => n + p.length, 0);

/** Elements that hold a line of text, not an article. */
const NOT_CONTAINERS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'li', 'dt', 'figcaption', 'caption', 'time']);

/**
 * The element with the most paragraph text of its own: text of its <p> children plus its own
 * text nodes (which covers articles written as <div>text<br>text</div>).
 */
function densestContainer(doc: DomDocument): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of DomUtils.findAll(() => true, doc)) {
    const name = tagName(el);
    if (name === 'html' || SKIP_TAGS.has(name) || NOT_CONTAINERS.has(name)) continue;
    let score = 0;
    for (const c of el.children) {
      if (c.type === ElementType.Text) score += collapse((c as { data: string }).data).length;
      else if (isElement(c) && tagName(c) === 'p') score += collapse(DomUtils.textContent(c)).length;
    }
    if (score > bestScore && !insideSkipped(el)) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

function hasBodyClass(el: Element): boolean {
  return classTokens(el).some((t) => BODY_CLASSES.has(t.toLowerCase()));
}

function hasToken(value: string | undefined, token: string): boolean {
  return (value ?? '').toLowerCase().split(/\s+/).includes(token.toLowerCase());
}

/**
 * The article's main content element: [itemprop=articleBody], a known body class, <article>,
 * <main>, in that order, each tier's element with the most text winning; a tier's winner must
 * hold at least a third of the densest container's text (an <article> teaser card does not).
 * Falls back to the densest container.
 */
function mainContent(doc: DomDocument): Element | AnyNode {
  const dense = densestContainer(doc);
  const denseLength = dense ? textLength(paragraphsOf(dense)) : 0;
  const tiers: ((el: Element) => boolean)[] = [
    (el) => hasToken(attr(el, 'itemprop'), 'articleBody'),
    hasBodyClass,
    (el) => tagName(el) === 'article',
    (el) => tagName(el) === 'main' || attr(el, 'role') === 'main',
  ];
  for (const test of tiers) {
    let best: Element | null = null;
    let bestLength = 0;
    for (const el of DomUtils.findAll(test, doc)) {
      if (insideSkipped(el)) continue;
      const len = textLength(paragraphsOf(el));
      if (len > bestLength) {
        best = el;
        bestLength = len;
      }
    }
    if (best && bestLength >= denseLength / 3) return best;
  }
  if (dense) return dense;
  return DomUtils.findOne((el) => tagName(el) === 'body', doc) ?? doc;
}

/** Lower-cased meta keys (property, name, itemprop) to their first non-empty content. */
function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of DomUtils.getElementsByTagName('meta', doc, true)) {
    const content = clean(attr(el, 'content'));
    if (content === null) continue;
    for (const keyAttr of ['property', 'name', 'itemprop']) {
      const key = attr(el, keyAttr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

/** The text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
export function htmlToText(s: string): string {
  if (!/[<&]/.test(s)) return collapse(s);
  return collapse(DomUtils.textContent(parseDocument(s)));
}

const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

/**
 * Decodes `&...;` entities in plain text (a feed or JSON title, often escaped twice); anything
 * else, a literal "<" or a bare "&" included, stays as it is.
 */
export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (e) => DomUtils.textContent(parseDocument(e)));
}

function parseJsonLd(raw: string): unknown {
  const s = raw
    .trim()
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .replace(/^\/\/\s*<!\[CDATA\[/, '')
    .replace(/\/\/\s*\]\]>$/, '')
    .trim();
  try {
    return JSON.parse(s);
  } catch {
    // Some CMSs emit raw newlines inside strings; a second try without them.
    try {
      return JSON.parse(s.replace(/[\r\n\t]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object in the page's JSON-LD blocks, top-level and inside arrays and @graph. */
function jsonLdNodes(doc: DomDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const add = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(add);
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph'] !== undefined) add(v['@graph']);
    }
  };
  for (const el of DomUtils.getElementsByTagName('script', doc, true)) {
    if ((attr(el, 'type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    add(parseJsonLd(DomUtils.textContent(el)));
  }
  return out;
}

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/:#]/, '').toLowerCase());
}

function jsonLdString(v: unknown): string | null {
  if (typeof v === 'string') return clean(decodeEntities(v));
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = jsonLdString(x);
      if (s) return s;
    }
  }
  return null;
}

interface JsonLdInfo {
  headline: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
}

function jsonLdInfo(doc: DomDocument): JsonLdInfo {
  const nodes = jsonLdNodes(doc);
  const byId = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const nameOf = (v: unknown): string | null => {
    if (typeof v === 'string') return clean(decodeEntities(v));
    if (Array.isArray(v)) return v.map(nameOf).find((x) => x !== null) ?? null;
    if (!isObject(v)) return null;
    const name = jsonLdString(v['name']);
    if (name) return name;
    const ref = typeof v['@id'] === 'string' ? byId.get(v['@id']) : undefined;
    return ref && ref !== v ? jsonLdString(ref['name']) : null;
  };
  const info: JsonLdInfo = { headline: null, publisher: null, published: null, url: null };
  for (const n of nodes) {
    if (!typesOf(n).some((t) => ARTICLE_TYPES.has(t))) continue;
    info.headline ??= jsonLdString(n['headline']) ?? jsonLdString(n['name']);
    info.publisher ??= nameOf(n['publisher']);
    info.published ??= normalizeDate(n['datePublished']) ?? normalizeDate(n['dateCreated']);
    const page = n['mainEntityOfPage'];
    info.url ??= jsonLdString(n['url']) ?? (isObject(page) ? jsonLdString(page['@id']) : jsonLdString(page));
  }
  if (info.publisher === null) {
    const org = nodes.find((n) => typesOf(n).includes('newsmediaorganization'));
    if (org) info.publisher = jsonLdString(org['name']);
  }
  return info;
}

const norm = (s: string) => collapse(s).toLowerCase();

/** "Title - Site", "Title | Site", "Site | Title" with Site equal to the outlet: just Title. */
export function stripSiteName(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const site = norm(outlet);
  const suffix = /^(.+?)\s+[-|–—:·•»]\s+([^-|–—·•»]+)$/.exec(title);
  if (suffix && norm(suffix[2]) === site) return collapse(suffix[1]);
  const prefix = /^([^-|–—·•»]+?)\s+[-|–—:·•»]\s+(.+)$/.exec(title);
  if (prefix && norm(prefix[1]) === site) return collapse(prefix[2]);
  return title;
}

/**
 * An <h1> that can be the article's title: not in nav, aside, footer, forms or hidden parts; in a
 * <header> only when that header belongs to an <article> (a page header's <h1> is the logo).
 */
function isTitleHeading(h: Element): boolean {
  const ancestors: Element[] = [];
  for (let n = h.parent; n !== null; n = n.parent) if (isElement(n)) ancestors.push(n);
  for (const [i, el] of ancestors.entries()) {
    const name = tagName(el);
    if (isHidden(el)) return false;
    if (name === 'header') {
      if (!ancestors.slice(i + 1).some((a) => tagName(a) === 'article')) return false;
    } else if (SKIP_TAGS.has(name)) return false;
  }
  return true;
}

function firstH1(root: AnyNode | AnyNode[]): string | null {
  for (const h of DomUtils.getElementsByTagName('h1', root, true)) {
    if (!isTitleHeading(h)) continue;
    const t = clean(DomUtils.textContent(h));
    if (t) return t;
  }
  return null;
}

function publishedFromElements(doc: DomDocument): string | null {
  for (const el of DomUtils.findAll((e) => hasToken(attr(e, 'itemprop'), 'datePublished'), doc)) {
    const d = normalizeDate(attr(el, 'content') ?? attr(el, 'datetime') ?? DomUtils.textContent(el));
    if (d) return d;
  }
  for (const el of DomUtils.getElementsByTagName('time', doc, true)) {
    const d = normalizeDate(attr(el, 'datetime'));
    if (d) return d;
  }
  return null;
}

/** Extracts one article from a whole HTML page. */
export function extractHtml(html: string): ExtractedArticle {
  const doc = parseDocument(html);
  const meta = metaMap(doc);
  const ld = jsonLdInfo(doc);
  const main = mainContent(doc);

  const outlet = meta.get('og:site_name') ?? meta.get('application-name') ?? ld.publisher ?? null;

  const titleEl = DomUtils.getElementsByTagName('title', doc, true, 1)[0];
  const pageTitle = titleEl ? clean(DomUtils.textContent(titleEl)) : null;
  const raw =
    meta.get('og:title') ??
    meta.get('twitter:title') ??
    ld.headline ??
    firstH1(main) ??
    pageTitle ??
    firstH1(doc);
  const title = raw ? clean(stripSiteName(raw, outlet)) : null;

  let url: string | null = null;
  for (const link of DomUtils.getElementsByTagName('link', doc, true)) {
    if (hasToken(attr(link, 'rel'), 'canonical') && clean(attr(link, 'href'))) {
      url = clean(attr(link, 'href'));
      break;
    }
  }
  url ??= meta.get('og:url') ?? ld.url;

  const published =
    normalizeDate(meta.get('article:published_time')) ??
    normalizeDate(meta.get('og:article:published_time')) ??
    normalizeDate(meta.get('datepublished')) ??
    ld.published ??
    normalizeDate(meta.get('pubdate')) ??
    normalizeDate(meta.get('publish-date')) ??
    normalizeDate(meta.get('dc.date.issued')) ??
    normalizeDate(meta.get('dcterms.created')) ??
    publishedFromElements(doc);

  // An <h1> holding the title is dropped from the body (the title becomes the first line anyway).
  const paragraphs = paragraphsOf(main, { title });
  return { title, outlet, url, published, paragraphs };
}

/** Looks like markup rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return /<\/?(p|br|div|span|a|h[1-6]|li|ul|ol|blockquote|strong|em|b|i|img|figure|figcaption|table|section|article)\b[^>]*>/i.test(s);
}

/** Paragraphs of an HTML fragment (a feed item's content, a JSON body field). */
export function htmlParagraphs(html: string): string[] {
  return paragraphsOf(parseDocument(html));
}

/** Paragraphs of a body that may be HTML or plain text. */
export function bodyParagraphs(s: string): string[] {
  return looksLikeHtml(s) ? htmlParagraphs(s) : plainParagraphs(decodeEntities(s));
}

