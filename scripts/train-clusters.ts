/**
 * Trains word clusters for the NER tagger's features from unlabeled news text: the exchange
 * algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998), the class-bigram clustering that
 * Brown clusters approximate and Clark's / Stanford's distributional-similarity clusters use.
 *
 * The corpus is normalized, split into tokens and each Arabic word is reduced to its core (article
 * + stem: the project's clitic segmenter removes conjunctions, prepositions and pronouns), so
 * that لموسكو and موسكو share a cluster. Words seen fewer than --min-count times become <unk>;
 * each line break is a <s> token. Words are moved one at a time to the class that most raises
 * the class-bigram log-likelihood
 *   F = Σ_{c,d} N(c,d) log N(c,d) − 2 Σ_c N(c) log N(c),
 * in order of frequency, until fewer than 0.1% move. Each level of --ks is an independent run
 * (flat clusterings at several granularities play the role of Brown bit-string prefixes).
 *
 *   tsx scripts/train-clusters.ts [--corpus FILE[,FILE…]] [--name NAME] [--ks 100,320,1000] [--min-count 3]
 *                                 [--iters 15] [--max-words N] [--out FILE] [--add-to FILE]
 *
 * --add-to FILE adds the new levels to an existing cluster file trained on the same corpus with
 * the same --min-count (same vocabulary), keeping its levels.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseClusterFile } from '../src/components/ner/model.ts';
import { readFileSync } from 'node:fs';
import { clusterFile, readCoreCorpus } from './ner-corpus.ts';
import { option, repoRoot } from './args.ts';

const root = repoRoot;

const corpusPaths = option('--corpus', '../shared/data/corpus/ant.jsonl.gz')
  .split(',')
  .map((p) => resolve(root, p));
const corpusNames = corpusPaths.map((p) => basename(p).replace(/\.jsonl\.gz$/u, '').replace(/[^a-z0-9]+/giu, '-'));
const name = option('--name', corpusNames.join('+'));
const ks = option('--ks', '100,320,1000').split(',').map(Number);
const minCount = Number(option('--min-count', '3'));
const iters = Number(option('--iters', '15'));
const maxWords = Number(option('--max-words', '0'));
const addTo = option('--add-to', '');
const outPath = resolve(root, option('--out', addTo || `models/clusters/${name}.json`));


async function readTokens(): Promise<{ seq: Int32Array; vocab: string[]; counts: Int32Array }> {
  return readCoreCorpus(root, corpusPaths, minCount, maxWords);
}

/** Sparse neighbour lists: for each word, its right (or left) neighbours and bigram counts. */
interface Csr {
  start: Int32Array;
  other: Int32Array;
  count: Int32Array;
}

function bigrams(seq: Int32Array, V: number): { right: Csr; left: Csr; self: Int32Array } {
  const keys = new Float64Array(seq.length - 1);
  for (let i = 0; i + 1 < seq.length; i++) keys[i] = seq[i]! * V + seq[i + 1]!;
  keys.sort();
  const pairs: number[] = [];
  const cnt: number[] = [];
  for (let i = 0; i < keys.length; ) {
    let j = i;
    while (j < keys.length && keys[j] === keys[i]) j++;
    pairs.push(keys[i]!);
    cnt.push(j - i);
    i = j;
  }
  const self = new Int32Array(V);
  const build = (leftSide: boolean): Csr => {
    const deg = new Int32Array(V + 1);
    for (const p of pairs) {
      const a = Math.floor(p / V);
      const b = p - a * V;
      if (a === b) continue;
      deg[(leftSide ? b : a) + 1]!++;
    }
    for (let i = 0; i < V; i++) deg[i + 1]! += deg[i]!;
    const at = deg.slice(0, V);
    const other = new Int32Array(deg[V]!);
    const count = new Int32Array(deg[V]!);
    pairs.forEach((p, k) => {
      const a = Math.floor(p / V);
      const b = p - a * V;
      if (a === b) {
        self[a] = cnt[k]!;
        return;
      }
      const w = leftSide ? b : a;
      const o = leftSide ? a : b;
      other[at[w]!] = o;
      count[at[w]!] = cnt[k]!;
      at[w]!++;
    });
    return { start: deg, other, count };
  };
  return { right: build(false), left: build(true), self };
}

const TABLE_SIZE = 1 << 22;
const XLOGX = new Float64Array(TABLE_SIZE);
for (let i = 1; i < TABLE_SIZE; i++) XLOGX[i] = i * Math.log(i);
const f = (x: number): number => (x < TABLE_SIZE ? XLOGX[x]! : x * Math.log(x));

