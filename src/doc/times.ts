import type { Span } from '../base/span.ts';

/** A temporal expression, normalized (shared/spec/OUTPUT.md, Time). */
export interface TimeExpr extends Span {
  /** ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, a duration (P6Y), or null when unresolvable. */
  value: string | null;
  granularity: 'year' | 'month' | 'week' | 'day' | 'duration' | 'fuzzy';
  /** Resolved from the text alone, or relative to the publication date. */
  anchor: 'absolute' | 'dct';
}
