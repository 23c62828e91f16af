/**
 * Candidate segmentations of a normalized word: every legal combination of proclitics, stem and
 * enclitic (src/lang/ar/clitics.ts). Shared by the runtime segmenter and the trainer.
 */
import {
  ARTICLE,
  CONJUNCTIONS,
  ENCLITICS,
  FUSED,
  FUTURE,
  IMPERFECT_PREFIXES,
  LEXICALIZED,
  MIN_STEM,
  MIN_STEM_AFTER_FUTURE,
  PREPOSITIONS,
  PRONOUN_HOSTS,
  STEM_END_BEFORE_ENCLITIC,
  YA_HOSTS,
} from '../../lang/ar/clitics.ts';
import { WordRole } from '../../doc/layers.ts';
import { isArabicLetter } from '../../lang/ar/letters.ts';

/** One proclitic piece: its written length and its form (ال for the ل of لل). */
export interface CliticPiece {
  readonly len: number;
  readonly form: string;
}

/** A sequence of proclitics, such as و+ب+ال: a conjunction (or none), then a "middle" part. */
export interface ProcliticSet {
  /** Forms joined with `+` ('' for none). */
  readonly key: string;
  readonly surface: string;
  readonly pieces: readonly CliticPiece[];
  /** Index into CONJ_KEYS and MID_KEYS. */
  readonly conj: number;
  readonly mid: number;
  readonly article: boolean;
  readonly future: boolean;
  /** True when the set ends in a preposition (a stem ب/ل may not follow it). */
  readonly prep: boolean;
}

interface Mid {
  key: string;
  pieces: CliticPiece[];
  surface: string;
  article: boolean;
  future: boolean;
  prep: boolean;
}

function buildMids(): Mid[] {
  const mids: Mid[] = [
    { key: '', pieces: [], surface: '', article: false, future: false, prep: false },
    { key: FUTURE, pieces: [{ len: 1, form: FUTURE }], surface: FUTURE, article: false, future: true, prep: false },
    { key: ARTICLE, pieces: [{ len: 2, form: ARTICLE }], surface: ARTICLE, article: true, future: false, prep: false },
  ];
  for (const p of PREPOSITIONS) {
    mids.push({ key: p, pieces: [{ len: 1, form: p }], surface: p, article: false, future: false, prep: true });
    // لل: the article's alif is not written after ل.
    const art = p === 'ل' ? { len: 1, form: ARTICLE } : { len: 2, form: ARTICLE };
    mids.push({
      key: p + '+' + ARTICLE,
      pieces: [{ len: 1, form: p }, art],
      surface: p + ARTICLE.slice(2 - art.len),
      article: true,
      future: false,
      prep: true,
    });
  }
  return mids;
}

const MIDS = buildMids();
/** Keys of the conjunction choices ('' = none) and of the middle proclitic choices. */
export const CONJ_KEYS: readonly string[] = ['', ...CONJUNCTIONS];
export const MID_KEYS: readonly string[] = MIDS.map((m) => m.key);

function buildProcliticSets(): ProcliticSet[] {
  const sets: ProcliticSet[] = [];
  CONJ_KEYS.forEach((conj, ci) => {
    MIDS.forEach((mid, mi) => {
      const pieces = conj ? [{ len: 1, form: conj }, ...mid.pieces] : mid.pieces;
      sets.push({
        key: pieces.map((p) => p.form).join('+'),
        surface: conj + mid.surface,
        pieces,
        conj: ci,
        mid: mi,
        article: mid.article,
        future: mid.future,
        prep: mid.prep,
      });
    });
  });
  return sets;
}

export const PROCLITIC_SETS: readonly ProcliticSet[] = buildProcliticSets();
/** Enclitic choices; index 0 is none. */
export const ENCLITIC_SET: readonly string[] = ['', ...ENCLITICS];

/** One candidate: proclitic set and enclitic by index, the stem's span in the word and its form. */
export interface Analysis {
  readonly pre: number;
  readonly enc: number;
  readonly stemStart: number;
  readonly stemEnd: number;
  /** The stem's form: its surface, or the surface with its ending restored (حكومت → حكومة). */
  readonly stem: string;
}

const LEXICAL: ReadonlySet<string> = new Set(LEXICALIZED);

const ENCLITIC_FORMS: ReadonlySet<string> = new Set(ENCLITICS);

const FUSED_BY_SURFACE = new Map(FUSED.map((f) => [f.surface, f]));

/** True when every unit of `w` is an Arabic letter (only such words are segmented). */
export function isArabicWord(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) if (!isArabicLetter(w.charCodeAt(i))) return false;
  return true;
}

