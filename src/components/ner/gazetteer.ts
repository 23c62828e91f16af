/**
 * Gazetteer matching for the tagger's features: full-name matches of multi-word entries over a
 * sentence's tokens, by type. Names and tokens are compared on `gazKey` (the normalized form with
 * ة folded to ه); the first token of a match may also match without its proclitics (لموسكو,
 * وبشار), the others only as they stand.
 */

/** Types of gazetteer entries: the entity types plus demonyms (nisba adjectives, not entities). */
export const GAZ_TYPES = ['PERS', 'LOC', 'ORG', 'MISC', 'NAT'] as const;
export type GazType = (typeof GAZ_TYPES)[number];

/** The names of a gazetteer by type, as stored in the model (normalized, space-separated words). */
export type GazetteerData = Partial<Record<GazType, readonly string[]>>;

/** The key that gazetteer names and tokens are compared on (input already normalized). */
export function gazKey(normalized: string): string {
  return normalized.indexOf('\u0629') >= 0 ? normalized.replaceAll('\u0629', '\u0647') : normalized;
}

interface Node {
  next: Map<string, Node> | null;
  /** Bit mask of GAZ_TYPES that end here. */
  types: number;
}

/** A match of an entry over tokens [start, end). */
export interface GazMatch {
  start: number;
  end: number;
  types: number;
}

export class Gazetteer {
  private readonly root: Node = { next: new Map(), types: 0 };
  /** Words by the position they take in entries: bit (type * 3 + 0) first, +1 last, +2 single-word entry. */
  readonly wordRoles = new Map<string, number>();
  /** Number of entries (names). */
  size = 0;

  readonly maxLength: number;

  constructor(data: GazetteerData) {
    let maxLength = 0;
    for (let t = 0; t < GAZ_TYPES.length; t++) {
      const names = data[GAZ_TYPES[t]!] ?? [];
      for (const name of names) {
        const words = name.split(' ').filter((w) => w.length > 0).map(gazKey);
        if (words.length === 0) continue;
        maxLength = Math.max(maxLength, words.length);
        let node = this.root;
        for (const w of words) {
          node.next ??= new Map();
          let child = node.next.get(w);
          if (!child) node.next.set(w, (child = { next: null, types: 0 }));
          node = child;
        }
        if ((node.types & (1 << t)) === 0) this.size++;
        node.types |= 1 << t;
        const mark = (w: string, bit: number): void => {
          this.wordRoles.set(w, (this.wordRoles.get(w) ?? 0) | (1 << (t * 3 + bit)));
        };
        if (words.length === 1) mark(words[0]!, 2);
        else {
          mark(words[0]!, 0);
          mark(words[words.length - 1]!, 1);
        }
      }
    }
    this.maxLength = maxLength;
  }

  /**
   * Every match over a sentence. `first[i]` are the keys token i may match as the first word of
   * a name (its full key first), `full[i]` its key as an inner or last word.
   */
  matches(first: readonly (readonly string[])[], full: readonly string[]): GazMatch[] {
    const out: GazMatch[] = [];
    const n = full.length;
    for (let i = 0; i < n; i++) {
      for (const k of first[i]!) {
        let node = this.root.next!.get(k);
        let j = i + 1;
        while (node) {
          if (node.types) out.push({ start: i, end: j, types: node.types });
          if (j >= n || !node.next) break;
          node = node.next.get(full[j]!);
          j++;
        }
      }
    }
    return out;
  }
}
