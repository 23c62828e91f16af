/**
 * The learning side of the NER tagger: compiling sentences into feature ids, a first-order
 * structured averaged perceptron (Collins 2002) with Viterbi decoding, and writing the model
 * file. Shared by scripts/train-ner.ts and the experiment script.
 */
import { allowedTransitions, bioToBilou, tagsOf, toBio, Viterbi, type Scheme } from '../src/components/ner/decode.ts';
import { contextFeatures, createAnalyser, FeatureExtractor, spanFeatures, type Clusters, type FeatureConfig, type LexAtoms, type NerSegmenter, type WordLexicon } from '../src/components/ner/features.ts';
import { Gazetteer, GAZ_TYPES, type GazetteerData } from '../src/components/ner/gazetteer.ts';
import { NER_FORMAT, NER_FORMAT_VERSION, type NerModelFile, type StageFile } from '../src/components/ner/model.ts';
import { scoreEntities, type Score } from '../src/components/ner/score.ts';
import { TRIGGERS } from '../src/components/ner/triggers.ts';
import type { Sentence } from './ner-data.ts';

export interface Resources {
  segmenter: NerSegmenter;
  clusters: Clusters | null;
  gazetteer: GazetteerData | null;
  /** Word-lexicon atoms (binarized embeddings, corpus profiles), or none. */
  lexicon?: WordLexicon | null;
}

/** Sentences as feature-string lists per position, with gold tag indices. */
export interface Featurized {
  feats: string[][][];
  gold: Int32Array[];
  /** Core form of each token (for the second stage's context features). */
  cores: string[][];
}

export function makeExtractor(config: FeatureConfig, res: Resources): FeatureExtractor {
  const gaz = res.gazetteer && config.gazetteer ? new Gazetteer(res.gazetteer) : null;
  return new FeatureExtractor(config, res.clusters, gaz, TRIGGERS, (config.lexicon ?? 0) > 0 ? (res.lexicon ?? null) : null);
}

export function featurize(sentences: readonly Sentence[], fx: FeatureExtractor, segmenter: NerSegmenter, scheme: Scheme): Featurized {
  const analyse = createAnalyser(fx, segmenter);
  const tags = tagsOf(scheme);
  const index = new Map(tags.map((t, i) => [t, i]));
  const feats: string[][][] = [];
  const gold: Int32Array[] = [];
  const cores: string[][] = [];
  for (const s of sentences) {
    const infos = s.tokens.map(analyse);
    cores.push(infos.map((t) => t.core));
    feats.push(fx.sentenceFeatures(infos));
    const g = scheme === 'BILOU' ? bioToBilou(s.tags) : s.tags;
    gold.push(Int32Array.from(g, (t) => index.get(t) ?? 0));
  }
  return { feats, gold, cores };
}

/** The sentences `idx` of featurized data. */
export function subset(data: Featurized, idx: readonly number[]): Featurized {
  return { feats: idx.map((i) => data.feats[i]!), gold: idx.map((i) => data.gold[i]!), cores: idx.map((i) => data.cores[i]!) };
}

/** Featurized data with extra features appended at every position. */
export function withExtra(data: Featurized, extra: readonly (readonly (readonly string[])[])[]): Featurized {
  return { ...data, feats: data.feats.map((s, k) => s.map((f, i) => [...f, ...extra[k]![i]!])) };
}

/** The second stage's extra features: context features, and span features when `spans`. */
export function stage2Features(cores: readonly (readonly string[])[], tags: readonly (readonly string[])[], window: number, spans: boolean): string[][][] {
  const ctx = contextFeatures(cores, tags, window);
  if (!spans) return ctx;
  const sp = spanFeatures(cores, tags, window);
  return ctx.map((sent, s) => sent.map((f, i) => (sp[s]![i] ? [...f, ...sp[s]![i]!] : f)));
}

