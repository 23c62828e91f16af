/**
 * Experiment: a window neural tagger (Collobert et al. 2011, "window approach") over the linear
 * tagger's own token atoms and pretrained skip-gram vectors, alone and as a product of experts
 * with the linear model. Trained on the training part of train.txt, scored on the dev part.
 *
 * Each token is the sum of learnt embeddings of its atoms (the linear tagger's own atoms of the
 * token, its gazetteer-span and trigger-window features) and, with --vectors, its skip-gram
 * vector (`train-embeddings.ts --vectors FILE`); five such tokens (±2) feed a hidden ReLU layer
 * (dropout) and a softmax over the BILOU tags, trained with Adam; Viterbi with the scheme's
 * allowed transitions decodes. With --linear FILE (`train-ner.ts --dev-only --dump-dev FILE`),
 * the dev emissions of the linear model plus λ times the network's log-probabilities are decoded
 * too, for λ in --lambdas. Results are in models/ner/README.notes.md (third round): the network
 * reaches about 75 dev F1 alone, and adds nothing to the linear model at any λ.
 *
 *   tsx scripts/ner-neural.ts [--vectors FILE|none] [--hidden 128] [--dim 32] [--epochs 20]
 *                             [--lr 0.002] [--drop 0.5] [--drop-atom 0.1] [--batch 8]
 *                             [--linear FILE] [--lambdas 0,0.1,…]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allowedTransitions, bioToBilou, tagsOf, toBio, Viterbi } from '../src/components/ner/decode.ts';
import { atomStrings, createAnalyser, FeatureExtractor, type TokenInfo } from '../src/components/ner/features.ts';
import { parseNerModel } from '../src/components/ner/model.ts';
import { formatScore, scoreEntities } from '../src/components/ner/score.ts';
import { createSegmenter, parseSegmentModel } from '../src/components/segment/segment.ts';
import { readConll, splitDev } from './ner-data.ts';
import { rng } from './ner-train-lib.ts';
import { option, repoRoot } from './args.ts';

const root = repoRoot;
const vectorsPath = option('--vectors', 'none');
const H = Number(option('--hidden', '128'));
const D = Number(option('--dim', '32'));
const EPOCHS = Number(option('--epochs', '20'));
const LR = Number(option('--lr', '0.002'));
const DROP_H = Number(option('--drop', '0.5'));
const DROP_ATOM = Number(option('--drop-atom', '0.1'));
const MIN_COUNT = Number(option('--min-count', '2'));
const SEED = Number(option('--seed', '1'));
const t0 = Date.now();
const log = (s: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${s}`);

const model = parseNerModel(JSON.parse(readFileSync(resolve(root, 'models/ner/model.json'), 'utf8')));
const segmenter = createSegmenter(parseSegmentModel(JSON.parse(readFileSync(resolve(root, 'models/segment/model.json'), 'utf8'))));
const fx = new FeatureExtractor(model.config, model.clusters, model.gazetteer, model.triggers, model.lexicon);
const analyse = createAnalyser(fx, segmenter);
const all = readConll(resolve(root, '../shared/data/ner/anercorp/train.txt'));
const { train, dev } = splitDev(all);
const SCHEME = 'BILOU' as const;
const TAGS = tagsOf(SCHEME);
const T = TAGS.length;
const tagIndex = new Map(TAGS.map((t, i) => [t, i]));

// --- Pretrained vectors ------------------------------------------------------------------------
const vecIndex = new Map<string, number>();
let P = 0;
let vecData = new Float32Array(0);
if (vectorsPath !== 'none') {
  const lines = readFileSync(vectorsPath, 'utf8').split('\n').filter(Boolean);
  P = lines[0]!.split(' ').length - 1;
  vecData = new Float32Array(lines.length * P);
  lines.forEach((line, k) => {
    const parts = line.split(' ');
    vecIndex.set(parts[0]!, k);
    let norm = 0;
    for (let j = 0; j < P; j++) norm += Number(parts[j + 1]) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < P; j++) vecData[k * P + j] = Number(parts[j + 1]) / norm;
  });
  log(`${lines.length} vectors of ${P} dims`);
}

// --- Data: atoms and vector per token ---------------------------------------------------------
interface Sent {
  atoms: string[][];
  vec: Int32Array;
  gold: Int32Array;
  bio: string[];
}
function prepare(ss: readonly { tokens: string[]; tags: string[] }[]): Sent[] {
  return ss.map((s) => {
    const infos: TokenInfo[] = s.tokens.map(analyse);
    const gaz = fx.gazFeaturesSparse(infos);
    const atoms = infos.map((info, i) => {
      const out: string[] = [];
      atomStrings(info, 0, out);
      for (const g of gaz[i] ?? []) out.push(g);
      fx.windowFeatures(infos, i, out);
      return out;
    });
    const vec = Int32Array.from(infos, (info) => vecIndex.get(info.core) ?? vecIndex.get(info.norm) ?? -1);
    const gold = Int32Array.from(bioToBilou(s.tags), (t) => tagIndex.get(t) ?? 0);
    return { atoms, vec, gold, bio: s.tags };
  });
}
const strain = prepare(train);
const sdev = prepare(dev);
const counts = new Map<string, number>();
for (const s of strain) for (const a of s.atoms) for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
const atomIndex = new Map<string, number>();
for (const [a, c] of counts) if (c >= MIN_COUNT) atomIndex.set(a, atomIndex.size);
const A = atomIndex.size;
const ids = (s: Sent): Int32Array[] => s.atoms.map((a) => Int32Array.from(a.map((x) => atomIndex.get(x) ?? -1).filter((k) => k >= 0)));
const trainIds = strain.map(ids);
const devIds = sdev.map(ids);
log(`${strain.length} train / ${sdev.length} dev sentences, ${A} atoms`);

// --- Parameters -------------------------------------------------------------------------------
const I = D + P + 2; // atoms' sum, vector, has-vector flag, padding flag
const W = 5; // window
const random = rng(SEED);
const gauss = (): number => {
  const u = Math.max(1e-12, random());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
};
const E = new Float32Array(A * D).map(() => gauss() * 0.1);
const W1 = new Float32Array(H * W * I).map(() => gauss() * Math.sqrt(2 / (W * I)));
const b1 = new Float32Array(H);
const W2 = new Float32Array(T * H).map(() => gauss() * Math.sqrt(1 / H));
const b2 = new Float32Array(T);
const params = [E, W1, b1, W2, b2];
const grads = params.map((p) => new Float32Array(p.length));
const m1 = params.map((p) => new Float32Array(p.length));
const m2 = params.map((p) => new Float32Array(p.length));
const stepOf = params.map((p) => (p === E ? new Int32Array(A) : new Int32Array(1)));

function inputs(s: Sent, sid: Int32Array[], train: boolean): Float32Array {
  const n = sid.length;
  const X = new Float32Array((n + 4) * I); // two padding rows each side
  for (let p = 0; p < n + 4; p++) {
    const base = p * I;
    const i = p - 2;
    if (i < 0 || i >= n) {
      X[base + I - 1] = 1;
      continue;
    }
    for (const a of sid[i]!) {
      if (train && DROP_ATOM > 0 && random() < DROP_ATOM) continue;
      const eb = a * D;
      for (let d = 0; d < D; d++) X[base + d]! += E[eb + d]!;
    }
    const v = s.vec[i]!;
    if (v >= 0) {
      for (let j = 0; j < P; j++) X[base + D + j] = vecData[v * P + j]!;
      X[base + D + P] = 1;
    }
  }
  return X;
}

/** Forward pass: log-probabilities (n × T); with `train`, also the backward pass into grads. */
function forward(s: Sent, sid: Int32Array[], train: boolean): Float64Array {
  const n = sid.length;
  const X = inputs(s, sid, train);
  const out = new Float64Array(n * T);
  const h = new Float32Array(H);
  const pre = new Float32Array(H);
  const mask = new Float32Array(H);
  const dh = new Float32Array(H);
  const dX = train ? new Float32Array(X.length) : null;
  const [, gW1, gb1, gW2, gb2] = grads;
  for (let i = 0; i < n; i++) {
    const xb = i * I; // window rows i..i+4 of X are contiguous: W*I floats from xb
    for (let k = 0; k < H; k++) {
      let z = b1[k]!;
      const wb = k * W * I;
      for (let j = 0; j < W * I; j++) z += W1[wb + j]! * X[xb + j]!;
      pre[k] = z;
      const keep = !train || DROP_H === 0 || random() >= DROP_H ? (train ? 1 / (1 - DROP_H) : 1) : 0;
      mask[k] = z > 0 ? keep : 0;
      h[k] = z > 0 ? z * keep : 0;
    }
    let max = -Infinity;
    const o = new Float64Array(T);
    for (let t = 0; t < T; t++) {
      let z = b2[t]!;
      const wb = t * H;
      for (let k = 0; k < H; k++) z += W2[wb + k]! * h[k]!;
      o[t] = z;
      if (z > max) max = z;
    }
    let sum = 0;
    for (let t = 0; t < T; t++) sum += Math.exp(o[t]! - max);
    const lse = max + Math.log(sum);
    for (let t = 0; t < T; t++) out[i * T + t] = o[t]! - lse;
    if (!train) continue;
    // Backward.
    dh.fill(0);
    for (let t = 0; t < T; t++) {
      const g = Math.exp(out[i * T + t]!) - (t === s.gold[i] ? 1 : 0);
      gb2![t]! += g;
      const wb = t * H;
      for (let k = 0; k < H; k++) {
        gW2![wb + k]! += g * h[k]!;
        dh[k]! += g * W2[wb + k]!;
      }
    }
    for (let k = 0; k < H; k++) {
      const g = dh[k]! * mask[k]!;
      if (g === 0) continue;
      gb1![k]! += g;
      const wb = k * W * I;
      for (let j = 0; j < W * I; j++) {
        gW1![wb + j]! += g * X[xb + j]!;
        dX![xb + j]! += g * W1[wb + j]!;
      }
    }
  }
  if (train) {
    // Into the atom embeddings (atoms not dropped were added: recompute which, approximately,
    // by giving the gradient to all of the token's atoms).
    const gE = grads[0]!;
    for (let i = 0; i < n; i++) {
      const xb = (i + 2) * I;
      for (const a of sid[i]!) {
        const eb = a * D;
        for (let d = 0; d < D; d++) gE[eb + d]! += dX![xb + d]!;
      }
    }
  }
  return out;
}

