import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InternalError } from '../base/errors.ts';
import { parseSegmentModel, type SegmentModel } from '../components/segment/segment.ts';
import { KnowledgeBase } from '../kb/kb.ts';
import { parseNerModel, type NerModel } from '../components/ner/model.ts';
import type { PipelineResources } from './presets.ts';
import { validateKbData } from '../kb/validate.ts';

/** The folder of trained model files produced by the project's training commands. */
export const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));
/** The folder of the knowledge base's data files. */
export const KB_DIR = fileURLToPath(new URL('../../kb/', import.meta.url));

function loadJson(relative: string, dir = MODELS_DIR): unknown {
  const path = dir + relative;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InternalError(`cannot load model ${path}: ${(e as Error).message}`);
  }
}

let segmentModel: SegmentModel | undefined;

/** The clitic segmentation model (models/segment/), loaded once. */
export function loadSegmentModel(): SegmentModel {
  segmentModel ??= parseSegmentModel(loadJson('segment/model.json'));
  return segmentModel;
}

let knowledgeBase: KnowledgeBase | undefined;

/** The knowledge base (kb/*.json), validated and indexed once. */
export function loadKnowledgeBase(): KnowledgeBase {
  knowledgeBase ??= new KnowledgeBase(
    validateKbData({
      states: loadJson('states.json', KB_DIR),
      places: loadJson('places.json', KB_DIR),
      orgs: loadJson('orgs.json', KB_DIR),
      people: loadJson('people.json', KB_DIR),
      ambiguous: loadJson('ambiguous.json', KB_DIR),
      commonWords: (loadJson('common-words.json') as { words: unknown }).words,
    }),
  );
  return knowledgeBase;
}

let nerModel: NerModel | undefined;

/** The named-entity tagger's model (models/ner/), loaded once. */
export function loadNerModel(): NerModel {
  nerModel ??= parseNerModel(loadJson('ner/model.json'));
  return nerModel;
}

/** Every resource the pipeline presets need, loaded from the project's files. */
export function loadResources(): PipelineResources {
  return { segmentModel: loadSegmentModel(), kb: loadKnowledgeBase(), nerModel: loadNerModel() };
}
