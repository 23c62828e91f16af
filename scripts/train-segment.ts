/**
 * Trains the clitic segmentation model from unlabeled news text (ANT corpus by default).
 *
 * Every word type has candidate analyses (proclitics + stem + enclitic, within the grammar of
 * src/components/segment/analyses.ts). An analysis scores
 *   log P(conj) + log P(mid | stem class) + log P(enclitic) + log(n(stem) + alpha P0(stem))
 * (src/components/segment/model.ts): n is the stem's corpus evidence, P0 a character trigram
 * model over stems (a Dirichlet process base; alpha fitted to the number of stem types).
 *
 * Training is hard EM over word types. Each type in turn takes its best analysis given the
 * decisions of all the others; its tokens then count as evidence for the stem it chose. The
 * clitic priors are re-estimated from the decisions after every round. Two rules keep words
 * from vouching for themselves:
 *  - leave-one-out: a word's own tokens and its own share of the priors never count for it, so
 *    it is split when its remainder is attested elsewhere (قال for وقال) and kept whole when it
 *    is not (زير for وزير);
 *  - families: when a word is split, the words built on the word itself (وكشفت for كشفت) are
 *    left out of the evidence for the smaller stem, since they support both readings alike.
 * The first reading strips only the article and enclitic pronouns, and one-letter proclitics
 * only where the rest of the word is the more frequent word; the first priors come from it.
 *
 *   tsx scripts/train-segment.ts [--corpus FILE] [--out FILE] [--rounds N] [--min-count X] [--show w1,w2]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  analyses,
  CONJ_KEYS,
  ENCLITIC_SET,
  analysisKey,
  fusedAnalysis,
  MID_KEYS,
  piecesOf,
  PROCLITIC_SETS,
  type Analysis,
} from '../src/components/segment/analyses.ts';
import {
  CHAR_CLASSES,
  CharModel,
  charIndex,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  parseSegmentModel,
  type CliticPriors,
  type SegmentModel,
  type SegmentModelFile,
} from '../src/components/segment/model.ts';
import { bestAnalysis, createSegmenter } from '../src/components/segment/segmenter.ts';
import { ARTICLE, IMPERFECT_PREFIXES } from '../src/lang/ar/clitics.ts';
import { arabicWords, isDevArticle, readCorpus } from './segment-data.ts';
import { option, repoRoot } from './args.ts';

const root = repoRoot;


const corpusOption = option('--corpus', '../shared/data/corpus/ant.jsonl.gz');
const corpusPath = resolve(root, corpusOption);
const outPath = resolve(root, option('--out', 'models/segment/model.json'));
const rounds = Number(option('--rounds', '10'));
const minCount = Number(option('--min-count', '1'));

/** Solves K = alpha * ln(1 + N / alpha) for alpha (the DP's expected number of types). */
function fitAlpha(types: number, tokens: number): number {
  let lo = 1e-3;
  let hi = 1e9;
  for (let i = 0; i < 200; i++) {
    const mid = Math.sqrt(lo * hi);
    if (mid * Math.log(1 + tokens / mid) < types) lo = mid;
    else hi = mid;
  }
  return Math.sqrt(lo * hi);
}

