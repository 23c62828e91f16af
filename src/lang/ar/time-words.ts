/**
 * Words of Arabic temporal expressions, as data: ordinal day numbers, cardinal numbers, time
 * units, the modifiers that make an expression relative (الماضي، المقبل، الجاري), and the
 * fixed phrases news writes for "now", "recently", "yesterday". Month and weekday names live in
 * months.ts. Entries are written as usually spelled; lookups go through the normalizer
 * (normalize.ts), so hamza, alef madda, alef maqsura, tatweel and diacritics need no entries.
 */
import { normalizeString } from './normalize.ts';

/** The lookup key of a word or phrase: normalized, single spaces. */
export function timeKey(s: string): string {
  return normalizeString(s).trim().replace(/\s+/g, ' ');
}

const keyed = <T>(entries: readonly (readonly [string, T])[]): ReadonlyMap<string, T> =>
  new Map(entries.map(([k, v]) => [timeKey(k), v]));

// ---------------------------------------------------------------------------------------------
// Numbers

/** Masculine ordinals 1–10 as used for days of the month (السادس من شباط). */
const ORDINAL_UNITS: readonly string[] = [
  'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر',
];
/** The same ordinals as the first part of 11–19 and 21–29 (الحادي عشر، الحادي والعشرين). */
const ORDINAL_COMPOUND_UNITS: readonly string[] = [
  'الحادي', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع',
];

/** Ordinal day numbers 1–31 in words, with their value (السابع عشر = 17). */
export const ORDINAL_DAYS: readonly (readonly [string, number])[] = (() => {
  const out: [string, number][] = [];
  ORDINAL_UNITS.forEach((w, i) => out.push([w, i + 1]));
  out.push(['الأولى', 1]);
  ORDINAL_COMPOUND_UNITS.forEach((w, i) => {
    out.push([`${w} عشر`, 11 + i]);
    out.push([`${w} عشرة`, 11 + i]);
    for (const twenty of ['العشرين', 'العشرون']) out.push([`${w} و${twenty}`, 21 + i]);
  });
  out.push(['العشرين', 20], ['العشرون', 20], ['الثلاثين', 30], ['الثلاثون', 30]);
  out.push(['الحادي والثلاثين', 31], ['الحادي والثلاثون', 31]);
  return out;
})();

/** Cardinals 1–10, masculine and feminine forms and case variants. */
const CARDINAL_UNITS: readonly (readonly [number, readonly string[]])[] = [
  [1, ['واحد', 'واحدة', 'أحد', 'إحدى']],
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي']],
  [3, ['ثلاث', 'ثلاثة']],
  [4, ['أربع', 'أربعة']],
  [5, ['خمس', 'خمسة']],
  [6, ['ست', 'ستة']],
  [7, ['سبع', 'سبعة']],
  [8, ['ثمان', 'ثماني', 'ثمانية']],
  [9, ['تسع', 'تسعة']],
];
const CARDINAL_TENS: readonly (readonly [number, readonly string[]])[] = [
  [20, ['عشرون', 'عشرين']],
  [30, ['ثلاثون', 'ثلاثين']],
  [40, ['أربعون', 'أربعين']],
  [50, ['خمسون', 'خمسين']],
  [60, ['ستون', 'ستين']],
  [70, ['سبعون', 'سبعين']],
  [80, ['ثمانون', 'ثمانين']],
  [90, ['تسعون', 'تسعين']],
];

/** Cardinal numbers in words, 1–99 plus hundreds and a thousand, with their value. */
export const CARDINALS: readonly (readonly [string, number])[] = (() => {
  const out: [string, number][] = [];
  for (const [n, forms] of CARDINAL_UNITS) for (const f of forms) if (n > 1 || f.startsWith('واحد')) out.push([f, n]);
  out.push(['عشر', 10], ['عشرة', 10]);
  for (const [n, forms] of CARDINAL_UNITS) {
    for (const f of forms) {
      if (n === 1 && (f === 'واحد' || f === 'واحدة')) continue;
      out.push([`${f} عشر`, 10 + n], [`${f} عشرة`, 10 + n]);
    }
  }
  for (const [t, tens] of CARDINAL_TENS) {
    for (const tf of tens) {
      out.push([tf, t]);
      for (const [n, forms] of CARDINAL_UNITS) for (const f of forms) out.push([`${f} و${tf}`, t + n]);
    }
  }
  out.push(['مئة', 100], ['مائة', 100], ['مئتين', 200], ['مائتين', 200], ['مئتي', 200], ['مائتي', 200]);
  for (const [n, forms] of CARDINAL_UNITS) if (n >= 3) out.push([`${forms[0]}مئة`, n * 100], [`${forms[0]}مائة`, n * 100]);
  out.push(['ألف', 1000], ['ألفي', 2000], ['ألفين', 2000]);
  return out;
})();

