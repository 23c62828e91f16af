/**
 * `npm run bench [-- --corpus PATH] [--limit N]`: runs each stage in its own process on one core
 * and prints words/s, articles/s and peak memory. Stages:
 *   nlp-fast:  normalize + tokens + sentences, over articles already read (the NLP core alone)
 *   nlp-words: the same + clitic segmentation
 *   nlp-entities: the same + named-entity tagging + entity linking
 *   nlp-full:  the whole NLP pipeline: + times, quotes and events
 *   fast:      read (JSON, decoding) + article structure + normalize + tokens + sentences
 *   words:     the same + clitic segmentation
 *   full:      everything: reading, structure and the whole NLP pipeline
 * Words are tokens that are not punctuation or symbols.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const at = args.indexOf('--corpus');
const corpus = at >= 0 ? args[at + 1]! : fileURLToPath(new URL('../../shared/data/corpus/ant.jsonl.gz', import.meta.url));
const li = args.indexOf('--limit');
const extra = li >= 0 ? ['--limit', args[li + 1]!] : [];
const stage = fileURLToPath(new URL('./stage.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/loader.mjs', import.meta.url));

console.log(`corpus: ${corpus}`);
console.log('stage         articles    words   seconds   words/s   articles/s  peak RSS  words/s (first, cold pass)');
for (const name of ['nlp-fast', 'nlp-words', 'nlp-entities', 'nlp-full', 'fast', 'words', 'full']) {
  // taskset pins the stage to one core where available; Node runs the pipeline on one thread anyway.
  const cmd = ['node', '--import', tsx, stage, name, corpus, ...extra];
  let outText: string;
  try {
    outText = execFileSync('taskset', ['-c', '0', ...cmd], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  } catch {
    outText = execFileSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  }
  const r = JSON.parse(outText.trim().split('\n').pop()!);
  console.log(
    `${r.stage.padEnd(12)} ${String(r.articles).padStart(9)} ${String(r.words).padStart(8)} ${r.seconds.toFixed(2).padStart(9)} ${String(r.wordsPerSecond).padStart(9)} ${String(r.articlesPerSecond).padStart(12)} ${String(r.peakRssMb).padStart(6)} MB  ${String(r.coldWordsPerSecond).padStart(9)}`,
  );
}
