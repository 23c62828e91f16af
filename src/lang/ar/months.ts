/**
 * Arabic month and weekday names, and a finder for calendar dates as Arabic news writes them
 * ("3 أغسطس 2017", "17 تموز/ يوليو 2020", "أغسطس 3، 2017", "2017-08-03", "03/08/2017", Arabic-Indic
 * digits). Matching runs on a folded copy of the input; offsets always point into the original.
 */

/** Which naming tradition a month name belongs to. */
import { normalize, normalizeString } from './normalize.ts';

export type MonthSystem =
  /** Transliterated Latin names used in Egypt, the Gulf, Sudan, Libya, Yemen (يناير، فبراير…). */
  | 'gregorian'
  /** Syriac names used in Syria, Lebanon, Jordan, Palestine, Iraq (كانون الثاني، شباط…). */
  | 'levantine'
  /** French-derived names used in Algeria and Tunisia (جانفي، فيفري…). */
  | 'maghreb'
  /** Names used in Morocco (and partly Mauritania) where they differ (يوليوز، غشت…). */
  | 'morocco';

export interface MonthName {
  /** The name as usually written, with hamza. */
  name: string;
  /** 1 = January … 12 = December. */
  month: number;
  system: MonthSystem;
}

const m = (month: number, system: MonthSystem, ...names: string[]): MonthName[] =>
  names.map((name) => ({ name, month, system }));

/** Every month name and spelling variant Marsad recognises. Spelling variants that differ only by
 * hamza, alef madda, alef maqsura or diacritics need no entry of their own (see foldForMatch). */
export const MONTH_NAMES: readonly MonthName[] = [
  ...m(1, 'gregorian', 'يناير'),
  ...m(2, 'gregorian', 'فبراير', 'فبرایر'),
  ...m(3, 'gregorian', 'مارس'),
  ...m(4, 'gregorian', 'أبريل', 'إبريل', 'ابريل'),
  ...m(5, 'gregorian', 'مايو'),
  ...m(6, 'gregorian', 'يونيو', 'يونيه'),
  ...m(7, 'gregorian', 'يوليو', 'يوليه'),
  ...m(8, 'gregorian', 'أغسطس', 'أغسطوس'),
  ...m(9, 'gregorian', 'سبتمبر'),
  ...m(10, 'gregorian', 'أكتوبر', 'اكتوبر'),
  ...m(11, 'gregorian', 'نوفمبر'),
  ...m(12, 'gregorian', 'ديسمبر'),

  ...m(1, 'levantine', 'كانون الثاني', 'كانون ثاني'),
  ...m(2, 'levantine', 'شباط'),
  ...m(3, 'levantine', 'آذار'),
  ...m(4, 'levantine', 'نيسان'),
  ...m(5, 'levantine', 'أيار'),
  ...m(6, 'levantine', 'حزيران'),
  ...m(7, 'levantine', 'تموز'),
  ...m(8, 'levantine', 'آب'),
  ...m(9, 'levantine', 'أيلول'),
  ...m(10, 'levantine', 'تشرين الأول', 'تشرين أول'),
  ...m(11, 'levantine', 'تشرين الثاني', 'تشرين ثاني'),
  ...m(12, 'levantine', 'كانون الأول', 'كانون أول'),

  ...m(1, 'maghreb', 'جانفي'),
  ...m(2, 'maghreb', 'فيفري'),
  ...m(4, 'maghreb', 'أفريل'),
  ...m(5, 'maghreb', 'ماي'),
  ...m(6, 'maghreb', 'جوان'),
  ...m(7, 'maghreb', 'جويلية', 'جويلة'),
  ...m(8, 'maghreb', 'أوت'),

  ...m(7, 'morocco', 'يوليوز'),
  ...m(8, 'morocco', 'غشت'),
  ...m(9, 'morocco', 'شتنبر'),
  ...m(11, 'morocco', 'نونبر'),
  ...m(12, 'morocco', 'دجنبر'),
];

export interface NamedNumber {
  name: string;
  value: number;
}