/**
 * First-stage predictions (BIO) for every sentence of `data` that no model trained on it made:
 * `folds` contiguous blocks, each tagged by a perceptron trained on the others (the mean of
 * several, one per seed of `ensembleSeeds`, when it has two or more, as the final first stage is).
 */
export function jackknife(
  data: Featurized,
  scheme: Scheme,
  folds: number,
  epochs: number,
  minCount: number,
  seed: number,
  dropoutRate = 0,
  pa = 0,
  ensembleSeeds: readonly number[] = [],
): string[][] {
  const S = data.feats.length;
  const out: string[][] = new Array(S);
  for (let k = 0; k < folds; k++) {
    const a = Math.round((S * k) / folds);
    const b = Math.round((S * (k + 1)) / folds);
    const trainIdx: number[] = [];
    const heldIdx: number[] = [];
    for (let i = 0; i < S; i++) (i >= a && i < b ? heldIdx : trainIdx).push(i);
    const tr = subset(data, trainIdx);
    const { names, index } = buildDict(tr, minCount);
    const dropout = dropoutRate > 0 ? { rate: dropoutRate, lexical: lexicalMask(names) } : undefined;
    const w =
      ensembleSeeds.length > 1
        ? trainEnsemble(compile(tr, index), names.length, { scheme, epochs, seeds: ensembleSeeds, dropout, pa })
        : trainPerceptron(compile(tr, index), names.length, { scheme, epochs, seed, dropout, pa });
    const pred = predictAll(compile(subset(data, heldIdx), index), w, scheme);
    heldIdx.forEach((s, j) => (out[s] = pred[j]!));
  }
  return out;
}

/** Compiled data: feature ids of each position, flat. */
export interface Compiled {
  /** Per sentence: offsets into `ids` of each position (n + 1 entries). */
  offsets: Int32Array[];
  ids: Int32Array[];
  gold: Int32Array[];
}

/** Feature dictionary from training data: features seen at least `minCount` times. */
export function buildDict(data: Featurized, minCount: number): { names: string[]; index: Map<string, number> } {
  const counts = new Map<string, number>();
  for (const s of data.feats) for (const pos of s) for (const f of pos) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names: string[] = [];
  for (const [f, c] of counts) if (c >= minCount && !f.includes('\n')) names.push(f);
  names.sort();
  return { names, index: new Map(names.map((f, i) => [f, i])) };
}

export function compile(data: Featurized, index: ReadonlyMap<string, number>): Compiled {
  const offsets: Int32Array[] = [];
  const ids: Int32Array[] = [];
  for (const s of data.feats) {
    const off = new Int32Array(s.length + 1);
    const buf: number[] = [];
    for (let i = 0; i < s.length; i++) {
      off[i] = buf.length;
      for (const f of s[i]!) {
        const id = index.get(f);
        if (id !== undefined) buf.push(id);
      }
    }
    off[s.length] = buf.length;
    offsets.push(off);
    ids.push(Int32Array.from(buf));
  }
  return { offsets, ids, gold: data.gold };
}

