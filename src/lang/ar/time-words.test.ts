import { describe, expect, it } from 'vitest';
import { CARDINALS, ORDINAL_DAYS, cardinal, ordinalDay, timeKey, unitWord } from './time-words.ts';

describe('time words', () => {
  it('has an ordinal for every day of the month', () => {
    const days = new Set(ORDINAL_DAYS.map(([, n]) => n));
    for (let d = 1; d <= 31; d++) expect(days.has(d), String(d)).toBe(true);
  });

  it.each([
    ['الأول', 1], ['الاول', 1], ['السادس', 6], ['العاشر', 10], ['الحادي عشر', 11], ['السابع عشر', 17],
    ['العشرين', 20], ['الحادي والعشرين', 21], ['الثامن والعشرين', 28], ['الثلاثين', 30], ['الحادي والثلاثين', 31],
    ['السّابع  عشر', 17], ['الخميس', null],
  ])('ordinalDay(%j) = %j', (w, n) => {
    expect(ordinalDay(w)).toBe(n);
  });

  it('has a cardinal for every number 1–99', () => {
    const values = new Set(CARDINALS.map(([, n]) => n));
    for (let n = 1; n <= 99; n++) expect(values.has(n), String(n)).toBe(true);
  });

  it.each([
    ['ست', 6], ['ستة', 6], ['ثلاث', 3], ['عشر', 10], ['أحد عشر', 11], ['اثنا عشر', 12], ['خمسة عشر', 15],
    ['عشرين', 20], ['خمسة وعشرين', 25], ['ثلاثمئة', 300], ['مائة', 100], ['أحد', null], ['سنوات', null],
  ])('cardinal(%j) = %j', (w, n) => {
    expect(cardinal(w)).toBe(n);
  });

  it.each([
    ['سنوات', 'Y', 'plural'], ['عاماً', 'Y', 'singular'], ['سنتين', 'Y', 'dual'], ['أشهر', 'M', 'plural'],
    ['أسبوعين', 'W', 'dual'], ['أيام', 'D', 'plural'], ['ساعات', 'H', 'plural'], ['دقائق', 'MIN', 'plural'], ['عقود', 'DEC', 'plural'],
  ])('unitWord(%j)', (w, unit, number) => {
    expect(unitWord(w)).toEqual({ unit, number });
  });

  it('has no unit for عقد alone (contract, to hold)', () => {
    expect(unitWord('عقد')).toBeNull();
  });

  it('keys fold like the normalizer', () => {
    expect(timeKey(' أيلول   الماضي ')).toBe('ايلول الماضي');
  });
});