/** Weekday names; value follows Date.getUTCDay (0 = Sunday). Forms with and without the article. */
export const WEEKDAYS: readonly NamedNumber[] = [
  ['الأحد', 0], ['أحد', 0],
  ['الاثنين', 1], ['الإثنين', 1], ['اثنين', 1], ['إثنين', 1],
  ['الثلاثاء', 2], ['الثلثاء', 2], ['ثلاثاء', 2],
  ['الأربعاء', 3], ['أربعاء', 3],
  ['الخميس', 4], ['خميس', 4],
  ['الجمعة', 5], ['جمعة', 5],
  ['السبت', 6], ['سبت', 6],
].map(([name, value]) => ({ name: name as string, value: value as number }));

/** Hijri (Islamic calendar) month names, 1 = Muharram. Recognised, not converted. */
export const HIJRI_MONTHS: readonly NamedNumber[] = [
  ['محرم', 1], ['صفر', 2], ['ربيع الأول', 3], ['ربيع الآخر', 4], ['ربيع الثاني', 4],
  ['جمادى الأولى', 5], ['جمادى الأول', 5], ['جمادى الآخرة', 6], ['جمادى الثانية', 6],
  ['جمادى الآخر', 6], ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10],
  ['ذو القعدة', 11], ['ذي القعدة', 11], ['ذو الحجة', 12], ['ذي الحجة', 12],
].map(([name, value]) => ({ name: name as string, value: value as number }));

// ---------------------------------------------------------------------------------------------
// Folding

const lowerAscii = (s: string): string => s.replace(/[A-Z]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 32));

/** The matching fold: the normalizer's text (see normalize.ts) with ASCII letters lower-cased. */
export function foldForMatch(s: string): string {
  return lowerAscii(normalizeString(s));
}

/**
 * foldForMatch with a map back: `offsets[i]` is the index in `s` of folded character `i`, and
 * `offsets[text.length] === s.length`.
 */
export function foldWithOffsets(s: string): { text: string; offsets: Int32Array } {
  const n = normalize(s);
  return { text: lowerAscii(n.text), offsets: n.toRaw };
}

const collapse = (s: string): string => foldForMatch(s).trim().replace(/\s+/g, ' ');

// ---------------------------------------------------------------------------------------------
// Name lookup

const MONTH_BY_KEY = new Map<string, number>(MONTH_NAMES.map((n) => [collapse(n.name), n.month]));
const WEEKDAY_BY_KEY = new Map<string, number>(WEEKDAYS.map((n) => [collapse(n.name), n.value]));
const HIJRI_BY_KEY = new Map<string, number>(HIJRI_MONTHS.map((n) => [collapse(n.name), n.value]));

