/**
 * CoNLL entity-level scoring (the semantics of conlleval): an entity is a maximal chunk of one
 * type; it counts as found only when its span and type are exactly right.
 *
 * Chunk boundaries follow conlleval: a chunk starts at B-X, or at I-X after O, after a tag of
 * another type, or at the start of the sentence; it ends before O, before B-*, or before a tag of
 * another type. So an I-X with no B-X before it starts a chunk, as in conlleval.
 */

export interface Chunk {
  /** First token (inclusive). */
  start: number;
  /** Past the last token. */
  end: number;
  type: string;
}

function split(tag: string): [string, string] {
  if (tag === 'O' || tag === '') return ['O', ''];
  const dash = tag.indexOf('-');
  if (dash < 0) return [tag, ''];
  return [tag.slice(0, dash), tag.slice(dash + 1)];
}

/** The chunks of one sentence's BIO (or BIOES/BILOU) tags. */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  let prevPrefix = 'O';
  let prevType = '';
  for (let i = 0; i < tags.length; i++) {
    const [prefix, type] = split(tags[i]!);
    // End of the open chunk before token i?
    if (open) {
      const ends =
        prefix === 'O' ||
        prefix === 'B' ||
        prefix === 'S' ||
        prefix === 'U' ||
        type !== prevType ||
        prevPrefix === 'E' ||
        prevPrefix === 'L' ||
        prevPrefix === 'S' ||
        prevPrefix === 'U';
      if (ends) {
        open.end = i;
        out.push(open);
        open = null;
      }
    }
    if (!open && prefix !== 'O') open = { start: i, end: i + 1, type };
    prevPrefix = prefix;
    prevType = type;
  }
  if (open) {
    open.end = tags.length;
    out.push(open);
  }
  return out;
}

export interface Prf {
  /** Gold entities. */
  gold: number;
  /** Predicted entities. */
  predicted: number;
  /** Predicted entities with exactly the gold span and type. */
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Score {
  overall: Prf;
  byType: Record<string, Prf>;
  /** Tokens whose tag is exactly right, over all tokens. */
  tokenAccuracy: number;
  tokens: number;
}

function prf(gold: number, predicted: number, correct: number): Prf {
  const precision = predicted > 0 ? correct / predicted : 0;
  const recall = gold > 0 ? correct / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct, precision, recall, f1 };
}

/**
 * Entity-level precision, recall and F1 over sentences of gold and predicted tags (the same
 * length each), overall and per type. Types listed in `types` always appear in `byType`.
 */
export function scoreEntities(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  types: readonly string[] = ['PERS', 'LOC', 'ORG', 'MISC'],
): Score {
  if (gold.length !== predicted.length) throw new RangeError(`${gold.length} gold sentences but ${predicted.length} predicted`);
  const counts = new Map<string, [number, number, number]>();
  for (const t of types) counts.set(t, [0, 0, 0]);
  const bump = (t: string, k: 0 | 1 | 2): void => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = [0, 0, 0]));
    c[k]++;
  };
  let tokens = 0;
  let right = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]!;
    const p = predicted[s]!;
    if (g.length !== p.length) throw new RangeError(`sentence ${s}: ${g.length} gold tags but ${p.length} predicted`);
    tokens += g.length;
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) right++;
    const gc = chunks(g);
    const pc = chunks(p);
    const goldKeys = new Set(gc.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of gc) bump(c.type, 0);
    for (const c of pc) {
      bump(c.type, 1);
      if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) bump(c.type, 2);
    }
  }
  let tg = 0;
  let tp = 0;
  let tc = 0;
  const byType: Record<string, Prf> = {};
  for (const [t, [g, p, c]] of counts) {
    byType[t] = prf(g, p, c);
    tg += g;
    tp += p;
    tc += c;
  }
  return { overall: prf(tg, tp, tc), byType, tokenAccuracy: tokens > 0 ? right / tokens : 0, tokens };
}

/** A score as a small table: type, gold, predicted, correct, P, R, F1 (percent). */
export function formatScore(score: Score): string {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  const row = (name: string, p: Prf): string =>
    `${name.padEnd(8)} ${String(p.gold).padStart(6)} ${String(p.predicted).padStart(6)} ${String(p.correct).padStart(6)} ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}`;
  const lines = [`${'type'.padEnd(8)} ${'gold'.padStart(6)} ${'pred'.padStart(6)} ${'right'.padStart(6)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`];
  for (const [t, p] of Object.entries(score.byType)) lines.push(row(t, p));
  lines.push(row('overall', score.overall));
  lines.push(`token accuracy ${(100 * score.tokenAccuracy).toFixed(2)}% over ${score.tokens} tokens`);
  return lines.join('\n');
}
