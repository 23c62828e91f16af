/**
 * The runtime tagger: features (features.ts) scored with the model's weights and decoded with
 * Viterbi, in two stages when the model has a second one (stacking: the second stage also sees
 * what the first said about the same words in nearby sentences).
 *
 * The features are the trainer's feature strings, but the hot path builds no strings:
 *  - everything that depends on a token alone (its own atoms and the atoms it lends its
 *    neighbours) is summed once per distinct token into five score vectors per stage, cached;
 *  - word-pair features are looked up by pairs of word ids, from tables built when the tagger
 *    is created by parsing the pair features of the model's dictionaries;
 *  - the second stage's context features (contextFeatures in features.ts) are computed as row
 *    numbers directly.
 * The string path (features.ts) stays the definition; tests check that both agree.
 */
import { normalizeString } from '../../lang/ar/normalize.ts';
import { toBio, Viterbi } from './decode.ts';
import { atomsOf, CONTEXT_TYPES, contextTracked, FeatureExtractor, ROLES, spanFeatures, type LexAtoms, type NerPiece, type NerSegmenter, type TokenInfo } from './features.ts';
import type { NerModel, NerStage } from './model.ts';

/** One sentence given as normalized tokens and a way to get each token's clitic pieces. */
export interface AnalysedSentence {
  norms: readonly string[];
  pieces: (i: number) => readonly NerPiece[];
}

export interface Tagger {
  readonly model: NerModel;
  /** BIO tags (ANERcorp types) of one sentence's raw tokens (no context from other sentences). */
  tag(tokens: readonly string[]): string[];
  /**
   * BIO tags of consecutive sentences of one text (a document, a CoNLL file): the second stage
   * looks at the first stage's tags of the same words within the model's window of sentences.
   */
  tagSentences(sentences: readonly (readonly string[])[]): string[][];
  /** The same for sentences already normalized and segmented (the document path). */
  tagAnalysed(sentences: readonly AnalysedSentence[]): string[][];
}

/** A token's analysis, its cached score vectors (self, as -1, +1, -2, +2) per stage, pair-word ids. */
interface Entry {
  info: TokenInfo;
  v: Float32Array[];
  /** Ids of its norm, core and cluster id in the pair vocabulary (-1: in no pair feature). */
  ids: Int32Array;
  /** Its strings contain `|`, so pair features must go the string way. */
  pipe: boolean;
  /** For each pair family, the table of right words when this entry is the left word. */
  left: (Map<number, Int32Array> | undefined)[];
  /** Whether the second stage tracks its core across sentences (contextTracked). */
  tracked: boolean;
}

/** Word-pair feature families of `FeatureExtractor.pairFeatures`: prefix, left and right (field, offset). */
const FAMILIES: readonly { prefix: string; left: [number, number]; right: [number, number] }[] = [
  { prefix: 'ww=', left: [0, -1], right: [0, 0] },
  { prefix: 'cc=', left: [1, -1], right: [1, 0] },
  { prefix: 'cn=', left: [1, 0], right: [1, 1] },
  { prefix: 'kk=', left: [2, -1], right: [2, 0] },
  { prefix: 'kn=', left: [2, 0], right: [2, 1] },
  { prefix: 'kw=', left: [2, -1], right: [1, 0] },
];
const FIELDS = (info: TokenInfo): [string, string, string] => [info.norm, info.core, info.cid];

const CACHE_LIMIT = 200_000;