/** Words for an unstated number of units (عدة أشهر، بضع سنوات، عشرات السنين). */
export const VAGUE_QUANTIFIERS: readonly string[] = ['عدة', 'بضع', 'بضعة', 'عشرات', 'مئات', 'آلاف', 'بعض'];
/** Words after a plural unit that leave its number unstated (أشهر عدة، ساعات قليلة). */
export const VAGUE_AFTER: readonly string[] = ['عدة', 'قليلة', 'طويلة', 'معدودة', 'كثيرة', 'عديدة'];

const ORDINAL_BY_KEY = keyed(ORDINAL_DAYS);
const CARDINAL_BY_KEY = keyed(CARDINALS);

/** Day of the month (1–31) of an ordinal in words (`السابع عشر`), or null. */
export function ordinalDay(words: string): number | null {
  return ORDINAL_BY_KEY.get(timeKey(words)) ?? null;
}

/** Value of a cardinal number in words (`ست`, `خمسة وعشرين`), or null. */
export function cardinal(words: string): number | null {
  return CARDINAL_BY_KEY.get(timeKey(words)) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Units

/** ISO 8601 duration unit: Y, M, W, D; H and MIN are time units (PT#H, PT#M); DEC is ten years. */
export type TimeUnit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'DEC';
export type UnitNumber = 'singular' | 'dual' | 'plural';

export interface UnitWord {
  unit: TimeUnit;
  number: UnitNumber;
}

const U = (unit: TimeUnit, number: UnitNumber, ...forms: string[]): [string, UnitWord][] =>
  forms.map((f) => [f, { unit, number }]);

/**
 * Time unit words without the article (the article is handled by the matcher), including the
 * accusative singular used after numbers 11–99 (`عاما`, with its tanwin dropped by the
 * normalizer). `عقد` alone is left out: it is mostly "contract" or "to hold".
 */
export const UNIT_WORDS: readonly (readonly [string, UnitWord])[] = [
  ...U('Y', 'singular', 'سنة', 'عام', 'عاما'),
  ...U('Y', 'dual', 'سنتين', 'سنتان', 'عامين', 'عامان'),
  ...U('Y', 'plural', 'سنوات', 'سنين', 'أعوام'),
  ...U('M', 'singular', 'شهر', 'شهرا'),
  ...U('M', 'dual', 'شهرين', 'شهران'),
  ...U('M', 'plural', 'أشهر', 'شهور'),
  ...U('W', 'singular', 'أسبوع', 'أسبوعا'),
  ...U('W', 'dual', 'أسبوعين', 'أسبوعان'),
  ...U('W', 'plural', 'أسابيع'),
  ...U('D', 'singular', 'يوم', 'يوما'),
  ...U('D', 'dual', 'يومين', 'يومان'),
  ...U('D', 'plural', 'أيام'),
  ...U('H', 'singular', 'ساعة'),
  ...U('H', 'dual', 'ساعتين', 'ساعتان'),
  ...U('H', 'plural', 'ساعات'),
  ...U('MIN', 'singular', 'دقيقة'),
  ...U('MIN', 'dual', 'دقيقتين', 'دقيقتان'),
  ...U('MIN', 'plural', 'دقائق'),
  ...U('DEC', 'dual', 'عقدين', 'عقدان'),
  ...U('DEC', 'plural', 'عقود'),
];

const UNIT_BY_KEY = keyed(UNIT_WORDS);

/** The unit of a time-unit word without the article (`سنوات` → Y plural), or null. */
export function unitWord(word: string): UnitWord | null {
  return UNIT_BY_KEY.get(timeKey(word)) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Modifiers and frames

export type Direction = 'past' | 'future' | 'current';

/** Words after a time noun that place it relative to the document date. */
export const MODIFIERS: readonly (readonly [string, Direction])[] = [
  ...['الماضي', 'الماضية', 'الماضيين', 'الماضيتين', 'الفائت', 'الفائتة', 'المنصرم', 'المنصرمة', 'المنقضي', 'المنقضية', 'السابق', 'السابقة', 'المنصرمين']
    .map((w) => [w, 'past'] as const),
  ...['المقبل', 'المقبلة', 'المقبلين', 'المقبلتين', 'القادم', 'القادمة', 'القادمين', 'القادمتين']
    .map((w) => [w, 'future'] as const),
  ...['الجاري', 'الجارية', 'الحالي', 'الحالية', 'الراهن', 'الراهنة']
    .map((w) => [w, 'current'] as const),
];
/** Modifiers that only go with plural spans (الأيام الأخيرة، الساعات الأخيرة). */
export const PLURAL_PAST_MODIFIERS: readonly string[] = ['الأخيرة', 'الأخيرين', 'الأخيرتين'];
/** "few" between a plural unit and its modifier (الأيام القليلة الماضية). */
export const FEW: readonly string[] = ['القليلة', 'القليلين'];

/** The part of a period named before it (نهاية شهر أغسطس، مطلع العام). */
export const PERIOD_EDGES: readonly string[] = [
  'نهاية', 'بداية', 'مطلع', 'أوائل', 'أواخر', 'منتصف', 'أواسط', 'مستهل', 'ختام', 'بدء', 'غرة', 'أول', 'آخر', 'مطالع', 'نهايات', 'بدايات',
  // Seasons: صيف 2015 is resolved to its year.
  'صيف', 'شتاء', 'ربيع', 'خريف',
];

/** Parts of a day named before it (مساء يوم أمس، صباح الأربعاء). */
export const DAY_PARTS: readonly string[] = ['صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليل', 'ليلة', 'صبيحة', 'ظهيرة', 'منتصف ليل', 'منتصف ليلة'];

/** Days named relative to the document date, with their offset in days. */
export const DAY_WORDS: readonly (readonly [string, number])[] = [
  ['أمس', -1], ['الأمس', -1], ['البارحة', -1], ['البارحة الأولى', -2],
  ['أول أمس', -2], ['أول من أمس', -2], ['أمس الأول', -2],
  ['اليوم', 0],
  ['غدا', 1], ['الغد', 1],
  ['بعد غد', 2],
  ['الليلة الماضية', -1],
];
/** Day words that are also ordinary words; taken only with a frame (يوم الغد) or a tanwin (غداً). */
export const GUARDED_DAY_WORDS: readonly string[] = ['غدا', 'الغد'];
/** Words after اليوم that make it some other day (اليوم التالي، اليوم العالمي). */
export const NOT_TODAY_AFTER: readonly string[] = [
  'التالي', 'نفسه', 'ذاته', 'عينه', 'السابق', 'الموعود', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس',
  'الأخير', 'العالمي', 'الوطني', 'الدولي', 'المشهود', 'الآخر', 'الواحد', 'الذي', 'الأولى', 'التالية',
];

/** Spans with no date value: now, recently, lately, the coming stage. */
export const FUZZY_PHRASES: readonly string[] = [
  'الآونة الأخيرة', 'الفترة الأخيرة', 'الفترة الماضية', 'الفترة المقبلة', 'الفترة القادمة', 'الفترة الحالية', 'الفترة الراهنة',
  'المرحلة المقبلة', 'المرحلة القادمة', 'المرحلة الحالية', 'المرحلة الراهنة', 'المرحلة الماضية', 'المرحلة السابقة',
  'الوقت الراهن', 'الوقت الحالي', 'الوقت الحاضر',
  'المستقبل القريب', 'القريب العاجل', 'المدى القريب',
  'حاليا', 'مؤخرا', 'لاحقا', 'قريبا', 'سابقا', 'الآن', 'آنفا',
  'حتى الآن', 'حتى اللحظة', 'حتى هذه اللحظة', 'لغاية الآن', 'إلى الآن', 'لحد الآن', 'حتى الساعة', 'حتى اليوم', 'إلى اليوم', 'حتى يومنا هذا',
  'وقت سابق', 'وقت لاحق', 'وقت قريب',
];
/** Fuzzy words that are something else before certain words: قريباً من is "near", not "soon". */
export const FUZZY_NOT_BEFORE: readonly (readonly [string, readonly string[]])[] = [['قريبا', ['من', 'جدا']]];

/** Phrases that point back to the time last named (ومذّاك، آنذاك، منذ ذلك الحين). */
export const ANAPHORIC_PHRASES: readonly string[] = [
  'مذاك', 'منذاك', 'منذئذ', 'مذ ذاك', 'منذ ذاك', 'آنذاك', 'حينها', 'حينذاك', 'حينئذ', 'وقتها', 'وقتذاك', 'وقتئذ', 'يومها', 'يومذاك',
  'منذ ذلك الحين', 'منذ ذلك الوقت', 'منذ ذلك التاريخ', 'منذ ذلك اليوم', 'حتى ذلك الحين', 'ذلك الوقت', 'ذلك الحين',
];

/** Plural time nouns that, with a modifier, make a fuzzy span (المرحلة المقبلة is a FUZZY_PHRASE). */
export const PERIOD_NOUNS: readonly string[] = ['الفترة', 'المرحلة', 'الآونة', 'الحقبة'];

/** Markers after a year: Hijri (1445 هـ) or Gregorian (2011م). */
export const HIJRI_MARKERS: readonly string[] = ['هـ', 'ه', 'هجري', 'هجرية', 'للهجرة', 'الهجري', 'الهجرية'];
export const GREGORIAN_MARKERS: readonly string[] = ['م', 'ميلادي', 'ميلادية', 'للميلاد', 'الميلادي', 'الميلادية'];

/** Words for "year" before a year number (عام 2011، العام 2011، سنة 2011، عامي 2011 و2015). */
export const YEAR_WORDS: readonly string[] = ['عام', 'العام', 'سنة', 'السنة', 'عامي', 'سنتي'];

/** Words before a bare year, month or unstated duration that mark it as time (في 2011، بعد ساعات). */
export const TIME_CUES: readonly string[] = [
  'في', 'منذ', 'مذ', 'حتى', 'خلال', 'قبل', 'بعد', 'من', 'إلى', 'بين', 'لمدة', 'مدة', 'طوال', 'طيلة', 'عن', 'حوالي', 'نحو', 'قرابة', 'على مدى', 'مدى', 'مدار',
  'غضون', 'زهاء',
];

/** Words before a bare singular unit that make it one unit of time (قبل أسبوع، بعد عام من الحرب). */
export const SINGULAR_UNIT_CUES: readonly string[] = ['قبل', 'بعد', 'لمدة', 'مدة', 'طوال', 'طيلة', 'غضون', 'نحو', 'حوالي', 'قرابة'];

/** Approximations kept inside a span after منذ or خلال (منذ نحو عامين، خلال أكثر من شهرين). */
export const APPROXIMATIONS: readonly string[] = [
  'نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'ما يقارب', 'ما يزيد عن', 'ما يزيد على', 'أكثر من', 'أقل من', 'قرابة ال',
];

/** Prepositions kept inside a span, as the gold does (منذ حزيران، خلال الأيام القليلة الماضية). */
export const SINCE: readonly string[] = ['منذ', 'مذ'];
export const DURING: readonly string[] = ['خلال'];

/** Words that mark the future in a clause (سوف، من المقرر); س + imperfect is recognised by shape. */
export const FUTURE_WORDS: readonly string[] = [
  'سوف', 'المقرر', 'المزمع', 'المنتظر', 'المرتقب', 'المتوقع', 'يعتزم', 'تعتزم', 'ينوي', 'تنوي', 'يرتقب', 'يتوقع', 'سيتم', 'ستتم',
];

/** Names and nouns that look like an imperfect verb (يحيى، يوسف): not a verb opening a clause. */
export const NOT_VERBS: readonly string[] = ['يحيى', 'يوسف', 'يعقوب', 'يونس', 'يزيد', 'ياسر', 'يزن', 'يمنى', 'ينبوع', 'يمين', 'يسار', 'يهود', 'يهودي'];

/** Nouns that start like a future verb (سيا-سة، ستة، سنوات): not future markers. */
export const NOT_FUTURE_PREFIXES: readonly string[] = [
  'سيا', 'سيط', 'سيد', 'سير', 'سيول', 'سينا', 'سيف', 'سيم', 'سيج', 'سيئ', 'سيء', 'سيب', 'ستة', 'ستين', 'ستار', 'ستو', 'ستا', 'ستر',
  'سنة', 'سنو', 'سنين', 'سنت', 'سند', 'سنا', 'سنه', 'سنغ', 'سني', 'سنب',
];

/** Words that open a new clause when looking back for a verb (الذي صدر الجمعة). */
export const CLAUSE_BREAKS: readonly string[] = [
  'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'ما', 'إن', 'أن', 'أنه', 'أنها', 'إنه', 'إنها', 'بأن', 'بأنه', 'بأنها',
  'بعدما', 'عندما', 'حين', 'حينما', 'لما', 'قد', 'كان', 'كانت', 'لقد', 'منذ', 'لم',
];

/** Words before a weekday that make it a recurring day or something else (صلاة الجمعة، أيام الجمعة). */
export const NOT_WEEKDAY_BEFORE: readonly string[] = ['صلاة', 'صلوات', 'خطبة', 'خطب', 'خطيب', 'مسجد', 'جامع', 'أيام', 'كل', 'سورة', 'جمعة', 'بين', 'كلا', 'الواحد'];
/** Weekday names that are also other words; they need a frame (يوم) or a time context. */
export const WEAK_WEEKDAYS: readonly string[] = ['الاثنين', 'الإثنين', 'الأحد'];

/**
 * Month names that are also ordinary words (مارس "practised", آب/أب "father", ماي; the Hijri
 * صفر "zero", رجب and محرم, also names): they need a cue.
 */
export const AMBIGUOUS_MONTHS: readonly string[] = ['مارس', 'ماي', 'آب', 'أوت', 'جوان', 'أيار', 'نيسان', 'شباط', 'صفر', 'رجب', 'محرم'];
/** Of those, the ones a preposition does not settle (من أب إلى ابنه): they need more. */
export const STRICT_MONTHS: readonly string[] = ['آب'];

/** Words for "month" before a month name (شهر حزيران). */
export const MONTH_WORDS: readonly string[] = ['شهر', 'الشهر', 'لشهر'];
/** Words for "day" before a weekday, a date or أمس (يوم الأربعاء). */
export const DAY_FRAME_WORDS: readonly string[] = ['يوم', 'نهار'];
/** Demonstratives that make a unit current (هذا العام، هذه السنة). */
export const THIS: readonly string[] = ['هذا', 'هذه'];

/** A set of lookup keys. */
export function keySet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(timeKey));
}

