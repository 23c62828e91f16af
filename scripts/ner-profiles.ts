/**
 * Corpus profiles of words for the NER tagger (a word lexicon, see `WordLexicon` in
 * src/components/ner/features.ts): how each stem behaves over unlabeled news text, as bucketed
 * atoms that also describe words the annotated corpus never shows.
 *
 *  - `Par`: how often the stem takes the article ال (names seldom do; Arabic has no capitals, and
 *    this ratio plays the part of the capitalization ratio of English NER);
 *  - `Pen`: how often it takes an enclitic pronoun (names seldom do);
 *  - `P<class>` / `Q<class>`: how often the word just before / after it is of a class: the
 *    trigger classes of src/components/ner/triggers.ts (titles, ranks, place, organisation and
 *    event descriptors, reporting verbs), a word of a person / place / organisation name in the
 *    gazetteer, the prepositions في / الى / من. These are the patterns "title + X", "X + known
 *    surname", "في + X" counted over the corpus, turned into graded evidence instead of lists.
 *
 * Ratios are bucketed on a rough log scale; a word gets an atom only for a non-empty bucket.
 *
 *   tsx scripts/ner-profiles.ts [--corpus FILE[,FILE…]] [--min-count 5] [--out FILE] [--no-lexicon]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { WordRole } from '../src/doc/layers.ts';
import { Gazetteer, gazKey } from '../src/components/ner/gazetteer.ts';
import { TRIGGERS } from '../src/components/ner/triggers.ts';
import { normalizeString } from '../src/lang/ar/normalize.ts';
import { createSegmenter, parseSegmentModel } from '../src/components/segment/segment.ts';
import { buildGazetteer, type LexiconFile } from './ner-data.ts';
import { readCorpus } from './segment-data.ts';
import { corpusLicense } from './ner-corpus.ts';
import { flag, option, repoRoot } from './args.ts';

const root = repoRoot;
const corpusPaths = option('--corpus', '../shared/data/corpus/saudinewsnet.jsonl.gz,../shared/data/corpus/ant.jsonl.gz')
  .split(',')
  .map((p) => resolve(root, p));
const corpusNames = corpusPaths.map((p) => basename(p).replace(/\.jsonl\.gz$/u, ''));
const minCount = Number(option('--min-count', '5'));
const name = option('--name', corpusNames.map((n) => (n === 'saudinewsnet' ? 'snn' : n)).join('-') + '-profiles');
const outPath = resolve(root, option('--out', `models/embeddings/${name}.json`));
const lexDir = flag('--no-lexicon') ? null : resolve(root, option('--data', '../shared/data'), 'lexicons/ne-ar-en');

const TOKEN = /[\u0621-\u064a]+|[0-9]+(?:[.,][0-9]+)*|[A-Za-z\u00c0-\u024f]+|[^\s\u0621-\u064a0-9A-Za-z]/gu;

const t0 = Date.now();
const log = (s: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${s}`);
const segmenter = createSegmenter(parseSegmentModel(JSON.parse(readFileSync(resolve(root, 'models/segment/model.json'), 'utf8'))));
const gaz = new Gazetteer(buildGazetteer(root, lexDir && existsSync(lexDir) ? lexDir : null).data);

/** Context classes, in bit order. */
const CLASSES = ['title', 'rank', 'loc', 'org', 'misc', 'say', 'gPERS', 'gLOC', 'gORG', 'fi', 'ila', 'min'] as const;
const triggerClass = new Map<string, number>();
for (const [cls, words] of Object.entries(TRIGGERS)) {
  const bit = CLASSES.indexOf(cls as (typeof CLASSES)[number]);
  if (bit < 0) continue;
  for (const w of words) triggerClass.set(normalizeString(w), (triggerClass.get(normalizeString(w)) ?? 0) | (1 << bit));
}
const PREPS: Record<string, number> = { في: 9, الي: 10, من: 11 };

