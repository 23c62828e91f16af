/**
 * Evaluates the NER model on ANERcorp's test file: CoNLL entity-level precision, recall and F1
 * (exact span and type; src/components/ner/score.ts), overall and per type, and the tagger's
 * speed in tokens per second (a new tagger, whose caches start empty, and a warm one). The test
 * file's sentences are tagged as one running text, so the second stage sees nearby sentences as
 * it would in an article.
 *
 *   tsx scripts/eval-ner.ts [--data DIR] [--file CONLL] [--model FILE] [--out PREDICTIONS]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTagger, formatScore, parseNerModel, scoreEntities, writeConll } from '../src/components/ner/ner.ts';
import { createSegmenter, parseSegmentModel } from '../src/components/segment/segment.ts';
import { readConll } from './ner-data.ts';
import { option, repoRoot } from './args.ts';

const root = repoRoot;

const dataDir = resolve(root, option('--data', '../shared/data'));
const file = resolve(root, option('--file', resolve(dataDir, 'ner/anercorp/test.txt')));
const modelPath = resolve(root, option('--model', 'models/ner/model.json'));
const outPath = option('--out', '');

const t0 = performance.now();
const model = parseNerModel(JSON.parse(readFileSync(modelPath, 'utf8')));
const segmenter = createSegmenter(parseSegmentModel(JSON.parse(readFileSync(resolve(root, 'models/segment/model.json'), 'utf8'))));
const loadMs = performance.now() - t0;
const sentences = readConll(file);
const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);

const run = (): { tags: string[][]; ms: number } => {
  const tagger = createTagger(model, segmenter);
  const t = performance.now();
  const tags = tagger.tagSentences(sentences.map((s) => s.tokens));
  return { tags, ms: performance.now() - t };
};
// Cold: a new tagger, but the segmenter's cache is shared; warm the segmenter first so the
// number measures the tagger (the segmenter's own speed is measured by eval:segment).
for (const s of sentences) for (const t of s.tokens) segmenter.split(t);
const cold = run();
const warm = run();
const tagger = createTagger(model, segmenter);
tagger.tagSentences(sentences.map((s) => s.tokens));
const t1 = performance.now();
let warmTags: string[][] = [];
for (let k = 0; k < 3; k++) warmTags = tagger.tagSentences(sentences.map((s) => s.tokens));
const hotMs = (performance.now() - t1) / 3;

const score = scoreEntities(
  sentences.map((s) => s.tags),
  cold.tags,
);
console.log(`model ${modelPath} (${model.version}), loaded in ${loadMs.toFixed(0)} ms`);
console.log(`${file}: ${sentences.length} sentences, ${tokens} tokens\n`);
console.log(formatScore(score));
const rate = (ms: number): string => `${Math.round(tokens / (ms / 1000)).toLocaleString('en-US')} tokens/s`;
console.log(`\nspeed: new tagger (empty caches) ${rate(cold.ms)}; another new tagger ${rate(warm.ms)}; warm caches ${rate(hotMs)}`);
if (warmTags.some((t, i) => t.join() !== cold.tags[i]!.join())) console.log('warning: warm and cold tags differ');
if (outPath) {
  writeFileSync(outPath, writeConll(sentences.map((s) => s.tokens), cold.tags));
  console.log(`predictions written to ${outPath}`);
}
