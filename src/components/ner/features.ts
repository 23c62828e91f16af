/**
 * Features of the NER tagger, shared by the trainer (scripts/train-ner.ts) and the runtime
 * tagger so that both see exactly the same strings.
 *
 * A token is analysed once per distinct normalized form (`TokenInfo`): its clitic pieces (from
 * the project's segmenter), stem, "core" (article + stem, which is what word clusters and
 * gazetteer heads are keyed on), shape, cluster ids, trigger classes and gazetteer word roles.
 * From that come its atoms, prefixed by the position they describe relative to the tagged token
 * (`0`, `-1`, `+1`, `-2`, `+2`). Pair features (previous word + word) and gazetteer span features
 * depend on the sentence and are added per position.
 */
import { WordRole } from '../../doc/layers.ts';
import { normalizeString } from '../../lang/ar/normalize.ts';
import { GAZ_TYPES, gazKey, type Gazetteer } from './gazetteer.ts';


/** The clitic pieces of a normalized word (the shape of the segmenter's `Piece`). */
export interface NerPiece {
  readonly start: number;
  readonly end: number;
  readonly role: number;
  readonly form: string;
}

/** What the tagger needs of the project's segmenter (`createSegmenter(model)`). */
export interface NerSegmenter {
  split(word: string): readonly NerPiece[];
}

/** Which feature groups are on: chosen on the dev set, stored in the model. */
export interface FeatureConfig {
  /** Longest stem prefix / suffix (0 for none). */
  affix: number;
  /** Context window: 1 or 2 tokens each side. */
  window: number;
  /** Cluster levels (indices into the clusters' `ks`) used for the token itself and ±1. */
  clusterLevels: number[];
  /** Cluster levels used at ±2. */
  farClusterLevels: number[];
  /** Previous+current and current+next word pairs. */
  pairs: boolean;
  gazetteer: boolean;
  triggers: boolean;
  /** Longest prefix / suffix of the whole token (clitics included; 0 for none). */
  tokenAffix?: number;
  /** Cluster pairs (previous + current, current + next) at this level, or -1 for none. */
  clusterPairLevel?: number;
  /** Trigger classes 3 up to this many tokens to the left and right (0 or absent: none). */
  triggerWindow?: number;
  /** Word-lexicon atoms (`WordLexicon`): 0 or absent none, 1 the token itself, 2 also ±1. */
  lexicon?: number;
  /** Quoted-span features: where a token stands in a short span between quotes («…», "…"). */
  quotes?: boolean;
}

export const DEFAULT_FEATURES: FeatureConfig = {
  affix: 4,
  window: 2,
  clusterLevels: [],
  farClusterLevels: [],
  pairs: true,
  gazetteer: true,
  triggers: true,
  triggerWindow: 5,
};

/** Word clusters keyed by core form: ids at each level of `ks`. */
export interface Clusters {
  readonly ks: readonly number[];
  readonly words: ReadonlyMap<string, readonly number[]>;
}

/** Parses the clusters text (`word\tid\tid…` lines). */
export function parseClusterLines(ks: readonly number[], text: string): Clusters {
  const words = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const parts = line.split('\t');
    const ids = parts.slice(1).map(Number);
    if (ids.length !== ks.length || ids.some((x) => !Number.isInteger(x))) throw new Error(`bad cluster line: ${line}`);
    words.set(parts[0]!, ids);
  }
  return { ks, words };
}

/** Atoms of one word as parallel template / value lists. */
export interface LexAtoms {
  readonly t: readonly string[];
  readonly v: readonly string[];
}

/**
 * Extra atoms of words learnt from unlabeled text (binarized embeddings, corpus profiles; see
 * scripts/train-embeddings.ts and scripts/ner-profiles.ts), keyed by core form and by stem.
 */
export interface WordLexicon {
  readonly core: ReadonlyMap<string, LexAtoms>;
  readonly stem: ReadonlyMap<string, LexAtoms>;
}

