/**
 * Experiment: self-training of the first stage (Yarowsky 1995; McClosky et al. 2006). A stage-1
 * ensemble trained on the training part of train.txt tags sentences of unlabeled news; the
 * sentences in which it finds entities (and, with --agree, on which two ensembles trained with
 * different seeds and halves of the feature dictionary agree) join the training data, and the
 * first stage is trained again. Scored on the dev part of train.txt against the same first
 * stage without them. Features, clusters, gazetteer and word lexicon are those of the committed
 * model (models/ner/model.json), none of which is learnt from labels. Results are in
 * models/ner/README.notes.md (third round): +0.2 to +0.6 dev F1 on stage 1, within seed noise.
 *
 *   tsx scripts/ner-self-train.ts [--corpus FILE[,FILE…]] [--sizes 2000,5000,10000] [--epochs 12]
 *                                 [--seeds 4] [--articles 3000] [--agree]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toBio, type Scheme } from '../src/components/ner/decode.ts';
import { FeatureExtractor } from '../src/components/ner/features.ts';
import { parseNerModel } from '../src/components/ner/model.ts';
import { createSegmenter, parseSegmentModel } from '../src/components/segment/segment.ts';
import { readConll, splitDev, type Sentence } from './ner-data.ts';
import { buildDict, compile, evaluate, featurize, predictAll, rng, trainEnsemble, type Featurized } from './ner-train-lib.ts';
import { readCorpus } from './segment-data.ts';
import { flag, option, repoRoot } from './args.ts';

const root = repoRoot;
const SCHEME: Scheme = 'BILOU';
const corpusPaths = option('--corpus', '../shared/data/corpus/saudinewsnet.jsonl.gz,../shared/data/corpus/ant.jsonl.gz')
  .split(',')
  .map((p) => resolve(root, p));
const sizes = option('--sizes', '2000,5000,10000').split(',').map(Number);
const EPOCHS = Number(option('--epochs', '12'));
const SEEDS = Array.from({ length: Number(option('--seeds', '4')) }, (_, i) => i + 1);
const ARTICLES = Number(option('--articles', '3000'));
const AGREE = flag('--agree');
const PA = 0.1;
const MIN_COUNT = 2;
const t0 = Date.now();
const log = (s: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${s}`);
const pct = (x: number): string => (100 * x).toFixed(2);

const model = parseNerModel(JSON.parse(readFileSync(resolve(root, 'models/ner/model.json'), 'utf8')));
const segmenter = createSegmenter(parseSegmentModel(JSON.parse(readFileSync(resolve(root, 'models/segment/model.json'), 'utf8'))));
const fx = new FeatureExtractor(model.config, model.clusters, model.gazetteer, model.triggers, model.lexicon);
const { train, dev } = splitDev(readConll(resolve(root, '../shared/data/ner/anercorp/train.txt')));
const ftrain = featurize(train, fx, segmenter, SCHEME);
const fdev = featurize(dev, fx, segmenter, SCHEME);

function stage1(data: Featurized, seeds: readonly number[]): { w: ReturnType<typeof trainEnsemble>; index: Map<string, number>; dev: number } {
  const { names, index } = buildDict(data, MIN_COUNT);
  const w = trainEnsemble(compile(data, index), names.length, { scheme: SCHEME, epochs: EPOCHS, seeds, pa: PA });
  const s = evaluate(compile(fdev, index), w, SCHEME, dev);
  return { w, index, dev: s.overall.f1 };
}

const base = stage1(ftrain, SEEDS);
log(`stage 1 on the training part: dev F1 ${pct(base.dev)}`);

// Unlabeled sentences, tokenized as ANERcorp is (punctuation apart, clitics attached).
const TOKEN = /[\u0600-\u06ff\u0750-\u077f]+|[0-9\u0660-\u0669]+(?:[.,][0-9\u0660-\u0669]+)*|[A-Za-z\u00c0-\u024f]+|\S/gu;
const END = new Set(['.', '!', '?', '\u061f']);
const random = rng(7);
const pool: Sentence[] = [];
for (const path of corpusPaths) {
  let n = 0;
  for await (const a of readCorpus(path)) {
    if (random() > 0.25) continue;
    for (const line of a.text.split('\n')) {
      let cur: string[] = [];
      const flush = (): void => {
        if (cur.length >= 6 && cur.length <= 50) pool.push({ tokens: cur, tags: cur.map(() => 'O') });
        cur = [];
      };
      for (const t of line.match(TOKEN) ?? []) {
        cur.push(t);
        if (END.has(t)) flush();
      }
      flush();
    }
    if (++n >= ARTICLES) break;
  }
}
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [pool[i], pool[j]] = [pool[j]!, pool[i]!];
}
const maxSize = Math.max(...sizes);
const candidates = pool.slice(0, maxSize * 3);
log(`${pool.length} unlabeled sentences; tagging ${candidates.length}`);
const fcand = featurize(candidates, fx, segmenter, SCHEME);
const tagged = predictAll(compile(fcand, base.index), base.w, SCHEME);
let keep = candidates.map((_, i) => i).filter((i) => tagged[i]!.some((t) => t !== 'O'));
if (AGREE) {
  const other = stage1(ftrain, SEEDS.map((s) => s + 100));
  const tagged2 = predictAll(compile(fcand, other.index), other.w, SCHEME);
  keep = keep.filter((i) => tagged[i]!.every((t, k) => t === tagged2[i]![k]));
  log(`second ensemble (seeds +100): dev F1 ${pct(other.dev)}; ${keep.length} sentences agree`);
}
log(`${keep.length} sentences with entities`);

for (const size of sizes) {
  const idx = keep.slice(0, size);
  const auto: Featurized = featurize(
    idx.map((i) => ({ tokens: candidates[i]!.tokens, tags: tagged[i]!.map(toBio) })),
    fx,
    segmenter,
    SCHEME,
  );
  const data: Featurized = { feats: [...ftrain.feats, ...auto.feats], gold: [...ftrain.gold, ...auto.gold], cores: [...ftrain.cores, ...auto.cores] };
  const r = stage1(data, SEEDS);
  log(`+ ${idx.length} self-tagged sentences: dev F1 ${pct(r.dev)} (baseline ${pct(base.dev)})`);
}