export function createTagger(model: NerModel, segmenter: NerSegmenter | null): Tagger {
  const T = model.T;
  const fx = new FeatureExtractor(model.config, model.clusters, model.gazetteer, model.triggers, model.lexicon);
  const stages: NerStage[] = model.stage2 ? [model.stage1, model.stage2] : [model.stage1];
  const K = stages.length;
  const viterbi = new Viterbi(T, model.allowed, model.end);
  const bioTags = model.tags.map(toBio);

  // Pair tables: family → left word id → right word id → row per stage.
  const pairVocab = new Map<string, number>();
  const tables = FAMILIES.map(() => new Map<number, Map<number, Int32Array>>());
  let ambiguous = false;
  for (let k = 0; k < K; k++) {
    for (const [feature, row] of stages[k]!.dict) {
      const f = FAMILIES.findIndex((fam) => feature.startsWith(fam.prefix));
      if (f < 0) continue;
      const rest = feature.slice(3);
      const bar = rest.indexOf('|');
      if (bar < 0 || rest.indexOf('|', bar + 1) >= 0) {
        ambiguous = true;
        continue;
      }
      const ids = [rest.slice(0, bar), rest.slice(bar + 1)].map((w) => {
        let id = pairVocab.get(w);
        if (id === undefined) pairVocab.set(w, (id = pairVocab.size));
        return id;
      });
      let right = tables[f]!.get(ids[0]!);
      if (!right) tables[f]!.set(ids[0]!, (right = new Map()));
      let rows = right.get(ids[1]!);
      if (!rows) right.set(ids[1]!, (rows = new Int32Array(K).fill(-1)));
      rows[k] = row;
    }
  }
  const triggerWindow = (model.config.triggerWindow ?? 0) >= 3 ? model.config.triggerWindow! : 0;
  // Rows of the trigger-window features (windowFeatures in features.ts: `tL=class`, `tR=class`)
  // per stage, so that the hot path builds no strings for them.
  const triggerRows = { L: new Map<string, Int32Array>(), R: new Map<string, Int32Array>() };
  const triggerRow = (side: 'L' | 'R', cls: string): Int32Array => {
    const bySide = triggerRows[side];
    let rows = bySide.get(cls);
    if (!rows) {
      const f = `t${side}=${cls}`;
      rows = Int32Array.from(stages, (stage) => stage.dict.get(f) ?? -1);
      bySide.set(cls, rows);
    }
    return rows;
  };
  const seenL: string[] = [];
  const seenR: string[] = [];
  const activeFamilies = FAMILIES.map((_, f) => f).filter((f) => tables[f]!.size > 0);
  const famLeftOff = Int32Array.from(activeFamilies, (f) => FAMILIES[f]!.left[1]);
  const famRightOff = Int32Array.from(activeFamilies, (f) => FAMILIES[f]!.right[1]);
  const famRightField = Int32Array.from(activeFamilies, (f) => FAMILIES[f]!.right[0]);
  const nFam = activeFamilies.length;

  // Rows of the second stage's context features.
  const ctx = model.stage2
    ? (() => {
        const dict = model.stage2.dict;
        const row = (f: string): number => dict.get(f) ?? -1;
        const bioSet = [...new Set(bioTags)];
        const tagId = new Map(bioSet.map((t, i) => [t, i]));
        const names = [...CONTEXT_TYPES, 'O'];
        return {
          bioSet,
          tagId,
          modelToBio: Int32Array.from(bioTags, (t) => tagId.get(t)!),
          bioTypeIndex: bioSet.map((t) => (t === 'O' ? 4 : CONTEXT_TYPES.indexOf(t.slice(2)))),
          s1: bioSet.map((t) => row(`s1=${t}`)),
          s1p: [...bioSet.map((t) => row(`s1-1=${t}`)), row('s1-1=<s>')],
          s1n: [...bioSet.map((t) => row(`s1+1=${t}`)), row('s1+1=</s>')],
          d: CONTEXT_TYPES.map((t) => row(`d=${t}`)),
          dm: names.map((m) => row(`dm=${m}`)),
          dmTag: names.map((m) => bioSet.map((t) => row(`dm=${m}|${t}`))),
          window: model.stage2.window,
        };
      })()
    : null;

  // The features of every stage in one dictionary, so that a new token's atoms are looked up once.
  const merged = new Map<string, number>();
  for (const stage of stages) for (const f of stage.dict.keys()) if (!merged.has(f)) merged.set(f, merged.size);
  // Atom features by role, template and value, so that a new token's atoms are found without
  // building their strings (the values are the token's own strings, hashed once).
  const roleMaps = ROLES.map(() => new Map<string, Map<string, number>>());
  for (const [f, row] of merged) {
    const r = f[0] === '0' ? 0 : f.startsWith('-1') ? 1 : f.startsWith('+1') ? 2 : f.startsWith('-2') ? 3 : f.startsWith('+2') ? 4 : -1;
    if (r < 0) continue;
    const rest = f.slice(r === 0 ? 1 : 2);
    const eq = rest.indexOf('=');
    if (eq < 0) continue;
    const template = rest.slice(0, eq);
    let byValue = roleMaps[r]!.get(template);
    if (!byValue) roleMaps[r]!.set(template, (byValue = new Map()));
    byValue.set(rest.slice(eq + 1), row);
  }
  // Their weights, row-major [row][stage][tag] (zero where a stage lacks the feature).
  const KT = K * T;
  const interleaved = new Float32Array(merged.size * KT);
  stages.forEach((stage, k) => {
    for (const [f, row] of stage.dict) interleaved.set(stage.weights.subarray(row * T, row * T + T), merged.get(f)! * KT + k * T);
  });
  /** Adds a merged row's weights into a token's vectors `v` (K stages × 5 roles × T, stage-major). */
  const addRow1 = (row: number, v: Float32Array, offset: number): void => {
    const base = row * KT;
    for (let k = 0; k < K; k++) {
      const o = k * 5 * T + offset;
      const b = base + k * T;
      for (let t = 0; t < T; t++) v[o + t]! += interleaved[b + t]!;
    }
  };
  const biasRow = merged.get('bias');
  // Summed weights of each word-lexicon entry (many token forms share one stem's entry).
  const lexVectors = new Map<LexAtoms, Float32Array>();
  const lexVector = (e: LexAtoms, near: boolean): Float32Array => {
    let v = lexVectors.get(e);
    if (!v) {
      v = new Float32Array(K * 5 * T);
      for (let r = 0; r < (near ? 3 : 1); r++) {
        const maps = roleMaps[r]!;
        for (let j = 0; j < e.t.length; j++) {
          const row = maps.get(e.t[j]!)?.get(e.v[j]!);
          if (row !== undefined) addRow1(row, v, r * T);
        }
      }
      if (lexVectors.size >= CACHE_LIMIT) lexVectors.clear();
      lexVectors.set(e, v);
    }
    return v;
  };
  const makeEntry = (info: TokenInfo): Entry => {
    const fields = FIELDS(info);
    const ids = Int32Array.from(fields, (s) => pairVocab.get(s) ?? -1);
    const all = new Float32Array(K * 5 * T);
    if (biasRow !== undefined) addRow1(biasRow, all, 0);
    for (let r = 0; r < 5; r++) {
      const [templates, values] = atomsOf(info, r);
      const maps = roleMaps[r]!;
      for (let j = 0; j < templates.length; j++) {
        const row = maps.get(templates[j]!)?.get(values[j]!);
        if (row !== undefined) addRow1(row, all, r * T);
      }
    }
    for (const e of info.lex) {
      const lv = lexVector(e, info.lexNear);
      for (let i = 0; i < all.length; i++) all[i]! += lv[i]!;
    }
    const v = stages.map((_, k) => all.subarray(k * 5 * T, (k + 1) * 5 * T));
    return {
      info,
      v,
      ids,
      pipe: fields.some((s) => s.includes('|')),
      left: FAMILIES.map((fam, f) => (ids[fam.left[0]]! >= 0 ? tables[f]!.get(ids[fam.left[0]]!) : undefined)),
      tracked: contextTracked(info.core),
    };
  };
  const bos = makeEntry(fx.BOS);
  const eos = makeEntry(fx.EOS);

  let byToken = new Map<string, Entry>();
  let byNorm = new Map<string, Entry>();
  const entryOfNorm = (norm: string, pieces: () => readonly NerPiece[]): Entry => {
    let e = byNorm.get(norm);
    if (!e) {
      e = makeEntry(fx.analyse(norm, norm.length > 0 ? pieces() : []));
      if (byNorm.size >= CACHE_LIMIT) byNorm = new Map();
      byNorm.set(norm, e);
    }
    return e;
  };
  const entryOfToken = (token: string): Entry => {
    let e = byToken.get(token);
    if (!e) {
      const norm = normalizeString(token);
      e = entryOfNorm(norm, () => {
        if (!segmenter) throw new Error('this tagger has no segmenter: use tagAnalysed');
        return segmenter.split(norm);
      });
      if (byToken.size >= CACHE_LIMIT) byToken = new Map();
      byToken.set(token, e);
    }
    return e;
  };

  let em = new Float64Array(256 * T);
  let path = new Int32Array(256);
  const strings: string[] = [];

  const addRow = (stage: NerStage, row: number, base: number): void => {
    if (row < 0) return;
    const w = stage.weights;
    const wb = row * T;
    for (let t = 0; t < T; t++) em[base + t]! += w[wb + t]!;
  };

  /**
   * Tag ids of one sentence under stage k. `s1` (stage 2 only) are the first stage's tags of
   * the sentence, as indices into the BIO tag set, and `dist` the context counts per position.
   */
  const decode = (
    entries: readonly Entry[],
    infos: readonly TokenInfo[],
    gaz: readonly (readonly string[] | undefined)[],
    k: number,
    s1: Int32Array | null,
    ctxFeats: ((i: number, base: number) => void) | null,
  ): Int32Array => {
    const n = entries.length;
    const stage = stages[k]!;
    if (em.length < n * T) {
      em = new Float64Array(n * T * 2);
      path = new Int32Array(n * 2);
    }
    for (let i = 0; i < n; i++) {
      const base = i * T;
      const self = entries[i]!.v[k]!;
      const p1 = (i > 0 ? entries[i - 1]! : bos).v[k]!;
      const n1 = (i + 1 < n ? entries[i + 1]! : eos).v[k]!;
      const p2 = (i > 1 ? entries[i - 2]! : bos).v[k]!;
      const n2 = (i + 2 < n ? entries[i + 2]! : eos).v[k]!;
      for (let t = 0; t < T; t++) em[base + t] = self[t]! + p1[T + t]! + n1[2 * T + t]! + p2[3 * T + t]! + n2[4 * T + t]!;
      // Word pairs.
      const prev = i > 0 ? entries[i - 1]! : bos;
      const cur = entries[i]!;
      const next = i + 1 < n ? entries[i + 1]! : eos;
      if (ambiguous && (prev.pipe || cur.pipe || next.pipe)) {
        strings.length = 0;
        fx.pairFeatures(infos, i, strings);
        for (const f of strings) addRow(stage, stage.dict.get(f) ?? -1, base);
      } else {
        for (let j = 0; j < nFam; j++) {
          const lo = famLeftOff[j]!;
          const table = (lo < 0 ? prev : lo > 0 ? next : cur).left[activeFamilies[j]!];
          if (!table) continue;
          const ro = famRightOff[j]!;
          const r = (ro < 0 ? prev : ro > 0 ? next : cur).ids[famRightField[j]!]!;
          if (r < 0) continue;
          const rows = table.get(r);
          if (rows) addRow(stage, rows[k]!, base);
        }
      }
      const g = gaz[i];
      if (g) for (let j = 0; j < g.length; j++) addRow(stage, stage.dict.get(g[j]!) ?? -1, base);
      if (triggerWindow) {
        // As windowFeatures: each class once per side, 3 to triggerWindow tokens away.
        seenL.length = 0;
        seenR.length = 0;
        for (let j = 3; j <= triggerWindow; j++) {
          const l = i - j >= 0 ? infos[i - j]!.trig : null;
          if (l) for (const t of l) if (!seenL.includes(t)) seenL.push(t);
          const r = i + j < n ? infos[i + j]!.trig : null;
          if (r) for (const t of r) if (!seenR.includes(t)) seenR.push(t);
        }
        for (const t of seenL) addRow(stage, triggerRow('L', t)[k]!, base);
        for (const t of seenR) addRow(stage, triggerRow('R', t)[k]!, base);
      }
      if (ctxFeats) ctxFeats(i, base);
    }
    const out = new Int32Array(n);
    if (n === 0) return out;
    viterbi.decode(em, n, stage.transitions, path);
    out.set(path.subarray(0, n));
    return out;
  };

  const run = (sentences: readonly (readonly Entry[])[]): string[][] => {
    const infos = sentences.map((entries) => entries.map((e) => e.info));
    const gaz = infos.map((inf) => fx.gazFeaturesSparse(inf));
    const first = sentences.map((entries, s) => decode(entries, infos[s]!, gaz[s]!, 0, null, null));
    if (!ctx) return first.map((p) => Array.from(p, (t) => bioTags[t]!));
    // First-stage tags as BIO indices, and the type of each.
    const s1 = first.map((p) => {
      const out = new Int32Array(p.length);
      for (let i = 0; i < p.length; i++) out[i] = ctx.modelToBio[p[i]!]!;
      return out;
    });
    // Context counts per core form over the window of sentences (see contextFeatures).
    const counts = new Map<string, Int32Array>();
    const add = (s: number, delta: number): void => {
      const es = sentences[s]!;
      const tags = s1[s]!;
      for (let i = 0; i < es.length; i++) {
        if (!es[i]!.tracked) continue;
        const c = es[i]!.info.core;
        let v = counts.get(c);
        if (!v) counts.set(c, (v = new Int32Array(5)));
        v[ctx.bioTypeIndex[tags[i]!]!]! += delta;
      }
    };
    const S = sentences.length;
    const W = ctx.window;
    const stage = stages[1]!;
    const spans = model.stage2!.spans
      ? spanFeatures(
          infos.map((inf) => inf.map((t) => t.core)),
          s1.map((tags) => Array.from(tags, (t) => ctx.bioSet[t]!)),
          W,
        )
      : null;
    for (let s = 0; s <= Math.min(S - 1, W); s++) add(s, 1);
    const out: string[][] = [];
    for (let s = 0; s < S; s++) {
      if (s > 0) {
        if (s + W < S) add(s + W, 1);
        if (s - W - 1 >= 0) add(s - W - 1, -1);
      }
      const tags = s1[s]!;
      const inf = infos[s]!;
      const nb = ctx.s1.length;
      const feats = (i: number, base: number): void => {
        const own = tags[i]!;
        addRow(stage, ctx.s1[own]!, base);
        addRow(stage, ctx.s1p[i > 0 ? tags[i - 1]! : nb]!, base);
        addRow(stage, ctx.s1n[i + 1 < tags.length ? tags[i + 1]! : nb]!, base);
        const sp = spans?.[s]![i];
        if (sp) for (const f of sp) addRow(stage, stage.dict.get(f) ?? -1, base);
        if (!sentences[s]![i]!.tracked) return;
        const v = counts.get(inf[i]!.core)!;
        const ownType = ctx.bioTypeIndex[own]!;
        let total = 0;
        let best = -1;
        let bestN = 0;
        for (let t = 0; t < 5; t++) {
          const m = v[t]! - (t === ownType ? 1 : 0);
          total += m;
          if (m > bestN) {
            bestN = m;
            best = t;
          }
          if (m > 0 && t < 4) addRow(stage, ctx.d[t]!, base);
        }
        if (total > 0) {
          const b = best < 4 ? best : 4;
          addRow(stage, ctx.dm[b]!, base);
          addRow(stage, ctx.dmTag[b]![own]!, base);
        }
      };
      const p = decode(sentences[s]!, inf, gaz[s]!, 1, tags, feats);
      out.push(Array.from(p, (t) => bioTags[t]!));
    }
    return out;
  };

  return {
    model,
    tag(tokens: readonly string[]): string[] {
      return run([tokens.map(entryOfToken)])[0]!;
    },
    tagSentences(sentences: readonly (readonly string[])[]): string[][] {
      return run(sentences.map((tokens) => tokens.map(entryOfToken)));
    },
    tagAnalysed(sentences: readonly AnalysedSentence[]): string[][] {
      return run(sentences.map((s) => s.norms.map((norm, i) => entryOfNorm(norm, () => s.pieces(i)))));
    },
  };
}
