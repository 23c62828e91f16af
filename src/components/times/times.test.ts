import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, plainMeta } from '../../doc/document.ts';
import { normalize } from '../../lang/ar/normalize.ts';
import { scoreTimes } from './eval.ts';
import { findTimes, isoWeekOf, timesComponent, type TimeExpr } from './times.ts';

/** Published date of most cases: Tuesday 14 March 2023 (ISO week 2023-W11). */
const DCT = '2023-03-14';

const run = (text: string, published: string | null = DCT): TimeExpr[] =>
  findTimes(text, normalize(text), [{ start: 0, end: text.length }], published);

type Want = [text: string, value: string | null, granularity?: TimeExpr['granularity'], anchor?: TimeExpr['anchor']];

/** [case, text, expected expressions in order]; published is DCT unless the case says otherwise. */
const CASES: [string, string, Want[], (string | null)?][] = [
  // Years
  ['عام + year', 'اندلعت الاحتجاجات في عام 2011، تحت الحصار', [['عام 2011', '2011', 'year', 'absolute']]],
  ['العام + year', 'قدمت له منذ بداية النزاع في العام 2011 دعماً', [['العام 2011', '2011', 'year', 'absolute']]],
  ['منذ + bare year keeps منذ', 'تشهد سوريا نزاعا داميا منذ 2011 تسبّب بمقتل', [['منذ 2011', '2011', 'year', 'absolute']]],
  ['منذ العام', 'بعدما بقيت مقطوعة منذ العام 2016، إثر مفاوضات', [['منذ العام 2016', '2016', 'year', 'absolute']]],
  ['bare year after في', 'تأسست في 1983 وكانت تقام كل عامين', [['1983', '1983', 'year'], ['عامين', 'P2Y', 'duration']]],
  ['a resolution number is no year', 'بموجب قرار مجلس الأمن الدولي رقم 2254.', []],
  ['عام as "general" is no year', 'بشكل عام، وقال الأمين العام السابق إن الرأي العام غاضب', []],
  ['Arabic-Indic digits', 'منذ ٢٠١١ وفي العام ٢٠١٥', [['منذ ٢٠١١', '2011', 'year'], ['العام ٢٠١٥', '2015', 'year']]],
  ['year list', 'بين عامي 2011 و2015', [['عامي 2011', '2011', 'year'], ['2015', '2015', 'year']]],
  // Relative years, months, weeks
  ['العام الماضي', 'وعندما تم الكشف العام الماضي أن البيت الأبيض', [['العام الماضي', '2022', 'year', 'dct']]],
  ['العام المقبل / هذا العام / السنة الماضية', 'العام المقبل وهذا العام والسنة الماضية', [
    ['العام المقبل', '2024', 'year'], ['هذا العام', '2023', 'year'], ['السنة الماضية', '2022', 'year'],
  ]],
  ['الشهر الماضي', 'حيث شهد الشهر الماضي هجومًا شاملاً', [['الشهر الماضي', '2023-02', 'month', 'dct']]],
  ['نهاية الشهر المقبل', 'ستعقد الجولة نهاية الشهر المقبل في جنيف', [['نهاية الشهر المقبل', '2023-04', 'month', 'dct']]],
  ['الأسبوع الماضي / المقبل', 'التقيا الأسبوع الماضي ويلتقيان الأسبوع المقبل', [
    ['الأسبوع الماضي', '2023-W10', 'week', 'dct'], ['الأسبوع المقبل', '2023-W12', 'week', 'dct'],
  ]],
  ['نهاية الأسبوع: the last weekend', 'والذي تم الاتفاق على آخرها نهاية الأسبوع، انتهكته', [['نهاية الأسبوع', '2023-W10', 'week', 'dct']]],
  // Days
  ['أمس', 'بحث غاتيلوف أمس، مع رمزي', [['أمس', '2023-03-13', 'day', 'dct']]],
  ['مساء يوم أمس is one expression', 'التقى الأسد مساء يوم أمس في دمشق', [['مساء يوم أمس', '2023-03-13', 'day']]],
  ['أول من أمس / غداً / بعد غد', 'وصل أول من أمس ويغادر غداً أو بعد غد', [
    ['أول من أمس', '2023-03-12', 'day'], ['غداً', '2023-03-15', 'day'], ['بعد غد', '2023-03-16', 'day'],
  ]],
  ['proclitic left out: بالأمس', 'كما قال بالأمس', [['الأمس', '2023-03-13', 'day']]],
  ['اليوم', 'وأصدرت الوزارة بياناً اليوم قالت فيه', [['اليوم', '2023-03-14', 'day', 'dct']]],
  ['اليوم التالي is not today', 'وفي اليوم التالي عاد الوفد', []],
  ['غدا "became" is not tomorrow', 'غدا الوضع أكثر تعقيداً', []],
  // Weekdays
  ['weekday, past by default', 'الإعلان المفاجئ الذي صدر الجمعة بشأن استئناف العلاقات', [['الجمعة', '2023-03-10', 'day', 'dct']]],
  ['weekday of the DCT is the DCT', 'وذكرت الرئاسة أن الأسد وصل الثلاثاء إلى موسكو', [['الثلاثاء', '2023-03-14', 'day']]],
  ['يوم الأربعاء الفائت', 'في بيان صدر عنها يوم الأربعاء الفائت.', [['يوم الأربعاء الفائت', '2023-03-08', 'day']]],
  ['weekday after an opening imperfect: future', 'يستقبل الرئيس الروسي فلاديمير بوتين الأربعاء رئيس النظام السوري', [['الأربعاء', '2023-03-15', 'day']]],
  ['weekday after سـ + verb: future', 'وقال إن الوزير سيلتقي نظيره الخميس في أنقرة', [['الخميس', '2023-03-16', 'day']]],
  ['weekday with المقبل: future', 'تعقد الجولة يوم الأحد المقبل', [['يوم الأحد المقبل', '2023-03-19', 'day']]],
  ['weekday after من المقرر: future', 'ومن المقرر أن يصل الوفد السبت إلى دمشق', [['السبت', '2023-03-18', 'day']]],
  ['Friday prayer is no date', 'خلال صلاة الجمعة في المسجد', []],
  ['weekday + date take the date', 'اليوم الجمعة 17 تموز/ يوليو، قالت فيه', [
    ['اليوم', '2020-07-17', 'day'], ['الجمعة', '2020-07-17', 'day'], ['17 تموز/ يوليو', '2020-07-17', 'day', 'dct'],
  ], '2020-07-17'],
  // Months
  ['dual month, slash and spaces', 'تحت الحصار منذ حزيران / يونيو، حيث', [['منذ حزيران / يونيو', '2022-06', 'month', 'dct']]],
  ['dual month, parentheses + المقبل', 'ستعقد في أيلول (سبتمبر) المقبل.', [['أيلول (سبتمبر) المقبل', '2023-09', 'month', 'dct']]],
  ['dual month, no space', 'وكان الأسد قد أشار في كانون الثاني/يناير إلى', [['كانون الثاني/يناير', '2023-01', 'month', 'dct']]],
  ['bare month goes to the nearest', 'في كانون الأول/ديسمبر التقى وزيرا الدفاع', [['كانون الأول/ديسمبر', '2022-12', 'month']]],
  ['month + year', 'يعود آخر لقاء إلى أيلول/سبتمبر 2021، ومذّاك لم يجر', [
    ['أيلول/سبتمبر 2021', '2021-09', 'month', 'absolute'], ['مذّاك', '2021-09', 'month', 'absolute'],
  ]],
  ['نهاية شهر … المقبل', 'في جنيف نهاية شهر أغسطس/ آب المقبل.', [['نهاية شهر أغسطس/ آب المقبل', '2023-08', 'month']]],
  ['مارس the verb is no month', 'مارس النظام ضغوطاً كبيرة', []],
  ['باب is not في + آب', 'انفجرت سيارة في باب الجابية', []],
  // Dates
  ['ordinal day of a dual month', 'منذ الزلزال الذي ضرب تركيا في السادس من شباط/فبراير وأوقع', [['السادس من شباط/فبراير', '2023-02-06', 'day', 'dct']]],
  ['ordinal teen day, شهر, الماضي', 'دخل حيز التنفيذ في السابع عشر من شهر حزيران/ يونيو الماضي.', [
    ['السابع عشر من شهر حزيران/ يونيو الماضي', '2022-06-17', 'day', 'dct'],
  ]],
  ['compound ordinal', 'في الحادي والعشرين من آذار', [['الحادي والعشرين من آذار', '2023-03-21', 'day']]],
  ['full date', 'فريق التحرير 3 أغسطس 2017 آخر تحديث', [['3 أغسطس 2017', '2017-08-03', 'day', 'absolute']]],
  ['numeric date', 'نشر بتاريخ 2017-08-03 على الموقع', [['2017-08-03', '2017-08-03', 'day', 'absolute']]],
  // Hijri
  ['Hijri date', 'في 15 رمضان 1445 هـ الموافق', [['15 رمضان 1445 هـ', '2024-03-25', 'day', 'absolute']]],
  ['Hijri year', 'صدر النظام عام 1445هـ', [['عام 1445هـ', '2024', 'year', 'absolute']]],
  ['a score is no Hijri date', 'فاز الفريق 2 صفر على منافسه', []],
  ['Hijri month + year', 'خلال رمضان 1445 زاد الإنفاق', [['رمضان 1445', '2024-03', 'month', 'absolute']]],
  ['Hijri month, relative (Ramadan 1444 is mostly April 2023)', 'في شهر رمضان المقبل', [['شهر رمضان المقبل', '2023-04', 'month', 'dct']]],
  // Durations
  ['ست سنوات', 'بعد ست سنوات من تدخل الجيش', [['ست سنوات', 'P6Y', 'duration', 'absolute']]],
  ['digits + unit, accusative singular', 'سجن 3 أشهر ثم 11 عاماً', [['3 أشهر', 'P3M', 'duration'], ['11 عاماً', 'P11Y', 'duration']]],
  ['compound cardinal', 'منذ خمسة وعشرين عاماً', [['منذ خمسة وعشرين عاماً', 'P25Y', 'duration', 'dct']]],
  ['hours and decades', 'استمر 24 ساعة بعد عقدين', [['24 ساعة', 'PT24H', 'duration'], ['عقدين', 'P20Y', 'duration']]],
  ['خلال اليومين الماضيين', 'جاء تكثيف الجهود خلال اليومين الماضيين، بعد', [['خلال اليومين الماضيين', 'P2D', 'duration', 'dct']]],
  ['عدة أشهر: no value', 'خطة تعمل عليها واشنطن منذ عدة أشهر بشأن', [['منذ عدة أشهر', null, 'duration', 'dct']]],
  ['bare plural after بعد', 'انتهكته القوات بعد ساعات فقط واستمرت', [['ساعات', null, 'duration', 'absolute']]],
  ['خلال الساعات القليلة الماضية', 'زيارة خاطفة إلى دمشق خلال الساعات القليلة الماضية.', [['خلال الساعات القليلة الماضية', null, 'duration', 'dct']]],
  ['plural in construct is no duration', 'خلال أيام شهر رمضان', [['شهر رمضان', '2023-04', 'month']]],
  // Fuzzy
  ['fuzzy phrases', 'كثفت روسيا في الآونة الأخيرة تحركاتها، وترفض حتى الآن، والأولوية الآن', [
    ['الآونة الأخيرة', null, 'fuzzy', 'dct'], ['حتى الآن', null, 'fuzzy'], ['الآن', null, 'fuzzy'],
  ]],
  ['fuzzy adverbs keep their tanwin', 'القائم حالياً ودخلت مؤخراً', [['حالياً', null, 'fuzzy'], ['مؤخراً', null, 'fuzzy']]],
  ['coming periods', 'في المرحلة المقبلة وفي الأيام القادمة وفي الوقت الراهن', [
    ['المرحلة المقبلة', null, 'fuzzy'], ['الأيام القادمة', null, 'fuzzy'], ['الوقت الراهن', null, 'fuzzy'],
  ]],
  ['قريباً من is "near"', 'يقع قريباً من الحدود', []],
  // No document date
  ['no DCT: relative ones stay null, absolute ones resolve', 'التقى الأسد مساء يوم أمس، بعد زيارته في العام 2015 والجمعة الماضية', [
    ['مساء يوم أمس', null, 'day', 'dct'], ['العام 2015', '2015', 'year', 'absolute'], ['الجمعة الماضية', null, 'day', 'dct'],
  ], null],
  ['no DCT: months without a year', 'في أيلول (سبتمبر) المقبل والشهر الماضي', [
    ['أيلول (سبتمبر) المقبل', null, 'month', 'dct'], ['الشهر الماضي', null, 'month', 'dct'],
  ], null],
];

