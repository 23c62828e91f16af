import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Document, plainMeta } from '../../doc/document.ts';
import { Pipeline } from '../../pipeline/pipeline.ts';
import { normalizeComponent } from '../normalize/component.ts';
import { createSegmenter, parseSegmentModel, segmentComponent } from '../segment/segment.ts';
import { tokenizeComponent } from '../tokenize/tokenize.ts';
import { toBio, Viterbi } from './decode.ts';
import { contextFeatures, createAnalyser, FeatureExtractor, spanFeatures } from './features.ts';
import type { NerStage } from './model.ts';
import { createTagger, nerComponent, parseNerModel, readConllTokens, tagConll, tagDocument, writeConll } from './ner.ts';

const load = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const segmentModel = parseSegmentModel(load('../../../models/segment/model.json'));
const model = parseNerModel(load('../../../models/ner/model.json'));
const tagger = createTagger(model, createSegmenter(segmentModel));

/** Entities of a sentence as `TYPE:words`. */
function entities(text: string): string[] {
  const tokens = text.split(' ');
  const tags = tagger.tag(tokens);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tags[i]!.startsWith('B-') || (tags[i]!.startsWith('I-') && (i === 0 || tags[i - 1] === 'O'))) {
      let j = i + 1;
      while (j < tokens.length && tags[j] === 'I-' + tags[i]!.slice(2)) j++;
      out.push(`${tags[i]!.slice(2)}:${tokens.slice(i, j).join(' ')}`);
    }
  }
  return out;
}

describe('tagger', () => {
  it('tags a person after a title', () => {
    const tokens = 'قال الرئيس السوري بشار الأسد إن'.split(' ');
    expect(tagger.tag(tokens)).toEqual(['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O']);
  });

  it('tags a place after a preposition', () => {
    expect(tagger.tag(['وصل', 'إلى', 'موسكو'])).toEqual(['O', 'O', 'B-LOC']);
  });

  it.each([
    ['a place with a proclitic', 'وصل الوفد لموسكو أمس', 'LOC:لموسكو'],
    ['an organisation', 'أعلنت الأمم المتحدة اليوم', 'ORG:الأمم المتحدة'],
    ['a foreign person', 'التقى وزير الخارجية الروسي سيرغي لافروف نظيره', 'PERS:سيرغي لافروف'],
  ])('finds %s', (_name, text, entity) => {
    expect(entities(text)).toContain(entity);
  });

  it('answers one BIO tag per token, for empty and odd input too', () => {
    expect(tagger.tag([])).toEqual([]);
    const odd = ['', '...', '2024', 'abc', 'ـــ', 'بشار'];
    const tags = tagger.tag(odd);
    expect(tags).toHaveLength(odd.length);
    for (const t of tags) expect(t).toMatch(/^(O|[BI]-(PERS|LOC|ORG|MISC))$/u);
  });

  it('gives the same tags with warm caches', () => {
    const s = 'قال الرئيس السوري بشار الأسد إن'.split(' ');
    expect(tagger.tag(s)).toEqual(createTagger(model, createSegmenter(segmentModel)).tag(s));
  });
});

/**
 * The tagger's definition, straight from the feature strings of features.ts (the trainer's
 * view): the runtime tagger's caches and numeric lookups must give the same tags.
 */
function referenceTags(sentences: string[][]): string[][] {
  const fx = new FeatureExtractor(model.config, model.clusters, model.gazetteer, model.triggers, model.lexicon);
  const analyse = createAnalyser(fx, createSegmenter(segmentModel));
  const viterbi = new Viterbi(model.T, model.allowed, model.end);
  const decode = (stage: NerStage, feats: string[][]): string[] => {
    const T = model.T;
    const em = new Float64Array(feats.length * T);
    feats.forEach((fs, i) => {
      for (const f of fs) {
        const row = stage.dict.get(f);
        if (row !== undefined) for (let t = 0; t < T; t++) em[i * T + t]! += stage.weights[row * T + t]!;
      }
    });
    const path = new Int32Array(feats.length);
    if (feats.length) viterbi.decode(em, feats.length, stage.transitions, path);
    return Array.from(path, (t) => toBio(model.tags[t]!));
  };
  const infos = sentences.map((s) => s.map(analyse));
  const base = infos.map((inf) => fx.sentenceFeatures(inf));
  const first = base.map((f) => decode(model.stage1, f));
  if (!model.stage2) return first;
  const cores = infos.map((inf) => inf.map((t) => t.core));
  const ctx = contextFeatures(cores, first, model.stage2.window);
  const spans = model.stage2.spans ? spanFeatures(cores, first, model.stage2.window) : null;
  return base.map((f, s) => decode(model.stage2!, f.map((fs, i) => [...fs, ...ctx[s]![i]!, ...(spans?.[s]![i] ?? [])])));
}