function logNormalize(counts: Float64Array, prior: number): Float64Array {
  let total = 0;
  for (const c of counts) total += c + prior;
  return counts.map((c) => Math.log((c + prior) / total));
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const counts = new Map<string, number>();
  let articles = 0;
  let held = 0;
  for await (const a of readCorpus(corpusPath)) {
    if (isDevArticle(a.id)) {
      held++;
      continue;
    }
    articles++;
    for (const w of arabicWords(a.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const words = [...counts.keys()].filter((w) => !fusedAnalysis(w));
  const wc = Float64Array.from(words, (w) => counts.get(w)!);
  let tokens = 0;
  for (const c of wc) tokens += c;
  console.log(`corpus: ${articles} articles (${held} held out for dev), ${tokens} tokens, ${words.length} types`);

  // Candidate analyses per type, stems interned to ids; candidate 0 is the word itself.
  const stemId = new Map<string, number>();
  const stemNames: string[] = [];
  const intern = (stem: string): number => {
    let id = stemId.get(stem);
    if (id === undefined) {
      id = stemNames.length;
      stemNames.push(stem);
      stemId.set(stem, id);
    }
    return id;
  };
  const cands: Analysis[][] = [];
  const candStem: Int32Array[] = [];
  for (const w of words) {
    const as = analyses(w);
    cands.push(as);
    candStem.push(Int32Array.from(as, (a) => intern(a.stem)));
  }
  const nw = words.length;
  const M = MID_KEYS.length;
  const E = ENCLITIC_SET.length;

  // A word's family: the words that have it as a candidate stem (وكشفت for كشفت), itself included.
  const users = new Map<number, number[]>();
  for (let i = 0; i < nw; i++) {
    for (const s of new Set(candStem[i]!)) {
      const u = users.get(s);
      if (u) u.push(i);
      else users.set(s, [i]);
    }
  }

  // Credit: the stem each word vouches for, with its token count. The first reading strips the
  // article and enclitic pronouns (keeping a stem of three letters or a pronoun-hosting
  // preposition, بها), and one-letter proclitics only where the rest of the word is more
  // frequent as a word of its own than the whole (وقال: قال; not وزير: زير). Later rounds use
  // the decisions; the first priors are counted from this reading.
  const initial = new Int32Array(nw);
  for (let i = 0; i < nw; i++) {
    const w = words[i]!;
    const as = cands[i]!;
    let best = 0;
    for (let j = 1; j < as.length; j++) {
      const a = as[j]!;
      const set = PROCLITIC_SETS[a.pre]!;
      const len = a.stemEnd - a.stemStart;
      if (len < 3 && !(len === 1 && a.enc > 0)) continue;
      const letters = set.pieces.filter((p) => p.form !== ARTICLE).length;
      if (letters > 0 && (counts.get(w.slice(letters)) ?? 0) <= wc[i]!) continue;
      const b = as[best]!;
      if (best === 0 || len < b.stemEnd - b.stemStart) best = j;
    }
    initial[i] = best;
  }
  /** The stem each word currently vouches for (with all its tokens). */
  const credit = Int32Array.from(initial, (j, i) => candStem[i]![j]!);

  const decision = initial;
  let alpha = 1;
  let chars: CharModel | null = null;
  let evidence = new Float64Array(stemNames.length);
  const conjCount = new Float64Array(CONJ_KEYS.length);
  const midCount = new Float64Array(CHAR_CLASSES * M);
  const encCount = new Float64Array(E);
  let total = 0;
  const first = (a: Analysis): number => stemClass(a.stem);
  const countPriors = (): void => {
    conjCount.fill(0);
    midCount.fill(0);
    encCount.fill(0);
    total = 0;
    for (let i = 0; i < nw; i++) {
      const a = cands[i]![decision[i]!]!;
      const set = PROCLITIC_SETS[a.pre]!;
      conjCount[set.conj]! += wc[i]!;
      midCount[first(a) * M + set.mid]! += wc[i]!;
      encCount[a.enc]! += wc[i]!;
      total += wc[i]!;
    }
  };
  countPriors();

  /**
   * Log prior of an analysis of word i, leaving out the word's own current decision (the same
   * smoothing as classPriors).
   */
  const priorLogp = (i: number, a: Analysis): number => {
    const set = PROCLITIC_SETS[a.pre]!;
    const own = cands[i]![decision[i]!]!;
    const ownSet = PROCLITIC_SETS[own.pre]!;
    const c = wc[i]!;
    const t = total - c;
    const conj = (conjCount[set.conj]! - (ownSet.conj === set.conj ? c : 0) + 1) / (t + CONJ_KEYS.length);
    const enc = (encCount[a.enc]! - (own.enc === a.enc ? c : 0) + 1) / (t + E);
    let midAll = 0;
    for (let l = 0; l < CHAR_CLASSES; l++) midAll += midCount[l * M + set.mid]!;
    const g = (midAll - (ownSet.mid === set.mid ? c : 0) + 1) / (t + M);
    const l = first(a);
    let classTotal = 0;
    for (let m = 0; m < M; m++) classTotal += midCount[l * M + m]!;
    const same = first(own) === l;
    const mid = (midCount[l * M + set.mid]! - (same && ownSet.mid === set.mid ? c : 0) + M * g) / (classTotal - (same ? c : 0) + M);
    return Math.log(conj) + Math.log(mid) + Math.log(enc);
  };

  /**
   * Evidence for stem s when analysing word i. For a split, the word's family is left out: words
   * built on the word itself vouch for it as much as for any split of it (وكشفت does not show
   * that شفت is a stem of كشفت). For the unsegmented analysis only the word itself is left out.
   */
  const looEvidence = (i: number, s: number): number => {
    const self = candStem[i]![0]!;
    let e = evidence[s]!;
    const out = s === self ? [i] : users.get(self) ?? [];
    for (const k of out) if (credit[k] === s) e -= wc[k]!;
    return Math.max(0, e);
  };

  // The runtime score (scoreWithCount) with leave-one-out evidence and priors.
  const p0 = new Map<number, number>();
  const scoreOf = (i: number, j: number): number => {
    const s = candStem[i]![j]!;
    const n = looEvidence(i, s);
    let p = p0.get(s);
    if (p === undefined) p0.set(s, (p = Math.exp(chars!.logProb(stemNames[s]!))));
    return priorLogp(i, cands[i]![j]!) + Math.log(n + alpha * p);
  };

  for (let round = 1; round <= rounds; round++) {
    evidence = new Float64Array(stemNames.length);
    for (let i = 0; i < nw; i++) evidence[credit[i]!]! += wc[i]!;
    const live = stemNames.filter((_, s) => evidence[s]! > 0);
    alpha = fitAlpha(live.length, tokens);
    chars = new CharModel(live);
    p0.clear();
    // Words are decided one after the other, each seeing the credit of the decisions made
    // before it in this round (sequential updates do not oscillate the way parallel ones do).
    let changed = 0;
    let split = 0;
    for (let i = 0; i < nw; i++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let j = 0; j < cands[i]!.length; j++) {
        const sc = scoreOf(i, j);
        if (sc > bestScore) {
          best = j;
          bestScore = sc;
        }
      }
      if (best !== decision[i]) {
        changed += wc[i]!;
        evidence[credit[i]!]! -= wc[i]!;
        credit[i] = candStem[i]![best]!;
        evidence[credit[i]!]! += wc[i]!;
      }
      decision[i] = best;
      if (best !== 0) split += wc[i]!;
    }
    countPriors();
    console.log(`round ${round}: ${changed} tokens changed analysis; ${((100 * split) / tokens).toFixed(1)}% of tokens segmented; ${live.length} stems, alpha ${alpha.toFixed(0)}`);
    if (changed === 0) break;
  }
  evidence = new Float64Array(stemNames.length);
  for (let i = 0; i < nw; i++) evidence[credit[i]!]! += wc[i]!;
  const model: SegmentModel = {
    version: 'training',
    alpha,
    ...classPriors({ conj: conjCount, mid: midCount, enc: encCount }),
    stems: new Map(),
    words: new Map(),
    chars: chars!,
  };
  const choice = decision;

  const showWords = option('--show', '');
  if (showWords) {
    const index = new Map(words.map((w, i) => [w, i]));
    for (const w of showWords.split(',')) {
      const i = index.get(w);
      if (i === undefined) {
        console.log(`${w}: not in corpus`);
        continue;
      }
      const top = cands[i]!
        .map((a, j) => ({ a, n: looEvidence(i, candStem[i]![j]!), score: scoreOf(i, j) }))
        .sort((x, y) => y.score - x.score)
        .slice(0, 4);
      console.log(`${w} (${wc[i]}): ` + top.map(({ a, n, score }) => `${piecesOf(w, a).map((p) => p.form).join('+')} ${score.toFixed(2)} n=${n}`).join(' | '));
    }
  }

  // Export: stem evidence, priors, and the decisions of training words that the runtime model
  // (which cannot leave a word out) would get wrong.
  const stems: Record<string, number> = {};
  const order = [...stemNames.keys()].filter((s) => evidence[s]! >= minCount).sort((a, b) => evidence[b]! - evidence[a]! || (stemNames[a]! < stemNames[b]! ? -1 : 1));
  for (const s of order) stems[stemNames[s]!] = evidence[s]!;
  const date = new Date().toISOString().slice(0, 10);
  const file: SegmentModelFile = {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    version: `ant-${date}`,
    alpha: round(alpha),
    conj: roundTable(table(CONJ_KEYS, model.conjLogp)),
    mid: midTable(model),
    enclitics: roundTable(table(ENCLITIC_SET, model.encliticLogp)),
    stems,
    words: {},
    meta: {
      trainedOn: 'ANT corpus (antcorpus.data, Chouigui et al. 2017), Apache-2.0; 1 article in 100 held out for dev',
      corpus: corpusOption,
      date,
      articles,
      tokens,
      types: words.length,
      rounds,
      minCount,
    },
  };
  const draft = parseSegmentModel(file);
  let overrides = 0;
  for (let i = 0; i < words.length; i++) {
    const a = cands[i]![choice[i]!]!;
    const b = bestAnalysis(draft, words[i]!);
    if (analysisKey(a) !== analysisKey(b)) {
      file.words![words[i]!] = analysisKey(a);
      overrides++;
    }
  }
  const json = JSON.stringify(file);
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, json + '\n');
  console.log(`wrote ${outPath}: ${order.length} stems, ${overrides} word decisions, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB`);
  const show = (t: Record<string, number>): string => Object.entries(t).map(([k, v]) => `${k || '∅'} ${Math.exp(v).toFixed(4)}`).join(', ');
  console.log('conj:', show(file.conj));
  console.log('mid (stems in ي ت ن ا):', show(file.mid['ي']!));
  console.log('mid (other stems):', show(file.mid['*']!));
  console.log('enclitics:', show(file.enclitics));

  // The runtime model must reproduce every training decision.
  const final = parseSegmentModel(JSON.parse(json));
  const seg = createSegmenter(final);
  let agree = 0;
  for (let i = 0; i < words.length; i++) {
    const expected = piecesOf(words[i]!, cands[i]![choice[i]!]!);
    const got = seg.split(words[i]!);
    if (JSON.stringify(expected) === JSON.stringify(got)) agree += wc[i]!;
  }
  console.log(`runtime model agrees with training on ${((100 * agree) / tokens).toFixed(2)}% of tokens; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/**
 * Classes of stems for the middle-proclitic prior: stems that may be imperfect verbs (first
 * letter ي ت ن ا, the only ones the future س may precede) and all others. Held in the rows of
 * the character classes of ي and of "other".
 */
const IMPERFECT_CLASS = charIndex('ي'.charCodeAt(0));
const OTHER_CLASS = charIndex(0x20);
const CLASS_OF_INDEX: number[] = Array.from({ length: CHAR_CLASSES }, () => OTHER_CLASS);
for (const ch of IMPERFECT_PREFIXES) CLASS_OF_INDEX[charIndex(ch.charCodeAt(0))] = IMPERFECT_CLASS;

function stemClass(stem: string): number {
  return CLASS_OF_INDEX[charIndex(stem.charCodeAt(0))]!;
}

interface ClassCounts {
  conj: Float64Array;
  /** Per stem class (see stemClass) and middle proclitic. */
  mid: Float64Array;
  enc: Float64Array;
}

/** Clitic priors from counts: add-one, and P(mid | class) smoothed toward the overall P(mid). */
function classPriors(counts: ClassCounts): CliticPriors {
  const M = MID_KEYS.length;
  const conjLogp = logNormalize(counts.conj, 1);
  const encliticLogp = logNormalize(counts.enc, 1);
  const midAll = new Float64Array(M);
  for (let c = 0; c < CHAR_CLASSES; c++) for (let m = 0; m < M; m++) midAll[m]! += counts.mid[c * M + m]!;
  const midGlobal = logNormalize(midAll, 1);
  const midLogp = new Float64Array(CHAR_CLASSES * M);
  for (let c = 0; c < CHAR_CLASSES; c++) {
    let total = 0;
    for (let m = 0; m < M; m++) total += counts.mid[c * M + m]!;
    // Dirichlet prior toward the overall distribution, weight M.
    for (let m = 0; m < M; m++) midLogp[c * M + m] = Math.log((counts.mid[c * M + m]! + M * Math.exp(midGlobal[m]!)) / (total + M));
  }
  // Every letter takes the row of its class (see stemClass).
  for (let c = 0; c < CHAR_CLASSES; c++) {
    const from = CLASS_OF_INDEX[c]!;
    if (from !== c) midLogp.copyWithin(c * M, from * M, from * M + M);
  }
  return { conjLogp, midLogp, encliticLogp };
}

/** The mid-proclitic table of the model file: per first letter, plus '*' for other classes. */
function midTable(model: CliticPriors): Record<string, Record<string, number>> {
  const M = MID_KEYS.length;
  const out: Record<string, Record<string, number>> = {};
  out['*'] = roundTable(table(MID_KEYS, model.midLogp.subarray(charIndex(0x20) * M, charIndex(0x20) * M + M)));
  for (let cp = 0x0621; cp <= 0x064a; cp++) {
    const c = charIndex(cp);
    out[String.fromCharCode(cp)] = roundTable(table(MID_KEYS, model.midLogp.subarray(c * M, c * M + M)));
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function table(keys: readonly string[], values: ArrayLike<number>): Record<string, number> {
  return Object.fromEntries(keys.map((k, i) => [k, values[i]!]));
}

function roundTable(t: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, round(v)]));
}

await main();
