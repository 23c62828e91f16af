import { InternalError } from '../base/errors.ts';
import type { Document } from '../doc/document.ts';
import type { Component } from './component.ts';

/** Layers a document has before any component runs. */
const BUILT_IN = new Set(['text', 'meta']);

export class PipelineError extends InternalError {}

/**
 * An ordered list of components, checked when built: every requirement must be provided by
 * the document itself or by a component earlier in the list.
 */
export class Pipeline {
  readonly components: readonly Component[];

  constructor(components: readonly Component[]) {
    const have = new Set(BUILT_IN);
    for (const c of components) {
      const missing = c.requires.filter((r) => !have.has(r));
      if (missing.length > 0) {
        throw new PipelineError(`component ${c.name} requires ${missing.join(', ')}, which no earlier component provides`);
      }
      for (const p of c.provides) have.add(p);
    }
    this.components = components;
  }

  run(doc: Document): Document {
    let d = doc;
    for (const c of this.components) d = c.run(d);
    return d;
  }

  get names(): string[] {
    return this.components.map((c) => `${c.name}@${c.version}`);
  }
}