let step = 0;
const B1 = 0.9;
const B2 = 0.999;
function update(touched: Set<number>, lr: number): void {
  step++;
  for (let p = 0; p < params.length; p++) {
    const w = params[p]!;
    const g = grads[p]!;
    const a = m1[p]!;
    const b = m2[p]!;
    if (p === 0) {
      // Lazy Adam on the rows of the atoms seen in the batch.
      const st = stepOf[0]!;
      for (const row of touched) {
        const tt = ++st[row]!;
        const c1 = 1 - B1 ** tt;
        const c2 = 1 - B2 ** tt;
        for (let d = row * D; d < row * D + D; d++) {
          a[d] = B1 * a[d]! + (1 - B1) * g[d]!;
          b[d] = B2 * b[d]! + (1 - B2) * g[d]! * g[d]!;
          w[d]! -= (lr * (a[d]! / c1)) / (Math.sqrt(b[d]! / c2) + 1e-8);
          g[d] = 0;
        }
      }
      continue;
    }
    const c1 = 1 - B1 ** step;
    const c2 = 1 - B2 ** step;
    for (let d = 0; d < w.length; d++) {
      a[d] = B1 * a[d]! + (1 - B1) * g[d]!;
      b[d] = B2 * b[d]! + (1 - B2) * g[d]! * g[d]!;
      w[d]! -= (lr * (a[d]! / c1)) / (Math.sqrt(b[d]! / c2) + 1e-8);
      g[d] = 0;
    }
  }
}

