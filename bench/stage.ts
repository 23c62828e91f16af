/**
 * One benchmark stage in its own process, so that its peak memory is its own:
 *   tsx bench/stage.ts <stage> <corpus.jsonl.gz> [--limit N]
 * Prints one JSON line: stage, articles, words, seconds, words/s, articles/s, peak RSS (MB).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { articleDocument } from '../src/app/analyze.ts';
import { readInput } from '../src/read/index.ts';
import { TokenKind } from '../src/doc/layers.ts';
import type { Document } from '../src/doc/document.ts';
import { buildPipeline, type PresetName } from '../src/app/presets.ts';
import { loadResources } from '../src/app/models.ts';

const [stage = 'fast', corpus = '../shared/data/corpus/ant.jsonl.gz'] = process.argv.slice(2);
const limitAt = process.argv.indexOf('--limit');
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : Infinity;

const lines = gunzipSync(readFileSync(corpus)).toString('utf8').split('\n').filter((l) => l.trim());
const inputs = lines.slice(0, Math.min(limit, lines.length)).map((l) => Buffer.from(l, 'utf8'));
/** `nlp-*` stages time the pipeline alone over articles already read; the others time everything. */
const nlpOnly = stage.startsWith('nlp-');
const preset = (nlpOnly ? stage.slice(4) : stage) as PresetName;
const pipeline = buildPipeline(preset, loadResources());

function countWords(doc: Document): number {
  const t = doc.layers.tokens!;
  let words = 0;
  for (let i = 0; i < t.length; i++) if (t.kind[i] !== TokenKind.Punct && t.kind[i] !== TokenKind.Symbol) words++;
  return words;
}

const prepared: Document[] = nlpOnly
  ? inputs.flatMap((bytes) => readInput(bytes, { path: 'bench.json', format: 'json' }).flatMap((r) => (r.ok ? [articleDocument(r)] : [])))
  : [];

function runPrepared(): { articles: number; words: number } {
  let words = 0;
  for (const doc of prepared) words += countWords(pipeline.run(doc));
  return { articles: prepared.length, words };
}

function run(): { articles: number; words: number } {
  if (nlpOnly) return runPrepared();
  let articles = 0;
  let words = 0;
  for (const bytes of inputs) {
    for (const item of readInput(bytes, { path: 'bench.json', format: 'json' })) {
      if (!item.ok) continue;
      words += countWords(pipeline.run(articleDocument(item)));
      articles++;
    }
  }
  return { articles, words };
}

// The first pass starts cold (JIT, the segmenter's per-word cache); a long-running process is warm.
const c0 = process.hrtime.bigint();
run();
const coldSeconds = Number(process.hrtime.bigint() - c0) / 1e9;
const t0 = process.hrtime.bigint();
const { articles, words } = run();
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({ stage, articles, words, seconds: +seconds.toFixed(3), wordsPerSecond: Math.round(words / seconds), coldWordsPerSecond: Math.round(words / coldSeconds), articlesPerSecond: Math.round(articles / seconds), peakRssMb: Math.round(peakMb) }),
);
