import { WordRole } from '../../doc/layers.ts';
import {
  analyses,
  analysisKey,
  fusedAnalysis,
  fusedPieces,
  isArabicWord,
  MID_KEYS,
  piecesOf,
  PROCLITIC_SETS,
  type Analysis,
  type Piece,
} from './analyses.ts';
import { charIndex, type CliticPriors, type SegmentModel } from './model.ts';

export type { Piece } from './analyses.ts';

export interface Segmenter {
  /** The pieces of a normalized word: contiguous, covering it, exactly one Stem. Cached. */
  split(word: string): readonly Piece[];
}

/** Score of one analysis under the model (higher is better), with the stem's count `n`. */
export function scoreWithCount(model: SegmentModel, a: Analysis, n: number): number {
  return priorLogp(model, a) + Math.log(n + model.alpha * Math.exp(model.chars.logProb(a.stem)));
}

/** Log prior of an analysis's clitics. */
export function priorLogp(p: CliticPriors, a: Analysis): number {
  const set = PROCLITIC_SETS[a.pre]!;
  return p.conjLogp[set.conj]! + p.midLogp[charIndex(a.stem.charCodeAt(0)) * MID_KEYS.length + set.mid]! + p.encliticLogp[a.enc]!;
}

/** Score of one analysis under the model (higher is better). */
export function scoreAnalysis(model: SegmentModel, a: Analysis): number {
  return scoreWithCount(model, a, model.stems.get(a.stem) ?? 0);
}

/** The best analysis of a word (the unsegmented one on ties); known words keep their decision. */
export function bestAnalysis(model: SegmentModel, word: string): Analysis {
  const cands = analyses(word);
  const fixed = model.words.get(word);
  if (fixed !== undefined) {
    const a = cands.find((c) => analysisKey(c) === fixed);
    if (a) return a;
  }
  let best = cands[0]!;
  let bestScore = scoreAnalysis(model, best);
  for (let i = 1; i < cands.length; i++) {
    const s = scoreAnalysis(model, cands[i]!);
    if (s > bestScore) {
      best = cands[i]!;
      bestScore = s;
    }
  }
  return best;
}

/** Distinct words kept in a segmenter's cache before it is emptied. */
const CACHE_LIMIT = 500_000;

/** A segmenter over a model, caching the pieces of each distinct word (frozen, shared). */
export function createSegmenter(model: SegmentModel): Segmenter {
  let cache = new Map<string, readonly Piece[]>();
  const segment = (word: string): readonly Piece[] => {
    if (!isArabicWord(word)) return Object.freeze([Object.freeze({ start: 0, end: word.length, role: WordRole.Stem, form: word })]);
    const f = fusedAnalysis(word);
    const pieces = f ? fusedPieces(word, f) : piecesOf(word, bestAnalysis(model, word));
    for (const p of pieces) Object.freeze(p);
    return Object.freeze(pieces);
  };
  return {
    split(word: string): readonly Piece[] {
      let r = cache.get(word);
      if (r === undefined) {
        r = segment(word);
        if (cache.size >= CACHE_LIMIT) cache = new Map();
        cache.set(word, r);
      }
      return r;
    },
  };
}
