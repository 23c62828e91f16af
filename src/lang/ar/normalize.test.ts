import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey, normalize, rawRange } from './normalize.ts';

describe('normalize', () => {
  it.each([
    ['diacritics and shadda', 'وَبِحَسْبِ المُتَحَدِّثِ', 'وبحسب المتحدث'],
    ['dagger alef', 'هٰذا', 'هذا'],
    ['tatweel', 'بـ «تقاسم»', 'ب "تقاسم"'],
    ['censorship dodge', 'العسكـ.ـرية', 'العسكرية'],
    ['dodge with other marks', 'الإرهـ-ـاب والقـ*ـصف', 'الارهاب والقصف'],
    ['plain dots stay', 'د.محمد 3.5 ..', 'د.محمد 3.5 ..'],
    ['alef and hamza seats', 'أإآٱ مؤتمر شؤون', 'اااا مؤتمر شؤون'],
    ['alef maqsura', 'مستشفى على', 'مستشفي علي'],
    ['ta marbuta kept', 'الدولة', 'الدولة'],
    ['Arabic-Indic and Persian digits', '٢٠١٧ ۲۰۲۳ ٣٫٥', '2017 2023 3.5'],
    ['presentation forms', 'ﻻ ﺑﺸﺎﺭ', 'لا بشار'],
    ['zero-width and bidi', 'سو\u200cريا\u200f \u202bدمشق\u202c', 'سوريا دمشق'],
    ['quote variants', '“أ” «ب» ‘ج’ „د‟', '"ا" "ب" \'ج\' "د"'],
    ['space variants', 'a\u00a0b\u2009c', 'a b c'],
  ])('%s', (_name, raw, expected) => {
    expect(normalize(raw).text).toBe(expected);
  });

  it('maps every normalized unit back to the raw unit it came from', () => {
    const raw = 'وَبِحَسْبِ العسكـ.ـرية';
    const n = normalize(raw);
    for (let i = 0; i < n.text.length; i++) {
      const r = raw[n.toRaw[i]!]!.normalize('NFKC');
      expect(normalize(r).text).toContain(n.text[i]);
    }
    expect(n.toRaw[n.text.length]).toBe(raw.length);
  });

  it('gives raw ranges that include attached diacritics', () => {
    const raw = 'وَبِحَسْبِ';
    const n = normalize(raw);
    expect(raw.slice(...Object.values(rawRange(raw, n, 0, 1)))).toBe('وَ');
    expect(raw.slice(...Object.values(rawRange(raw, n, 1, 2)))).toBe('بِ');
    expect(raw.slice(...Object.values(rawRange(raw, n, 2, 5)))).toBe('حَسْبِ');
  });

  it('folds ة to ه only in match keys', () => {
    expect(matchKey('الدولةُ الإسلاميّة')).toBe('الدوله الاسلاميه');
  });

  const arabicish = fc.string({
    unit: fc.constantFrom(
      ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ'.split(''),
      '\u064e', '\u0650', '\u0651', '\u0652', '\u0670', '\u0640', '.', ' ', '\n', '«', '»', '٣', '\u200c', '\u202b', '\ufefb', 'a', '😀',
    ),
    maxLength: 200,
  });

  it('keeps the map monotonic and inside the raw text (property)', () => {
    fc.assert(
      fc.property(arabicish, (raw) => {
        const n = normalize(raw);
        expect(n.toRaw.length).toBe(n.text.length + 1);
        for (let i = 1; i <= n.text.length; i++) expect(n.toRaw[i]!).toBeGreaterThanOrEqual(n.toRaw[i - 1]!);
        for (let i = 0; i < n.text.length; i++) expect(n.toRaw[i]!).toBeLessThan(raw.length);
        for (let a = 0; a < n.text.length; a += 3) {
          const r = rawRange(raw, n, a, Math.min(n.text.length, a + 4));
          expect(r.start).toBeLessThanOrEqual(r.end);
          expect(r.end).toBeLessThanOrEqual(raw.length);
        }
      }),
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(arabicish, (raw) => {
        expect(normalize(normalize(raw).text).text).toBe(normalize(raw).text);
      }),
    );
  });
});
