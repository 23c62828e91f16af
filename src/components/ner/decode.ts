/**
 * Tag sets and Viterbi decoding of a first-order tag sequence model.
 *
 * The model may use BIO or BILOU tags inside (BILOU marks the last token and single-token
 * entities apart); the tagger always answers in BIO. Transitions that the scheme forbids (O →
 * I-X, B-X → I-Y, …) are never decoded.
 */

export type Scheme = 'BIO' | 'BILOU';

export const ENTITY_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The tags of a scheme over the entity types, O first. */
export function tagsOf(scheme: Scheme, types: readonly string[] = ENTITY_TYPES): string[] {
  const prefixes = scheme === 'BIO' ? ['B', 'I'] : ['B', 'I', 'L', 'U'];
  const out = ['O'];
  for (const t of types) for (const p of prefixes) out.push(`${p}-${t}`);
  return out;
}

function parts(tag: string): [string, string] {
  return tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
}

/**
 * Allowed transitions as a (T + 1) × T matrix of 0/1: row T is the start of the sentence.
 * `end[t]` tells whether a sentence may end in tag t.
 */
export function allowedTransitions(scheme: Scheme, tags: readonly string[]): { allowed: Uint8Array; end: Uint8Array } {
  const T = tags.length;
  const allowed = new Uint8Array((T + 1) * T);
  const end = new Uint8Array(T);
  // An entity is open after tag p: BIO after B/I; BILOU after B/I.
  const open = (p: string): boolean => p === 'B' || p === 'I';
  for (let b = 0; b < T; b++) {
    const [pb, tb] = parts(tags[b]!);
    const continues = pb === 'I' || pb === 'L';
    for (let a = 0; a <= T; a++) {
      let ok: boolean;
      if (a === T) ok = !continues;
      else {
        const [pa, ta] = parts(tags[a]!);
        if (scheme === 'BIO') ok = !continues || (open(pa) && ta === tb);
        else ok = continues ? open(pa) && ta === tb : !open(pa);
      }
      allowed[a * T + b] = ok ? 1 : 0;
    }
    end[b] = scheme === 'BIO' ? 1 : open(pb) ? 0 : 1;
  }
  return { allowed, end };
}

/** The BIO form of a tag of either scheme. */
export function toBio(tag: string): string {
  if (tag === 'O') return tag;
  const p = tag[0];
  if (p === 'L') return 'I' + tag.slice(1);
  if (p === 'U') return 'B' + tag.slice(1);
  return tag;
}

/** BIO tags of a sentence rewritten in BILOU. */
export function bioToBilou(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === 'O') {
      out.push(t);
      continue;
    }
    const type = t.slice(2);
    const begins = t[0] === 'B' || i === 0 || tags[i - 1] === 'O' || tags[i - 1]!.slice(2) !== type;
    const next = tags[i + 1];
    const continues = next !== undefined && next[0] === 'I' && next.slice(2) === type;
    out.push(`${begins ? (continues ? 'B' : 'U') : continues ? 'I' : 'L'}-${type}`);
  }
  return out;
}

/**
 * Best tag sequence for emission scores `em` (n × T, row-major) and transition scores `trans`
 * ((T + 1) × T, row T the start) under the allowed transitions. Writes the path into `path`.
 */
export class Viterbi {
  private score = new Float64Array(0);
  private back = new Int32Array(0);
  /** For each tag b: the tags a allowed before it (flattened), from predStart[b] to predStart[b + 1]. */
  private readonly preds: Int32Array;
  private readonly predStart: Int32Array;

  constructor(
    readonly T: number,
    readonly allowed: Uint8Array,
    readonly end: Uint8Array,
  ) {
    const preds: number[] = [];
    this.predStart = new Int32Array(T + 1);
    for (let b = 0; b < T; b++) {
      this.predStart[b] = preds.length;
      for (let a = 0; a < T; a++) if (allowed[a * T + b]) preds.push(a);
    }
    this.predStart[T] = preds.length;
    this.preds = Int32Array.from(preds);
  }

  decode(em: ArrayLike<number>, n: number, trans: ArrayLike<number>, path: Int32Array): void {
    const T = this.T;
    if (n === 0) return;
    if (this.score.length < n * T) {
      this.score = new Float64Array(n * T * 2);
      this.back = new Int32Array(n * T * 2);
    }
    const score = this.score;
    const back = this.back;
    const allowed = this.allowed;
    const preds = this.preds;
    const predStart = this.predStart;
    for (let b = 0; b < T; b++) score[b] = allowed[T * T + b] ? trans[T * T + b]! + em[b]! : -Infinity;
    for (let i = 1; i < n; i++) {
      const base = i * T;
      const prev = base - T;
      for (let b = 0; b < T; b++) {
        let best = -Infinity;
        let arg = 0;
        for (let j = predStart[b]!; j < predStart[b + 1]!; j++) {
          const a = preds[j]!;
          const s = score[prev + a]! + trans[a * T + b]!;
          if (s > best) {
            best = s;
            arg = a;
          }
        }
        score[base + b] = best + em[base + b]!;
        back[base + b] = arg;
      }
    }
    let best = -Infinity;
    let arg = 0;
    const last = (n - 1) * T;
    for (let b = 0; b < T; b++) {
      if (!this.end[b]) continue;
      if (score[last + b]! > best) {
        best = score[last + b]!;
        arg = b;
      }
    }
    path[n - 1] = arg;
    for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]!]!;
  }
}
