import { describe, expect, it } from 'vitest';
import {
  HIJRI_MONTHS,
  MONTH_NAMES,
  WEEKDAYS,
  daysInMonth,
  findDates,
  foldForMatch,
  foldWithOffsets,
  hijriMonthFromName,
  monthFromName,
  parseDate,
  weekdayFromName,
} from './months.ts';

const ymd = (s: string) => {
  const d = parseDate(s);
  return d ? `${d.year}-${d.month}-${d.day}` : null;
};

describe('month names', () => {
  it('knows every listed name', () => {
    for (const n of MONTH_NAMES) expect(monthFromName(n.name), n.name).toBe(n.month);
    for (let m = 1; m <= 12; m++) {
      expect(MONTH_NAMES.some((n) => n.month === m && n.system === 'gregorian')).toBe(true);
      expect(MONTH_NAMES.some((n) => n.month === m && n.system === 'levantine')).toBe(true);
    }
  });

  it.each([
    ['يناير', 1], ['جانفي', 1], ['كانون الثاني', 1], ['كانون  الثاني', 1],
    ['فبراير', 2], ['فيفري', 2], ['شباط', 2],
    ['مارس', 3], ['آذار', 3], ['اذار', 3],
    ['أبريل', 4], ['ابريل', 4], ['إبريل', 4], ['أفريل', 4], ['افريل', 4], ['نيسان', 4],
    ['مايو', 5], ['ماي', 5], ['أيار', 5], ['ايار', 5],
    ['يونيو', 6], ['يونيه', 6], ['جوان', 6], ['حزيران', 6],
    ['يوليو', 7], ['يوليه', 7], ['جويلية', 7], ['يوليوز', 7], ['تموز', 7],
    ['أغسطس', 8], ['اغسطس', 8], ['أغـسطس', 8], ['أوت', 8], ['غشت', 8], ['آب', 8],
    ['سبتمبر', 9], ['شتنبر', 9], ['أيلول', 9],
    ['أكتوبر', 10], ['تشرين الأول', 10], ['تشرين الاول', 10],
    ['نوفمبر', 11], ['نونبر', 11], ['تشرين الثاني', 11],
    ['ديسمبر', 12], ['دجنبر', 12], ['كانون الأول', 12], ['كانون الاول', 12],
    ['(تموز)', 7], ['يُولْيُو', 7], ['٢٠٢٠', null], ['كانون', null], ['تشرين', null], ['foo', null], ['', null],
  ])('monthFromName(%j) = %j', (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });

  // ICU's own Arabic month names, per region, must all be known.
  it.each(['ar', 'ar-EG', 'ar-SA', 'ar-SY', 'ar-IQ', 'ar-LB', 'ar-JO', 'ar-DZ', 'ar-TN', 'ar-MA'])(
    'agrees with Intl.DateTimeFormat(%j)',
    (locale) => {
      const f = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { month: 'long', timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const name = f.format(new Date(Date.UTC(2020, m - 1, 15)));
        // Skip locales whose ICU data falls back to digits or Latin names.
        if (!/\p{Script=Arabic}/u.test(name)) continue;
        expect(monthFromName(name), `${locale} ${name}`).toBe(m);
      }
    },
  );

  it('agrees with Intl on weekdays', () => {
    const f = new Intl.DateTimeFormat('ar', { weekday: 'long', timeZone: 'UTC' });
    for (let d = 0; d < 7; d++) {
      const date = new Date(Date.UTC(2020, 0, 5 + d)); // 5 January 2020 was a Sunday
      expect(weekdayFromName(f.format(date))).toBe(date.getUTCDay());
    }
    for (const w of WEEKDAYS) expect(weekdayFromName(w.name)).toBe(w.value);
    expect(weekdayFromName('الإثنين')).toBe(1);
    expect(weekdayFromName('يوم')).toBeNull();
  });

  it('knows Hijri months', () => {
    for (const h of HIJRI_MONTHS) expect(hijriMonthFromName(h.name)).toBe(h.value);
    expect(hijriMonthFromName('جمادى الأولى')).toBe(5);
    expect(hijriMonthFromName('ذو الحجة')).toBe(12);
    expect(monthFromName('رمضان')).toBeNull();
  });
});

