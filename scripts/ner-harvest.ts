/**
 * Experiment: names harvested from unlabeled news for the NER gazetteer. In ANERcorp the nouns
 * شركة، صحيفة، وكالة، فريق، منتخب، نادي stay outside an organisation's name, and titles (اللاعب،
 * المدرب، الوزير، الدكتور…) outside a person's: the words that follow them in the corpus, up to
 * the first frequent word or punctuation, are names of that type. Those seen after such a word at
 * least --min times (people: two words or more) are written as a gazetteer source that
 * `train-ner --harvest FILE` adds to the knowledge base's and the name lexicon's. Results are in
 * models/ner/README.notes.md (third round): no gain on dev; the harvest is noisy (adjectives,
 * verbs and common nouns of SaudiNewsNet pass the frequency cut).
 *
 *   tsx scripts/ner-harvest.ts [--corpus FILE[,FILE…]] [--min 3] [--out FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeString } from '../src/lang/ar/normalize.ts';
import { readCorpus } from './segment-data.ts';
import { option, repoRoot } from './args.ts';

const root = repoRoot;
const corpusPaths = option('--corpus', '../shared/data/corpus/saudinewsnet.jsonl.gz,../shared/data/corpus/ant.jsonl.gz')
  .split(',')
  .map((p) => resolve(root, p));
const MIN = Number(option('--min', '3'));
const outPath = resolve(root, option('--out', '/tmp/harvest.json'));

const common = new Set((JSON.parse(readFileSync(resolve(root, 'models/common-words.json'), 'utf8')) as { words: string[] }).words);
const key = (w: string): string => normalizeString(w).replace(/[\u064b-\u0652\u0640]/gu, '');
const ORG_HEADS = new Set(['شركة', 'شركه', 'صحيفة', 'صحيفه', 'وكالة', 'وكاله', 'فريق', 'منتخب', 'نادي', 'مجموعة', 'مجموعه', 'قناة', 'قناه', 'مجلة', 'مجله', 'مصرف', 'بنك'].map(key));
const PERS_HEADS = new Set(
  ['اللاعب', 'المدرب', 'المهاجم', 'الحارس', 'المدافع', 'النجم', 'الوزير', 'الرئيس', 'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'الشيخ', 'الأمير', 'الملك', 'الفنان', 'الفنانة', 'الكاتب', 'الكاتبة', 'الصحفي', 'المهندس', 'الأستاذ', 'النائب', 'السفير', 'اللواء', 'العميد', 'العقيد', 'الفريق', 'المتحدث', 'الناطق'].map(key),
);
const PROCLITIC = /^(و|ف|ب|ل|وب|ول|فب|فل)?/u;
const TOKEN = /[\u0600-\u06ff\u0750-\u077f]+|\S/gu;

// The corpus's most frequent words (--stop of them) end a name, as ANT's common words do.
const STOP = Number(option('--stop', '6000'));
const texts: string[][] = [];
const freq = new Map<string, number>();
for (const path of corpusPaths) {
  for await (const a of readCorpus(path)) {
    const toks = (a.text.match(TOKEN) ?? []).map(key);
    texts.push(toks);
    for (const t of toks) freq.set(t, (freq.get(t) ?? 0) + 1);
  }
}
for (const [w] of [...freq].sort((x, y) => y[1] - x[1]).slice(0, STOP)) common.add(w);
// Adjectives of nationality (الأرجنتيني ليونيل ميسي): skipped before a name, never inside one.
const demonyms = new Set<string>();
for (const s of JSON.parse(readFileSync(resolve(root, 'kb/states.json'), 'utf8')) as { demonyms: string[] }[]) for (const d of s.demonyms) demonyms.add(key(d)).add(key('ال' + d));

const counts = { ORG: new Map<string, number>(), PERS: new Map<string, number>() };
let articles = 0;
for (const toks of texts) {
  {
    articles++;
    for (let i = 0; i + 1 < toks.length; i++) {
      const head = toks[i]!.replace(PROCLITIC, '');
      const type = ORG_HEADS.has(head) ? 'ORG' : PERS_HEADS.has(head) ? 'PERS' : null;
      if (!type) continue;
      const name: string[] = [];
      let j = i + 1;
      while (j < toks.length && demonyms.has(toks[j]!)) j++;
      for (; j < toks.length && name.length < 3; j++) {
        const w = toks[j]!;
        if (!/^[\u0621-\u064a]{2,}$/u.test(w) || common.has(w) || demonyms.has(w) || ORG_HEADS.has(w) || PERS_HEADS.has(w) || /^(لل|بال|وال|فال|كال)/u.test(w)) break;
        name.push(w);
      }
      if (name.length === 0 || (type === 'PERS' && name.length < 2)) continue;
      const k = name.join(' ');
      counts[type].set(k, (counts[type].get(k) ?? 0) + 1);
    }
  }
}
const out: Record<string, string[]> = {};
for (const [type, m] of Object.entries(counts)) out[type] = [...m].filter(([, c]) => c >= MIN).map(([k]) => k).sort();
writeFileSync(outPath, JSON.stringify({ about: `names after organisation nouns and person titles, seen ≥ ${MIN} times in ${articles} articles`, ...out }));
console.log(`${articles} articles: ORG ${out.ORG!.length}, PERS ${out.PERS!.length} names → ${outPath}`);
console.log('ORG sample:', out.ORG!.slice(0, 30).join('، '));
console.log('PERS sample:', out.PERS!.slice(0, 30).join('، '));
