/**
 * `npm run sample:events [-- --corpus saudinewsnet --articles 400 --events 40 --seed 7]`: runs the
 * whole pipeline over articles drawn at random from a corpus in ../shared/data/corpus and prints
 * events drawn at random from them, each with its sentence, for a person to judge. This is how
 * the events were checked on news the rules were not written from (there is no gold for it).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { articleDocument } from '../src/app/analyze.ts';
import { loadResources } from '../src/app/models.ts';
import { buildPipeline } from '../src/app/presets.ts';
import type { ActorCode } from '../src/doc/entities.ts';
import { readInput } from '../src/read/index.ts';
import { option, repoRoot } from './args.ts';

const corpus = option('--corpus', 'saudinewsnet');
const articles = Number(option('--articles', '400'));
const wanted = Number(option('--events', '40'));
let seed = Number(option('--seed', '7'));
/** A small linear congruential generator: the same seed draws the same sample. */
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const file = resolve(repoRoot, `../shared/data/corpus/${corpus}.jsonl.gz`);
const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter((l) => l.trim());
const pipeline = buildPipeline('full', loadResources());
const code = (c: ActorCode): string => [c.country ?? c.org ?? '?', c.sector].filter(Boolean).join(' ');

const drawn: string[] = [];
let docs = 0;
let tokens = 0;
const seen = new Set<number>();
while (seen.size < Math.min(articles, lines.length)) {
  const i = Math.floor(random() * lines.length);
  if (seen.has(i)) continue;
  seen.add(i);
  for (const r of readInput(Buffer.from(lines[i]!, 'utf8'), { path: `${corpus}.json`, format: 'json' })) {
    if (!r.ok) continue;
    const doc = pipeline.run(articleDocument(r));
    docs++;
    tokens += doc.layers.tokens!.length;
    const s = doc.layers.sentences!;
    for (const e of doc.layers.events ?? []) {
      const sentence = doc.text.slice(s.start[e.sentence], s.end[e.sentence]).replace(/\s+/gu, ' ');
      const parties = `${e.actorCodes.map(code).join(' + ')}${e.recipientCodes.length ? ' → ' + e.recipientCodes.map(code).join(' + ') : ''}`;
      drawn.push(`${e.type}${e.mode ? '/' + e.mode : ''} ${e.modality}  ${parties}  «${e.trigger.text}»\n    ${sentence}`);
    }
  }
}
console.log(`${corpus}: ${docs} articles, ${tokens} tokens, ${drawn.length} events (${((1000 * drawn.length) / Math.max(1, tokens)).toFixed(2)} per 1,000 tokens)`);
const picked = new Set<number>();
while (picked.size < Math.min(wanted, drawn.length)) picked.add(Math.floor(random() * drawn.length));
for (const i of [...picked].sort((a, b) => a - b)) console.log(drawn[i]);
