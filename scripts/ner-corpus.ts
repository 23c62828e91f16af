/**
 * The unlabeled corpus as the NER tagger's distributional resources see it (word clusters,
 * word embeddings): normalized text, one `<s>` per line, each Arabic word reduced to its core
 * (article + stem: the project's clitic segmenter removes conjunctions, prepositions and pronouns,
 * so that لموسكو and موسكو are one word). Words seen fewer than `minCount` times become `<unk>`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CLUSTER_FORMAT, CLUSTER_FORMAT_VERSION, type ClusterFile } from '../src/components/ner/model.ts';
import { coreOf } from '../src/components/ner/features.ts';
import { normalizeString } from '../src/lang/ar/normalize.ts';
import { createSegmenter, parseSegmentModel } from '../src/components/segment/segment.ts';
import { readCorpus } from './segment-data.ts';

const TOKEN = /[\u0621-\u064a]+|[0-9]+(?:[.,][0-9]+)*|[A-Za-z\u00c0-\u024f]+|[^\s\u0621-\u064a0-9A-Za-z]/gu;

/** A corpus as word ids: `vocab` most frequent first, then `<unk>` last. */
export interface CoreCorpus {
  seq: Int32Array;
  vocab: string[];
  counts: Int32Array;
}

/**
 * Reads the corpora (gzipped JSON lines) in order and maps them to core-form ids. `maxWords`
 * (0: all) stops after a corpus passes that many tokens. Deterministic.
 */
export async function readCoreCorpus(root: string, paths: readonly string[], minCount: number, maxWords = 0): Promise<CoreCorpus> {
  const segmenter = createSegmenter(parseSegmentModel(JSON.parse(readFileSync(resolve(root, 'models/segment/model.json'), 'utf8'))));
  const coreCache = new Map<string, string>();
  const ids = new Map<string, number>();
  const words: string[] = [];
  let seq = new Int32Array(1 << 20);
  let n = 0;
  const push = (w: string): void => {
    let id = ids.get(w);
    if (id === undefined) {
      id = words.length;
      ids.set(w, id);
      words.push(w);
    }
    if (n === seq.length) {
      const bigger = new Int32Array(seq.length * 2);
      bigger.set(seq);
      seq = bigger;
    }
    seq[n++] = id;
  };
  for (const corpusPath of paths)
    for await (const a of readCorpus(corpusPath)) {
      for (const line of normalizeString(a.text).split('\n')) {
        const toks = line.match(TOKEN);
        if (!toks) continue;
        push('<s>');
        for (const t of toks) {
          const c0 = t.charCodeAt(0);
          if (c0 >= 0x0621 && c0 <= 0x064a) {
            let core = coreCache.get(t);
            if (core === undefined) {
              core = coreOf(t, segmenter.split(t));
              coreCache.set(t, core);
            }
            push(core);
          } else push(t);
        }
      }
      if (maxWords > 0 && n >= maxWords) break;
    }
  push('<s>');
  const raw = seq.subarray(0, n);
  const rawCounts = new Int32Array(words.length);
  for (const id of raw) rawCounts[id]!++;
  // Keep words seen at least minCount times, most frequent first; the rest become <unk>.
  const order = words.map((_, i) => i).filter((i) => rawCounts[i]! >= minCount || words[i] === '<s>');
  order.sort((a, b) => rawCounts[b]! - rawCounts[a]! || (words[a]! < words[b]! ? -1 : 1));
  const remap = new Int32Array(words.length).fill(order.length);
  order.forEach((old, i) => (remap[old] = i));
  const vocab = [...order.map((i) => words[i]!), '<unk>'];
  const out = Int32Array.from(raw, (id) => remap[id]!);
  const counts = new Int32Array(vocab.length);
  for (const id of out) counts[id]!++;
  return { seq: out, vocab, counts };
}

/**
 * The same, cached in `cachePath` (a scratch file outside the project, e.g. under /tmp) when
 * given: the segmenter pass over 12M tokens takes minutes, and experiments reread the corpus.
 */
export async function readCoreCorpusCached(root: string, paths: readonly string[], minCount: number, cachePath: string, maxWords = 0): Promise<CoreCorpus> {
  if (cachePath && existsSync(cachePath)) {
    const o = JSON.parse(readFileSync(cachePath, 'utf8')) as { key: string; vocab: string[]; seq: string };
    if (o.key === JSON.stringify({ paths, minCount, maxWords })) {
      const buf = Buffer.from(o.seq, 'base64');
      const seq = new Int32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4).slice();
      const counts = new Int32Array(o.vocab.length);
      for (const id of seq) counts[id]!++;
      return { seq, vocab: o.vocab, counts };
    }
  }
  const c = await readCoreCorpus(root, paths, minCount, maxWords);
  if (cachePath) {
    const seq = Buffer.from(c.seq.buffer, c.seq.byteOffset, c.seq.byteLength).toString('base64');
    writeFileSync(cachePath, JSON.stringify({ key: JSON.stringify({ paths, minCount, maxWords }), vocab: c.vocab, seq }));
  }
  return c;
}

/** Licenses of the corpora, by the short name scripts derive from the file name. */
const CORPUS_LICENSES: Record<string, string> = {
  ant: 'Apache-2.0 (ANT corpus, Chouigui, Ben Khiroun and Elayeb 2017)',
  saudinewsnet: 'CC BY-NC-SA 4.0 (SaudiNewsNet): this file inherits the non-commercial share-alike license',
};

/** The license of a file derived from these corpora: SaudiNewsNet's non-commercial one when it is among them. */
export function corpusLicense(corpusNames: readonly string[]): string {
  if (corpusNames.includes('saudinewsnet')) return CORPUS_LICENSES.saudinewsnet!;
  return corpusNames.map((n) => CORPUS_LICENSES[n] ?? 'see the corpus license').join('; ');
}

/**
 * A cluster file (`ClusterFile` of src/components/ner/model.ts) over `lines` (word + cluster ids)
 * learnt from these corpora: the format fields and the metadata every cluster script records,
 * with the script's own metadata (`extra`: algorithm, timings) after them.
 */
export function clusterFile(version: string, ks: readonly number[], lines: readonly string[], corpusPaths: readonly string[], corpusNames: readonly string[], tokens: number, minCount: number, extra: Record<string, unknown>): ClusterFile {
  return {
    format: CLUSTER_FORMAT,
    formatVersion: CLUSTER_FORMAT_VERSION,
    version,
    ks: [...ks],
    words: lines.join('\n'),
    meta: { corpus: corpusPaths.map((p) => basename(p)).join(', '), license: corpusLicense(corpusNames), tokens, types: lines.length, minCount, ...extra },
  };
}