/** A linear model: weights (features × T) and transitions ((T + 1) × T). */
export interface Weights {
  T: number;
  w: Float64Array;
  trans: Float64Array;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Decoder {
  private em = new Float64Array(0);
  private readonly viterbi: Viterbi;
  constructor(
    readonly scheme: Scheme,
    readonly T: number,
  ) {
    const { allowed, end } = allowedTransitions(scheme, tagsOf(scheme));
    this.viterbi = new Viterbi(T, allowed, end);
  }
  emissions(c: Compiled, s: number, w: Float64Array): Float64Array {
    return this.emissionsOf(c.offsets[s]!, c.ids[s]!, w);
  }
  emissionsOf(off: Int32Array, ids: Int32Array, w: Float64Array): Float64Array {
    const n = off.length - 1;
    const T = this.T;
    if (this.em.length < n * T) this.em = new Float64Array(n * T * 2);
    const em = this.em;
    em.fill(0, 0, n * T);
    for (let i = 0; i < n; i++) {
      const base = i * T;
      for (let k = off[i]!; k < off[i + 1]!; k++) {
        const fb = ids[k]! * T;
        for (let t = 0; t < T; t++) em[base + t]! += w[fb + t]!;
      }
    }
    return em;
  }
  /**
   * Loss-augmented decoding (for passive-aggressive updates): the best path under the scores
   * plus `cost` for every position whose tag differs from `gold`. Returns the path's score
   * without the cost, and leaves the plain emissions in `em`.
   */
  decodeAugmented(off: Int32Array, ids: Int32Array, m: Weights, path: Int32Array, gold: Int32Array, cost: number): Float64Array {
    const em = this.emissionsOf(off, ids, m.w);
    const n = off.length - 1;
    const T = this.T;
    for (let i = 0; i < n; i++) for (let t = 0; t < T; t++) if (t !== gold[i]) em[i * T + t]! += cost;
    this.viterbi.decode(em, n, m.trans, path);
    for (let i = 0; i < n; i++) for (let t = 0; t < T; t++) if (t !== gold[i]) em[i * T + t]! -= cost;
    return em;
  }
  decode(c: Compiled, s: number, m: Weights, path: Int32Array): void {
    this.decodeOf(c.offsets[s]!, c.ids[s]!, m, path);
  }
  decodeOf(off: Int32Array, ids: Int32Array, m: Weights, path: Int32Array): void {
    const em = this.emissionsOf(off, ids, m.w);
    this.viterbi.decode(em, off.length - 1, m.trans, path);
  }
}

export function predictAll(c: Compiled, m: Weights, scheme: Scheme): string[][] {
  const dec = new Decoder(scheme, m.T);
  const tags = tagsOf(scheme);
  const out: string[][] = [];
  let path = new Int32Array(256);
  for (let s = 0; s < c.offsets.length; s++) {
    const n = c.offsets[s]!.length - 1;
    if (path.length < n) path = new Int32Array(n * 2);
    dec.decode(c, s, m, path);
    out.push(Array.from(path.subarray(0, n), (t) => toBio(tags[t]!)));
  }
  return out;
}

export function evaluate(c: Compiled, m: Weights, scheme: Scheme, gold: readonly Sentence[]): Score {
  return scoreEntities(
    gold.map((s) => s.tags),
    predictAll(c, m, scheme),
  );
}

export interface PerceptronOptions {
  scheme: Scheme;
  epochs: number;
  seed: number;
  dropout?: Dropout;
  /** Passive-aggressive updates with this aggressiveness C (0 or absent: perceptron updates). */
  pa?: number;
  /** Called after each epoch with the averaged weights; return false to stop. */
  onEpoch?: (epoch: number, avg: Weights) => boolean | void;
}

/** Structured averaged perceptron. Returns the averaged weights after the last epoch. */
export function trainPerceptron(c: Compiled, nf: number, opt: PerceptronOptions): Weights {
  const step = perceptronStepper(c, nf, opt.scheme, opt.seed, opt.dropout, opt.pa ?? 0);
  let avg: Weights | null = null;
  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    avg = step();
    if (opt.onEpoch && opt.onEpoch(epoch, avg) === false) break;
  }
  if (!avg) throw new Error('no epoch trained');
  return avg;
}

