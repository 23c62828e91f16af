import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BoilerplateKind } from '../doc/document.ts';
import { findStructure, type Structure, type StructureHints } from './structure.ts';

// Body paragraphs and headlines made up for these tests.
const TITLE = 'وزير الخارجية يصل إلى دمشق في زيارة مفاجئة';
const P1 =
  'قال مسؤولون إن الاجتماع سيعقد الأسبوع المقبل في العاصمة لبحث الملفات العالقة بين البلدين، وفق ما نقلت وسائل إعلام محلية.';
const P2 = 'وأضاف المسؤول أن الجانبين اتفقا على مواصلة المشاورات في 5 آذار 2021 بحسب البيان الصادر عن الوزارة.';
const P3 = 'وتأتي الزيارة بعد أشهر من القطيعة بين البلدين، وسط حديث عن وساطة إقليمية لم تُكشف تفاصيلها بعد.';
const LONG_LEAD =
  'كشفت مصادر مطلعة عن زيارة مرتقبة لوفد حكومي رفيع إلى العاصمة خلال الأيام المقبلة، في خطوة تهدف إلى إعادة العلاقات بين البلدين إلى مسارها الطبيعي بعد سنوات من القطيعة والتوتر السياسي والأمني على الحدود.';

/** Every structural promise that holds for any input. */
function checkInvariants(text: string, s: Structure): void {
  expect(s.body.start).toBeGreaterThanOrEqual(0);
  expect(s.body.end).toBeGreaterThanOrEqual(s.body.start);
  expect(s.body.end).toBeLessThanOrEqual(text.length);
  let last = -1;
  for (const b of s.boilerplate) {
    expect(text.slice(b.start, b.end)).toBe(b.text);
    expect(b.text).toBe(b.text.trim());
    expect(b.text.length).toBeGreaterThan(0);
    expect(b.start).toBeGreaterThanOrEqual(last);
    last = b.end;
  }
  if (s.titleRange) {
    expect(s.titleRange.end).toBeLessThanOrEqual(s.body.start);
    const t = text.slice(s.titleRange.start, s.titleRange.end);
    expect(t).toBe(t.trim());
  }
  if (s.body.end > s.body.start) {
    const b = text.slice(s.body.start, s.body.end);
    expect(b).toBe(b.trim());
  }
  if (s.published !== null) expect(s.published).toMatch(/^\d{4}-\d{2}-\d{2}/);
}

interface Case {
  name: string;
  lines: string[];
  eol?: string;
  hints?: StructureHints;
  title?: string | null;
  /** Expected titleRange text, when it differs from `title`. */
  titleText?: string | null;
  outlet?: string | null;
  published?: string | null;
  publishedFrom?: Structure['publishedFrom'];
  /** All boilerplate, in order. */
  boilerplate?: [BoilerplateKind, string][];
  bodyStarts?: string;
  bodyEnds?: string;
  warnings?: string[];
}