/** Parses lexicon lines (`word\ttemplate=value\ttemplate=value…`), merging into `into`. */
export function parseLexiconLines(text: string, into = new Map<string, LexAtoms>()): Map<string, LexAtoms> {
  for (const line of text.split('\n')) {
    if (!line) continue;
    const parts = line.split('\t');
    const old = into.get(parts[0]!);
    const t: string[] = old ? [...old.t] : [];
    const v: string[] = old ? [...old.v] : [];
    for (let i = 1; i < parts.length; i++) {
      const eq = parts[i]!.indexOf('=');
      if (eq <= 0) throw new Error(`bad lexicon atom: ${parts[i]}`);
      t.push(parts[i]!.slice(0, eq));
      v.push(parts[i]!.slice(eq + 1));
    }
    into.set(parts[0]!, { t, v });
  }
  return into;
}

export interface TokenInfo {
  norm: string;
  stem: string;
  /** The article (when the word has one) + the stem: الاسد for للأسد, موسكو for لموسكو. */
  core: string;
  /** Cluster id at the pair level (the shape when the word has none), for cluster pairs. */
  cid: string;
  /** Trigger classes of the word (none: empty). */
  trig: readonly string[];
  /** Keys this token may match as the first word of a gazetteer name. */
  gazFirst: string[];
  /** Its key as an inner word of a name. */
  gazFull: string;
  /**
   * Atoms as parallel template / value lists: of the token itself (`t0`, `v0`), of the token as
   * the previous or next one (`tn`, `vn`), and as the second previous or next (`tf`, `vf`). The
   * feature string of an atom is `${role}${template}=${value}`, role one of 0 -1 +1 -2 +2.
   */
  t0: readonly string[];
  v0: readonly string[];
  tn: readonly string[];
  vn: readonly string[];
  tf: readonly string[];
  vf: readonly string[];
  /**
   * Word-lexicon entries of the token (by core, by stem): their atoms belong to role 0, and to
   * roles ±1 when `lexNear`. Kept apart from `t0` / `tn` so that the tagger can sum each entry's
   * weights once, however many token forms share it.
   */
  lex: readonly LexAtoms[];
  lexNear: boolean;
}

/** The roles of atoms, in the order of the tagger's score vectors. */
export const ROLES = ['0', '-1', '+1', '-2', '+2'] as const;

/** Templates and values of a token's atoms in role r (index into ROLES). */
export function atomsOf(info: TokenInfo, r: number): [readonly string[], readonly string[]] {
  return r === 0 ? [info.t0, info.v0] : r <= 2 ? [info.tn, info.vn] : [info.tf, info.vf];
}

/** Feature strings of a token's atoms in role r (word-lexicon atoms included). */
export function atomStrings(info: TokenInfo, r: number, out: string[]): void {
  const [t, v] = atomsOf(info, r);
  const role = ROLES[r]!;
  for (let i = 0; i < t.length; i++) out.push(`${role}${t[i]}=${v[i]}`);
  if (r === 0 || (r <= 2 && info.lexNear)) for (const e of info.lex) for (let i = 0; i < e.t.length; i++) out.push(`${role}${e.t[i]}=${e.v[i]}`);
}

const PREFIX_TEMPLATES = Array.from({ length: 10 }, (_, k) => `a${k}`);
const SUFFIX_TEMPLATES = Array.from({ length: 10 }, (_, k) => `z${k}`);
const CLUSTER_TEMPLATES = Array.from({ length: 10 }, (_, k) => `k${k}`);
const GAZ_ROLE_VALUES = GAZ_TYPES.flatMap((t) => ['f', 'l', 's'].map((r) => `${t}${r}`));
const ID_STRINGS = Array.from({ length: 4096 }, (_, i) => String(i));
function idString(n: number): string {
  return n < ID_STRINGS.length ? ID_STRINGS[n]! : String(n);
}

