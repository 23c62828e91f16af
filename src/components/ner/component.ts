/**
 * The NER component over documents: tags each sentence's tokens (with their clitic pieces from
 * the words layer) and answers entity spans at token level, with raw offsets, plus where the
 * first token's stem starts so a mention can leave out attached proclitics (لموسكو → موسكو).
 */
import type { Document, NerSpan } from '../../doc/document.ts';

export type { NerSpan } from '../../doc/document.ts';
import { WordRole } from '../../doc/layers.ts';
import { normIndexAtRaw } from '../../lang/ar/normalize.ts';
import type { Component } from '../../pipeline/component.ts';
import { normalizeString } from '../../lang/ar/normalize.ts';
import { chunks } from './score.ts';
import type { EntityType } from './decode.ts';
import type { NerPiece } from './features.ts';
import type { NerModel } from './model.ts';
import { createTagger, type AnalysedSentence, type Tagger } from './tagger.ts';

const COMPONENT_VERSION = '1';
const ARTICLE = 'ال';

/** Entity spans of a document (needs the norm, tokens, sentences and words layers). */
export function tagDocumentWith(tagger: Tagger, doc: Document): NerSpan[] {
  const { norm, tokens, sentences, words } = doc.layers;
  if (!norm || !tokens || !sentences || !words) throw new Error('ar.ner needs the norm, tokens, sentences and words layers');
  // First word of each token (words are in token order).
  const firstWord = new Int32Array(tokens.length + 1).fill(-1);
  for (let w = words.length - 1; w >= 0; w--) firstWord[words.token[w]!] = w;
  firstWord[tokens.length] = words.length;
  for (let t = tokens.length - 1; t >= 0; t--) if (firstWord[t]! < 0) firstWord[t] = firstWord[t + 1]!;
  const out: NerSpan[] = [];
  const analysed: AnalysedSentence[] = [];
  const starts: number[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const ts = sentences.tokenStart[s]!;
    const te = sentences.tokenEnd[s]!;
    if (te <= ts) continue;
    const norms: string[] = [];
    for (let t = ts; t < te; t++) norms.push(norm.text.slice(tokens.normStart[t]!, tokens.normEnd[t]!));
    const pieces = (i: number): NerPiece[] => {
      const t = ts + i;
      const ns = tokens.normStart[t]!;
      const ne = tokens.normEnd[t]!;
      const list: NerPiece[] = [];
      for (let w = firstWord[t]!; w < firstWord[t + 1]!; w++) {
        const a = Math.max(0, Math.min(ne, normIndexAtRaw(norm, words.start[w]!)) - ns);
        const b = Math.max(a, Math.min(ne, normIndexAtRaw(norm, words.end[w]!)) - ns);
        list.push({ start: a, end: b, role: words.role[w]!, form: doc.strings.get(words.form[w]!) });
      }
      return list;
    };
    analysed.push({ norms, pieces });
    starts.push(ts);
  }
  const tagged = tagger.tagAnalysed(analysed);
  for (let k = 0; k < tagged.length; k++) {
    const ts = starts[k]!;
    for (const c of chunks(tagged[k]!)) {
      const tokenStart = ts + c.start;
      const tokenEnd = ts + c.end;
      let stemStart = tokens.start[tokenStart]!;
      let nameStart = -1;
      for (let w = firstWord[tokenStart]!; w < firstWord[tokenStart + 1]!; w++) {
        if (words.role[w] !== WordRole.Proclitic) {
          stemStart = words.start[w]!;
          break;
        }
        if (nameStart < 0 && doc.strings.get(words.form[w]!) === ARTICLE && normalizeString(doc.text.slice(words.start[w]!, words.end[w]!)) === ARTICLE) {
          nameStart = words.start[w]!;
        }
      }
      if (nameStart < 0) nameStart = stemStart;
      out.push({
        start: tokens.start[tokenStart]!,
        end: tokens.end[tokenEnd - 1]!,
        type: c.type as EntityType,
        tokenStart,
        tokenEnd,
        stemStart,
        nameStart,
      });
    }
  }
  return out;
}

/** The entity spans of the `ner` layer that an `ar.ner` component added. Throws when none ran. */
export function tagDocument(doc: Document): readonly NerSpan[] {
  const spans = doc.layers.ner;
  if (!spans) throw new Error('no ar.ner component has run over this document');
  return spans;
}

export interface NerComponent extends Component {
  readonly tagger: Tagger;
  /** Entity spans of a document, computed now. */
  tagDocument(doc: Document): NerSpan[];
}

/**
 * The pipeline component: adds the `ner` layer. The tagger reads clitic pieces from the words
 * layer, so it needs no segmenter of its own; `segmentModel` only enters the version (the
 * features depend on it).
 */
export function nerComponent(model: NerModel, segmentModel?: { readonly version: string }): NerComponent {
  const tagger = createTagger(model, null);
  return {
    name: 'ar.ner',
    version: `${COMPONENT_VERSION}+${model.version}${segmentModel ? '+' + segmentModel.version : ''}`,
    requires: ['norm', 'tokens', 'sentences', 'words'],
    provides: ['ner'],
    tagger,
    tagDocument: (doc) => tagDocumentWith(tagger, doc),
    run: (doc: Document) => doc.with({ ner: tagDocumentWith(tagger, doc) }),
  };
}