const stripEdges = (s: string): string => s.replace(/^[\s"'«»“”()[\].,،:؛-]+|[\s"'«»“”()[\].,،:؛-]+$/g, '');

/** The month number (1–12) of a Gregorian or Levantine month name in any listed spelling, or null. */
export function monthFromName(word: string): number | null {
  return MONTH_BY_KEY.get(collapse(stripEdges(word))) ?? null;
}

/** The weekday (0 = Sunday … 6 = Saturday) of a weekday name, or null. */
export function weekdayFromName(word: string): number | null {
  return WEEKDAY_BY_KEY.get(collapse(stripEdges(word))) ?? null;
}

/** The Hijri month number (1–12) of a Hijri month name, or null. */
export function hijriMonthFromName(word: string): number | null {
  return HIJRI_BY_KEY.get(collapse(stripEdges(word))) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Dates

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface DateMatch extends CalendarDate {
  /** Offsets into the string that was searched. */
  start: number;
  end: number;
  /** YYYY-MM-DD; only meaningful when `valid`. */
  iso: string;
  /** False for a well-formed date that does not exist (31 February). */
  valid: boolean;
}

/** Years accepted as part of a date; keeps phone numbers and counts out. */
const MIN_YEAR = 1000;
const MAX_YEAR = 2999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

export function isValidDate(d: CalendarDate): boolean {
  return (
    Number.isInteger(d.year) && Number.isInteger(d.month) && Number.isInteger(d.day) &&
    d.year >= MIN_YEAR && d.year <= MAX_YEAR &&
    d.month >= 1 && d.month <= 12 &&
    d.day >= 1 && d.day <= daysInMonth(d.year, d.month)
  );
}

export function toIsoDate(d: CalendarDate): string {
  const p = (n: number, w: number) => String(n).padStart(w, '0');
  return `${p(d.year, 4)}-${p(d.month, 2)}-${p(d.day, 2)}`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first so "مايو" wins over "ماي" and "كانون الثاني" over any prefix.
const MONTH_ALT = [...MONTH_BY_KEY.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.split(' ').map(escapeRe).join('\\s+'))
  .join('|');
const MONTH = `(?<![\\p{L}])(${MONTH_ALT})(?![\\p{L}])`;
// An optional second name for the same month: "تموز/ يوليو", "أيلول (سبتمبر)", "آذار - مارس".
const MONTH2 = `(?:\\s*(?:[/\\\\(]|\\s[-–]\\s)\\s*(${MONTH_ALT})(?![\\p{L}])\\s*\\)?)?`;
const DAY = '(?<![\\d.,/-])(\\d{1,2})(?!\\d)';
const YEAR = '(\\d{4})(?![\\d])';
const YEAR_WORD = '(?:(?:من\\s+)?(?:عام|العام|سنة)\\s+)?';

const RE_DAY_MONTH_YEAR = new RegExp(
  `${DAY}\\s*(?:من\\s+)?(?:شهر\\s+)?${MONTH}${MONTH2}\\s*[,،]?\\s*${YEAR_WORD}${YEAR}`,
  'gu',
);
const RE_MONTH_DAY_YEAR = new RegExp(`${MONTH}${MONTH2}\\s+${DAY}\\s*[,،]?\\s*${YEAR}`, 'gu');
const RE_ISO = /(?<![\d.,/-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d]|[-/.]\d)/gu;
const RE_NUMERIC = /(?<![\d.,/-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/gu;

function make(
  folded: { offsets: ArrayLike<number> },
  start: number,
  end: number,
  year: number,
  month: number,
  day: number,
): DateMatch {
  const d = { year, month, day };
  return {
    ...d,
    start: folded.offsets[start],
    end: folded.offsets[end - 1] + 1,
    iso: toIsoDate(d),
    valid: isValidDate(d),
  };
}

/**
 * Every full calendar date (day, month and year) written in `s`, in order of position, with
 * offsets into `s`. Numeric dates are read day first (03/08/2017 = 3 August), falling back to
 * month first only when day first is impossible. Invalid dates are returned with valid: false.
 */
export function findDates(s: string): DateMatch[] {
  const folded = foldWithOffsets(s);
  const t = folded.text;
  const found: DateMatch[] = [];

  const named = (month: string, month2: string | undefined): number | null => {
    const a = MONTH_BY_KEY.get(month.replace(/\s+/g, ' '));
    if (a === undefined) return null;
    if (month2 !== undefined && MONTH_BY_KEY.get(month2.replace(/\s+/g, ' ')) !== a) return null;
    return a;
  };

  for (const x of t.matchAll(RE_DAY_MONTH_YEAR)) {
    const month = named(x[2], x[3]);
    if (month === null) continue;
    found.push(make(folded, x.index, x.index + x[0].length, +x[4], month, +x[1]));
  }
  for (const x of t.matchAll(RE_MONTH_DAY_YEAR)) {
    const month = named(x[1], x[2]);
    if (month === null) continue;
    found.push(make(folded, x.index, x.index + x[0].length, +x[4], month, +x[3]));
  }
  for (const x of t.matchAll(RE_ISO)) {
    found.push(make(folded, x.index, x.index + x[0].length, +x[1], +x[3], +x[4]));
  }
  for (const x of t.matchAll(RE_NUMERIC)) {
    const a = +x[1];
    const b = +x[3];
    const y = +x[4];
    const dayFirst = isValidDate({ year: y, month: b, day: a });
    const monthFirst = !dayFirst && isValidDate({ year: y, month: a, day: b });
    found.push(make(folded, x.index, x.index + x[0].length, y, monthFirst ? a : b, monthFirst ? b : a));
  }

  // Drop matches overlapping an earlier, longer one.
  found.sort((p, q) => p.start - q.start || q.end - q.start - (p.end - p.start));
  const out: DateMatch[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

/**
 * The date `s` consists of (surrounding spaces and punctuation allowed), or null when `s` is not
 * exactly one valid date.
 */
export function parseDate(s: string): CalendarDate | null {
  const dates = findDates(s);
  if (dates.length !== 1 || !dates[0].valid) return null;
  const d = dates[0];
  const rest = s.slice(0, d.start) + s.slice(d.end);
  if (/[\p{L}\p{N}]/u.test(rest)) return null;
  return { year: d.year, month: d.month, day: d.day };
}
