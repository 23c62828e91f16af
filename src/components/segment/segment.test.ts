import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, plainMeta } from '../../doc/document.ts';
import { TokenKind, TokenLayer, WordRole } from '../../doc/layers.ts';
import { normalize, normalizeString, rawRange } from '../../lang/ar/normalize.ts';
import { createSegmenter, parseSegmentModel, segmentComponent, type Piece } from './segment.ts';

const modelJson: unknown = JSON.parse(readFileSync(new URL('../../../models/segment/model.json', import.meta.url), 'utf8'));
const model = parseSegmentModel(modelJson);
const segmenter = createSegmenter(model);

/** Pieces of a raw word as `surface(form)` joined with `+` (form shown only when it differs). */
function seg(raw: string): string {
  const w = normalizeString(raw);
  return segmenter
    .split(w)
    .map((p) => {
      const s = w.slice(p.start, p.end);
      return s === p.form ? s : `${s}(${p.form})`;
    })
    .join('+');
}

describe('segmenter', () => {
  it.each([
    ['conjunction + preposition', 'وبحسب', 'و+ب+حسب'],
    ['ل + article written ل', 'للأسد', 'ل+ل(ال)+اسد'],
    ['conjunction + article', 'والتلفزيون', 'و+ال+تلفزيون'],
    ['enclitic after a plural', 'ترشيحاتها', 'ترشيحات+ها'],
    ['future particle', 'سيلتقي', 'س+يلتقي'],
    ['article', 'الحكومة', 'ال+حكومة'],
    ['preposition + article', 'بالمائة', 'ب+ال+مائة'],
    ['enclitic on a preposition', 'عليها', 'علي+ها'],
    ['one-letter preposition hosts the pronoun', 'لها', 'ل+ها'],
    ['conjunction + hosting preposition', 'وبها', 'و+ب+ها'],
    ['ta marbuta restored before an enclitic', 'حكومته', 'حكومت(حكومة)+ه'],
    ['fused preposition', 'مما', 'م(من)+ما'],
    ['lexicalized word after a conjunction', 'وكما', 'و+كما'],
    ['lexicalized word with an enclitic', 'لكنه', 'لكن+ه'],
    ['conjunction + verb', 'وقال', 'و+قال'],
  ])('%s: %s', (_name, word, expected) => {
    expect(seg(word)).toBe(expected);
  });

  it.each(['بوتين', 'لافروف', 'كشفت', 'فيلم', 'والد', 'بلاد', 'كتاب', 'سوريا', 'موسكو', 'ليبيا', 'الله', 'كما', 'وزير', 'هناك', 'فقط', 'الذي'])(
    'keeps %s whole',
    (word) => {
      expect(seg(word)).toBe(normalizeString(word));
    },
  );

  it('gives one stem for words that are not all Arabic letters', () => {
    for (const w of ['2017', 'CNN', 'و2017', '']) {
      const pieces = segmenter.split(w);
      expect(pieces).toHaveLength(1);
      expect(pieces[0]).toMatchObject({ start: 0, end: w.length, role: WordRole.Stem, form: w });
    }
  });

  it('caches: the same word gives the same pieces object', () => {
    expect(segmenter.split('والحكومة')).toBe(segmenter.split('والحكومة'));
  });

  const letters = 'ءاآأؤإئبةتثجحخدذرزسشصضطظعغفقكلمنهويى';
  const arabicWord = fc
    .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 14 })
    .map((cs) => normalizeString(cs.join('')))
    .filter((w) => w.length > 0);

  it('pieces are contiguous, non-empty, cover the word and hold exactly one stem', () => {
    const fresh = createSegmenter(model);
    fc.assert(
      fc.property(arabicWord, (w) => {
        const pieces: readonly Piece[] = fresh.split(w);
        expect(pieces.length).toBeGreaterThan(0);
        let at = 0;
        for (const p of pieces) {
          expect(p.start).toBe(at);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.form.length).toBeGreaterThan(0);
          at = p.end;
        }
        expect(at).toBe(w.length);
        expect(pieces.filter((p) => p.role === WordRole.Stem)).toHaveLength(1);
        // Proclitics, then the stem, then at most one enclitic.
        const roles = pieces.map((p) => p.role).join('');
        expect(roles).toMatch(/^1*02?$/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseSegmentModel', () => {
  const good = modelJson as Record<string, unknown>;
  it.each([
    ['not an object', 42, /not a JSON object/],
    ['wrong format', { ...good, format: 'other' }, /"format"/],
    ['wrong format version', { ...good, formatVersion: 99 }, /formatVersion/],
    ['no alpha', { ...good, alpha: -1 }, /"alpha"/],
    ['missing conjunction prior', { ...good, conj: {} }, /"conj"/],
    ['missing mid table', { ...good, mid: { 'ب': {} } }, /"mid/],
    ['bad stem count', { ...good, stems: { كتاب: 'x' } }, /stem "كتاب"/],
    ['empty stems', { ...good, stems: {} }, /empty/],
    ['impossible word decision', { ...good, words: { كتاب: 'و|تاب|' } }, /impossible analysis/],
  ])('rejects %s', (_name, json, message) => {
    expect(() => parseSegmentModel(json)).toThrow(message);
  });
});

describe('segmentComponent', () => {
  /** A document with norm and a hand-built token layer: normalized text split on spaces. */
  function docOf(raw: string): Document {
    const norm = normalize(raw);
    const starts: number[] = [];
    const ends: number[] = [];
    const ns: number[] = [];
    const ne: number[] = [];
    const kinds: number[] = [];
    const re = /\S+/g;
    for (let m = re.exec(norm.text); m; m = re.exec(norm.text)) {
      const a = m.index;
      const b = a + m[0].length;
      const r = rawRange(raw, norm, a, b);
      starts.push(r.start);
      ends.push(r.end);
      ns.push(a);
      ne.push(b);
      kinds.push(/^[0-9]+$/.test(m[0]) ? TokenKind.Number : /^[\u0621-\u064a]+$/.test(m[0]) ? TokenKind.Word : TokenKind.Punct);
    }
    const tokens = new TokenLayer(
      Int32Array.from(starts),
      Int32Array.from(ends),
      Int32Array.from(ns),
      Int32Array.from(ne),
      Uint8Array.from(kinds),
    );
    return new Document(raw, plainMeta(raw)).with({ norm, tokens });
  }

  it('splits word tokens into words with raw spans inside their token', () => {
    const raw = 'وَبِحَسْبِ المصادرِ للأسد ، 2017 وحكومـته';
    const doc = segmentComponent(model).run(docOf(raw));
    const words = doc.layers.words!;
    const tokens = doc.layers.tokens!;
    const got: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const t = words.token[i]!;
      expect(words.start[i]!).toBeGreaterThanOrEqual(tokens.start[t]!);
      expect(words.end[i]!).toBeLessThanOrEqual(tokens.end[t]!);
      if (i > 0 && words.token[i - 1] === t) expect(words.start[i]).toBe(words.end[i - 1]);
      got.push(`${words.span(raw, i).text}:${doc.strings.get(words.form[i]!)}:${words.role[i]}`);
    }
    expect(got).toEqual([
      'وَ:و:1',
      'بِ:ب:1',
      'حَسْبِ:حسب:0',
      'ال:ال:1',
      'مصادرِ:مصادر:0',
      'ل:ل:1',
      'ل:ال:1',
      'أسد:اسد:0',
      '،:،:0',
      '2017:2017:0',
      'و:و:1',
      'حكومـت:حكومة:0',
      'ه:ه:2',
    ]);
  });

  it('declares its layers', () => {
    const c = segmentComponent(model);
    expect(c.name).toBe('ar.segment');
    expect(c.requires).toEqual(['norm', 'tokens']);
    expect(c.provides).toEqual(['words']);
    expect(c.version).toContain(model.version);
  });

  it('needs the norm and tokens layers', () => {
    expect(() => segmentComponent(model).run(new Document('x', plainMeta('x')))).toThrow(/norm and tokens/);
  });
});
