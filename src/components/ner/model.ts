/**
 * The NER model file (JSON, produced by scripts/train-ner.ts) and the word cluster files
 * (produced by scripts/train-clusters.ts). Parsing checks the shape and decodes the packed
 * weights; the app layer reads the files and passes the parsed JSON.
 */
import { allowedTransitions, tagsOf, type Scheme } from './decode.ts';
import { parseClusterLines, parseLexiconLines, type Clusters, type FeatureConfig, type WordLexicon } from './features.ts';
import { Gazetteer, GAZ_TYPES, type GazetteerData, type GazType } from './gazetteer.ts';

export const NER_FORMAT = 'marsad-ner';
export const NER_FORMAT_VERSION = 1;
export const CLUSTER_FORMAT = 'marsad-clusters';
export const CLUSTER_FORMAT_VERSION = 1;

/** A word cluster file: ids of each word (core form) at several cluster counts. */
export interface ClusterFile {
  format: typeof CLUSTER_FORMAT;
  formatVersion: typeof CLUSTER_FORMAT_VERSION;
  version: string;
  /** Number of clusters of each level. */
  ks: number[];
  /** `word\tid\tid…` lines, one per word, one id per level. */
  words: string;
  meta?: Record<string, unknown>;
}

export interface NerModelFile {
  format: typeof NER_FORMAT;
  formatVersion: typeof NER_FORMAT_VERSION;
  /** Model version (training data and date), carried into the component's version. */
  version: string;
  scheme: Scheme;
  /** Tags in weight order (see `tagsOf`). */
  tags: string[];
  features: FeatureConfig;
  /** The clusters the model was trained with (only the levels it uses), or null. */
  clusters: { ks: number[]; words: string } | null;
  /**
   * Word-lexicon atoms the model was trained with (`WordLexicon`), as `word\tatom\tatom…` lines
   * keyed by core form and by stem; absent: none.
   */
  lexicon?: { core: string; stem: string };
  /** The gazetteer the model was trained with: names by type, `\n`-separated. */
  gazetteer: Partial<Record<GazType, string>>;
  /** Trigger word lists by class, as used in training. */
  triggers: Record<string, string[]>;
  /** The first stage (the whole model when there is no second). */
  stage1: StageFile;
  /**
   * The second stage, or absent: the same features plus context features from the first
   * stage's tags within `window` sentences either side (`contextFeatures`), and with `spans`
   * the first stage's multi-word entities matched elsewhere in the window (`spanFeatures`).
   */
  stage2?: StageFile & { window: number; spans?: boolean };
  meta?: Record<string, unknown>;
}

/** One linear model: feature dictionary, weights and transitions. */
export interface StageFile {
  /** Feature strings, `\n`-separated; feature i has weight row i. */
  dict: string;
  /**
   * Sparse weight rows: `mask` is base64 of one little-endian uint32 per feature (bit t set when
   * tag t has a weight), `values` base64 of int16 values in row order, times `scale`.
   */
  weights: { scale: number; mask: string; values: string };
  /** (T + 1) × T transition scores, row T the sentence start. */
  transitions: number[];
}

/** A decoded stage. */
export interface NerStage {
  /** Feature string → weight row. */
  readonly dict: ReadonlyMap<string, number>;
  /** Dense weights, features × T. */
  readonly weights: Float32Array;
  readonly transitions: Float64Array;
}

export interface NerModel {
  readonly version: string;
  readonly scheme: Scheme;
  readonly tags: readonly string[];
  readonly T: number;
  readonly config: FeatureConfig;
  readonly clusters: Clusters | null;
  readonly lexicon: WordLexicon | null;
  readonly gazetteer: Gazetteer | null;
  readonly gazetteerData: GazetteerData;
  readonly triggers: Readonly<Record<string, readonly string[]>>;
  readonly stage1: NerStage;
  readonly stage2: (NerStage & { readonly window: number; readonly spans: boolean }) | null;
  readonly allowed: Uint8Array;
  readonly end: Uint8Array;
  readonly meta: Readonly<Record<string, unknown>>;
}

function fail(what: string): never {
  throw new Error(`not a valid NER model: ${what}`);
}