/** A fused preposition (مما = من + ما), possibly after a conjunction, or null. */
export function fusedAnalysis(w: string): { conj: string; host: string; rest: string } | null {
  for (const conj of ['', ...CONJUNCTIONS]) {
    if (!w.startsWith(conj)) continue;
    const f = FUSED_BY_SURFACE.get(w.slice(conj.length));
    if (f) return { conj, host: f.host, rest: f.rest };
  }
  return null;
}

/**
 * All candidate analyses of a normalized word, the unsegmented one first. Words that are not
 * all Arabic letters get only the unsegmented analysis.
 */
export function analyses(w: string): Analysis[] {
  const out: Analysis[] = [{ pre: 0, enc: 0, stemStart: 0, stemEnd: w.length, stem: w }];
  if (!isArabicWord(w)) return out;
  const n = w.length;
  for (let pi = 0; pi < PROCLITIC_SETS.length; pi++) {
    const set = PROCLITIC_SETS[pi]!;
    if (!w.startsWith(set.surface)) continue;
    const stemStart = set.surface.length;
    for (let ei = 0; ei < ENCLITIC_SET.length; ei++) {
      if (pi === 0 && ei === 0) continue;
      const enc = ENCLITIC_SET[ei]!;
      if (ei > 0 && (set.article || !w.endsWith(enc))) continue;
      const stemEnd = n - enc.length;
      const len = stemEnd - stemStart;
      if (len < MIN_STEM) {
        // ب and ل stand as the stem before a pronoun: له، وبها.
        const host = len === 1 && ei > 0 && !set.prep && !set.future && PRONOUN_HOSTS.includes(w[stemStart]!);
        if (!host) continue;
      }
      const surface = w.slice(stemStart, stemEnd);
      if (enc === 'ي' && !YA_HOSTS.includes(surface)) continue;
      // After a preposition a pronoun is an enclitic on it (لها = ل + ها), never a stem.
      if (set.prep && ei === 0 && ENCLITIC_FORMS.has(surface)) continue;
      if (set.future && (len < MIN_STEM_AFTER_FUTURE || !IMPERFECT_PREFIXES.includes(surface[0]!))) continue;
      out.push({ pre: pi, enc: ei, stemStart, stemEnd, stem: surface });
      if (ei > 0) {
        for (const [from, to] of STEM_END_BEFORE_ENCLITIC) {
          if (len > from.length + 1 && surface.endsWith(from)) {
            out.push({ pre: pi, enc: ei, stemStart, stemEnd, stem: surface.slice(0, len - from.length) + to });
          }
        }
      }
      // After لل the stem may begin with a ل that is not written: للغة = ل + ال + لغة.
      if (set.article && set.surface.endsWith('لل') && surface[0] !== 'ل') {
        out.push({ pre: pi, enc: ei, stemStart, stemEnd, stem: 'ل' + surface });
      }
    }
  }
  // A lexicalized word is the stem whenever it can be (the longest one): الله، والله، لكنه، هناك.
  let lex = 0;
  for (const a of out) if (LEXICAL.has(a.stem)) lex = Math.max(lex, a.stem.length);
  return lex > 0 ? out.filter((a) => LEXICAL.has(a.stem) && a.stem.length === lex) : out;
}

/** A stable key of an analysis: proclitic forms, stem form and enclitic, `|`-separated. */
export function analysisKey(a: Analysis): string {
  return `${PROCLITIC_SETS[a.pre]!.key}|${a.stem}|${ENCLITIC_SET[a.enc]!}`;
}

/** A piece of a segmented word: offsets into the word, role, normalized form. */
export interface Piece {
  start: number;
  end: number;
  role: WordRole;
  form: string;
}

/** The pieces of one analysis, in order. */
export function piecesOf(w: string, a: Analysis): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const p of PROCLITIC_SETS[a.pre]!.pieces) {
    out.push({ start: at, end: at + p.len, role: WordRole.Proclitic, form: p.form });
    at += p.len;
  }
  out.push({ start: a.stemStart, end: a.stemEnd, role: WordRole.Stem, form: a.stem });
  if (a.enc > 0) out.push({ start: a.stemEnd, end: w.length, role: WordRole.Enclitic, form: ENCLITIC_SET[a.enc]! });
  return out;
}

/** Pieces of a fused preposition (see `fusedAnalysis`). */
export function fusedPieces(w: string, f: { conj: string; host: string; rest: string }): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  if (f.conj) {
    out.push({ start: 0, end: f.conj.length, role: WordRole.Proclitic, form: f.conj });
    at = f.conj.length;
  }
  out.push({ start: at, end: at + 1, role: WordRole.Stem, form: f.host });
  out.push({ start: at + 1, end: w.length, role: WordRole.Enclitic, form: f.rest });
  return out;
}