/** Packs weights into the model file's sparse int16 form, dropping features with no weight. */
export function packStage(names: readonly string[], weights: Weights, pruneBelow = 0): StageFile & { features: number } {
  const { T, w, trans } = weights;
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]!));
  const scale = max > 0 ? max / 32767 : 1;
  const floor = Math.max(scale * 0.5, pruneBelow * max);
  const kept: string[] = [];
  const masks: number[] = [];
  const values: number[] = [];
  for (let f = 0; f < names.length; f++) {
    let m = 0;
    const row: number[] = [];
    for (let t = 0; t < T; t++) {
      const x = w[f * T + t]!;
      if (Math.abs(x) >= floor) {
        m |= 1 << t;
        row.push(Math.max(-32767, Math.min(32767, Math.round(x / scale))));
      }
    }
    if (m === 0) continue;
    kept.push(names[f]!);
    masks.push(m);
    for (const v of row) values.push(v);
  }
  const maskBuf = Buffer.alloc(masks.length * 4);
  masks.forEach((m, i) => maskBuf.writeUInt32LE(m >>> 0, i * 4));
  const valBuf = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => valBuf.writeInt16LE(v, i * 2));
  return {
    dict: kept.join('\n'),
    weights: { scale, mask: maskBuf.toString('base64'), values: valBuf.toString('base64') },
    transitions: Array.from(trans, (x) => Math.round(x * 1e4) / 1e4),
    features: kept.length,
  };
}

export function packModel(args: {
  version: string;
  scheme: Scheme;
  config: FeatureConfig;
  stage1: { names: readonly string[]; weights: Weights };
  stage2: { names: readonly string[]; weights: Weights; window: number; spans?: boolean } | null;
  clusters: Clusters | null;
  gazetteer: GazetteerData | null;
  lexicon?: WordLexicon | null;
  meta: Record<string, unknown>;
  pruneBelow?: number;
}): NerModelFile {
  const { features: f1, ...stage1 } = packStage(args.stage1.names, args.stage1.weights, args.pruneBelow);
  let stage2: NerModelFile['stage2'];
  let f2 = 0;
  if (args.stage2) {
    const { features, ...rest } = packStage(args.stage2.names, args.stage2.weights, args.pruneBelow);
    stage2 = { ...rest, window: args.stage2.window, ...(args.stage2.spans ? { spans: true } : {}) };
    f2 = features;
  }
  const gaz: NerModelFile['gazetteer'] = {};
  if (args.gazetteer && args.config.gazetteer) {
    for (const t of GAZ_TYPES) {
      const list = args.gazetteer[t];
      if (list && list.length) gaz[t] = list.join('\n');
    }
  }
  let clusters: NerModelFile['clusters'] = null;
  const levels = [...new Set([...args.config.clusterLevels, ...args.config.farClusterLevels])];
  if (args.clusters && levels.length > 0) {
    const lines: string[] = [];
    for (const [word, ids] of args.clusters.words) lines.push(`${word}\t${ids.join('\t')}`);
    clusters = { ks: [...args.clusters.ks], words: lines.join('\n') };
  }
  const lexLines = (m: ReadonlyMap<string, LexAtoms>): string =>
    [...m].map(([word, a]) => [word, ...a.t.map((t, i) => `${t}=${a.v[i]}`)].join('\t')).join('\n');
  const lexicon = args.lexicon && (args.config.lexicon ?? 0) > 0 ? { core: lexLines(args.lexicon.core), stem: lexLines(args.lexicon.stem) } : undefined;
  return {
    format: NER_FORMAT,
    formatVersion: NER_FORMAT_VERSION,
    version: args.version,
    scheme: args.scheme,
    tags: tagsOf(args.scheme),
    features: args.config,
    clusters,
    ...(lexicon ? { lexicon } : {}),
    gazetteer: gaz,
    triggers: Object.fromEntries(Object.entries(TRIGGERS).map(([k, v]) => [k, [...v]])),
    stage1,
    ...(stage2 ? { stage2 } : {}),
    meta: { ...args.meta, features: { stage1: f1, stage2: f2 } },
  };
}

export interface CrfOptions {
  scheme: Scheme;
  epochs: number;
  seed: number;
  /** L2 regularization strength (over the whole training set). */
  c2: number;
  /** Initial learning rate. */
  eta0: number;
  onEpoch?: (epoch: number, w: Weights) => boolean | void;
}

