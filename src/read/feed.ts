/**
 * Articles from RSS (0.9x, 1.0/RDF, 2.0) and Atom feeds. Parsed in XML mode with domutils rather
 * than htmlparser2's parseFeed, which drops content:encoded and Atom content type and turns
 * dates into Date objects (losing the publisher's calendar date).
 */
import { ElementType, parseDocument } from 'htmlparser2';
import * as DomUtils from 'domutils';
import { MarsadError } from '../base/errors.ts';
import { clean, plainParagraphs, type ExtractedArticle } from './article.ts';
import { normalizeDate } from './date.ts';
import { bodyParagraphs, decodeEntities, htmlParagraphs, htmlToText } from './html.ts';

type AnyNode = Parameters<typeof DomUtils.getChildren>[0];
type Element = Parameters<typeof DomUtils.getAttributeValue>[0];

export type FeedEntry = { ok: true; article: ExtractedArticle } | { ok: false; error: MarsadError };

export interface FeedResult {
  kind: 'rss' | 'atom';
  entries: FeedEntry[];
  /** True when the one entry is an error about the whole document (not a feed, no items). */
  whole: boolean;
}

function isElement(n: AnyNode): n is Element {
  return n.type === ElementType.Tag || n.type === ElementType.Script || n.type === ElementType.Style;
}

const lname = (el: Element) => el.name.toLowerCase();

function children(el: Element, name: string): Element[] {
  return el.children.filter((c): c is Element => isElement(c) && lname(c) === name);
}

function child(el: Element, ...names: string[]): Element | undefined {
  for (const n of names) {
    const c = children(el, n)[0];
    if (c) return c;
  }
  return undefined;
}

function text(el: Element | undefined): string {
  return el ? DomUtils.textContent(el) : '';
}

/** The root <rss>, <rdf:RDF> or <feed> element. */
function feedRoot(nodes: AnyNode[]): Element | null {
  return DomUtils.findOne((el) => ['rss', 'rdf:rdf', 'feed'].includes(lname(el)), nodes, true);
}

/** Paragraphs of an Atom text construct (type text, html or xhtml). */
function atomParagraphs(el: Element): string[] {
  const type = (el.attribs['type'] ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    return htmlParagraphs(DomUtils.getInnerHTML(el, { xmlMode: true }));
  }
  if (type === 'html' || type === 'text/html') return htmlParagraphs(text(el));
  return type === 'text' || type === 'text/plain' ? plainParagraphs(text(el)) : bodyParagraphs(text(el));
}

function atomTitle(el: Element | undefined): string | null {
  if (!el) return null;
  const type = (el.attribs['type'] ?? 'text').toLowerCase();
  return clean(type === 'text' ? text(el) : htmlToText(type === 'xhtml' ? DomUtils.getInnerHTML(el) : text(el)));
}

/** The longer of several candidate bodies (content:encoded is usually the full text). */
function longest(...bodies: string[][]): string[] {
  let best: string[] = [];
  let bestLength = 0;
  for (const b of bodies) {
    const len = b.reduce((n, p) => n + p.length, 0);
    if (len > bestLength) {
      best = b;
      bestLength = len;
    }
  }
  return best;
}

function noBody(input: string, n: number, title: string | null): FeedEntry {
  const named = title ? ` ("${title}")` : '';
  return {
    ok: false,
    error: new MarsadError('INPUT_EMPTY', `${input}: feed item ${n}${named} has no description or content`, input),
  };
}

function rssItem(item: Element, n: number, outlet: string | null, input: string): FeedEntry {
  const title = clean(decodeEntities(text(child(item, 'title'))));
  const paragraphs = longest(
    bodyParagraphs(text(child(item, 'content:encoded'))),
    bodyParagraphs(text(child(item, 'description'))),
  );
  if (paragraphs.length === 0) return noBody(input, n, title);
  let url = clean(text(child(item, 'link')));
  const guid = child(item, 'guid');
  if (!url && guid && guid.attribs['ispermalink'] !== 'false' && guid.attribs['isPermaLink'] !== 'false') {
    const g = clean(text(guid));
    if (g && /^https?:\/\//i.test(g)) url = g;
  }
  const published =
    normalizeDate(text(child(item, 'pubdate'))) ??
    normalizeDate(text(child(item, 'dc:date'))) ??
    normalizeDate(text(child(item, 'published')));
  // Aggregators (Google News) name the original outlet in <source>.
  const source = clean(text(child(item, 'source')));
  return { ok: true, article: { title, outlet: source ?? outlet, url, published, paragraphs } };
}

function atomLink(entry: Element): string | null {
  const links = children(entry, 'link');
  const alt = links.find((l) => (l.attribs['rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return alt ? clean(alt.attribs['href']) : null;
}

function atomEntry(entry: Element, n: number, outlet: string | null, input: string): FeedEntry {
  const title = atomTitle(child(entry, 'title'));
  const content = child(entry, 'content');
  const summary = child(entry, 'summary');
  const paragraphs = longest(content ? atomParagraphs(content) : [], summary ? atomParagraphs(summary) : []);
  if (paragraphs.length === 0) return noBody(input, n, title);
  const published =
    normalizeDate(text(child(entry, 'published'))) ??
    normalizeDate(text(child(entry, 'issued'))) ??
    normalizeDate(text(child(entry, 'updated'))) ??
    normalizeDate(text(child(entry, 'modified')));
  const source = child(entry, 'source');
  const sourceTitle = source ? atomTitle(child(source, 'title')) : null;
  return { ok: true, article: { title, outlet: sourceTitle ?? outlet, url: atomLink(entry), published, paragraphs } };
}

/** Parses a feed; a document that is not RSS or Atom gives one INPUT_BAD_FORMAT entry. */
export function readFeed(xml: string, input: string): FeedResult {
  const doc = parseDocument(xml, { xmlMode: true });
  const root = feedRoot(doc.children);
  if (!root) {
    return {
      kind: 'rss',
      entries: [{ ok: false, error: new MarsadError('INPUT_BAD_FORMAT', `${input}: not an RSS or Atom feed`, input) }],
      whole: true,
    };
  }
  const entries: FeedEntry[] = [];
  let kind: 'rss' | 'atom';
  if (lname(root) === 'feed') {
    kind = 'atom';
    const outlet = atomTitle(child(root, 'title'));
    children(root, 'entry').forEach((e, i) => entries.push(atomEntry(e, i + 1, outlet, input)));
  } else {
    kind = 'rss';
    const channel = child(root, 'channel');
    const outlet = channel ? clean(decodeEntities(text(child(channel, 'title')))) : null;
    // RSS 2.0 nests items in <channel>; RSS 1.0 puts them beside it.
    const items = DomUtils.getElementsByTagName((name) => name.toLowerCase() === 'item', root, true);
    items.forEach((it, i) => entries.push(rssItem(it, i + 1, outlet, input)));
  }
  if (entries.length === 0) {
    const error = new MarsadError('INPUT_EMPTY', `${input}: the feed has no items`, input);
    return { kind, entries: [{ ok: false, error }], whole: true };
  }
  return { kind, entries, whole: false };
}
