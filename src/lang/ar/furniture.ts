/**
 * Page furniture of Arabic news sites: phrases that mark lines which are not part of the article
 * (related links, share buttons, short links, comment boxes, photo credits), and the words that
 * make up bylines. Data only; src/read/structure.ts does the matching. Spellings are matched
 * after folding (hamza, alef madda, alef maqsura, diacritics), so one spelling per phrase is enough.
 */
/** The kinds of page furniture (the record's boilerplate kinds). */
export type FurnitureKind = 'title-repeat' | 'byline' | 'dateline' | 'caption' | 'read-also' | 'short-link' | 'comments-closed' | 'other';

export interface FurniturePhrase {
  /** The phrase a line starts with. */
  phrase: string;
  kind: FurnitureKind;
  /** The phrase must be followed by a colon ("المصدر: …"). */
  colon?: boolean;
  /** The whole line may have at most this many words (guards against body sentences). */
  maxWords?: number;
  /** A bare heading that introduces a list of links on the following lines. */
  listHeading?: boolean;
}

const p = (
  kind: FurnitureKind,
  phrases: string[],
  opts: Omit<FurniturePhrase, 'phrase' | 'kind'> = {},
): FurniturePhrase[] => phrases.map((phrase) => ({ phrase, kind, ...opts }));

export const FURNITURE_PHRASES: readonly FurniturePhrase[] = [
  ...p('read-also', [
    'اقرأ أيضاً', 'اقرأ كذلك', 'اقرأ المزيد', 'اقرأ أيضاً على', 'شاهد أيضاً', 'طالع أيضاً',
    'طالع كذلك', 'تابع أيضاً', 'يهمك أيضاً', 'قد يهمك', 'قد يعجبك', 'لمزيد من الأخبار',
    'المزيد من الأخبار',
  ]),
  ...p('read-also', [
    'مواضيع ذات صلة', 'مقالات ذات صلة', 'أخبار ذات صلة', 'مواد ذات صلة', 'ذات صلة',
    'موضوعات ذات صلة', 'الأكثر قراءة', 'اخترنا لك',
  ], { maxWords: 6, listHeading: true }),
  ...p('short-link', ['رابط مختصر', 'الرابط المختصر', 'رابط قصير', 'الرابط القصير', 'نسخ الرابط', 'انسخ الرابط', 'تم نسخ الرابط'], { maxWords: 5 }),
  ...p('comments-closed', [
    'عذراً التعليقات مغلقة', 'التعليقات مغلقة', 'أضف تعليق', 'أضف تعليقاً',
    'اترك تعليقاً', 'اترك رداً', 'لا توجد تعليقات', 'التعليقات متوقفة', 'إغلاق التعليقات',
  ], { maxWords: 6 }),
  ...p('other', [
    'شارك هذا المقال', 'شارك المقال', 'شارك الخبر', 'شارك هذا الخبر', 'شارك على', 'شارك عبر',
    'مشاركة المقال', 'مشاركة الخبر', 'تابعونا على', 'تابعنا على', 'تابعوا آخر الأخبار',
    'للاشتراك في', 'اشترك في', 'جميع الحقوق محفوظة', 'حقوق النشر محفوظة',
  ], { maxWords: 12 }),
  ...p('other', ['شارك', 'مشاركة', 'طباعة', 'إرسال'], { maxWords: 1 }),
  ...p('other', ['الوسوم', 'وسوم', 'كلمات مفتاحية', 'الكلمات المفتاحية', 'كلمات دلالية', 'الكلمات الدلالية', 'الكلمات الدالة', 'تاغ', 'هاشتاغ'], {
    maxWords: 40,
  }),
  ...p('caption', ['المصدر', 'مصدر الصورة', 'صورة', 'الصورة', 'تصوير', 'حقوق الصورة', 'الصور'], {
    colon: true,
    maxWords: 20,
  }),
  ...p('caption', ['صورة أرشيفية', 'صورة من الأرشيف', 'أرشيفية', 'صورة تعبيرية', 'صورة توضيحية'], { maxWords: 12 }),
];

/**
 * Author words in a byline "outlet – author": a line part made of one of these (optionally
 * followed by a name, as in "بقلم: فلان") is the author side.
 */
export const AUTHOR_WORDS: readonly string[] = [
  'فريق التحرير', 'هيئة التحرير', 'أسرة التحرير', 'التحرير', 'تحرير', 'المحرر', 'محرر',
  'خاص', 'متابعات', 'وكالات', 'مراسلنا', 'مراسل', 'مراسلة', 'بقلم', 'كتب', 'كتبت', 'إعداد',
  'ترجمة', 'رصد', 'قسم الأخبار', 'القسم السياسي', 'الموقع', 'غرفة الأخبار',
];

