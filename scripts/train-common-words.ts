/**
 * `npm run train:common-words [-- --data ../shared/data/corpus/ant.jsonl.gz --top 3000]`: the most
 * frequent words of the ANT news corpus (Apache-2.0), as knowledge-base name keys. A one-word name
 * of a place, an organisation or a person's surname that is also one of these words (عنه، أفاد،
 * الشرقية، الحياة) is taken as a name only with support in the text. Writes models/common-words.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { nameKey } from '../src/kb/kb.ts';
import { normalizeString } from '../src/lang/ar/normalize.ts';
import { option } from './args.ts';

const data = option('--data', fileURLToPath(new URL('../../shared/data/corpus/ant.jsonl.gz', import.meta.url)));
const top = Number(option('--top', '3000'));
const out = fileURLToPath(new URL('../models/common-words.json', import.meta.url));

const freq = new Map<string, number>();
let words = 0;
for (const line of gunzipSync(readFileSync(data)).toString('utf8').split('\n')) {
  if (!line.trim()) continue;
  const text = (JSON.parse(line) as { text?: string }).text ?? '';
  // Drop harakat and tatweel first, then split on anything but Arabic letters.
  for (const w of normalizeString(text).split(/[^\u0621-\u064a\u0671-\u06d3]+/u)) {
    if (!w) continue;
    const k = nameKey(w);
    if (k.length < 2) continue;
    words++;
    freq.set(k, (freq.get(k) ?? 0) + 1);
  }
}
const sorted = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
writeFileSync(
  out,
  JSON.stringify(
    {
      about: `The ${top} most frequent words of the ANT corpus (Chouigui et al. 2017, Apache-2.0) as name keys, by scripts/train-common-words.ts.`,
      corpusWords: words,
      words: sorted.map(([k]) => k),
    },
    null,
    0,
  ) + '\n',
);
console.log(`${out}: ${sorted.length} words (of ${freq.size} distinct, ${words} tokens); the last kept occurs ${sorted.at(-1)?.[1]} times`);