describe('runtime tagger = feature definition', () => {
  it('gives the reference tags on running text', () => {
    const text = [
      'قال الرئيس السوري بشار الأسد إن الحكومة ستواصل الحوار',
      'وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق أمس قادما من موسكو',
      'وأعلنت وكالة الأنباء الفرنسية | أن الأمم المتحدة دعت إلى وقف إطلاق النار في غزة',
      'والتقى لافروف الأسد في قصر الشعب بحضور مسؤولين من وزارة الخارجية السورية',
      'شارك منتخب البرازيل في كأس العالم 2014 وفاز ريال مدريد بدوري أبطال أوروبا',
      'قال المتحدث باسم البيت الأبيض جون كيربي : إن واشنطن لا تدعم العملية',
      'وأضاف سيرغي لافروف أن وكالة الأنباء الفرنسية نقلت عن جون كيربي تصريحا',
    ].map((s) => s.split(' '));
    expect(tagger.tagSentences(text)).toEqual(referenceTags(text));
    expect(text.map((s) => tagger.tag(s))).toEqual(text.map((s) => referenceTags([s])[0]));
  });
});

describe('span features', () => {
  it('marks other mentions of a multi-word entity of stage 1, not the mention itself', () => {
    const cores = [['قال', 'بشار', 'الاسد'], ['التقي', 'بشار', 'الاسد', 'لافروف'], ['بشار', 'وحده']];
    const tags = [['O', 'B-PERS', 'I-PERS'], ['O', 'O', 'O', 'B-PERS'], ['O', 'O']];
    const sp = spanFeatures(cores, tags, 5);
    expect(sp[1]!.slice(0, 3)).toEqual([undefined, ['spB=PERS'], ['spL=PERS']]);
    // The only mention of the span is stage 1's own: nothing.
    expect(sp[0]!.every((f) => f === undefined)).toBe(true);
    expect(sp[2]!.every((f) => f === undefined)).toBe(true);
    // Out of the window: nothing.
    expect(spanFeatures(cores, tags, 0)[1]!.every((f) => f === undefined)).toBe(true);
  });
});

describe('conll', () => {
  it('reads the first column and writes token<TAB>TAG', () => {
    const text = 'قال O\nالرئيس\tO\nبوتين B-PERS\n\n\nوصل\nإلى\nموسكو\n';
    expect(readConllTokens(text)).toEqual([['قال', 'الرئيس', 'بوتين'], ['وصل', 'إلى', 'موسكو']]);
    const out = tagConll(text, tagger);
    const blocks = out.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[1]!.split('\n')).toEqual(['وصل\tO', 'إلى\tO', 'موسكو\tB-LOC']);
    // Round trip: the output read back gives the same tokens, and tagging it again the same tags.
    expect(readConllTokens(out)).toEqual(readConllTokens(text));
    expect(tagConll(out, tagger)).toBe(out);
  });

  it('writes nothing for no sentences', () => {
    expect(tagConll('\n\n', tagger)).toBe('');
    expect(writeConll([], [])).toBe('');
  });
});

describe('ar.ner component', () => {
  const ner = nerComponent(model, segmentModel);
  const pipeline = new Pipeline([normalizeComponent(), tokenizeComponent(), segmentComponent(segmentModel), ner]);

  it('declares its layers', () => {
    expect(ner.name).toBe('ar.ner');
    expect(ner.requires).toEqual(['norm', 'tokens', 'sentences', 'words']);
    expect(ner.provides).toEqual(['ner']);
  });

  it('answers token-level spans with raw offsets and the stem start', () => {
    const text = 'قال الرئيس السوري بشار الأسد إنه سيتوجه لموسكو.';
    const doc = pipeline.run(new Document(text, plainMeta(text)));
    const spans = tagDocument(doc);
    const show = spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}:${text.slice(s.stemStart, s.end)}:${text.slice(s.nameStart, s.end)}`);
    expect(show).toContain('PERS:بشار الأسد:بشار الأسد:بشار الأسد');
    expect(show).toContain('LOC:لموسكو:موسكو:موسكو');
    const tokens = doc.layers.tokens!;
    for (const s of spans) {
      expect(s.start).toBe(tokens.start[s.tokenStart]);
      expect(s.end).toBe(tokens.end[s.tokenEnd - 1]);
      expect(s.stemStart).toBeGreaterThanOrEqual(s.start);
      expect(s.stemStart).toBeLessThan(s.end);
      expect(s.nameStart).toBeGreaterThanOrEqual(s.start);
      expect(s.nameStart).toBeLessThanOrEqual(s.stemStart);
    }
    expect(ner.tagDocument(doc)).toEqual(spans);
  });

  it('keeps a written article in the name but not a preposition', () => {
    const text = 'وقال مسؤول في الأمم المتحدة إن الوفد وصل بالقاهرة أمس.';
    const doc = pipeline.run(new Document(text, plainMeta(text)));
    const byText = new Map(tagDocument(doc).map((s) => [text.slice(s.start, s.end), s]));
    const un = byText.get('الأمم المتحدة');
    const cairo = byText.get('بالقاهرة');
    expect(un && text.slice(un.nameStart, un.end)).toBe('الأمم المتحدة');
    expect(un && text.slice(un.stemStart, un.end)).toBe('أمم المتحدة');
    expect(cairo && text.slice(cairo.nameStart, cairo.end)).toBe('القاهرة');
  });

  it('keeps the raw offsets when the text has diacritics and tatweel', () => {
    const text = 'وصَلَ الوفدُ إلى مـوسكو';
    const doc = pipeline.run(new Document(text, plainMeta(text)));
    const spans = tagDocument(doc).filter((s) => s.type === 'LOC');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['مـوسكو']);
  });

  it('refuses a document it did not run over', () => {
    const text = 'نص';
    expect(() => tagDocument(new Document(text, plainMeta(text)))).toThrow();
  });
});
