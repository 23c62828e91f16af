/**
 * Throughput of the NER tagger over a news stream: every article of a corpus (ANT by default),
 * split into sentences of raw tokens, tagged article by article with one tagger (its caches warm
 * up as a long-running process's would). The segmenter is warmed first, so the number is the
 * tagger's own.
 *
 *   tsx scripts/ner-bench.ts [--corpus FILE] [--model FILE] [--limit ARTICLES] [--twice]
 *
 * --twice tags the stream once before timing, so that the number is for warm caches.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTagger, parseNerModel } from '../src/components/ner/ner.ts';
import { createSegmenter, parseSegmentModel } from '../src/components/segment/segment.ts';
import { normalizeString } from '../src/lang/ar/normalize.ts';
import { readCorpus } from './segment-data.ts';
import { flag, option, repoRoot } from './args.ts';

const root = repoRoot;
const corpus = resolve(root, option('--corpus', '../shared/data/corpus/ant.jsonl.gz'));
const modelPath = resolve(root, option('--model', 'models/ner/model.json'));
const limit = Number(option('--limit', '0'));

const TOKEN = /[\u0600-\u06ff\u0750-\u077f]+|[0-9\u0660-\u0669]+(?:[.,][0-9\u0660-\u0669]+)*|[A-Za-z\u00c0-\u024f]+|\S/gu;
const END = new Set(['.', '!', '?', '\u061f']);

const articles: string[][][] = [];
for await (const a of readCorpus(corpus)) {
  const sentences: string[][] = [];
  for (const line of a.text.split('\n')) {
    let cur: string[] = [];
    for (const t of line.match(TOKEN) ?? []) {
      cur.push(t);
      if (END.has(t)) {
        sentences.push(cur);
        cur = [];
      }
    }
    if (cur.length) sentences.push(cur);
  }
  articles.push(sentences);
  if (limit > 0 && articles.length >= limit) break;
}
const tokens = articles.reduce((n, a) => n + a.reduce((m, s) => m + s.length, 0), 0);
const segmenter = createSegmenter(parseSegmentModel(JSON.parse(readFileSync(resolve(root, 'models/segment/model.json'), 'utf8'))));
for (const a of articles) for (const s of a) for (const t of s) segmenter.split(normalizeString(t));
const tagger = createTagger(parseNerModel(JSON.parse(readFileSync(modelPath, 'utf8'))), segmenter);
let entities = 0;
if (flag('--twice')) for (const a of articles) tagger.tagSentences(a);
const t0 = performance.now();
for (const a of articles) for (const s of tagger.tagSentences(a)) for (const t of s) if (t[0] === 'B') entities++;
const seconds = (performance.now() - t0) / 1000;
console.log(`${articles.length} articles, ${tokens} tokens, ${entities} entities: ${seconds.toFixed(2)} s, ${Math.round(tokens / seconds).toLocaleString('en-US')} tokens/s`);
