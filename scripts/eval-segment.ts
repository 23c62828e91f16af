/**
 * Evaluates the clitic segmenter on Farasa WikiNews (read from ../shared, never copied) or on a
 * development file of `surface<TAB>segmentation` lines (segmentation with `+`, e.g. و+ال+حكومة).
 *
 * Farasa's scheme is mapped onto Marsad's (scripts/segment-data.ts): NSUFF and CASE pieces join
 * the stem, verb subject suffixes tagged PRON join the stem, everything else is a clitic
 * boundary. Only Arabic-letter tokens are scored; punctuation, numbers, Latin and mixed tokens
 * are skipped and counted. A word is right when its set of clitic boundaries is exactly right.
 *
 *   tsx scripts/eval-segment.ts [--data DIR] [--model FILE] [--dev FILE] [--errors N]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Document, plainMeta } from '../src/doc/document.ts';
import { normalizeString } from '../src/lang/ar/normalize.ts';
import { normalizeComponent } from '../src/components/normalize/component.ts';
import { createSegmenter, parseSegmentModel, segmentComponent } from '../src/components/segment/segment.ts';
import { readFarasa, type GoldWord } from './segment-data.ts';
import { option, repoRoot } from './args.ts';

const root = repoRoot;


const dataDir = resolve(root, option('--data', '../shared/data/segmentation/farasa-wikinews'));
const modelPath = resolve(root, option('--model', 'models/segment/model.json'));
const devPath = option('--dev', '');
const showErrors = Number(option('--errors', '20'));

/** Reads a development file: `surface<TAB>segmentation`, `#` comments. */
function readDev(path: string): GoldWord[] {
  const out: GoldWord[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [surfaceRaw, seg] = line.split('\t');
    const surface = normalizeString(surfaceRaw!.trim());
    const pieces = (seg ?? surface).trim().split('+');
    const boundaries: number[] = [];
    let at = 0;
    for (let k = 0; k < pieces.length - 1; k++) boundaries.push((at += pieces[k]!.length));
    if (pieces.join('') !== surface) throw new Error(`${path}: pieces do not spell the word: ${line}`);
    out.push({ surface, boundaries, farasa: seg ?? surface, tags: '' });
  }
  return out;
}

function show(w: string, boundaries: readonly number[]): string {
  let out = '';
  let at = 0;
  for (const b of boundaries) {
    out += w.slice(at, b) + '+';
    at = b;
  }
  return out + w.slice(at);
}

function main(): void {
  const model = parseSegmentModel(JSON.parse(readFileSync(modelPath, 'utf8')));
  let words: GoldWord[];
  if (devPath) {
    words = readDev(resolve(root, devPath));
    console.log(`${devPath}: ${words.length} words`);
  } else {
    const data = readFarasa(dataDir);
    words = data.words;
    const source = `${dataDir}/WikiNews.pos.ref`;
    const skipped = [...data.skipped.values()].reduce((a, b) => a + b, 0);
    const byTag = [...data.skipped].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([t, n]) => `${t} ${n}`).join(', ');
    console.log(`${source}: ${words.length + skipped} tokens; ${words.length} Arabic words scored; ${skipped} skipped (${byTag}, …)`);
    if (data.unverified > 0) console.log(`(${data.unverified} rebuilt surfaces not found in WikiNewsTruth.txt)`);
  }

  const segmenter = createSegmenter(model);
  const t0 = performance.now();
  const predicted = words.map((g) => segmenter.split(g.surface).slice(1).map((p) => p.start));
  const coldMs = performance.now() - t0;

  let right = 0;
  let withClitic = 0;
  let withCliticRight = 0;
  let noClitic = 0;
  let noCliticRight = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors = new Map<string, number>();
  words.forEach((g, i) => {
    const p = predicted[i]!;
    const gold = new Set(g.boundaries);
    let hit = 0;
    for (const b of p) if (gold.has(b)) hit++;
    tp += hit;
    fp += p.length - hit;
    fn += gold.size - hit;
    const ok = hit === p.length && hit === gold.size;
    if (ok) right++;
    if (gold.size > 0) {
      withClitic++;
      if (ok) withCliticRight++;
    } else {
      noClitic++;
      if (ok) noCliticRight++;
    }
    if (!ok) {
      const key = `${show(g.surface, g.boundaries)} → ${show(g.surface, p)}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
  });
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(2)}%`;
  console.log(`model ${model.version} (${modelPath})`);
  console.log(`word accuracy:                 ${pct(right, words.length)} (${right}/${words.length})`);
  console.log(`  words with a clitic:         ${pct(withCliticRight, withClitic)} (${withCliticRight}/${withClitic})`);
  console.log(`  words without a clitic:      ${pct(noCliticRight, noClitic)} (${noCliticRight}/${noClitic})`);
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  console.log(
    `boundaries: precision ${(100 * precision).toFixed(2)}%, recall ${(100 * recall).toFixed(2)}%, F1 ${((200 * precision * recall) / Math.max(1e-9, precision + recall)).toFixed(2)}%`,
  );
  if (showErrors > 0) {
    console.log(`top errors (gold → predicted), ${[...errors.values()].reduce((a, b) => a + b, 0)} in all:`);
    for (const [k, n] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, showErrors)) console.log(`  ${String(n).padStart(3)}  ${k}`);
  }

  // Speed: the segmenter alone, cold (fresh cache) and warm, then the whole normalize + tokenize
  // + segment path on running text.
  const distinct = new Set(words.map((g) => g.surface)).size;
  console.log(`segmenter, cold cache: ${Math.round(words.length / (coldMs / 1000)).toLocaleString('en')} words/s (${distinct} distinct words)`);
  const warmRounds = 50;
  const t1 = performance.now();
  let sink = 0;
  for (let r = 0; r < warmRounds; r++) for (const g of words) sink += segmenter.split(g.surface).length;
  const warmMs = performance.now() - t1;
  console.log(`segmenter, warm cache: ${Math.round((warmRounds * words.length) / (warmMs / 1000)).toLocaleString('en')} words/s${sink < 0 ? '!' : ''}`);
  void pipelineSpeed(model);
}

/**
 * Throughput of normalize + tokenize + segment over the WikiNews running text (10 copies): the
 * first pass starts with an empty segmenter cache, later passes reuse it.
 */
async function pipelineSpeed(model: ReturnType<typeof parseSegmentModel>): Promise<void> {
  let text: string;
  try {
    text = readFileSync(`${dataDir}/WikiNewsTruth.txt`, 'utf8');
  } catch {
    return;
  }
  try {
    const { tokenizeComponent } = await import('../src/components/tokenize/tokenize.ts');
    const big = Array.from({ length: 10 }, () => text).join('\n');
    const components = [normalizeComponent(), tokenizeComponent(), segmentComponent(model)];
    const run = (): number => {
      let doc = new Document(big, plainMeta(big));
      for (const c of components) doc = c.run(doc);
      return doc.layers.tokens!.length;
    };
    let t0 = performance.now();
    let tokens = run();
    const coldMs = performance.now() - t0;
    t0 = performance.now();
    tokens = run() + run() + run();
    const warmMs = performance.now() - t0;
    const rate = (n: number, ms: number): string => Math.round(n / (ms / 1000)).toLocaleString('en');
    console.log(
      `normalize + tokenize + segment: ${rate(tokens / 3, coldMs)} tokens/s on a first pass, ${rate(tokens, warmMs)} tokens/s with the segmenter cache filled`,
    );
  } catch (e) {
    console.log(`pipeline speed: not measured (${(e as Error).message})`);
  }
}

main();
