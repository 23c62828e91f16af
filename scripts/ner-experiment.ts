/**
 * Dev-set experiments for the NER tagger (never reads test.txt): trains on the train part of
 * ANERcorp's training file with a feature configuration and prints dev F1 per epoch.
 *
 *   tsx scripts/ner-experiment.ts [--data DIR] [--clusters FILE|none] [--config JSON] [--scheme BIO|BILOU]
 *                                 [--epochs N] [--min-count N] [--no-lexicon] [--no-kb] [--folds K]
 *                                 [--lexicon FILE[,FILE…]] (word-lexicon atoms; config lexicon 1 unless set)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_FEATURES, parseClusterLines, type FeatureConfig } from '../src/components/ner/features.ts';
import type { Scheme } from '../src/components/ner/decode.ts';
import { createSegmenter, parseSegmentModel } from '../src/components/segment/segment.ts';
import { buildGazetteer, loadClusterFile, loadLexicon, readConll, splitDev } from './ner-data.ts';
import { writeFileSync } from 'node:fs';
import { lexicalMask, buildDict, compile, evaluate, predictAll, featurize, makeExtractor, trainCrf, trainPerceptron, type Weights } from './ner-train-lib.ts';
import { flag, option, repoRoot } from './args.ts';

const root = repoRoot;

const dataDir = resolve(root, option('--data', '../shared/data'));
const scheme = option('--scheme', 'BIO') as Scheme;
const epochs = Number(option('--epochs', '15'));
const minCount = Number(option('--min-count', '1'));
const config: FeatureConfig = { ...DEFAULT_FEATURES, ...(JSON.parse(option('--config', '{}')) as Partial<FeatureConfig>) };
const clusterPath = option('--clusters', 'none');

const t0 = Date.now();
const segmenter = createSegmenter(parseSegmentModel(JSON.parse(readFileSync(resolve(root, 'models/segment/model.json'), 'utf8'))));
const cf = clusterPath === 'none' ? null : loadClusterFile(resolve(root, clusterPath));
const clusters = cf ? parseClusterLines(cf.ks, cf.words) : null;
const gaz = buildGazetteer(flag('--no-kb') ? '/nonexistent' : root, flag('--no-lexicon') ? null : resolve(dataDir, 'lexicons/ne-ar-en'));
const all = readConll(resolve(dataDir, 'ner/anercorp/train.txt'));
const folds = Number(option('--folds', '1'));
const lexPaths = option('--lexicon', '').split(',').filter((p) => p.length > 0).map((p) => resolve(root, p));
const { lexicon } = loadLexicon(lexPaths);
if (lexicon && !config.lexicon) config.lexicon = 1;
const fx = makeExtractor(config, { segmenter, clusters, gazetteer: gaz.data, lexicon });
// --folds 1: the dev split (last 10%); --folds K: K contiguous blocks of the training file, each
// held out in turn (cross-validation inside the training file; test.txt is never read).
const splits =
  folds <= 1
    ? [splitDev(all)]
    : Array.from({ length: folds }, (_, k) => {
        const a = Math.round((all.length * k) / folds);
        const b = Math.round((all.length * (k + 1)) / folds);
        return { train: [...all.slice(0, a), ...all.slice(b)], dev: all.slice(a, b) };
      });
const sums = new Float64Array(epochs + 1);
const typeSums = new Map<string, Float64Array>();
for (const { train, dev } of splits) {
  const ftrain = featurize(train, fx, segmenter, scheme);
  const fdev = featurize(dev, fx, segmenter, scheme);
  const { names, index } = buildDict(ftrain, minCount);
  const ctrain = compile(ftrain, index);
  const cdev = compile(fdev, index);
  if (splits.length === 1 || dev === splits[0]!.dev) console.log(`config ${JSON.stringify(config)} scheme ${scheme} clusters ${clusterPath} features ${names.length} prep ${Date.now() - t0} ms`);
  const learner = option('--learner', 'perceptron');
  const c2 = Number(option('--c2', '1'));
  const eta0 = Number(option('--eta', '0.1'));
  const train_ = (onEpoch: (epoch: number, avg: Weights) => void): Weights =>
    learner === 'crf'
      ? trainCrf(ctrain, names.length, { scheme, epochs, seed: 1, c2, eta0, onEpoch })
      : trainPerceptron(ctrain, names.length, { scheme, epochs, seed: 1, onEpoch, pa: Number(option('--pa', '0')), dropout: { rate: Number(option('--dropout', '0')), lexical: lexicalMask(names) } });
  const finalW = train_((epoch, avg) => {
      const s = evaluate(cdev, avg, scheme, dev);
      sums[epoch]! += s.overall.f1 / splits.length;
      for (const [t, p] of Object.entries(s.byType)) {
        if (!typeSums.has(t)) typeSums.set(t, new Float64Array(epochs + 1));
        typeSums.get(t)![epoch]! += p.f1 / splits.length;
      }
      if (splits.length === 1) {
        const types = Object.entries(s.byType).map(([t, p]) => `${t} ${(100 * p.f1).toFixed(1)}`).join(' ');
        console.log(`epoch ${epoch} dev F1 ${(100 * s.overall.f1).toFixed(2)} P ${(100 * s.overall.precision).toFixed(1)} R ${(100 * s.overall.recall).toFixed(1)} | ${types} | ${Date.now() - t0} ms`);
      }
  });
  const ensemble = Number(option('--ensemble', '0'));
  if (ensemble > 1) {
    const models: Weights[] = [];
    for (let seed = 1; seed <= ensemble; seed++) {
      const w = trainPerceptron(ctrain, names.length, { scheme, epochs, seed, pa: Number(option('--pa', '0')) });
      models.push(w);
      console.log(`  seed ${seed}: F1 ${(100 * evaluate(cdev, w, scheme, dev).overall.f1).toFixed(2)}`);
    }
    const avg: Weights = { T: models[0]!.T, w: new Float64Array(models[0]!.w.length), trans: new Float64Array(models[0]!.trans.length) };
    for (const m of models) {
      for (let i = 0; i < avg.w.length; i++) avg.w[i]! += m.w[i]! / ensemble;
      for (let i = 0; i < avg.trans.length; i++) avg.trans[i]! += m.trans[i]! / ensemble;
    }
    console.log(`  ensemble of ${ensemble}: F1 ${(100 * evaluate(cdev, avg, scheme, dev).overall.f1).toFixed(2)}`);
  }
  const dump = option('--dump', '');
  if (dump && splits.length === 1) {
    const pred = predictAll(cdev, finalW, scheme);
    writeFileSync(dump, dev.map((s, k) => s.tokens.map((t, i) => `${t}\t${s.tags[i]}\t${pred[k]![i]}`).join('\n')).join('\n\n') + '\n');
  }
}
let best = { f1: 0, epoch: 0 };
for (let e = 1; e <= epochs; e++) if (sums[e]! > best.f1) best = { f1: sums[e]!, epoch: e };
const types = [...typeSums].map(([t, v]) => `${t} ${(100 * v[best.epoch]!).toFixed(1)}`).join(' ');
const curve = Array.from(sums.slice(1), (x) => (100 * x).toFixed(1)).join(' ');
console.log(`best ${folds > 1 ? folds + '-fold' : 'dev'} F1 ${(100 * best.f1).toFixed(2)} at epoch ${best.epoch} | ${types} | curve ${curve} | ${Date.now() - t0} ms`);