/** Bytes of a base64 string (atob: no Node Buffer in the NLP core). */
export function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function parseClusterFile(json: unknown): ClusterFile {
  const o = json as Partial<ClusterFile> | null;
  if (!o || o.format !== CLUSTER_FORMAT || o.formatVersion !== CLUSTER_FORMAT_VERSION) throw new Error('not a marsad cluster file');
  if (!Array.isArray(o.ks) || typeof o.words !== 'string') throw new Error('cluster file without ks or words');
  return o as ClusterFile;
}

/** Checks and decodes a parsed model file. */
export function parseNerModel(json: unknown): NerModel {
  const o = json as Partial<NerModelFile> | null;
  if (!o || typeof o !== 'object') fail('not an object');
  if (o.format !== NER_FORMAT) fail(`format ${String(o.format)}`);
  if (o.formatVersion !== NER_FORMAT_VERSION) fail(`format version ${String(o.formatVersion)}`);
  if (o.scheme !== 'BIO' && o.scheme !== 'BILOU') fail('scheme');
  if (!Array.isArray(o.tags) || o.tags.join() !== tagsOf(o.scheme).join()) fail('tags');
  if (!o.features || !o.stage1) fail('missing parts');
  const tags = o.tags;
  const T = tags.length;
  const stage1 = parseStage(o.stage1, T, 'stage1');
  const stage2 = o.stage2 ? { ...parseStage(o.stage2, T, 'stage2'), window: Number(o.stage2.window) || 0, spans: o.stage2.spans === true } : null;
  const gazetteerData: GazetteerData = {};
  for (const t of GAZ_TYPES) {
    const s = o.gazetteer?.[t];
    if (typeof s === 'string' && s.length > 0) gazetteerData[t] = s.split('\n');
  }
  const hasGaz = Object.keys(gazetteerData).length > 0;
  const { allowed, end } = allowedTransitions(o.scheme, tags);
  return {
    version: String(o.version ?? ''),
    scheme: o.scheme,
    tags,
    T,
    config: o.features,
    clusters: o.clusters ? parseClusterLines(o.clusters.ks, o.clusters.words) : null,
    lexicon: o.lexicon ? { core: parseLexiconLines(o.lexicon.core), stem: parseLexiconLines(o.lexicon.stem) } : null,
    gazetteer: hasGaz ? new Gazetteer(gazetteerData) : null,
    gazetteerData,
    triggers: o.triggers ?? {},
    stage1,
    stage2,
    allowed,
    end,
    meta: o.meta ?? {},
  };
}

function parseStage(o: Partial<StageFile>, T: number, name: string): NerStage {
  if (typeof o.dict !== 'string' || !o.weights || !Array.isArray(o.transitions)) fail(`${name}: missing parts`);
  const names = o.dict.length > 0 ? o.dict.split('\n') : [];
  const dict = new Map<string, number>();
  for (let i = 0; i < names.length; i++) dict.set(names[i]!, i);
  const maskBytes = fromBase64(o.weights.mask);
  const valueBytes = fromBase64(o.weights.values);
  if (maskBytes.length !== names.length * 4) fail(`${name}: weight mask length`);
  if (T > 32) fail(`${name}: more than 32 tags`);
  const mask = new DataView(maskBytes.buffer, maskBytes.byteOffset, maskBytes.byteLength);
  const values = new DataView(valueBytes.buffer, valueBytes.byteOffset, valueBytes.byteLength);
  const weights = new Float32Array(names.length * T);
  const scale = o.weights.scale;
  let v = 0;
  for (let f = 0; f < names.length; f++) {
    const m = mask.getUint32(f * 4, true);
    for (let t = 0; t < T; t++) {
      if (m & (1 << t)) {
        if (v * 2 + 2 > values.byteLength) fail(`${name}: weight values too short`);
        weights[f * T + t] = values.getInt16(v * 2, true) * scale;
        v++;
      }
    }
  }
  if (v * 2 !== values.byteLength) fail(`${name}: weight values length`);
  if (o.transitions.length !== (T + 1) * T) fail(`${name}: transitions`);
  return { dict, weights, transitions: Float64Array.from(o.transitions) };
}