/** A map from lookup keys. */
export function keyMap<T>(entries: readonly (readonly [string, T])[]): ReadonlyMap<string, T> {
  return keyed(entries);
}

/**
 * Nouns that العام follows as the adjective "general, public" (الأمين العام السابق is a former
 * secretary-general, not last year).
 */
export const GENERAL_NOUNS: readonly string[] = [
  'الأمين', 'المدعي', 'النائب', 'المدير', 'المفتش', 'المحامي', 'المراقب', 'المنسق', 'القائد', 'الرأي', 'القطاع',
  'الإضراب', 'العفو', 'المؤتمر', 'الأمن', 'النظام', 'الصالح', 'المال', 'الشأن', 'الوضع', 'الإطار', 'الاتجاه',
  'التوجه', 'الطابع', 'السياق', 'الموقف', 'المستوى', 'الاستياء', 'الغضب', 'الإنفاق', 'الدين', 'النقل', 'التعليم',
  'الحشد', 'الاستفتاء', 'المزاج', 'الخط', 'المشهد', 'الانطباع', 'النفع', 'التعبئة', 'الاستنفار', 'الحاكم', 'القنصل',
];

/** Words after a number that make it a quantity, not a year (2000 شخص، 1500 دولار). */
export const NOT_YEAR_AFTER: readonly string[] = [
  '%', '٪', 'مليون', 'مليار', 'ألف', 'دولار', 'يورو', 'ليرة', 'شخص', 'قتيل', 'جريح', 'عنصر', 'جندي', 'مقاتل', 'كيلومتر', 'كلم', 'كم', 'متر', 'طن',
];
