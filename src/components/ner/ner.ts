/**
 * Named-entity recognition for Arabic (PERS, LOC, ORG, MISC in BIO tags, ANERcorp's scheme): a
 * first-order linear sequence model over tokens, trained by scripts/train-ner.ts on ANERcorp.
 * The app layer loads models/ner/model.json and passes the parsed JSON to `parseNerModel`.
 */
export { nerComponent, tagDocument, tagDocumentWith, type NerComponent, type NerSpan } from './component.ts';
export { readConllTokens, tagConll, writeConll } from './conll.ts';
export { ENTITY_TYPES, type EntityType } from './decode.ts';
export type { NerPiece, NerSegmenter } from './features.ts';
export { parseNerModel, type NerModel, type NerModelFile, type NerStage } from './model.ts';
export { chunks, formatScore, scoreEntities, type Chunk, type Prf, type Score } from './score.ts';
export { createTagger, type AnalysedSentence, type Tagger } from './tagger.ts';
