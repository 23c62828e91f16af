/**
 * Trains word embeddings for the NER tagger from unlabeled news text and clusters them: skip-gram
 * with negative sampling (Mikolov et al. 2013; word2vec's defaults: dynamic window, frequent-word
 * subsampling, unigram^0.75 noise, linearly decaying learning rate), then spherical k-means of
 * the unit-length vectors at several cluster counts. Turian, Ratinov & Bengio (2010) found
 * embedding-based and Brown-style word representations complementary for NER.
 *
 * Words are cores (article + stem, scripts/ner-corpus.ts), as for the exchange clusters of
 * scripts/train-clusters.ts; with the same corpus and --min-count the vocabulary is the same, so
 * --add-to FILE writes FILE's levels followed by the k-means levels into one cluster file (the
 * format of `ClusterFile`, which the NER trainer reads). Single-threaded and seeded:
 * deterministic.
 *
 *   tsx scripts/train-embeddings.ts [--corpus FILE[,FILE…]] [--name NAME] [--dim 50] [--window 4]
 *                                   [--negative 5] [--epochs 3] [--min-count 2] [--ks 64,256,1024]
 *                                   [--add-to FILE] [--out FILE] [--vectors FILE] [--cache FILE]
 *                                   [--binarized FILE] [--binarize-min-count N]
 *
 * --binarized FILE also writes the embeddings binarized (Guo, Che, Wang & Liu 2014) as a word
 * lexicon (`WordLexicon`, keyed by core form): for each dimension k, a word gets the atom
 * `Ek=+` when its value exceeds the mean of the dimension's positive values, `Ek=-` when it is
 * below the mean of its negative values, nothing otherwise (words seen at least
 * --binarize-min-count times).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseClusterFile } from '../src/components/ner/model.ts';
import { rng } from './ner-train-lib.ts';
import { clusterFile, readCoreCorpusCached } from './ner-corpus.ts';
import type { LexiconFile } from './ner-data.ts';
import { option, repoRoot } from './args.ts';

const root = repoRoot;
const corpusPaths = option('--corpus', '../shared/data/corpus/saudinewsnet.jsonl.gz,../shared/data/corpus/ant.jsonl.gz')
  .split(',')
  .map((p) => resolve(root, p));
const corpusNames = corpusPaths.map((p) => basename(p).replace(/\.jsonl\.gz$/u, '').replace(/[^a-z0-9]+/giu, '-'));
const name = option('--name', corpusNames.map((n) => (n === 'saudinewsnet' ? 'snn' : n)).join('-') + '-sgns');
const dim = Number(option('--dim', '50'));
const windowSize = Number(option('--window', '4'));
const negative = Number(option('--negative', '5'));
const epochs = Number(option('--epochs', '3'));
const minCount = Number(option('--min-count', '2'));
const sample = Number(option('--sample', '1e-4'));
const alpha0 = Number(option('--alpha', '0.025'));
const ks = option('--ks', '64,256,1024').split(',').map(Number);
const kmIters = Number(option('--kmeans-iters', '20'));
const addTo = option('--add-to', '');
const outPath = resolve(root, option('--out', `models/clusters/${addTo ? basename(addTo, '.json') + '+' : ''}${name}.json`));
const vectorsPath = option('--vectors', '');
const cachePath = option('--cache', '');
const binarizedPath = option('--binarized', '');
const binarizeMinCount = Number(option('--binarize-min-count', '5'));


const t0 = Date.now();
const log = (s: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${s}`);
const { seq, vocab, counts } = await readCoreCorpusCached(root, corpusPaths, minCount, cachePath);
const V = vocab.length;
const UNK = V - 1;
const BOS = vocab.indexOf('<s>');
log(`${corpusNames.join(', ')}: ${seq.length} tokens, ${V} types (min count ${minCount})`);

// --- Skip-gram with negative sampling ------------------------------------------------------
const random = rng(12345);
const total = seq.length;
const keepProb = new Float64Array(V);
for (let w = 0; w < V; w++) {
  const f = counts[w]! / total;
  keepProb[w] = sample > 0 && f > 0 ? Math.min(1, (Math.sqrt(f / sample) + 1) * (sample / f)) : 1;
}
// Noise distribution: unigram^0.75 as a table of word ids.
const TABLE = 1 << 24;
const table = new Int32Array(TABLE);
{
  let norm = 0;
  for (let w = 0; w < V; w++) if (w !== UNK && w !== BOS) norm += Math.pow(counts[w]!, 0.75);
  let w = 0;
  let cum = 0;
  for (let i = 0; i < TABLE; i++) {
    while (w < V && (w === UNK || w === BOS || cum + Math.pow(counts[w]!, 0.75) / norm <= i / TABLE)) {
      if (w !== UNK && w !== BOS) cum += Math.pow(counts[w]!, 0.75) / norm;
      w++;
    }
    table[i] = Math.min(w, V - 2);
  }
}
const syn0 = new Float32Array(V * dim);
const syn1 = new Float32Array(V * dim);
for (let i = 0; i < syn0.length; i++) syn0[i] = (random() - 0.5) / dim;
const neu1e = new Float32Array(dim);
const EXP_MAX = 6;
const EXP_SIZE = 1000;
const expTable = new Float32Array(EXP_SIZE);
for (let i = 0; i < EXP_SIZE; i++) {
  const e = Math.exp(((i / EXP_SIZE) * 2 - 1) * EXP_MAX);
  expTable[i] = e / (e + 1);
}
const sentence = new Int32Array(1 << 16);
const totalWork = epochs * total;
let done = 0;
for (let epoch = 1; epoch <= epochs; epoch++) {
  let pos = 0;
  let pairs = 0;
  while (pos < total) {
    // One line (between <s> markers), subsampled, <unk> dropped.
    let len = 0;
    while (pos < total && seq[pos] === BOS) pos++;
    const start = pos;
    while (pos < total && seq[pos] !== BOS) {
      const w = seq[pos]!;
      pos++;
      if (w === UNK) continue;
      if (keepProb[w]! < 1 && random() > keepProb[w]!) continue;
      if (len < sentence.length) sentence[len++] = w;
    }
    done += pos - start;
    const alpha = Math.max(alpha0 * 1e-4, alpha0 * (1 - done / (totalWork + 1)));
    for (let i = 0; i < len; i++) {
      const b = 1 + Math.floor(random() * windowSize);
      const center = sentence[i]!;
      for (let j = Math.max(0, i - b); j <= Math.min(len - 1, i + b); j++) {
        if (j === i) continue;
        // word2vec: the context word's input vector predicts the center word.
        const l1 = sentence[j]! * dim;
        neu1e.fill(0);
        for (let d = 0; d <= negative; d++) {
          let target: number;
          let label: number;
          if (d === 0) {
            target = center;
            label = 1;
          } else {
            target = table[Math.floor(random() * TABLE)]!;
            if (target === center) continue;
            label = 0;
          }
          const l2 = target * dim;
          let f = 0;
          for (let k = 0; k < dim; k++) f += syn0[l1 + k]! * syn1[l2 + k]!;
          let g: number;
          if (f > EXP_MAX) g = (label - 1) * alpha;
          else if (f < -EXP_MAX) g = label * alpha;
          else g = (label - expTable[Math.floor((f + EXP_MAX) * (EXP_SIZE / EXP_MAX / 2))]!) * alpha;
          for (let k = 0; k < dim; k++) neu1e[k]! += g * syn1[l2 + k]!;
          for (let k = 0; k < dim; k++) syn1[l2 + k]! += g * syn0[l1 + k]!;
        }
        for (let k = 0; k < dim; k++) syn0[l1 + k]! += neu1e[k]!;
        pairs++;
      }
    }
  }
  log(`epoch ${epoch}: ${pairs} pairs`);
}

// Unit-length vectors.
const vec = new Float32Array(V * dim);
for (let w = 0; w < V; w++) {
  let s = 0;
  for (let k = 0; k < dim; k++) s += syn0[w * dim + k]! ** 2;
  const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
  for (let k = 0; k < dim; k++) vec[w * dim + k] = syn0[w * dim + k]! * inv;
}
const words = vocab.map((_, i) => i).filter((w) => w !== UNK && w !== BOS);
{
  // A sanity look: nearest neighbours of a few frequent words.
  const show = (q: string): void => {
    const w = vocab.indexOf(q);
    if (w < 0) return;
    const best: [number, number][] = [];
    for (const o of words) {
      if (o === w) continue;
      let s = 0;
      for (let k = 0; k < dim; k++) s += vec[w * dim + k]! * vec[o * dim + k]!;
      best.push([s, o]);
    }
    best.sort((a, b) => b[0] - a[0]);
    log(`  ${q}: ${best.slice(0, 8).map(([, o]) => vocab[o]).join(' ')}`);
  };
  for (const q of ['محمد', 'الرياض', 'وزارة', 'الهلال', 'اوباما']) show(q);
}

// --- Spherical k-means -----------------------------------------------------------------------
function kmeans(K: number): Int32Array {
  const N = words.length;
  const cent = new Float32Array(K * dim);
  // Seeds: K words at evenly spaced frequency ranks among the 20·K most frequent (deterministic).
  const pool = Math.min(N, 20 * K);
  for (let c = 0; c < K; c++) cent.set(vec.subarray(words[Math.floor((c * pool) / K)]! * dim, words[Math.floor((c * pool) / K)]! * dim + dim), c * dim);
  const assign = new Int32Array(N).fill(-1);
  for (let it = 1; it <= kmIters; it++) {
    let moved = 0;
    for (let i = 0; i < N; i++) {
      const o = words[i]! * dim;
      let best = 0;
      let bestS = -Infinity;
      for (let c = 0; c < K; c++) {
        const co = c * dim;
        let s = 0;
        for (let k = 0; k < dim; k++) s += vec[o + k]! * cent[co + k]!;
        if (s > bestS) {
          bestS = s;
          best = c;
        }
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    cent.fill(0);
    const size = new Int32Array(K);
    for (let i = 0; i < N; i++) {
      const o = words[i]! * dim;
      const co = assign[i]! * dim;
      size[assign[i]!]!++;
      for (let k = 0; k < dim; k++) cent[co + k]! += vec[o + k]!;
    }
    for (let c = 0; c < K; c++) {
      let s = 0;
      for (let k = 0; k < dim; k++) s += cent[c * dim + k]! ** 2;
      if (s === 0) {
        // An empty cluster takes a word of the largest one.
        let big = 0;
        for (let d = 1; d < K; d++) if (size[d]! > size[big]!) big = d;
        const i = assign.indexOf(big);
        cent.set(vec.subarray(words[i]! * dim, words[i]! * dim + dim), c * dim);
        continue;
      }
      const inv = 1 / Math.sqrt(s);
      for (let k = 0; k < dim; k++) cent[c * dim + k]! *= inv;
    }
    if (moved < N * 0.001) break;
    if (it === kmIters) log(`  K=${K}: ${moved} still moving after ${it} iterations`);
  }
  return assign;
}
const levels: Int32Array[] = [];
for (const K of ks) {
  levels.push(kmeans(K));
  log(`k-means K=${K} done`);
}

// --- Output ------------------------------------------------------------------------------------
let earlier: Map<string, string> | null = null;
let earlierKs: number[] = [];
let earlierMeta: Record<string, unknown> = {};
if (addTo) {
  const old = parseClusterFile(JSON.parse(readFileSync(resolve(root, addTo), 'utf8')));
  earlier = new Map(old.words.split('\n').map((l) => [l.slice(0, l.indexOf('\t')), l.slice(l.indexOf('\t') + 1)]));
  earlierKs = old.ks;
  earlierMeta = old.meta ?? {};
}
const lines: string[] = [];
words.forEach((w, i) => {
  const ids = levels.map((l) => l[i]).join('\t');
  if (earlier) {
    const before = earlier.get(vocab[w]!);
    if (before === undefined) throw new Error(`--add-to: ${vocab[w]} is not in ${addTo} (another corpus or --min-count?)`);
    lines.push(`${vocab[w]}\t${before}\t${ids}`);
  } else lines.push(`${vocab[w]}\t${ids}`);
});
if (earlier && earlier.size !== lines.length) throw new Error(`--add-to: ${addTo} has ${earlier.size} words, this corpus ${lines.length}`);
const file = clusterFile(
  `${addTo ? basename(addTo, '.json') + '+' : ''}${name}-${new Date().toISOString().slice(0, 10)}`,
  [...earlierKs, ...ks],
  lines,
  corpusPaths,
  corpusNames,
  seq.length,
  minCount,
  {
    algorithm: `${addTo ? `levels ${earlierKs.join(', ')}: ${String(earlierMeta.algorithm ?? addTo)}; levels ${ks.join(', ')}: ` : ''}spherical k-means of skip-gram embeddings (dim ${dim}, window ${windowSize}, ${negative} negatives, ${epochs} epochs), words as article + stem`,
    trainingMs: Date.now() - t0,
  },
);
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, JSON.stringify(file) + '\n');
log(`wrote ${outPath} (${lines.length} words, ks ${file.ks.join(', ')})`);
if (vectorsPath) {
  // Vectors as text: `word v1 v2 …` (4 decimals), for experiments.
  const out: string[] = [];
  for (const w of words) out.push(`${vocab[w]} ${Array.from(vec.subarray(w * dim, w * dim + dim), (x) => x.toFixed(4)).join(' ')}`);
  writeFileSync(vectorsPath, out.join('\n') + '\n');
  log(`wrote ${vectorsPath}`);
}
if (binarizedPath) {
  const pos = new Float64Array(dim);
  const neg = new Float64Array(dim);
  const np = new Int32Array(dim);
  const nn = new Int32Array(dim);
  for (const w of words) {
    for (let k = 0; k < dim; k++) {
      const x = vec[w * dim + k]!;
      if (x > 0) {
        pos[k]! += x;
        np[k]!++;
      } else if (x < 0) {
        neg[k]! += x;
        nn[k]!++;
      }
    }
  }
  for (let k = 0; k < dim; k++) {
    pos[k] = np[k]! > 0 ? pos[k]! / np[k]! : Infinity;
    neg[k] = nn[k]! > 0 ? neg[k]! / nn[k]! : -Infinity;
  }
  const out: string[] = [];
  for (const w of words) {
    if (counts[w]! < binarizeMinCount) continue;
    const atoms: string[] = [];
    for (let k = 0; k < dim; k++) {
      const x = vec[w * dim + k]!;
      if (x > pos[k]!) atoms.push(`E${k}=+`);
      else if (x < neg[k]!) atoms.push(`E${k}=-`);
    }
    if (atoms.length) out.push(`${vocab[w]}\t${atoms.join('\t')}`);
  }
  const lex: LexiconFile = {
    format: 'marsad-ner-lexicon',
    formatVersion: 1,
    version: `${name}-binarized-${new Date().toISOString().slice(0, 10)}`,
    key: 'core',
    words: out.join('\n'),
    meta: { ...file.meta, words: out.length, minCount: binarizeMinCount, algorithm: `binarized skip-gram embeddings (Guo et al. 2014): dim ${dim}, window ${windowSize}, ${negative} negatives, ${epochs} epochs` },
  };
  mkdirSync(dirname(resolve(root, binarizedPath)), { recursive: true });
  writeFileSync(resolve(root, binarizedPath), JSON.stringify(lex) + '\n');
  log(`wrote ${binarizedPath} (${out.length} words)`);
}
