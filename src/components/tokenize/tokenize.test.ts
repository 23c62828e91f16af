import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, plainMeta } from '../../doc/document.ts';
import { normalizeComponent } from '../normalize/component.ts';
import { tokenizeComponent } from './tokenize.ts';

function analyze(text: string, meta = plainMeta(text)): Document {
  return tokenizeComponent().run(normalizeComponent().run(new Document(text, meta)));
}

function tokens(text: string): string[] {
  const d = analyze(text);
  const t = d.layers.tokens!;
  return Array.from({ length: t.length }, (_, i) => t.span(text, i).text);
}

function sentences(text: string): string[] {
  const d = analyze(text);
  return [...d.layers.sentences!].map((s) => text.slice(s.start, s.end));
}

describe('tokenize', () => {
  it.each([
    ['words and punctuation', 'قال الشاعر: “لن أبالغ”.', ['قال', 'الشاعر', ':', '“', 'لن', 'أبالغ', '”', '.']],
    ['numbers with inner marks', 'القرار 2254 و3.5 مليون و1,000 في 2017/08/03', ['القرار', '2254', 'و', '3.5', 'مليون', 'و', '1,000', 'في', '2017/08/03']],
    ['script changes split', 'فريق التحرير3 أغسطس 2017آخر', ['فريق', 'التحرير', '3', 'أغسطس', '2017', 'آخر']],
    ['Arabic-Indic digits', 'عام ٢٠١١', ['عام', '٢٠١١']],
    ['diacritics stay in the token', 'وَبِحَسْبِ المصادر', ['وَبِحَسْبِ', 'المصادر']],
    ['dodge spelling is one token', 'تحركاتها العسكـ.ـرية شمال', ['تحركاتها', 'العسكـ.ـرية', 'شمال']],
    ['punctuation runs', 'الجديد..؟ نعم!!', ['الجديد', '..', '؟', 'نعم', '!!']],
    ['Latin words', 'عبر “Karagöz GAG” و O\'Brien', ['عبر', '“', 'Karagöz', 'GAG', '”', 'و', "O'Brien"]],
    ['percent', '90٪ من الشعب', ['90', '٪', 'من', 'الشعب']],
    ['hyphenated', 'السورية-التركية', ['السورية', '-', 'التركية']],
  ])('%s', (_n, text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });
});

describe('sentences', () => {
  it.each([
    ['full stops', 'التقى الوزيران. وبحث الجانبان الأزمة.', ['التقى الوزيران.', 'وبحث الجانبان الأزمة.']],
    ['Arabic question mark and !', 'ما الجديد؟ لا شيء! انتهى', ['ما الجديد؟', 'لا شيء!', 'انتهى']],
    ['line breaks', 'عنوان الخبر\nالفقرة الأولى', ['عنوان الخبر', 'الفقرة الأولى']],
    ['decimal numbers do not split', 'ارتفع بنسبة 3.5 بالمئة أمس.', ['ارتفع بنسبة 3.5 بالمئة أمس.']],
    ['resolution numbers', 'وفق القرار رقم 2254. ثم', ['وفق القرار رقم 2254.', 'ثم']],
    ['abbreviations', 'قال د. محمد إن الوضع صعب.', ['قال د. محمد إن الوضع صعب.']],
    ['closing quote stays with its sentence', 'وقال: «روسيا ليست مستعدة». وأضاف', ['وقال: «روسيا ليست مستعدة».', 'وأضاف']],
    ['quote after the mark', 'وقال “انتهى الأمر.” ثم غادر.', ['وقال “انتهى الأمر.”', 'ثم غادر.']],
  ])('%s', (_n, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('skips boilerplate and never crosses regions', () => {
    const text = 'عنوان\nاقرأ أيضاً: شيء آخر\nالفقرة الأولى بلا نقطة\nالثانية.';
    const meta = plainMeta(text);
    const a = text.indexOf('اقرأ');
    const b = text.indexOf('\n', a);
    meta.boilerplate = [{ start: a, end: b, text: text.slice(a, b), kind: 'read-also' }];
    const d = analyze(text, meta);
    const got = [...d.layers.sentences!].map((s) => text.slice(s.start, s.end));
    expect(got).toEqual(['عنوان', 'الفقرة الأولى بلا نقطة', 'الثانية.']);
  });
});

describe('offset invariant (property)', () => {
  const unit = fc.constantFrom(
    ...'ابتسشكلمنهويةىأإآ'.split(''),
    '\u064e', '\u0651', '\u0640', '.', '..', '؟', '!', ' ', '\n', '\r\n', '«', '»', '“', '”', '٣', '7', ',', '\u200c', '\ufefb', 'x', 'é', '😀', '٪', '-',
  );
  it('every token and sentence span slices the raw text, in order, without overlap', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        const d = analyze(text);
        const t = d.layers.tokens!;
        let prevEnd = 0;
        for (let i = 0; i < t.length; i++) {
          expect(t.start[i]!).toBeGreaterThanOrEqual(prevEnd);
          expect(t.end[i]!).toBeGreaterThan(t.start[i]!);
          expect(t.end[i]!).toBeLessThanOrEqual(text.length);
          prevEnd = t.end[i]!;
        }
        for (const s of d.layers.sentences!) {
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end).trim().length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
