import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InternalError } from '../base/errors.ts';
import { parseSegmentModel, type SegmentModel } from '../components/segment/segment.ts';

/** The folder of trained model files produced by the project's training commands. */
export const MODELS_DIR = fileURLToPath(new URL('../../models/', import.meta.url));

function loadJson(relative: string): unknown {
  const path = MODELS_DIR + relative;
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