describe('folding', () => {
  it('folds hamza, madda, alef maqsura, diacritics, tatweel and digits', () => {
    expect(foldForMatch('إقْرَأْ أيضـــاً على مستوى ٣ آب ۲۰۱۷ ABC')).toBe('اقرا ايضا علي مستوي 3 اب 2017 abc');
  });

  it('maps folded offsets back to the original', () => {
    const s = 'في ٣ آبٍ ٢٠١٧';
    const f = foldWithOffsets(s);
    expect(f.offsets).toHaveLength(f.text.length + 1);
    const i = f.text.indexOf('اب');
    expect(s.slice(f.offsets[i], f.offsets[i + 1] + 1)).toBe('آب');
    expect(s.slice(f.offsets[i], f.offsets[i + 2])).toBe('آبٍ');
    expect(f.offsets[f.text.length]).toBe(s.length);
  });
});

describe('dates', () => {
  it.each([
    ['3 أغسطس 2017', '2017-8-3'],
    ['الأربعاء 3 أغسطس 2017', null], // a weekday is more than a date; see findDates
    ['3 آب 2017', '2017-8-3'],
    ['٣ آب ٢٠١٧', '2017-8-3'],
    ['17 تموز/ يوليو 2020', '2020-7-17'],
    ['1 أيلول (سبتمبر) 2021', '2021-9-1'],
    ['15 كانون الأول/ديسمبر 2022', '2022-12-15'],
    ['5 من شهر كانون الثاني عام 2019', '2019-1-5'],
    ['أغسطس 3، 2017', '2017-8-3'],
    ['August 3, 2017', null],
    ['2017-08-03', '2017-8-3'],
    ['2017/8/3', '2017-8-3'],
    ['03/08/2017', '2017-8-3'],
    ['3.8.2017', '2017-8-3'],
    ['٠٣/٠٨/٢٠١٧', '2017-8-3'],
    ['08/31/2021', '2021-8-31'], // day-first impossible, month-first possible
    ['3 جويلية 2019', '2019-7-3'],
    ['12 غشت 2018', '2018-8-12'],
    ['29 فبراير 2024', '2024-2-29'],
    ['29 فبراير 2023', null],
    ['31 فبراير 2017', null],
    ['31 نيسان 2017', null],
    ['30/02/2020', null],
    ['2017-13-01', null],
    ['17 تموز/ أغسطس 2020', null], // the two names disagree
    ['3 أغسطس', null],
    ['أغسطس 2017', null],
  ])('parseDate(%j) = %j', (s, want) => {
    expect(ymd(s)).toBe(want);
  });

  it('finds dates inside text with offsets into the original', () => {
    const s = 'فريق التحرير3 أغسطـسِ 2017آخر تحديث : منذ 3 سنوات، وفي ١٥/٠٦/٢٠٢٣ أيضاً';
    const found = findDates(s);
    expect(found.map((d) => d.iso)).toEqual(['2017-08-03', '2023-06-15']);
    expect(s.slice(found[0].start, found[0].end)).toBe('3 أغسطـسِ 2017');
    expect(s.slice(found[1].start, found[1].end)).toBe('١٥/٠٦/٢٠٢٣');
  });

  it('ends a date at its last character, not at marks after it', () => {
    const s = 'في 3 آب 2017\u200F، ثم';
    const [d] = findDates(s);
    expect(s.slice(d.start, d.end)).toBe('3 آب 2017');
  });

  it('reports impossible dates as invalid', () => {
    const [d] = findDates('في 31 فبراير 2017');
    expect(d.valid).toBe(false);
    expect(d.iso).toBe('2017-02-31');
  });

  it('does not read numbers, phone numbers or versions as dates', () => {
    expect(findDates('رقم 2254 لعام 2015')).toEqual([]);
    expect(findDates('اتصل على 0933/123/4567')).toEqual([]);
    expect(findDates('الإصدار 1.2.3')).toEqual([]);
    expect(findDates('في 123 أغسطس 2017').map((d) => d.iso)).toEqual([]);
  });

  it('counts days per month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });
});
