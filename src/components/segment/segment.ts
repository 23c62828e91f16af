/**
 * Clitic segmentation (Stanza's token → words): `وبحسب` → و + ب + حسب, `للأسد` → ل + ال + اسد.
 * The model comes from scripts/train-segment.ts; the app layer loads the file.
 */
import type { Document } from '../../doc/document.ts';
import { IntColumn } from '../../base/columns.ts';
import { TokenKind, WordLayer, WordRole } from '../../doc/layers.ts';
import type { Component } from '../../pipeline/component.ts';
import { rawRange } from '../../lang/ar/normalize.ts';
import type { SegmentModel } from './model.ts';
import { createSegmenter } from './segmenter.ts';

export type { Piece } from './analyses.ts';
export { parseSegmentModel, type SegmentModel, type SegmentModelFile } from './model.ts';
export { createSegmenter, type Segmenter } from './segmenter.ts';

const COMPONENT_VERSION = '1';


/**
 * The `words` layer: each Word token split into its clitics and stem, every other token one
 * Stem word. Word spans are raw ranges inside their token.
 */
export function segmentComponent(model: SegmentModel): Component {
  const segmenter = createSegmenter(model);
  return {
    name: 'ar.segment',
    version: `${COMPONENT_VERSION}+${model.version}`,
    requires: ['norm', 'tokens'],
    provides: ['words'],
    run(doc: Document): Document {
      const norm = doc.layers.norm;
      const tokens = doc.layers.tokens;
      if (!norm || !tokens) throw new Error('ar.segment needs the norm and tokens layers');
      const start = new IntColumn();
      const end = new IntColumn();
      const token = new IntColumn();
      const form = new IntColumn();
      const roles: number[] = [];
      for (let t = 0; t < tokens.length; t++) {
        const ns = tokens.normStart[t]!;
        const ne = tokens.normEnd[t]!;
        const ts = tokens.start[t]!;
        const te = tokens.end[t]!;
        const text = norm.text.slice(ns, ne);
        if (tokens.kind[t] !== TokenKind.Word || ne <= ns) {
          start.push(ts);
          end.push(te);
          token.push(t);
          roles.push(WordRole.Stem);
          form.push(doc.strings.id(text));
          continue;
        }
        const pieces = segmenter.split(text);
        // Pieces stay contiguous in the raw text: an inner edge is the raw end of the piece
        // before it (diacritics included); the token's own edges bound the first and last.
        let s = ts;
        for (let i = 0; i < pieces.length; i++) {
          const p = pieces[i]!;
          const last = i === pieces.length - 1;
          const e = last ? te : Math.max(s, Math.min(te, rawRange(doc.text, norm, ns + p.start, ns + p.end).end));
          start.push(s);
          end.push(e);
          token.push(t);
          roles.push(p.role);
          form.push(doc.strings.id(p.form));
          s = e;
        }
      }
      return doc.with({
        words: new WordLayer(start.done(), end.done(), token.done(), Uint8Array.from(roles), form.done()),
      });
    },
  };
}