/** A token's analysis: its stem, whether it has the article / an enclitic, its context classes. */
interface Info {
  stem: string;
  article: boolean;
  enclitic: boolean;
  classes: number;
}
const cache = new Map<string, Info>();
function analyse(t: string): Info {
  let info = cache.get(t);
  if (info) return info;
  let stem = t;
  let article = false;
  let enclitic = false;
  for (const p of segmenter.split(t)) {
    if (p.role === WordRole.Stem) stem = p.form;
    else if (p.role === WordRole.Proclitic && p.form === 'ال') article = true;
    else if (p.role === WordRole.Enclitic) enclitic = true;
  }
  if (!stem) stem = t;
  let classes = triggerClass.get(stem) ?? triggerClass.get(t) ?? 0;
  const roles = gaz.wordRoles.get(gazKey(article ? 'ال' + stem : stem)) ?? gaz.wordRoles.get(gazKey(t)) ?? 0;
  // GAZ_TYPES order: PERS, LOC, ORG (3 role bits each).
  for (let g = 0; g < 3; g++) if (roles & (7 << (g * 3))) classes |= 1 << (6 + g);
  if (t in PREPS) classes |= 1 << PREPS[t]!;
  info = { stem, article, enclitic, classes };
  if (cache.size < 2_000_000) cache.set(t, info);
  return info;
}

interface Counts {
  n: number;
  article: number;
  enclitic: number;
  left: Int32Array;
  right: Int32Array;
}
const stats = new Map<string, Counts>();
let tokens = 0;
for (const path of corpusPaths) {
  for await (const a of readCorpus(path)) {
    for (const line of normalizeString(a.text).split('\n')) {
      const toks = line.match(TOKEN);
      if (!toks) continue;
      const infos = toks.map((t) => {
        const c = t.charCodeAt(0);
        return c >= 0x0621 && c <= 0x064a ? analyse(t) : null;
      });
      for (let i = 0; i < infos.length; i++) {
        const x = infos[i];
        tokens++;
        if (!x) continue;
        let c = stats.get(x.stem);
        if (!c) stats.set(x.stem, (c = { n: 0, article: 0, enclitic: 0, left: new Int32Array(CLASSES.length), right: new Int32Array(CLASSES.length) }));
        c.n++;
        if (x.article) c.article++;
        if (x.enclitic) c.enclitic++;
        const l = i > 0 ? (infos[i - 1]?.classes ?? 0) : 0;
        const r = i + 1 < infos.length ? (infos[i + 1]?.classes ?? 0) : 0;
        for (let b = 0; b < CLASSES.length; b++) {
          if (l & (1 << b)) c.left[b]!++;
          if (r & (1 << b)) c.right[b]!++;
        }
      }
    }
  }
  log(`${basename(path)} read: ${tokens} tokens so far, ${stats.size} stems`);
}

/** Bucket of a ratio: '' (none) below 1%, then 1, 2, 3, 4 at 1%, 5%, 15%, 40%. */
const bucket = (x: number): string => (x < 0.01 ? '' : x < 0.05 ? '1' : x < 0.15 ? '2' : x < 0.4 ? '3' : '4');
const countBucket = (n: number): string => (n < 20 ? '1' : n < 200 ? '2' : n < 2000 ? '3' : '4');
const lines: string[] = [];
const sorted = [...stats].filter(([, c]) => c.n >= minCount).sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
for (const [stem, c] of sorted) {
  const atoms = [`Par=${bucket(c.article / c.n) || '0'}`, `Pen=${bucket(c.enclitic / c.n) || '0'}`, `Pn=${countBucket(c.n)}`];
  for (let b = 0; b < CLASSES.length; b++) {
    const l = bucket(c.left[b]! / c.n);
    if (l) atoms.push(`P${CLASSES[b]}=${l}`);
    const r = bucket(c.right[b]! / c.n);
    if (r) atoms.push(`Q${CLASSES[b]}=${r}`);
  }
  lines.push(`${stem}\t${atoms.join('\t')}`);
}
const file: LexiconFile = {
  format: 'marsad-ner-lexicon',
  formatVersion: 1,
  version: `${name}-${new Date().toISOString().slice(0, 10)}`,
  key: 'stem',
  words: lines.join('\n'),
  meta: {
    corpus: corpusPaths.map((p) => basename(p)).join(', '),
    license: corpusLicense(corpusNames),
    tokens,
    stems: lines.length,
    minCount,
    algorithm: 'corpus profiles of stems: article / enclitic ratios and neighbour classes, bucketed',
  },
};
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, JSON.stringify(file) + '\n');
log(`wrote ${outPath}: ${lines.length} stems`);
