import type { Document } from '../doc/document.ts';

/**
 * A pipeline component (after spaCy's factories and Stanza's requires/provides): a pure
 * function over documents with a name, a version, and the layers it needs and adds.
 */
export interface Component {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly string[];
  readonly provides: readonly string[];
  run(doc: Document): Document;
}
