/**
 * One benchmark stage in its own process, so that its peak memory is its own:
 *   tsx bench/stage.ts <stage> <corpus.jsonl.gz> [--limit N]
 * Prints one JSON line: stage, articles, words, seconds, words/s, articles/s, peak RSS (MB).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { findStructure } from '../src/read/structure.ts';
import { readInput } from '../src/read/index.ts';
import { Document } from '../src/doc/document.ts';
import { buildPipeline, type PresetName } from '../src/app/presets.ts';
import { loadSegmentModel } from '../src/app/models.ts';

const [stage = 'fast', corpus = '../shared/data/corpus/ant.jsonl.gz'] = process.argv.slice(2);
const limitAt = process.argv.indexOf('--limit');
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : Infinity;

const lines = gunzipSync(readFileSync(corpus)).toString('utf8').split('\n').filter((l) => l.trim());
const inputs = lines.slice(0, Math.min(limit, lines.length)).map((l) => Buffer.from(l, 'utf8'));
const pipeline = buildPipeline(stage as PresetName, { segmentModel: loadSegmentModel() });

function run(): { articles: number; words: number } {
  let articles = 0;
  let words = 0;
  for (const bytes of inputs) {
    for (const item of readInput(bytes, { path: 'bench.json', format: 'json' })) {
      if (!item.ok) continue;
      const s = findStructure(item.text, { ...item.hints, titleIsFirstLine: item.hints.title !== null });
      const doc = pipeline.run(
        new Document(item.text, {
          source: item.source,
          title: s.title,
          titleRange: s.titleRange,
          outlet: s.outlet,
          published: s.published,
          publishedFrom: s.publishedFrom,
          body: s.body,
          boilerplate: s.boilerplate,
          warnings: s.warnings,
        }),
      );
      articles++;
      const t = doc.layers.tokens!;
      for (let i = 0; i < t.length; i++) if (t.kind[i] === 0 || t.kind[i] === 4 || t.kind[i] === 1) words++;
    }
  }
  return { articles, words };
}

run(); // warm-up: JIT and the segmenter's cache start cold only once in a long-running process
const t0 = process.hrtime.bigint();
const { articles, words } = run();
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({ stage, articles, words, seconds: +seconds.toFixed(3), wordsPerSecond: Math.round(words / seconds), articlesPerSecond: Math.round(articles / seconds), peakRssMb: Math.round(peakMb) }),
);