/**
 * Linear-chain CRF (Lafferty et al. 2001) trained by stochastic gradient descent with L2
 * regularization (Bottou's crfsgd: weights kept as a scale times a vector so that the decay is
 * O(1) per step; learning rate eta0 / (1 + lambda eta0 t)). Forbidden transitions get no mass.
 */
export function trainCrf(c: Compiled, nf: number, opt: CrfOptions): Weights {
  const T = tagsOf(opt.scheme).length;
  const { allowed, end } = allowedTransitions(opt.scheme, tagsOf(opt.scheme));
  const v = new Float64Array(nf * T);
  const vtrans = new Float64Array((T + 1) * T);
  let scale = 1;
  const N = c.offsets.length;
  const lambda = opt.c2 / N;
  const order = Array.from({ length: N }, (_, i) => i);
  const random = rng(opt.seed);
  let em = new Float64Array(256 * T);
  let alpha = new Float64Array(256 * T);
  let beta = new Float64Array(256 * T);
  const trans = new Float64Array((T + 1) * T);
  let t = 0;
  const current = (): Weights => {
    const w = new Float64Array(v.length);
    for (let i = 0; i < v.length; i++) w[i] = v[i]! * scale;
    const tr = new Float64Array(vtrans.length);
    for (let i = 0; i < tr.length; i++) tr[i] = vtrans[i]! * scale;
    return { T, w, trans: tr };
  };
  const NEG = -1e30;
  const lse = (xs: Float64Array, from: number, n: number): number => {
    let m = NEG;
    for (let i = 0; i < n; i++) if (xs[from + i]! > m) m = xs[from + i]!;
    if (m <= NEG) return NEG;
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.exp(xs[from + i]! - m);
    return m + Math.log(s);
  };
  const tmp = new Float64Array(T + 1);
  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const s of order) {
      const eta = opt.eta0 / (1 + lambda * opt.eta0 * t);
      t++;
      const off = c.offsets[s]!;
      const ids = c.ids[s]!;
      const gold = c.gold[s]!;
      const n = off.length - 1;
      if (em.length < n * T) {
        em = new Float64Array(n * T * 2);
        alpha = new Float64Array(n * T * 2);
        beta = new Float64Array(n * T * 2);
      }
      for (let i = 0; i < trans.length; i++) trans[i] = allowed[i] ? vtrans[i]! * scale : NEG;
      for (let i = 0; i < n; i++) {
        const base = i * T;
        for (let y = 0; y < T; y++) em[base + y] = 0;
        for (let k = off[i]!; k < off[i + 1]!; k++) {
          const fb = ids[k]! * T;
          for (let y = 0; y < T; y++) em[base + y]! += v[fb + y]!;
        }
        for (let y = 0; y < T; y++) em[base + y]! *= scale;
      }
      // Forward.
      for (let y = 0; y < T; y++) alpha[y] = trans[T * T + y]! + em[y]!;
      for (let i = 1; i < n; i++) {
        for (let y = 0; y < T; y++) {
          for (let x = 0; x < T; x++) tmp[x] = alpha[(i - 1) * T + x]! + trans[x * T + y]!;
          alpha[i * T + y] = lse(tmp, 0, T) + em[i * T + y]!;
        }
      }
      for (let y = 0; y < T; y++) beta[(n - 1) * T + y] = end[y] ? 0 : NEG;
      for (let i = n - 2; i >= 0; i--) {
        for (let x = 0; x < T; x++) {
          for (let y = 0; y < T; y++) tmp[y] = trans[x * T + y]! + em[(i + 1) * T + y]! + beta[(i + 1) * T + y]!;
          beta[i * T + x] = lse(tmp, 0, T);
        }
      }
      for (let y = 0; y < T; y++) tmp[y] = alpha[(n - 1) * T + y]! + beta[(n - 1) * T + y]!;
      const logZ = lse(tmp, 0, T);
      // L2 decay, then the gradient step (empirical minus expected counts).
      scale *= 1 - eta * lambda;
      if (scale < 1e-9) {
        for (let i = 0; i < v.length; i++) v[i]! *= scale;
        for (let i = 0; i < vtrans.length; i++) vtrans[i]! *= scale;
        scale = 1;
      }
      const step = eta / scale;
      for (let i = 0; i < n; i++) {
        const base = i * T;
        const g = gold[i]!;
        for (let y = 0; y < T; y++) {
          const p = Math.exp(alpha[base + y]! + beta[base + y]! - logZ);
          const d = (y === g ? 1 : 0) - p;
          if (Math.abs(d) < 1e-6) continue;
          const u = step * d;
          for (let k = off[i]!; k < off[i + 1]!; k++) v[ids[k]! * T + y]! += u;
        }
        // Transitions into position i.
        if (i === 0) {
          for (let y = 0; y < T; y++) {
            if (!allowed[T * T + y]) continue;
            const p = Math.exp(alpha[y]! + beta[y]! - logZ);
            vtrans[T * T + y]! += step * ((y === g ? 1 : 0) - p);
          }
        } else {
          const gp = gold[i - 1]!;
          for (let x = 0; x < T; x++) {
            const ax = alpha[(i - 1) * T + x]!;
            if (ax <= NEG) continue;
            for (let y = 0; y < T; y++) {
              if (!allowed[x * T + y]) continue;
              const p = Math.exp(ax + trans[x * T + y]! + em[base + y]! + beta[base + y]! - logZ);
              const d = (x === gp && y === g ? 1 : 0) - p;
              if (Math.abs(d) >= 1e-6) vtrans[x * T + y]! += step * d;
            }
          }
        }
      }
    }
    if (opt.onEpoch && opt.onEpoch(epoch, current()) === false) break;
  }
  return current();
}