const cases: Case[] = [
  {
    name: 'title, exact repeat, byline with en dash',
    lines: [TITLE, TITLE, 'عنب بلدي – فريق التحرير', P1, P2],
    title: TITLE,
    outlet: 'عنب بلدي',
    published: null,
    publishedFrom: null,
    boilerplate: [['title-repeat', TITLE], ['byline', 'عنب بلدي – فريق التحرير']],
    bodyStarts: P1,
    bodyEnds: P2,
    warnings: [],
  },
  {
    name: 'near repeat of the title warns',
    lines: ['روسيا وتركيا تتفقان على هدنة جديدة في الشمال السوري.. ما التفاصيل؟', 'روسيا وتركيا تتفقان على هدنة في الشمال..!', P1],
    title: 'روسيا وتركيا تتفقان على هدنة جديدة في الشمال السوري.. ما التفاصيل؟',
    boilerplate: [['title-repeat', 'روسيا وتركيا تتفقان على هدنة في الشمال..!']],
    warnings: ['title repeated with changes'],
  },
  {
    name: 'em dash, CRLF, furniture inside and after the body',
    lines: [TITLE, 'الجزيرة نت — متابعات', P1, 'اقْرَأْ أَيْضًا: عنوان مقال آخر هنا', P2, 'رابط مختصر: https://example.com/x1', 'الوسوم: سوريا، روسيا، تركيا'],
    eol: '\r\n',
    title: TITLE,
    outlet: 'الجزيرة نت',
    boilerplate: [
      ['byline', 'الجزيرة نت — متابعات'],
      ['read-also', 'اقْرَأْ أَيْضًا: عنوان مقال آخر هنا'],
      ['short-link', 'رابط مختصر: https://example.com/x1'],
      ['other', 'الوسوم: سوريا، روسيا، تركيا'],
    ],
    bodyStarts: P1,
    bodyEnds: P2,
  },
  {
    name: 'hyphen byline and a weekday dateline',
    lines: [TITLE, 'المدن - خاص', 'الأربعاء 3 أغسطس 2017', P1, P2],
    outlet: 'المدن',
    published: '2017-08-03',
    publishedFrom: 'text',
    boilerplate: [['byline', 'المدن - خاص'], ['dateline', 'الأربعاء 3 أغسطس 2017']],
    bodyStarts: P1,
  },
  {
    name: 'author first, outlet after a pipe',
    lines: [TITLE + '؟', 'فريق التحرير | روسيا اليوم', P1],
    title: TITLE + '؟',
    outlet: 'روسيا اليوم',
    boilerplate: [['byline', 'فريق التحرير | روسيا اليوم']],
  },
  {
    name: 'place before the dash names no outlet; Levantine month in Arabic-Indic digits',
    lines: [TITLE + '..', 'دمشق – خاص', '١٥ حزيران ٢٠٢٣', P1],
    title: TITLE + '..',
    outlet: null,
    published: '2023-06-15',
    boilerplate: [['byline', 'دمشق – خاص'], ['dateline', '١٥ حزيران ٢٠٢٣']],
  },
  {
    name: 'dateline above the title, with weekday and time',
    lines: ['الخميس، 15 حزيران 2023 - 10:30 ص', TITLE, P1],
    title: TITLE,
    published: '2023-06-15',
    boilerplate: [['dateline', 'الخميس، 15 حزيران 2023 - 10:30 ص']],
    bodyStarts: P1,
  },
  {
    name: 'numeric datelines',
    lines: [TITLE, '2017/08/03', P1, P2],
    published: '2017-08-03',
    boilerplate: [['dateline', '2017/08/03']],
  },
  {
    name: 'day-first numeric dateline',
    lines: [TITLE, 'نشر في 03-08-2017', P1],
    published: '2017-08-03',
    boilerplate: [['dateline', 'نشر في 03-08-2017']],
  },
  {
    name: 'Hijri and Gregorian on one dateline',
    lines: [TITLE, 'الأحد 12 ذو القعدة 1438 هـ - 6 آب 2017 م', P1],
    published: '2017-08-06',
    boilerplate: [['dateline', 'الأحد 12 ذو القعدة 1438 هـ - 6 آب 2017 م']],
  },
  {
    name: 'byline glued to its date; "last updated" is ignored',
    lines: [TITLE, '', 'فريق التحرير14 آذار 2023آخر تحديث : منذ سنتين', P1, 'عذراً التعليقات مغلقة'],
    title: TITLE,
    published: '2023-03-14',
    publishedFrom: 'text',
    boilerplate: [['byline', 'فريق التحرير14 آذار 2023آخر تحديث : منذ سنتين'], ['comments-closed', 'عذراً التعليقات مغلقة']],
    bodyEnds: P1,
  },
  {
    name: 'update date alone does not give published',
    lines: [TITLE, 'فريق التحرير آخر تحديث: 4 أغسطس 2017', P1],
    published: null,
    boilerplate: [['byline', 'فريق التحرير آخر تحديث: 4 أغسطس 2017']],
  },
  {
    name: 'written-by byline and a Latin caption naming the outlet',
    lines: [TITLE, 'بقلم: أحمد خالد', 'assad moscow - عنب بلدي Enab Baladi', P1, '(صورة: رويترز)', P2],
    outlet: 'عنب بلدي',
    boilerplate: [
      ['byline', 'بقلم: أحمد خالد'],
      ['caption', 'assad moscow - عنب بلدي Enab Baladi'],
      ['caption', '(صورة: رويترز)'],
    ],
    bodyStarts: P1,
    bodyEnds: P2,
  },
  {
    name: 'byline outlet wins over caption outlet',
    lines: [TITLE, 'المدن – خاص', 'syria-map | حرية برس Horrya press', P1],
    outlet: 'المدن',
    boilerplate: [['byline', 'المدن – خاص'], ['caption', 'syria-map | حرية برس Horrya press']],
  },
  {
    name: 'photo credit line',
    lines: [TITLE, 'المصدر: وكالة الأناضول', P1, P2],
    boilerplate: [['caption', 'المصدر: وكالة الأناضول']],
    bodyStarts: P1,
  },
  {
    name: 'long first sentence ending in a period is not a title',
    lines: [LONG_LEAD, P1, P2, 'عذراً التعليقات مغلقة'],
    title: null,
    bodyStarts: LONG_LEAD,
    bodyEnds: P2,
    boilerplate: [['comments-closed', 'عذراً التعليقات مغلقة']],
  },
  {
    name: 'short first sentence with a period is not a title either',
    lines: ['أعلنت الحكومة اليوم عن حزمة إجراءات اقتصادية جديدة.', P1],
    title: null,
    bodyStarts: 'أعلنت الحكومة',
  },
  {
    name: 'but a first line with a period repeated by the next one is',
    lines: ['أعلنت الحكومة عن حزمة إجراءات اقتصادية جديدة.', 'الحكومة تعلن حزمة إجراءات اقتصادية جديدة', P1],
    title: 'أعلنت الحكومة عن حزمة إجراءات اقتصادية جديدة.',
    boilerplate: [['title-repeat', 'الحكومة تعلن حزمة إجراءات اقتصادية جديدة']],
  },
  {
    name: 'a continuation sentence is not a headline',
    lines: ['وأضاف المتحدث أن الاجتماع سيعقد في موعده', P1],
    title: null,
  },
  {
    name: 'a single line is body, not a title',
    lines: [TITLE],
    title: null,
    bodyStarts: TITLE,
    bodyEnds: TITLE,
    warnings: [],
  },
  {
    name: 'subheadings inside the body stay body',
    lines: [TITLE, P1, 'تعزيز الدعم الإقليمي', P2],
    boilerplate: [],
    bodyStarts: P1,
    bodyEnds: P2,
  },
  {
    name: 'dates in body sentences are not taken',
    lines: [TITLE, P1, 'وأكد الوزير في 17 تموز/ يوليو 2020 أن المحادثات مستمرة.'],
    published: null,
    publishedFrom: null,
  },
  {
    name: 'read-also variants and share lines',
    lines: [
      TITLE, P1, 'إقرأ أيضاً: عنوان آخر', P2, 'شاهد أيضا: فيديو من الموقع', 'اقرأ المزيد', P3,
      'شارك هذا المقال', 'Facebook Twitter WhatsApp', 'كلمات مفتاحية سوريا روسيا', 'أضف تعليقاً',
    ],
    boilerplate: [
      ['read-also', 'إقرأ أيضاً: عنوان آخر'],
      ['read-also', 'شاهد أيضا: فيديو من الموقع'],
      ['read-also', 'اقرأ المزيد'],
      ['other', 'شارك هذا المقال'],
      ['other', 'Facebook Twitter WhatsApp'],
      ['other', 'كلمات مفتاحية سوريا روسيا'],
      ['comments-closed', 'أضف تعليقاً'],
    ],
    bodyStarts: P1,
    bodyEnds: P3,
  },
  {
    name: 'related-links list at the end',
    lines: [TITLE, P1, P2, 'مواضيع ذات صلة', 'روسيا تعلن عن اتفاق جديد', 'الأسد في موسكو', 'الرابط المختصر'],
    boilerplate: [
      ['read-also', 'مواضيع ذات صلة'],
      ['read-also', 'روسيا تعلن عن اتفاق جديد'],
      ['read-also', 'الأسد في موسكو'],
      ['short-link', 'الرابط المختصر'],
    ],
    bodyEnds: P2,
  },
  {
    name: 'tatweel and diacritics in furniture',
    lines: [TITLE, P1, 'اقـــرأ أيـضـاً: شيء ما', P2, 'التَّعْلِيقَاتُ مُغْلَقَةٌ'],
    boilerplate: [['read-also', 'اقـــرأ أيـضـاً: شيء ما'], ['comments-closed', 'التَّعْلِيقَاتُ مُغْلَقَةٌ']],
  },
  {
    name: 'impossible date on a dateline',
    lines: [TITLE, '31 فبراير 2017', P1],
    published: null,
    boilerplate: [['dateline', '31 فبراير 2017']],
    warnings: ['impossible date ignored: "31 فبراير 2017"'],
  },
  {
    name: 'furniture only',
    lines: ['رابط مختصر', 'عذراً التعليقات مغلقة'],
    title: null,
    warnings: ['no body text found'],
  },
  {
    name: 'blank lines, indentation and a BOM',
    lines: ['\uFEFF  ' + TITLE + '  ', '   ', '\t' + P1 + ' ', '', ''],
    title: TITLE,
    bodyStarts: P1,
    bodyEnds: P1,
  },
  {
    name: 'hints: metadata wins, title on the first line',
    lines: [TITLE, 'الأربعاء 3 أغسطس 2017', P1],
    hints: { title: TITLE, outlet: 'عنب بلدي', published: '2017-08-04', titleIsFirstLine: true },
    title: TITLE,
    outlet: 'عنب بلدي',
    published: '2017-08-04',
    publishedFrom: 'metadata',
    boilerplate: [['dateline', 'الأربعاء 3 أغسطس 2017']],
    warnings: ['published date from metadata (2017-08-04) differs from the date in the text (2017-08-03)'],
  },
  {
    name: 'hints: title on the first line even when it reads like a sentence',
    lines: ['أعلنت الحكومة عن إجراءات جديدة.', P1],
    hints: { title: 'أعلنت الحكومة عن إجراءات جديدة.', outlet: null, published: null, titleIsFirstLine: true },
    title: 'أعلنت الحكومة عن إجراءات جديدة.',
    bodyStarts: P1,
  },
  {
    name: 'hints: metadata title found in the text',
    lines: [TITLE, P1],
    hints: { title: TITLE + ' | عنب بلدي', outlet: null, published: null },
    title: TITLE + ' | عنب بلدي',
    titleText: TITLE,
    bodyStarts: P1,
  },
  {
    name: 'hints: metadata title not in the text',
    lines: [P1, P2],
    hints: { title: 'عنوان من البيانات الوصفية فقط', outlet: null, published: null },
    title: 'عنوان من البيانات الوصفية فقط',
    titleText: null,
    bodyStarts: P1,
  },
  {
    name: 'hints: outlet names the byline without an author word',
    lines: [TITLE, 'عنب بلدي – أحمد خالد', P1],
    hints: { title: null, outlet: 'عنب بلدي', published: null },
    outlet: 'عنب بلدي',
    boilerplate: [['byline', 'عنب بلدي – أحمد خالد']],
  },
];