/**
 * Author words that may open a byline line on their own ("فريق التحرير3 أغسطس 2017",
 * "بقلم: فلان"); single words from AUTHOR_WORDS that commonly start body sentences are left out.
 */
export const BYLINE_OPENERS: readonly string[] = [
  'فريق التحرير', 'هيئة التحرير', 'أسرة التحرير', 'بقلم', 'كتب', 'كتبت', 'إعداد', 'ترجمة',
  'تحرير', 'متابعات', 'وكالات', 'خاص', 'مراسلنا', 'المحرر', 'غرفة الأخبار',
];

/** Words for photo credit in captions, Arabic and Latin (Latin ones lower-case). */
export const CREDIT_WORDS: readonly string[] = [
  'صورة', 'الصورة', 'أرشيف', 'أرشيفية', 'تصوير', 'رويترز', 'فرانس برس', 'الأناضول', 'أ ف ب',
  'photo', 'photos', 'image', 'images', 'afp', 'reuters', 'getty', 'ap', 'epa', 'press', 'news',
  'via', 'credit', 'archive', 'anadolu', 'shutterstock',
];

/** Words that, at the start of a line, mark a body sentence rather than a headline. */
export const BODY_OPENERS: readonly string[] = [
  'وقال', 'وقالت', 'وأضاف', 'وأضافت', 'وأشار', 'وأشارت', 'وأكد', 'وأكدت', 'وأوضح', 'وأوضحت',
  'وبحسب', 'ووفقاً', 'وذكر', 'وذكرت', 'ولفت', 'ولفتت', 'وتابع', 'وتابعت', 'وكان', 'وكانت',
  'وفي', 'كما', 'يذكر', 'يُذكر', 'تجدر', 'ويأتي', 'من جهته', 'من جهتها', 'من جانبه',
  'من جانبها', 'إلى ذلك', 'في المقابل', 'في غضون ذلك',
];

/** Places that stand before the dash of "دمشق – خاص"; such a line names no outlet. */
export const DATELINE_PLACES: readonly string[] = [
  'دمشق', 'حلب', 'إدلب', 'درعا', 'حمص', 'حماة', 'اللاذقية', 'طرطوس', 'دير الزور', 'الرقة',
  'الحسكة', 'القامشلي', 'السويداء', 'القنيطرة', 'ريف دمشق', 'بيروت', 'عمان', 'عمّان', 'بغداد',
  'البصرة', 'الموصل', 'أربيل', 'القاهرة', 'الإسكندرية', 'الرياض', 'جدة', 'الدوحة', 'أبوظبي',
  'أبو ظبي', 'دبي', 'الكويت', 'المنامة', 'مسقط', 'صنعاء', 'عدن', 'الخرطوم', 'طرابلس', 'بنغازي',
  'تونس', 'الجزائر', 'الرباط', 'الدار البيضاء', 'نواكشوط', 'القدس', 'غزة', 'رام الله', 'أنقرة',
  'إسطنبول', 'اسطنبول', 'غازي عنتاب', 'موسكو', 'واشنطن', 'نيويورك', 'باريس', 'لندن', 'برلين',
  'طهران', 'جنيف', 'بروكسل', 'فيينا', 'بكين',
];

/** Words, besides dates and weekdays, that may stand on a date line (Latin ones lower-case). */
export const DATELINE_WORDS: readonly string[] = [
  'يوم', 'نشر', 'نُشر', 'في', 'بتاريخ', 'تاريخ', 'النشر', 'الموافق', 'الساعة', 'ص', 'م', 'هـ', 'ه',
  'صباحاً', 'مساءً', 'بتوقيت', 'غرينتش', 'غرينيتش', 'مكة', 'المكرمة', 'gmt', 'utc', 'am', 'pm',
  'ميلادي', 'ميلادية', 'هجري', 'هجرية',
];

/** Markers of a crawl-relative "last updated" note; the rest of the line after one is ignored. */
export const UPDATE_MARKERS: readonly string[] = ['آخر تحديث', 'تاريخ التحديث', 'تم التحديث', 'محدث', 'تحديث'];

/** Social networks whose names alone make up a share-button line. */
export const SOCIAL_NAMES: readonly string[] = [
  'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'email', 'print',
  'messenger', 'reddit', 'tumblr', 'x', 'فيسبوك', 'فيس بوك', 'تويتر', 'واتساب', 'واتس اب',
  'تلغرام', 'تيليغرام', 'لينكدإن', 'لينكد إن', 'البريد الإلكتروني', 'طباعة', 'ماسنجر',
];