const { allowed, end } = allowedTransitions(SCHEME, TAGS);
const viterbi = new Viterbi(T, allowed, end);
const zeroTrans = new Float64Array((T + 1) * T);
function decodeAll(sents: Sent[], sids: Int32Array[][]): string[][] {
  return sents.map((s, k) => {
    const lp = forward(s, sids[k]!, false);
    const path = new Int32Array(s.gold.length);
    viterbi.decode(lp, s.gold.length, zeroTrans, path);
    return Array.from(path, (t) => toBio(TAGS[t]!));
  });
}

const BATCH = Number(option('--batch', '8'));
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  const order = strain.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const lr = LR * (1 - (0.9 * (epoch - 1)) / EPOCHS);
  let touched = new Set<number>();
  let inBatch = 0;
  let loss = 0;
  for (const k of order) {
    const lp = forward(strain[k]!, trainIds[k]!, true);
    for (let i = 0; i < strain[k]!.gold.length; i++) loss -= lp[i * T + strain[k]!.gold[i]!]!;
    for (const a of trainIds[k]!) for (const x of a) touched.add(x);
    if (++inBatch === BATCH) {
      update(touched, lr);
      touched = new Set();
      inBatch = 0;
    }
  }
  if (inBatch) update(touched, lr);
  const pred = decodeAll(sdev, devIds);
  const score = scoreEntities(sdev.map((s) => s.bio), pred);
  log(`epoch ${epoch}: loss ${loss.toFixed(0)}, dev F1 ${(100 * score.overall.f1).toFixed(2)}`);
  if (epoch === EPOCHS) console.log(formatScore(score));
}

// --- Product of experts with the linear model's dev emissions (train-ner --dump-dev) ----------
const linearPath = option('--linear', '');
if (linearPath) {
  const lin = JSON.parse(readFileSync(linearPath, 'utf8')) as { T: number; trans: number[]; em: number[][] };
  const trans = Float64Array.from(lin.trans);
  const lps = sdev.map((s, k) => forward(s, devIds[k]!, false));
  for (const lambda of option('--lambdas', '0,0.01,0.02,0.04,0.07,0.1,0.15,0.25,0.5').split(',').map(Number)) {
    const pred = sdev.map((s, k) => {
      const n = s.gold.length;
      const em = Float64Array.from(lin.em[k]!, (x, j) => x + lambda * lps[k]![j]!);
      const path = new Int32Array(n);
      viterbi.decode(em, n, trans, path);
      return Array.from(path, (t) => toBio(TAGS[t]!));
    });
    const score = scoreEntities(sdev.map((s) => s.bio), pred);
    log(`linear + ${lambda} × neural: dev F1 ${(100 * score.overall.f1).toFixed(2)} (P ${(100 * score.overall.precision).toFixed(2)}, R ${(100 * score.overall.recall).toFixed(2)})`);
  }
}
