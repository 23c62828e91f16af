/** A half-open range [start, end) of UTF-16 code units into a document's raw text. */
export interface Range {
  start: number;
  end: number;
}

/** A range together with the text it covers: `text.slice(start, end) === span.text` always. */
export interface Span extends Range {
  text: string;
}

export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
