/**
 * The segmentation model: a unigram model of stems with a Dirichlet-process style back-off to a
 * character trigram model, and priors of the clitics. An analysis (conjunction c, middle
 * proclitics m, stem s, enclitic e) of a word scores
 *   log P(c) + log P(m | first letter of s) + log P(e) + log(count(s) + alpha * P0(s)).
 */
import { analyses, analysisKey, CONJ_KEYS, ENCLITIC_SET, MID_KEYS } from './analyses.ts';

export const MODEL_FORMAT = 'marsad-segment';
export const MODEL_FORMAT_VERSION = 1;

/** The model file (JSON). */
export interface SegmentModelFile {
  format: typeof MODEL_FORMAT;
  formatVersion: typeof MODEL_FORMAT_VERSION;
  /** Model version (training date and data), carried into the component's version. */
  version: string;
  /** Concentration of the stem distribution: weight of the character model. */
  alpha: number;
  /** Log-probabilities of the conjunction proclitic ('' for none). */
  conj: Record<string, number>;
  /**
   * Log-probabilities of the middle proclitics (keys of MID_KEYS: '', س, ال, ب, ب+ال, …) given
   * the first letter of the stem; key '*' holds the distribution for letters not listed.
   */
  mid: Record<string, Record<string, number>>;
  /** Log-probabilities of enclitics ('' for none). */
  enclitics: Record<string, number>;

  /** Corpus evidence (token counts) of stems; the character model is trained on these stems. */
  stems: Record<string, number>;
  /**
   * Decisions for training words that the scores alone would get wrong because a word's own
   * occurrences count as evidence at run time: word → analysis key (see `analysisKey`).
   */
  words?: Record<string, string>;
  /** Free-form notes (training data, license, date). */
  meta?: Record<string, unknown>;
}

// Character alphabet: Arabic letters U+0621..U+064A, then "other", start, end.
const A0 = 0x0621;
const NA = 0x064a - A0 + 1;
const OTHER = NA;
const START = NA + 1;
const END = NA + 2;
const V = NA + 3;
/** Number of character classes of the character model (letters, other, start, end). */
export const CHAR_CLASSES = V;

/** Character class of a code unit: Arabic letters get their own, everything else shares one. */
export function charIndex(c: number): number {
  const i = c - A0;
  return i >= 0 && i < NA ? i : OTHER;
}

/**
 * Character trigram model over stem types with Witten-Bell interpolation, held as a dense table
 * of log P(z | x y).
 */
export class CharModel {
  private readonly table: Float64Array;

  constructor(stems: Iterable<string>) {
    const tri = new Float64Array(V * V * V);
    for (const s of stems) {
      let x = START;
      let y = START;
      for (let i = 0; i <= s.length; i++) {
        const z = i < s.length ? charIndex(s.charCodeAt(i)) : END;
        tri[(x * V + y) * V + z]! += 1;
        x = y;
        y = z;
      }
    }
    const bi = new Float64Array(V * V);
    for (let x = 0; x < V; x++) for (let y = 0; y < V; y++) for (let z = 0; z < V; z++) bi[y * V + z]! += tri[(x * V + y) * V + z]!;
    const uni = new Float64Array(V);
    for (let y = 0; y < V; y++) for (let z = 0; z < V; z++) uni[z]! += bi[y * V + z]!;
    // Unigram: add-one over the outcomes (every symbol but START).
    let uniTotal = 0;
    for (let z = 0; z < V; z++) uniTotal += uni[z]!;
    const pUni = new Float64Array(V);
    for (let z = 0; z < V; z++) pUni[z] = z === START ? 0 : (uni[z]! + 1) / (uniTotal + V - 1);
    const wb = (counts: Float64Array, base: number, lower: (z: number) => number, out: (z: number, p: number) => void): void => {
      let total = 0;
      let types = 0;
      for (let z = 0; z < V; z++) {
        const c = counts[base + z]!;
        total += c;
        if (c > 0) types++;
      }
      for (let z = 0; z < V; z++) {
        const p = total > 0 ? (counts[base + z]! + types * lower(z)) / (total + types) : lower(z);
        out(z, p);
      }
    };
    const pBi = new Float64Array(V * V);
    for (let y = 0; y < V; y++) wb(bi, y * V, (z) => pUni[z]!, (z, p) => (pBi[y * V + z] = p));
    this.table = new Float64Array(V * V * V);
    for (let x = 0; x < V; x++) {
      for (let y = 0; y < V; y++) {
        const base = (x * V + y) * V;
        wb(tri, base, (z) => pBi[y * V + z]!, (z, p) => (this.table[base + z] = p > 0 ? Math.log(p) : -1e9));
      }
    }
  }

