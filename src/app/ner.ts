import { tagConll } from '../components/ner/conll.ts';
import { createTagger } from '../components/ner/tagger.ts';
import { createSegmenter } from '../components/segment/segment.ts';
import { loadNerModel, loadSegmentModel } from './models.ts';

/** Tags CoNLL text (one token per line) with the project's NER model: `token<TAB>TAG` lines. */
export function tagConllText(text: string): string {
  return tagConll(text, createTagger(loadNerModel(), createSegmenter(loadSegmentModel())));
}
