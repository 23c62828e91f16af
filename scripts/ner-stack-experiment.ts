/**
 * Dev experiment for the two-stage (stacked) tagger: stage 1 as in train-ner; stage 2 adds
 * context features (src/components/ner/features.ts `contextFeatures`) from stage-1 tags of
 * nearby sentences. Stage-1 tags of the training part come from a jackknife. Never reads test.
 *
 *   tsx scripts/ner-stack-experiment.ts [--clusters FILE] [--windows 0,5,10,20] [--e1 N] [--epochs N]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contextFeatures, DEFAULT_FEATURES, parseClusterLines, type FeatureConfig } from '../src/components/ner/features.ts';
import { createSegmenter, parseSegmentModel } from '../src/components/segment/segment.ts';
import { buildGazetteer, loadClusterFile, readConll, splitDev } from './ner-data.ts';
import { buildDict, compile, evaluate, featurize, jackknife, makeExtractor, predictAll, trainPerceptron, withExtra } from './ner-train-lib.ts';
import { option, repoRoot } from './args.ts';

const root = repoRoot;
const dataDir = resolve(root, option('--data', '../shared/data'));
const clusterPath = option('--clusters', 'models/clusters/snn-ant.json');
const windows = option('--windows', '0,5,10,20').split(',').map(Number);
const e1 = Number(option('--e1', '12'));
const epochs = Number(option('--epochs', '15'));
const folds = Number(option('--folds', '5'));
const scheme = 'BILOU';
const t0 = Date.now();
const segmenter = createSegmenter(parseSegmentModel(JSON.parse(readFileSync(resolve(root, 'models/segment/model.json'), 'utf8'))));
const cf = clusterPath === 'none' ? null : loadClusterFile(resolve(root, clusterPath));
const clusters = cf ? parseClusterLines(cf.ks, cf.words) : null;
const levels = clusters ? clusters.ks.map((_, i) => i) : [];
const config: FeatureConfig = { ...DEFAULT_FEATURES, clusterLevels: levels, farClusterLevels: levels.slice(0, 1), ...(JSON.parse(option('--config', '{}')) as Partial<FeatureConfig>) };
const gaz = buildGazetteer(root, resolve(dataDir, 'lexicons/ne-ar-en'));
const { train, dev } = splitDev(readConll(resolve(dataDir, 'ner/anercorp/train.txt')));
const fx = makeExtractor(config, { segmenter, clusters, gazetteer: gaz.data });
const ftrain = featurize(train, fx, segmenter, scheme);
const fdev = featurize(dev, fx, segmenter, scheme);
const { names, index } = buildDict(ftrain, 1);
const w1 = trainPerceptron(compile(ftrain, index), names.length, { scheme, epochs: e1, seed: 1 });
const devStage1 = predictAll(compile(fdev, index), w1, scheme);
const s1 = evaluate(compile(fdev, index), w1, scheme, dev);
console.log(`stage 1: dev F1 ${(100 * s1.overall.f1).toFixed(2)} (${Date.now() - t0} ms)`);
const trainStage1 = jackknife(ftrain, scheme, folds, e1, 1, 1);
console.log(`jackknife done (${Date.now() - t0} ms)`);
for (const win of windows) {
  const tr2 = withExtra(ftrain, contextFeatures(ftrain.cores, trainStage1, win));
  const dv2 = withExtra(fdev, contextFeatures(fdev.cores, devStage1, win));
  const d2 = buildDict(tr2, 1);
  const ctr = compile(tr2, d2.index);
  const cdv = compile(dv2, d2.index);
  const curve: string[] = [];
  let best = { f1: 0, epoch: 0, types: '' };
  trainPerceptron(ctr, d2.names.length, {
    scheme,
    epochs,
    seed: 1,
    onEpoch: (e, w) => {
      const s = evaluate(cdv, w, scheme, dev);
      curve.push((100 * s.overall.f1).toFixed(1));
      if (s.overall.f1 > best.f1) best = { f1: s.overall.f1, epoch: e, types: Object.entries(s.byType).map(([t, p]) => `${t} ${(100 * p.f1).toFixed(1)}`).join(' ') };
    },
  });
  console.log(`window ${win}: best dev F1 ${(100 * best.f1).toFixed(2)} at epoch ${best.epoch} | ${best.types} | ${curve.join(' ')} (${Date.now() - t0} ms)`);
}