function shapeOf(s: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let k: string;
    if (c >= 0x0621 && c <= 0x06ff) k = 'a';
    else if (c >= 0x30 && c <= 0x39) k = 'd';
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c < 0x250)) k = c <= 0x5a ? 'X' : 'x';
    else k = s[i]!;
    if (k !== last) out += k;
    last = k;
    if (out.length > 6) break;
  }
  return out;
}

function lengthBucket(n: number): string {
  return n <= 5 ? String(n) : n <= 7 ? '6' : '8';
}


/**
 * The core of a segmented word: its article (when it has one) and its stem, without the
 * conjunction, the preposition and the enclitic (للأسد → الاسد, لموسكو → موسكو). Word clusters
 * are trained and looked up on this form.
 */
export function coreOf(norm: string, pieces: readonly NerPiece[]): string {
  let stem = '';
  let article = false;
  for (const p of pieces) {
    if (p.role === WordRole.Stem) stem = p.form;
    else if (p.role === WordRole.Proclitic && p.form === 'ال') article = true;
  }
  if (stem.length === 0) return norm;
  return article ? 'ال' + stem : stem;
}

export class FeatureExtractor {
  private readonly triggers: ReadonlyMap<string, readonly string[]>;
  readonly BOS: TokenInfo;
  readonly EOS: TokenInfo;

  constructor(
    readonly config: FeatureConfig,
    readonly clusters: Clusters | null,
    readonly gazetteer: Gazetteer | null,
    triggers: Readonly<Record<string, readonly string[]>>,
    readonly lexicon: WordLexicon | null = null,
  ) {
    const t = new Map<string, string[]>();
    if (config.triggers) {
      for (const [cls, words] of Object.entries(triggers)) {
        for (const w of words) {
          const k = normalizeString(w);
          const list = t.get(k) ?? [];
          if (!list.includes(cls)) list.push(cls);
          t.set(k, list);
        }
      }
    }
    this.triggers = t;
    const boundary = (name: string): TokenInfo => ({
      norm: name,
      stem: name,
      core: name,
      cid: name,
      trig: [],
      gazFirst: [],
      gazFull: '\u0000',
      lex: [],
      lexNear: false,
      t0: [],
      v0: [],
      tn: ['w'],
      vn: [name],
      tf: ['c'],
      vf: [name],
    });
    this.BOS = boundary('<s>');
    this.EOS = boundary('</s>');
  }

