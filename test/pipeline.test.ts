/**
 * The whole pipeline (normalize → tokens + sentences → words) on arbitrary input: every span of
 * every layer slices the raw text, words lie inside their tokens and cover them, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadResources } from '../src/app/models.ts';
import { buildPipeline } from '../src/app/presets.ts';
import { Document, plainMeta } from '../src/doc/document.ts';

const pipeline = buildPipeline('full', loadResources());

const unit = fc.constantFrom(
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ'.split(''),
  'وال', 'لل', 'بال', 'ها', 'هم',
  '\u064e', '\u0650', '\u0651', '\u0652', '\u0670', '\u0640', 'ـ.ـ', '.', '..', '؟', '!', '،', ' ', '  ', '\n', '\r\n',
  '«', '»', '“', '”', '"', '٣', '2', '3.5', '\u200c', '\u200f', '\ufefb', '\ufe8d', 'a', 'Z', 'é', '😀', '٪', '-', '\u00a0',
);

describe('pipeline offsets (property)', () => {
  it('keeps every span inside the raw text, words inside and covering their tokens', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 150 }), (parts) => {
        const text = parts.join('');
        const doc = pipeline.run(new Document(text, plainMeta(text)));
        const { tokens, words, sentences } = doc.layers;
        for (const s of sentences!) expect(s.start < s.end && s.end <= text.length).toBe(true);
        let w = 0;
        for (let t = 0; t < tokens!.length; t++) {
          const first = w;
          while (w < words!.length && words!.token[w] === t) {
            expect(words!.start[w]!).toBeGreaterThanOrEqual(tokens!.start[t]!);
            expect(words!.end[w]!).toBeLessThanOrEqual(tokens!.end[t]!);
            expect(words!.end[w]!).toBeGreaterThan(words!.start[w]!);
            if (w > first) expect(words!.start[w]).toBe(words!.end[w - 1]);
            w++;
          }
          expect(w).toBeGreaterThan(first);
          expect(words!.start[first]).toBe(tokens!.start[t]);
          expect(words!.end[w - 1]).toBe(tokens!.end[t]);
        }
        expect(w).toBe(words!.length);
      }),
      { numRuns: 300 },
    );
  });
});