describe('findStructure', () => {
  it.each(cases)('$name', (c) => {
    const text = c.lines.join(c.eol ?? '\n');
    const s = findStructure(text, c.hints);
    checkInvariants(text, s);
    if (c.title !== undefined) expect(s.title).toBe(c.title);
    if (c.title !== undefined || c.titleText !== undefined) {
      const want = c.titleText !== undefined ? c.titleText : c.title;
      expect(s.titleRange ? text.slice(s.titleRange.start, s.titleRange.end) : null).toBe(want);
    }
    if (c.outlet !== undefined) expect(s.outlet).toBe(c.outlet);
    if (c.published !== undefined) expect(s.published).toBe(c.published);
    if (c.publishedFrom !== undefined) expect(s.publishedFrom).toBe(c.publishedFrom);
    if (c.boilerplate) expect(s.boilerplate.map((b) => [b.kind, b.text])).toEqual(c.boilerplate);
    const body = text.slice(s.body.start, s.body.end);
    if (c.bodyStarts !== undefined) expect(body.startsWith(c.bodyStarts)).toBe(true);
    if (c.bodyEnds !== undefined) expect(body.endsWith(c.bodyEnds)).toBe(true);
    if (c.warnings) expect(s.warnings).toEqual(c.warnings);
  });

  it('keeps offsets in UTF-16 units past astral characters', () => {
    const text = ['🇸🇾 ' + TITLE, 'طيف بوست – فريق التحرير', '😀 ' + P1, 'عذراً التعليقات مغلقة'].join('\n');
    const s = findStructure(text);
    checkInvariants(text, s);
    expect(s.outlet).toBe('طيف بوست');
    expect(s.boilerplate.map((b) => b.kind)).toEqual(['byline', 'comments-closed']);
  });

  it('holds its invariants on shuffled article parts', () => {
    const parts = [
      TITLE, P1, P2, P3, LONG_LEAD, 'طيف بوست – فريق التحرير', 'الأربعاء 3 أغسطس 2017', 'رابط مختصر',
      'اقرأ أيضاً: عنوان', 'putin alasad - حرية برس Horrya press', 'مواضيع ذات صلة', '', '  ', '31/02/2020',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...parts), { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n', '\n\n', ' \n'),
        (lines, eol) => {
          const text = lines.join(eol);
          checkInvariants(text, findStructure(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws and keeps invariants on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        checkInvariants(text, findStructure(text));
      }),
      { numRuns: 300 },
    );
  });

  it('does not modify its input', () => {
    const text = [TITLE, 'طيف بوست – فريق التحرير', P1].join('\n');
    const copy = text.slice();
    findStructure(text);
    expect(text).toBe(copy);
  });
});
