import type { Span } from '../base/span.ts';

/** Who said what (shared/spec/OUTPUT.md, Quote). */
export interface Quote {
  /** Entity id of the speaker, or null for an unnamed source. */
  speaker: string | null;
  /** The words naming the speaker in this sentence. */
  speakerText: Span | null;
  cue: Span | null;
  /** What was said, without quote marks. */
  content: Span;
  /** Inside quote marks (true) or reported speech (false). */
  direct: boolean;
}