  /** The analysis of a normalized token from its clitic pieces. */
  analyse(norm: string, pieces: readonly NerPiece[]): TokenInfo {
    const cfg = this.config;
    let stem = norm;
    let pro = '';
    let enc = '';
    let article = false;
    let afterPro = 0;
    for (const p of pieces) {
      if (p.role === WordRole.Stem) stem = p.form;
      else if (p.role === WordRole.Proclitic) {
        pro += pro ? '+' + p.form : p.form;
        if (p.form === 'ال') article = true;
        else afterPro = p.end;
      } else if (p.role === WordRole.Enclitic) enc = p.form;
    }
    if (stem.length === 0) stem = norm;
    const core = article ? 'ال' + stem : stem;
    const shape = shapeOf(norm);
    const ids = this.clusters?.words.get(core) ?? this.clusters?.words.get(norm);
    const trig = this.triggers.get(stem) ?? this.triggers.get(norm);

    const gazFull = gazKey(norm);
    const gazFirst = [gazFull];
    const coreKey = gazKey(core);
    if (coreKey !== gazFull) gazFirst.push(coreKey);
    // Without the conjunction and preposition but with the rest (enclitic kept).
    if (afterPro > 0 && afterPro < norm.length) {
      const rest = gazKey(norm.slice(afterPro));
      if (!gazFirst.includes(rest)) gazFirst.push(rest);
    }
    const gw: string[] = [];
    if (this.gazetteer && cfg.gazetteer) {
      const roles = this.gazetteer.wordRoles.get(coreKey) ?? this.gazetteer.wordRoles.get(gazFull) ?? 0;
      if (roles) {
        for (let t = 0; t < GAZ_TYPES.length; t++) {
          for (let r = 0; r < 3; r++) if (roles & (1 << (t * 3 + r))) gw.push(GAZ_ROLE_VALUES[t * 3 + r]!);
        }
      }
    }
    const clusterValue = (l: number): string => (ids ? idString(ids[l]!) : '-');

    // Atoms as (template, value): the feature string is `${role}${template}=${value}`.
    const put = (ts: string[], vs: string[], template: string, value: string): void => {
      ts.push(template);
      vs.push(value);
    };
    const t0: string[] = ['w', 's', 'p', 'sh', 'L'];
    const v0: string[] = [norm, stem, pro, shape, lengthBucket(stem.length)];
    if (article) put(t0, v0, 'c', core);
    if (enc) put(t0, v0, 'e', enc);
    for (let k = 1; k <= cfg.affix; k++) {
      if (stem.length <= k) break;
      t0.push(PREFIX_TEMPLATES[k]!, SUFFIX_TEMPLATES[k]!);
      v0.push(stem.slice(0, k), stem.slice(stem.length - k));
    }
    for (let k = 1; k <= (cfg.tokenAffix ?? 0); k++) {
      if (norm.length <= k) break;
      t0.push(`A${k}`, `Z${k}`);
      v0.push(norm.slice(0, k), norm.slice(norm.length - k));
    }
    for (const l of cfg.clusterLevels) put(t0, v0, CLUSTER_TEMPLATES[l]!, clusterValue(l));
    for (const g of gw) put(t0, v0, 'gw', g);
    if (trig) for (const t of trig) put(t0, v0, 't', t);
    const lexLevel = this.lexicon ? (cfg.lexicon ?? 0) : 0;
    const lex: LexAtoms[] = [];
    if (lexLevel > 0) {
      const byCore = this.lexicon!.core.get(core) ?? this.lexicon!.core.get(norm);
      const byStem = this.lexicon!.stem.get(stem);
      if (byCore) lex.push(byCore);
      if (byStem) lex.push(byStem);
    }

    const tn: string[] = ['w', 'c', 'p', 'sh'];
    const vn: string[] = [norm, core, pro, shape];
    for (const l of cfg.clusterLevels) put(tn, vn, CLUSTER_TEMPLATES[l]!, clusterValue(l));
    for (const g of gw) put(tn, vn, 'gw', g);
    if (trig) for (const t of trig) put(tn, vn, 't', t);

    const tf: string[] = [];
    const vf: string[] = [];
    if (cfg.window >= 2) {
      put(tf, vf, 'c', core);
      for (const l of cfg.farClusterLevels) put(tf, vf, CLUSTER_TEMPLATES[l]!, clusterValue(l));
      if (trig) for (const t of trig) put(tf, vf, 't', t);
    }
    const cp = cfg.clusterPairLevel ?? -1;
    const cid = cp >= 0 ? (ids ? String(ids[cp]) : shape) : '';
    return { norm, stem, core, cid, trig: trig ?? [], gazFirst, gazFull, t0, v0, tn, vn, tf, vf, lex, lexNear: lexLevel >= 2 };
  }

  /** Feature strings that depend on the sentence at position i: word pairs. */
  pairFeatures(infos: readonly TokenInfo[], i: number, out: string[]): void {
    if (!this.config.pairs && (this.config.clusterPairLevel ?? -1) < 0) return;
    const prev = i > 0 ? infos[i - 1]! : this.BOS;
    const cur = infos[i]!;
    const next = i + 1 < infos.length ? infos[i + 1]! : this.EOS;
    if (this.config.pairs) out.push(`ww=${prev.norm}|${cur.norm}`, `cc=${prev.core}|${cur.core}`, `cn=${cur.core}|${next.core}`);
    if ((this.config.clusterPairLevel ?? -1) >= 0) out.push(`kk=${prev.cid}|${cur.cid}`, `kn=${cur.cid}|${next.cid}`, `kw=${prev.cid}|${cur.core}`);
  }