function exchange(V: number, K: number, counts: Int32Array, right: Csr, left: Csr, self: Int32Array): Int32Array {
  const cls = new Int32Array(V);
  for (let w = 0; w < V; w++) cls[w] = w % K;
  const M = new Float64Array(K * K);
  const N = new Float64Array(K);
  for (let w = 0; w < V; w++) {
    N[cls[w]!]! += counts[w]!;
    for (let k = right.start[w]!; k < right.start[w + 1]!; k++) M[cls[w]! * K + cls[right.other[k]!]!]! += right.count[k]!;
    M[cls[w]! * K + cls[w]!]! += self[w]!;
  }
  const rc = new Float64Array(K);
  const lc = new Float64Array(K);
  const rTouched = new Int32Array(K);
  const lTouched = new Int32Array(K);
  const objective = (): number => {
    let s = 0;
    for (let i = 0; i < K * K; i++) s += f(M[i]!);
    for (let c = 0; c < K; c++) s -= 2 * f(N[c]!);
    return s;
  };
  for (let it = 1; it <= iters; it++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      const a = cls[w]!;
      const nw = counts[w]!;
      const s = self[w]!;
      let nr = 0;
      for (let k = right.start[w]!; k < right.start[w + 1]!; k++) {
        const d = cls[right.other[k]!]!;
        if (rc[d] === 0) rTouched[nr++] = d;
        rc[d]! += right.count[k]!;
      }
      let nl = 0;
      for (let k = left.start[w]!; k < left.start[w + 1]!; k++) {
        const c = cls[left.other[k]!]!;
        if (lc[c] === 0) lTouched[nl++] = c;
        lc[c]! += left.count[k]!;
      }
      // Take w out of a.
      for (let i = 0; i < nr; i++) M[a * K + rTouched[i]!]! -= rc[rTouched[i]!]!;
      for (let i = 0; i < nl; i++) M[lTouched[i]! * K + a]! -= lc[lTouched[i]!]!;
      M[a * K + a]! -= s;
      N[a]! -= nw;
      // Best class to put it in.
      let best = a;
      let bestGain = -Infinity;
      for (let b = 0; b < K; b++) {
        const row = b * K;
        let g = 0;
        for (let i = 0; i < nr; i++) {
          const d = rTouched[i]!;
          if (d === b) continue;
          const m = M[row + d]!;
          g += f(m + rc[d]!) - f(m);
        }
        for (let i = 0; i < nl; i++) {
          const c = lTouched[i]!;
          if (c === b) continue;
          const m = M[c * K + b]!;
          g += f(m + lc[c]!) - f(m);
        }
        const mbb = M[row + b]!;
        g += f(mbb + rc[b]! + lc[b]! + s) - f(mbb);
        g -= 2 * (f(N[b]! + nw) - f(N[b]!));
        if (g > bestGain + 1e-9 || (b === a && g >= bestGain - 1e-9)) {
          bestGain = g;
          best = b;
        }
      }
      for (let i = 0; i < nr; i++) M[best * K + rTouched[i]!]! += rc[rTouched[i]!]!;
      for (let i = 0; i < nl; i++) M[lTouched[i]! * K + best]! += lc[lTouched[i]!]!;
      M[best * K + best]! += s;
      N[best]! += nw;
      if (best !== a) {
        cls[w] = best;
        moved++;
      }
      for (let i = 0; i < nr; i++) rc[rTouched[i]!] = 0;
      for (let i = 0; i < nl; i++) lc[lTouched[i]!] = 0;
    }
    console.log(`  K=${K} iteration ${it}: ${moved} moved, objective ${objective().toExponential(6)}`);
    if (moved < V * 0.001) break;
  }
  return cls;
}

const t0 = Date.now();
const { seq, vocab, counts } = await readTokens();
const V = vocab.length;
console.log(`${corpusNames.join(', ')}: ${seq.length} tokens, ${V} word types kept (min count ${minCount}), ${Date.now() - t0} ms`);
const { right, left, self } = bigrams(seq, V);
const levels: Int32Array[] = [];
for (const K of ks) {
  const t1 = Date.now();
  levels.push(exchange(V, K, counts, right, left, self));
  console.log(`K=${K}: ${Date.now() - t1} ms`);
}
let allKs = ks;
let earlier: Map<string, string> | null = null;
let earlierMeta: Record<string, unknown> = {};
if (addTo) {
  const old = parseClusterFile(JSON.parse(readFileSync(resolve(root, addTo), 'utf8')));
  earlier = new Map(old.words.split('\n').map((l) => [l.slice(0, l.indexOf('\t')), l.slice(l.indexOf('\t') + 1)]));
  allKs = [...old.ks, ...ks];
  earlierMeta = old.meta ?? {};
}
const lines: string[] = [];
for (let w = 0; w < V; w++) {
  const word = vocab[w]!;
  if (word === '<unk>' || word === '<s>') continue;
  const ids = levels.map((l) => l[w]).join('\t');
  if (earlier) {
    const before = earlier.get(word);
    if (before === undefined) throw new Error(`--add-to: ${word} is not in ${addTo} (another corpus or --min-count?)`);
    lines.push(`${word}\t${before}\t${ids}`);
  } else lines.push(`${word}\t${ids}`);
}
if (earlier && earlier.size !== lines.length) throw new Error(`--add-to: ${addTo} has ${earlier.size} words, this corpus ${lines.length}`);
const file = clusterFile(`${name}-${new Date().toISOString().slice(0, 10)}`, allKs, lines, corpusPaths, corpusNames, seq.length, minCount, {
  algorithm: 'exchange (class-bigram likelihood), words as article + stem',
  trainingMs: Date.now() - t0,
  ...(addTo ? { levelsAdded: ks, earlierTrainingMs: earlierMeta.trainingMs, iterations: { [ks.join(',')]: iters, earlier: earlierMeta.iterations ?? 15 } } : { iterations: iters }),
});
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, JSON.stringify(file) + '\n');
console.log(`wrote ${outPath} (${lines.length} words, ${Date.now() - t0} ms)`);
