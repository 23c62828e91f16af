import type { Document } from '../../doc/document.ts';
import { TokenKind, WordRole } from '../../doc/layers.ts';
import { tokenKey } from '../../kb/kb.ts';

/**
 * Per-token views the entity component works on: the token's key, the key of its name part
 * (without the proclitics a mention excludes: و ف ب ل ك, and لل's ل), where that part starts in
 * the raw text, the proclitics themselves, and the sentence of each token.
 */
export interface TokenView {
  readonly length: number;
  /** nameKey of the whole token. */
  readonly key: readonly string[];
  /** nameKey of the token from its name part on (ال kept: لل+اسد → الاسد). */
  readonly nameKey: readonly string[];
  /** nameKey of the stem alone (no article, no proclitics, no enclitics). */
  readonly stemKey: readonly string[];
  /** Raw offset where the name part starts (after excluded proclitics; after a merged لل). */
  readonly nameStart: Int32Array;
  /** The excluded proclitics' forms, concatenated (و، ل، وب). */
  readonly proclitics: readonly string[];
  /** Whether the token carries the article (ال written out or merged in لل). */
  readonly article: readonly boolean[];
  readonly sentence: Int32Array;
  readonly isWord: readonly boolean[];
  /** The raw token ends in tanwin fath (روسياً): an adjective or adverb, not a name. */
  readonly tanwin: readonly boolean[];
}

/**
 * Views already built, by the words layer they were built from (a layer object is shared by every
 * later document of the same analysis and never changes), so that the entity, quote and event
 * components build it once per article.
 */
const built = new WeakMap<object, { tokens: object; norm: object; view: TokenView }>();

export function tokenView(doc: Document): TokenView {
  const words = doc.layers.words!;
  const hit = built.get(words);
  if (hit && hit.tokens === doc.layers.tokens && hit.norm === doc.layers.norm) return hit.view;
  const view = buildTokenView(doc);
  built.set(words, { tokens: doc.layers.tokens!, norm: doc.layers.norm!, view });
  return view;
}

function buildTokenView(doc: Document): TokenView {
  const tokens = doc.layers.tokens!;
  const words = doc.layers.words!;
  const sentences = doc.layers.sentences!;
  const norm = doc.layers.norm!;
  const n = tokens.length;
  const key: string[] = new Array(n);
  const nk: string[] = new Array(n);
  const sk: string[] = new Array(n);
  const nameStart = new Int32Array(n);
  const proclitics: string[] = new Array(n);
  const article: boolean[] = new Array(n);
  const isWord: boolean[] = new Array(n);
  const tanwin: boolean[] = new Array(n);
  const sentence = new Int32Array(n);
  for (let s = 0; s < sentences.length; s++) for (let t = sentences.tokenStart[s]!; t < sentences.tokenEnd[s]!; t++) sentence[t] = s;
  let w = 0;
  for (let t = 0; t < n; t++) {
    const text = norm.text.slice(tokens.normStart[t], tokens.normEnd[t]);
    key[t] = tokenKey(text);
    isWord[t] = tokens.kind[t] === TokenKind.Word || tokens.kind[t] === TokenKind.Latin;
    const raw = doc.text.slice(tokens.start[t], tokens.end[t]);
    tanwin[t] = /\u064b\u0627?$|\u0627\u064b$/u.test(raw);
    while (w < words.length && words.token[w]! < t) w++;
    let procl = '';
    let art = false;
    let start = tokens.start[t]!;
    let stem = '';
    let i = w;
    for (; i < words.length && words.token[i] === t; i++) {
      if (words.role[i] !== WordRole.Proclitic) break;
      const form = doc.strings.get(words.form[i]!);
      if (form === 'ال') {
        art = true;
        // A written-out article belongs to the name; a merged one (لل) does not show.
        if (words.end[i]! - words.start[i]! >= 2) break;
        start = words.end[i]!;
        i++;
        break;
      }
      procl += form;
      start = words.end[i]!;
    }
    for (let j = i; j < words.length && words.token[j] === t; j++) {
      if (words.role[j] === WordRole.Stem) stem = doc.strings.get(words.form[j]!);
    }
    proclitics[t] = procl;
    article[t] = art;
    nameStart[t] = start;
    const rest = tokenKey(norm.text.slice(normIndex(norm.toRaw, start, tokens.normStart[t]!), tokens.normEnd[t]));
    nk[t] = art && !rest.startsWith('ال') ? 'ال' + rest : rest;
    sk[t] = tokenKey(stem || text);
  }
  return { length: n, key, nameKey: nk, stemKey: sk, nameStart, proclitics, article, sentence, isWord, tanwin };
}

/** The first normalized index at or after `from` whose raw offset is ≥ raw. */
function normIndex(toRaw: Int32Array, raw: number, from: number): number {
  let i = from;
  while (i < toRaw.length - 1 && toRaw[i]! < raw) i++;
  return i;
}