/**
 * Several averaged perceptrons with different shuffling seeds, trained side by side; after each
 * epoch `onEpoch` gets the mean of their averaged weights (an ensemble that removes most of the
 * seed-to-seed variance). Returns the mean after the last epoch.
 */
export function trainEnsemble(
  c: Compiled,
  nf: number,
  opt: { scheme: Scheme; epochs: number; seeds: readonly number[]; dropout?: Dropout; pa?: number; onEpoch?: (epoch: number, mean: Weights) => boolean | void },
): Weights {
  const T = tagsOf(opt.scheme).length;
  const n = opt.seeds.length;
  let last: Weights = { T, w: new Float64Array(nf * T), trans: new Float64Array((T + 1) * T) };
  // The members run in lock step, one epoch each, so that the mean exists after every epoch.
  const steppers = opt.seeds.map((seed) => perceptronStepper(c, nf, opt.scheme, seed, opt.dropout, opt.pa ?? 0));
  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    const mean: Weights = { T, w: new Float64Array(nf * T), trans: new Float64Array((T + 1) * T) };
    for (const step of steppers) {
      const avg = step();
      for (let i = 0; i < mean.w.length; i++) mean.w[i]! += avg.w[i]! / n;
      for (let i = 0; i < mean.trans.length; i++) mean.trans[i]! += avg.trans[i]! / n;
    }
    last = mean;
    if (opt.onEpoch && opt.onEpoch(epoch, mean) === false) break;
  }
  return last;
}

/** An averaged perceptron that trains one epoch per call and answers its averaged weights. */
/**
 * Lexical dropout: in training, each position loses the features that name its own word (word,
 * stem, core, word pairs) with probability `rate`, so that the model also learns to tag words
 * from their context and form, as it must for words it never saw.
 */
export interface Dropout {
  rate: number;
  /** 1 for the features that may be dropped. */
  lexical: Uint8Array;
}

/** Feature names that identify the tagged word itself. */
export function lexicalMask(names: readonly string[]): Uint8Array {
  const prefixes = ['0w=', '0s=', '0c=', 'ww=', 'cc=', 'cn=', 'kw='];
  return Uint8Array.from(names, (f) => (prefixes.some((p) => f.startsWith(p)) ? 1 : 0));
}

