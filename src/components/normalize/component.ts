import type { Document } from '../../doc/document.ts';
import type { Component } from '../../pipeline/component.ts';
import { normalize } from '../../lang/ar/normalize.ts';

/** The normalization layer over the whole raw text. */
export function normalizeComponent(): Component {
  return {
    name: 'ar.normalize',
    version: '1',
    requires: [],
    provides: ['norm'],
    run: (doc: Document) => doc.with({ norm: normalize(doc.text) }),
  };
}
