/** What a structured reader (HTML, JSON, feed) pulls out of one article. */
export interface ExtractedArticle {
  title: string | null;
  outlet: string | null;
  url: string | null;
  /** YYYY-MM-DD or null. */
  published: string | null;
  /** Plain-text paragraphs, one line each, whitespace collapsed. */
  paragraphs: string[];
}

/** Collapses every whitespace run (newlines, NBSP, ...) to one space and trims. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A non-empty collapsed string, or null. */
export function clean(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const c = collapse(s);
  return c === '' ? null : c;
}

/** Plain text to paragraphs: one per non-blank line. */
export function plainParagraphs(s: string): string[] {
  return s
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(collapse)
    .filter((p) => p !== '');
}

/**
 * The text handed to analysis: the title on the first line (when there is one), then each
 * paragraph on its own line. A first paragraph that repeats the title is dropped.
 */
export function composeText(a: ExtractedArticle): { text: string; title: string | null } {
  const title = a.title === null ? null : collapse(a.title) || null;
  let paragraphs = a.paragraphs;
  if (title !== null && paragraphs.length > 0 && paragraphs[0] === title) paragraphs = paragraphs.slice(1);
  const lines = title === null ? paragraphs : [title, ...paragraphs];
  return { text: lines.join('\n'), title };
}