/**
 * `pa` > 0: passive-aggressive updates (Crammer et al. 2006, PA-I, with Hamming loss and
 * loss-augmented decoding) instead of the perceptron's unit steps: the step is
 * min(pa, (score(predicted) − score(gold) + loss) / ‖Δφ‖²).
 */
export function perceptronStepper(c: Compiled, nf: number, scheme: Scheme, seed: number, dropout?: Dropout, pa = 0): () => Weights {
  const T = tagsOf(scheme).length;
  const w = new Float64Array(nf * T);
  const u = new Float64Array(nf * T);
  const trans = new Float64Array((T + 1) * T);
  const utrans = new Float64Array((T + 1) * T);
  const dec = new Decoder(scheme, T);
  const model: Weights = { T, w, trans };
  let step = 1;
  const order = Array.from({ length: c.offsets.length }, (_, i) => i);
  const random = rng(seed);
  let path = new Int32Array(256);
  return () => {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const s of order) {
      let off = c.offsets[s]!;
      let ids = c.ids[s]!;
      const gold = c.gold[s]!;
      const n = off.length - 1;
      if (dropout && dropout.rate > 0) {
        const o2 = new Int32Array(n + 1);
        const kept: number[] = [];
        for (let i = 0; i < n; i++) {
          o2[i] = kept.length;
          const drop = random() < dropout.rate;
          for (let k = off[i]!; k < off[i + 1]!; k++) if (!drop || !dropout.lexical[ids[k]!]) kept.push(ids[k]!);
        }
        o2[n] = kept.length;
        off = o2;
        ids = Int32Array.from(kept);
      }
      if (path.length < n) path = new Int32Array(n * 2);
      let tau = 1;
      if (pa > 0) {
        const em = dec.decodeAugmented(off, ids, model, path, gold, 1);
        let diff = 0;
        let loss = 0;
        let norm = 0;
        for (let i = 0; i < n; i++) {
          const g = gold[i]!;
          const p = path[i]!;
          const gp = i > 0 ? gold[i - 1]! : T;
          const pp = i > 0 ? path[i - 1]! : T;
          diff += em[i * T + p]! + trans[pp * T + p]! - em[i * T + g]! - trans[gp * T + g]!;
          if (g !== p) {
            loss++;
            norm += 2 * (off[i + 1]! - off[i]!);
          }
          if (gp !== pp || g !== p) norm += 2;
        }
        if (loss === 0 || norm === 0) {
          step++;
          continue;
        }
        tau = Math.min(pa, Math.max(0, (diff + loss) / norm));
        if (tau === 0) {
          step++;
          continue;
        }
      } else dec.decodeOf(off, ids, model, path);
      const tauStep = tau * step;
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = path[i]!;
        if (g !== p) {
          for (let k = off[i]!; k < off[i + 1]!; k++) {
            const fb = ids[k]! * T;
            w[fb + g]! += tau;
            u[fb + g]! += tauStep;
            w[fb + p]! -= tau;
            u[fb + p]! -= tauStep;
          }
        }
        const gp = i > 0 ? gold[i - 1]! : T;
        const pp = i > 0 ? path[i - 1]! : T;
        if (gp !== pp || g !== p) {
          trans[gp * T + g]! += tau;
          utrans[gp * T + g]! += tauStep;
          trans[pp * T + p]! -= tau;
          utrans[pp * T + p]! -= tauStep;
        }
      }
      step++;
    }
    const aw = new Float64Array(w.length);
    for (let i = 0; i < w.length; i++) aw[i] = w[i]! - u[i]! / step;
    const at = new Float64Array(trans.length);
    for (let i = 0; i < trans.length; i++) at[i] = trans[i]! - utrans[i]! / step;
    return { T, w: aw, trans: at };
  };
}