  /** log P0(s): the probability that the character model spells `s`, end marker included. */
  logProb(s: string): number {
    let lp = 0;
    let x = START;
    let y = START;
    for (let i = 0; i <= s.length; i++) {
      const z = i < s.length ? charIndex(s.charCodeAt(i)) : END;
      lp += this.table[(x * V + y) * V + z]!;
      x = y;
      y = z;
    }
    return lp;
  }
}

/** Clitic priors as arrays. */
export interface CliticPriors {
  /** Log-probability per CONJ_KEYS index. */
  readonly conjLogp: Float64Array;
  /** Log-probability of MID_KEYS index m given first-letter class c at [c * MID_KEYS.length + m]. */
  readonly midLogp: Float64Array;
  /** Log-probability per ENCLITIC_SET index. */
  readonly encliticLogp: Float64Array;
}

/** A parsed, ready-to-use model. */
export interface SegmentModel extends CliticPriors {
  readonly version: string;
  readonly alpha: number;

  readonly stems: ReadonlyMap<string, number>;
  /** Fixed analyses of known words (analysis keys). */
  readonly words: ReadonlyMap<string, string>;
  readonly chars: CharModel;
}

function bad(msg: string): never {
  throw new Error(`bad segmentation model: ${msg}`);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function logpTable(
  name: string,
  rec: unknown,
  keys: readonly string[],
): Float64Array {
  if (!isRecord(rec)) bad(`"${name}" must be an object`);
  const out = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const v = rec[keys[i]!];
    if (typeof v !== 'number' || !Number.isFinite(v) || v > 0) bad(`"${name}" needs a log-probability for "${keys[i]}"`);
    out[i] = v;
  }
  return out;
}

function parsePriors(prefix: string, conj: unknown, mid: unknown, enclitics: unknown): CliticPriors {
  const conjLogp = logpTable(`${prefix}conj`, conj, CONJ_KEYS);
  if (!isRecord(mid)) bad(`"${prefix}mid" must be an object`);
  const fallback = logpTable(`${prefix}mid.*`, mid['*'], MID_KEYS);
  const midLogp = new Float64Array(V * MID_KEYS.length);
  for (let c = 0; c < V; c++) midLogp.set(fallback, c * MID_KEYS.length);
  for (const [letter, table] of Object.entries(mid)) {
    if (letter === '*') continue;
    if (letter.length !== 1) bad(`"${prefix}mid" key "${letter}" must be one letter or "*"`);
    midLogp.set(logpTable(`${prefix}mid.${letter}`, table, MID_KEYS), charIndex(letter.charCodeAt(0)) * MID_KEYS.length);
  }
  const encliticLogp = logpTable(`${prefix}enclitics`, enclitics, ENCLITIC_SET);
  return { conjLogp, midLogp, encliticLogp };
}

/** Validates a model file (parsed JSON) and builds the model. Throws an Error on a bad file. */
export function parseSegmentModel(json: unknown): SegmentModel {
  if (!isRecord(json)) bad('not a JSON object');
  if (json.format !== MODEL_FORMAT) bad(`"format" must be "${MODEL_FORMAT}"`);
  if (json.formatVersion !== MODEL_FORMAT_VERSION) bad(`unsupported "formatVersion" ${String(json.formatVersion)}`);
  if (typeof json.version !== 'string' || json.version === '') bad('"version" must be a non-empty string');
  const alpha = json.alpha;
  if (typeof alpha !== 'number' || !Number.isFinite(alpha) || alpha <= 0) bad('"alpha" must be a positive number');
  const priors = parsePriors('', json.conj, json.mid, json.enclitics);
  if (!isRecord(json.stems)) bad('"stems" must be an object');
  const stems = new Map<string, number>();
  for (const [k, v] of Object.entries(json.stems)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) bad(`stem "${k}" has a bad count`);
    stems.set(k, v);
  }
  if (stems.size === 0) bad('"stems" is empty');
  const words = new Map<string, string>();
  if (json.words !== undefined) {
    if (!isRecord(json.words)) bad('"words" must be an object');
    for (const [w, key] of Object.entries(json.words)) {
      if (typeof key !== 'string' || !analyses(w).some((a) => analysisKey(a) === key)) bad(`word "${w}" has an impossible analysis "${String(key)}"`);
      words.set(w, key);
    }
  }
  return { version: json.version, alpha, ...priors, stems, words, chars: new CharModel(stems.keys()) };
}