  /** Trigger classes seen 3 or more tokens away (up to `triggerWindow`) at position i. */
  windowFeatures(infos: readonly TokenInfo[], i: number, out: string[]): void {
    const w = this.config.triggerWindow ?? 0;
    for (let j = 3; j <= w; j++) {
      const l = infos[i - j];
      if (l) for (const t of l.trig) if (!out.includes(`tL=${t}`)) out.push(`tL=${t}`);
      const r = infos[i + j];
      if (r) for (const t of r.trig) if (!out.includes(`tR=${t}`)) out.push(`tR=${t}`);
    }
  }

  /** Gazetteer span features of each position of a sentence. */
  gazFeatures(infos: readonly TokenInfo[]): string[][] {
    const sparse = this.gazFeaturesSparse(infos);
    return Array.from({ length: infos.length }, (_, i) => sparse[i] ?? []);
  }

  /**
   * The same, undefined where a position has none; with `quotes` on, the quoted-span features
   * too (both depend on the whole sentence and are scored by string).
   */
  gazFeaturesSparse(infos: readonly TokenInfo[]): (string[] | undefined)[] {
    const out: (string[] | undefined)[] = new Array(infos.length);
    if (this.config.quotes) quoteFeatures(infos, out);
    if (!this.gazetteer || !this.config.gazetteer || infos.length === 0) return out;
    const matches = this.gazetteer.matches(
      infos.map((t) => t.gazFirst),
      infos.map((t) => t.gazFull),
    );
    for (const m of matches) {
      const len = m.end - m.start;
      const size = len === 1 ? '1' : 'n';
      for (let t = 0; t < GAZ_TYPES.length; t++) {
        if ((m.types & (1 << t)) === 0) continue;
        const type = GAZ_TYPES[t]!;
        const put = (i: number, f: string): void => {
          const list = out[i];
          if (!list) out[i] = [f];
          else if (!list.includes(f)) list.push(f);
        };
        for (let i = m.start; i < m.end; i++) put(i, `G${i === m.start ? 'B' : 'I'}${size}=${type}`);
        if (m.start > 0) put(m.start - 1, `G+1=${type}${size}`);
        if (m.end < infos.length) put(m.end, `G-1=${type}${size}`);
      }
    }
    return out;
  }

  /**
   * All feature strings of every position of a sentence (the trainer's view; the runtime tagger
   * uses the same pieces through its caches).
   */
  sentenceFeatures(infos: readonly TokenInfo[]): string[][] {
    const gaz = this.gazFeatures(infos);
    const n = infos.length;
    const out: string[][] = [];
    const w2 = this.config.window >= 2;
    for (let i = 0; i < n; i++) {
      const f: string[] = ['bias'];
      atomStrings(infos[i]!, 0, f);
      atomStrings(i > 0 ? infos[i - 1]! : this.BOS, 1, f);
      atomStrings(i + 1 < n ? infos[i + 1]! : this.EOS, 2, f);
      if (w2) {
        atomStrings(i > 1 ? infos[i - 2]! : this.BOS, 3, f);
        atomStrings(i + 2 < n ? infos[i + 2]! : this.EOS, 4, f);
      }
      this.pairFeatures(infos, i, f);
      this.windowFeatures(infos, i, f);
      f.push(...gaz[i]!);
      out.push(f);
    }
    return out;
  }
}

/** Longest span between quotes that gets quoted-span features. */
const MAX_QUOTED = 8;

/**
 * Quoted-span features: quotes (all normalized to `"`) are paired in order within the sentence;
 * each token of a span of 1–8 tokens between a pair gets its place in the span (single, begin,
 * inside, last) and the span's length (1, 2, 3, 4+). Titles of programmes, products and
 * newspapers are often quoted, and the quotes give their exact extent.
 */
