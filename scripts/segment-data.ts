/**
 * Data helpers for training and evaluating the clitic segmenter: the unlabeled news corpus and
 * the Farasa WikiNews gold standard, mapped onto Marsad's clitic scheme.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { normalizeString } from '../src/lang/ar/normalize.ts';
import { isArabicWord } from '../src/components/segment/analyses.ts';

export interface Article {
  id: string;
  text: string;
}

/** Articles of a JSON-lines corpus (gzipped), title and text joined. */
export async function* readCorpus(path: string): AsyncGenerator<Article> {
  const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  let i = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id?: unknown; title?: unknown; text?: unknown };
    const title = typeof o.title === 'string' ? o.title : '';
    const text = typeof o.text === 'string' ? o.text : '';
    yield { id: typeof o.id === 'string' ? o.id : String(i), text: title + '\n' + text };
    i++;
  }
}

/** A small stable hash of a string (FNV-1a), for carving a held-out split. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Articles held out of training for the development set: 1 in 100 by id. */
export function isDevArticle(id: string): boolean {
  return hash(id) % 100 === 0;
}

/** The Arabic words of a text, normalized: maximal runs of Arabic letters. */
export function arabicWords(text: string): string[] {
  return normalizeString(text)
    .split(/[^\u0621-\u064a\u0671-\u06d3\u06d5]+/u)
    .filter((w) => w.length > 0);
}

/** A gold word: its normalized surface and the offsets of its clitic boundaries. */
export interface GoldWord {
  surface: string;
  boundaries: number[];
  /** The Farasa segmentation and tags it came from. */
  farasa: string;
  tags: string;
}

/** Pieces that Farasa tags PRON right after a verb and that are subject agreement, not clitics. */
const SUBJECT_SUFFIXES = new Set(['ت', 'تا', 'تم', 'تن', 'تما', 'تمو', 'وا', 'و', 'ا', 'ن', 'نا', 'ون', 'ان', 'ين', 'ي']);

/**
 * Maps one Farasa token onto Marsad's scheme. NSUFF and CASE pieces join the stem. A PRON piece
 * right after a V piece joins the stem when it is a subject suffix (أعلن+ت، قال+وا، يعيش+ون);
 * `نا` there is the subject (كن+نا، شكل+نا+ها) except after an imperfect verb in ي (يمكن+نا,
 * object). Other PRON pieces are enclitics. The surface is rebuilt with the spelling rules of
 * the joins (ل+ال → لل، من+ما → مما، ان+لا → الا, ن+نا → نا when `vocab` has it so).
 */
export function mapFarasa(seg: string, tagStr: string, vocab?: ReadonlySet<string>): GoldWord | null {
  const raw = seg.split('+');
  const tags = tagStr.split('+');
  if (raw.length !== tags.length || raw.some((p) => p === '')) return null;
  const np = raw.map((p) => normalizeString(p));
  const sp = np.slice();
  for (let k = 1; k < np.length; k++) {
    if (np[k] === 'ال' && np[k - 1] === 'ل') {
      sp[k] = 'ل';
      if (np[k + 1]?.startsWith('ل')) sp[k + 1] = np[k + 1]!.slice(1);
    }
    if ((np[k - 1] === 'من' || np[k - 1] === 'عن') && (np[k] === 'ما' || np[k] === 'من')) sp[k - 1] = np[k - 1]!.slice(0, 1);
    if (np[k - 1] === 'ان' && np[k] === 'لا') sp[k - 1] = 'ا';
    if (np[k] === 'نا' && sp[k - 1]!.endsWith('ن') && vocab) {
      const single = [...sp.slice(0, k - 1), sp[k - 1]!.slice(0, -1), ...sp.slice(k)].join('');
      if (vocab.has(single) && !vocab.has(sp.join(''))) sp[k - 1] = sp[k - 1]!.slice(0, -1);
    }
  }
  const surface = sp.join('');
  if (!isArabicWord(surface)) return null;
  const boundaries: number[] = [];
  let at = 0;
  for (let k = 0; k < sp.length; k++) {
    if (k > 0 && !merged(np, tags, k)) boundaries.push(at);
    at += sp[k]!.length;
  }
  return { surface, boundaries: [...new Set(boundaries)].filter((b) => b > 0 && b < surface.length), farasa: seg, tags: tagStr };
}

function merged(np: string[], tags: string[], k: number): boolean {
  const t = tags[k];
  if (t === 'NSUFF' || t === 'CASE') return true;
  if (t !== 'PRON' || tags[k - 1] !== 'V' || !SUBJECT_SUFFIXES.has(np[k]!)) return false;
  if (np[k] !== 'نا') return true;
  return tags[k + 1] === 'PRON' || !np[k - 1]!.startsWith('ي');
}

export interface FarasaData {
  words: GoldWord[];
  /** Tokens not evaluated (punctuation, numbers, Latin, symbols), by tag. */
  skipped: Map<string, number>;
  /** Rebuilt surfaces not found in the diacritized text of the same articles. */
  unverified: number;
}

/** Reads WikiNews.pos.ref (and WikiNewsTruth.txt, when present, to check rebuilt surfaces). */
export function readFarasa(dir: string): FarasaData {
  const ref = readFileSync(`${dir}/WikiNews.pos.ref`, 'utf8');
  let vocab: Set<string> | undefined;
  try {
    vocab = new Set(arabicWords(readFileSync(`${dir}/WikiNewsTruth.txt`, 'utf8')));
  } catch {
    vocab = undefined;
  }
  const words: GoldWord[] = [];
  const skipped = new Map<string, number>();
  let unverified = 0;
  const lines = ref.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const seg = line.slice(0, tab).trim();
    const tags = line.slice(tab + 1).trim();
    const g = mapFarasa(seg, tags, vocab);
    if (!g) {
      skipped.set(tags, (skipped.get(tags) ?? 0) + 1);
      continue;
    }
    if (vocab && !vocab.has(g.surface)) unverified++;
    words.push(g);
  }
  return { words, skipped, unverified };
}