describe('findTimes', () => {
  it.each(CASES)('%s', (_name, text, want, published = DCT) => {
    const got = run(text, published);
    for (const t of got) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(got.map((t) => t.text)).toEqual(want.map((w) => w[0]));
    want.forEach(([, value, granularity, anchor], i) => {
      expect(got[i]!.value, got[i]!.text).toBe(value);
      if (granularity) expect(got[i]!.granularity, got[i]!.text).toBe(granularity);
      if (anchor) expect(got[i]!.anchor, got[i]!.text).toBe(anchor);
    });
  });

  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it('leaves out an attached proclitic', () => {
    const text = 'أعلن ذلك والشهر الماضي، ومذّاك لم يزر';
    const got = run(text);
    expect(got.map((t) => t.text)).toEqual(['الشهر الماضي', 'مذّاك']);
    expect(got[1]!.value).toBe('2023-02');
  });

  it('keeps diacritics and tatweel inside the span', () => {
    const text = 'وصل أمسِ ووقّع الاتفاق في شبـــاط/فبراير الماضي';
    const got = run(text);
    expect(got.map((t) => t.text)).toEqual(['أمسِ', 'شبـــاط/فبراير الماضي']);
    expect(got[1]!.value).toBe('2023-02');
  });

  it('looks only inside the regions', () => {
    const text = 'فريق التحرير3 أغسطس 2017آخر تحديث : منذ 3 سنوات\nبحث الوزير أمس مع نظيره';
    const body = text.indexOf('بحث');
    const got = findTimes(text, normalize(text), [{ start: body, end: text.length }], '2017-08-03');
    expect(got.map((t) => [t.text, t.value])).toEqual([['أمس', '2017-08-02']]);
    expect(run(text, '2017-08-03').map((t) => t.text)).toEqual(['3 أغسطس 2017', 'منذ 3 سنوات', 'أمس']);
  });

  it('numbers ISO weeks across a year boundary', () => {
    const day = (s: string) => Math.round(Date.parse(`${s}T00:00:00Z`) / 864e5);
    expect(isoWeekOf(day('2023-03-14'))).toBe('2023-W11');
    expect(isoWeekOf(day('2021-01-01'))).toBe('2020-W53');
    expect(isoWeekOf(day('2024-12-30'))).toBe('2025-W01');
  });

  it('every span slices the text (property)', () => {
    const pieces = [
      'أمس', 'اليوم', 'غداً', 'الجمعة', 'يوم', 'مساء', 'تموز', '/', ' / ', 'يوليو', '(', ')', 'أيلول', 'سبتمبر', 'المقبل',
      'الماضي', 'منذ', 'خلال', 'عام', 'العام', '2011', '١٧', '17', 'هـ', 'رمضان', '1445', 'ست', 'سنوات', 'الأيام', 'القليلة',
      'الماضية', 'و', 'ب', 'ال', 'السابع', 'عشر', 'من', 'شهر', 'الآن', 'حتى', 'حالياً', 'ـ', 'ً', 'ّ', '\u200f', ' ', ' ', '\n',
      '،', '.', 'سيلتقي', 'يستقبل', 'الذي', 'مذّاك', 'نهاية', 'الأسبوع', 'ساعات', 'بعد', 'عدة', 'أشهر', 'x', '5',
    ];
    const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(textArb, fc.option(fc.constantFrom('2023-03-14', '2020-07-17', '2016-02-29')), fc.nat(), fc.nat(), (text, pub, x, y) => {
        const a = Math.min(x, y) % (text.length + 1);
        const b = Math.max(a, Math.max(x, y) % (text.length + 1));
        const regions = [{ start: 0, end: a }, { start: b, end: text.length }];
        const got = findTimes(text, normalize(text), regions, pub);
        let last = -1;
        for (const t of got) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeLessThan(t.end);
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(regions.some((r) => r.start <= t.start && t.end <= r.end)).toBe(true);
          if (pub === null && t.anchor === 'dct' && t.granularity !== 'duration' && t.granularity !== 'fuzzy') {
            expect(t.value).toBeNull();
          }
          last = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('timesComponent', () => {
  it('adds the times layer from the document date and regions', () => {
    const text = 'عنوان الخبر\nبحث الوزير أمس مع نظيره في أيلول (سبتمبر) المقبل';
    const doc = new Document(text, { ...plainMeta(text), published: '2017-08-03' });
    const c = timesComponent();
    expect(c.name).toBe('ar.times');
    expect(c.provides).toEqual(['times']);
    expect(c.requires).toEqual(['norm', 'tokens', 'sentences']);
    const out = c.run(doc.with({ norm: normalize(text) }));
    const times = (out.layers as { times?: TimeExpr[] }).times!;
    expect(times.map((t) => [t.text, t.value])).toEqual([['أمس', '2017-08-02'], ['أيلول (سبتمبر) المقبل', '2017-09']]);
    expect(doc.layers).not.toHaveProperty('times');
  });
});

describe('scoreTimes', () => {
  const t = (start: number, end: number, value: string | null): TimeExpr => ({ start, end, text: '', value, granularity: 'day', anchor: 'dct' });

  it('matches overlapping spans one to one and then compares values', () => {
    const gold = [t(0, 5, '2020'), t(10, 20, null), t(30, 35, 'P6Y')];
    const sys = [t(2, 8, '2020'), t(12, 14, 'x'), t(15, 25, null), t(40, 45, null)];
    const s = scoreTimes(gold, sys);
    expect([s.tp, s.fp, s.fn, s.valueCorrect]).toEqual([2, 2, 1, 2]);
    expect(s.matched.map((m) => [m.gold, m.sys])).toEqual([[0, 0], [1, 2]]);
  });

  it('scores empty lists', () => {
    expect(scoreTimes([], [])).toMatchObject({ tp: 0, fp: 0, fn: 0, valueCorrect: 0 });
  });
});