export function quoteFeatures(infos: readonly TokenInfo[], out: (string[] | undefined)[]): void {
  let open = -1;
  for (let i = 0; i < infos.length; i++) {
    if (infos[i]!.norm !== '"') continue;
    if (open < 0) {
      open = i;
      continue;
    }
    const a = open + 1;
    const len = i - a;
    open = -1;
    if (len < 1 || len > MAX_QUOTED) continue;
    const lb = len >= 4 ? '4' : String(len);
    for (let j = a; j < i; j++) {
      const place = len === 1 ? 's' : j === a ? 'b' : j === i - 1 ? 'l' : 'i';
      const f = `Q${place}${lb}`;
      const list = out[j];
      if (!list) out[j] = [f];
      else list.push(f);
    }
  }
}

/** A cached analyser: raw token → TokenInfo through normalization and the segmenter. */
export function createAnalyser(fx: FeatureExtractor, segmenter: NerSegmenter, limit = 200_000): (token: string) => TokenInfo {
  let cache = new Map<string, TokenInfo>();
  return (token: string): TokenInfo => {
    let info = cache.get(token);
    if (!info) {
      const norm = normalizeString(token);
      info = fx.analyse(norm, norm.length > 0 ? segmenter.split(norm) : []);
      if (cache.size >= limit) cache = new Map();
      cache.set(token, info);
    }
    return info;
  };
}

/** Entity types counted by the context features, in order (index 4 is O). */
export const CONTEXT_TYPES: readonly string[] = ['PERS', 'LOC', 'ORG', 'MISC'];

/** The entity type index of a BIO/BILOU tag (4 for O). */
function typeIndex(tag: string): number {
  if (tag === 'O') return 4;
  const i = CONTEXT_TYPES.indexOf(tag.slice(2));
  return i < 0 ? 4 : i;
}

/** Whether a core form is worth tracking across sentences: two letters or more. */
export function contextTracked(core: string): boolean {
  return core.length >= 2 && /\p{L}/u.test(core);
}

/**
 * Second-stage features (stacking, after Krishnan & Manning 2006): what the first stage said
 * about the same word (core form) elsewhere within `window` sentences either side — the types
 * it was tagged with and the majority — plus the first stage's own tags at the position and its
 * neighbours. `cores[s][i]` is the core of token i of sentence s, `tags` the first stage's tags.
 */
export function contextFeatures(cores: readonly (readonly string[])[], tags: readonly (readonly string[])[], window: number): string[][][] {
  const counts = new Map<string, Int32Array>();
  const add = (s: number, delta: number): void => {
    const cs = cores[s]!;
    const ts = tags[s]!;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]!;
      if (!contextTracked(c)) continue;
      let v = counts.get(c);
      if (!v) counts.set(c, (v = new Int32Array(5)));
      v[typeIndex(ts[i]!)]! += delta;
    }
  };
  const out: string[][][] = [];
  slideWindow(cores.length, window, add, (s) => {
    const cs = cores[s]!;
    const ts = tags[s]!;
    const sent: string[][] = [];
    for (let i = 0; i < cs.length; i++) {
      const f = [`s1=${ts[i]}`, `s1-1=${i > 0 ? ts[i - 1] : '<s>'}`, `s1+1=${i + 1 < ts.length ? ts[i + 1] : '</s>'}`];
      const c = cs[i]!;
      if (contextTracked(c)) {
        const v = counts.get(c)!;
        const own = typeIndex(ts[i]!);
        let total = 0;
        let best = -1;
        let bestN = 0;
        for (let k = 0; k < 5; k++) {
          const n = v[k]! - (k === own ? 1 : 0);
          total += n;
          if (n > bestN) {
            bestN = n;
            best = k;
          }
          if (n > 0 && k < 4) f.push(`d=${CONTEXT_TYPES[k]}`);
        }
        if (total > 0) f.push(`dm=${best < 4 ? CONTEXT_TYPES[best] : 'O'}`, `dm=${best < 4 ? CONTEXT_TYPES[best] : 'O'}|${ts[i]}`);
      }
      sent.push(f);
    }
    out.push(sent);
  });
  return out;
}

/**
 * Visits sentences 0…S-1 with a window [s - window, s + window] kept by `add(sentence, +1 / -1)`:
 * each sentence is added once when it enters the window and removed once when it leaves.
 */
function slideWindow(S: number, window: number, add: (s: number, delta: number) => void, visit: (s: number) => void): void {
  for (let s = 0; s <= Math.min(S - 1, window); s++) add(s, 1);
  for (let s = 0; s < S; s++) {
    if (s > 0) {
      if (s + window < S) add(s + window, 1);
      if (s - window - 1 >= 0) add(s - window - 1, -1);
    }
    visit(s);
  }
}


/** Longest stage-1 entity (in tokens) matched by the span features. */
const MAX_SPAN = 4;

/**
 * Second-stage span features: the multi-word entities (2–4 tokens) the first stage found within
 * `window` sentences either side, matched elsewhere on their core forms. Each token of a match
 * gets its place in it (B, I, L) and the type the first stage gave the span most often, not
 * counting the match itself. This carries a name's full extent to its other mentions, which
 * the core-form context features (one word at a time) do not. Sparse: undefined where none.
 */
export function spanFeatures(cores: readonly (readonly string[])[], tags: readonly (readonly string[])[], window: number): (string[] | undefined)[][] {
  // Entity spans of each sentence: key (cores joined by a space), type index, start.
  const spans = tags.map((ts, s) => {
    const out: { key: string; type: number; start: number; len: number }[] = [];
    for (let i = 0; i < ts.length; ) {
      const t = ts[i]!;
      if (t === 'O') {
        i++;
        continue;
      }
      const type = typeIndex(t);
      let j = i + 1;
      while (j < ts.length && ts[j] === 'I-' + t.slice(2)) j++;
      if (j - i >= 2 && j - i <= MAX_SPAN && type < 4) out.push({ key: cores[s]!.slice(i, j).join(' '), type, start: i, len: j - i });
      i = j;
    }
    return out;
  });
  const counts = new Map<string, Int32Array>();
  const firsts = new Map<string, number>();
  const add = (s: number, delta: number): void => {
    for (const sp of spans[s]!) {
      let v = counts.get(sp.key);
      if (!v) counts.set(sp.key, (v = new Int32Array(4)));
      v[sp.type]! += delta;
      const f = sp.key.slice(0, sp.key.indexOf(' '));
      firsts.set(f, (firsts.get(f) ?? 0) + delta);
    }
  };
  const out: (string[] | undefined)[][] = [];
  slideWindow(cores.length, window, add, (s) => {
    const cs = cores[s]!;
    const sent: (string[] | undefined)[] = new Array(cs.length);
    const own = new Map(spans[s]!.map((sp) => [`${sp.start}:${sp.len}`, sp.type]));
    for (let i = 0; i + 1 < cs.length; i++) {
      if (!((firsts.get(cs[i]!) ?? 0) > 0)) continue;
      let key = cs[i]!;
      for (let len = 2; len <= MAX_SPAN && i + len <= cs.length; len++) {
        key += ' ' + cs[i + len - 1]!;
        const v = counts.get(key);
        if (!v) continue;
        const mine = own.get(`${i}:${len}`) ?? -1;
        let best = -1;
        let bestN = 0;
        for (let k = 0; k < 4; k++) {
          const n = v[k]! - (k === mine ? 1 : 0);
          if (n > bestN) {
            bestN = n;
            best = k;
          }
        }
        if (best < 0) continue;
        for (let j = i; j < i + len; j++) {
          const f = `sp${j === i ? 'B' : j === i + len - 1 ? 'L' : 'I'}=${CONTEXT_TYPES[best]}`;
          const list = sent[j];
          if (!list) sent[j] = [f];
          else if (!list.includes(f)) list.push(f);
        }
      }
    }
    out.push(sent);
  });
  return out;
}
