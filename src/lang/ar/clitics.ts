/**
 * The Arabic clitic inventory that segmentation works with (data only). All strings are in the
 * normalized alphabet of `normalize` (no diacritics, أ إ آ ٱ folded to ا, ى to ي, ة kept).
 *
 * A word is  [conjunction] [future س | preposition [article] | article]  stem  [enclitic pronoun].
 * The stem keeps its inflection: ة ات ون ين ان, verb subject suffixes ت وا ن تم نا …
 */

/** Conjunctions: the outermost proclitics. */
export const CONJUNCTIONS: readonly string[] = ['و', 'ف'];

/** One-letter prepositions (ل also before imperfect verbs: ليصبح). */
export const PREPOSITIONS: readonly string[] = ['ب', 'ل', 'ك'];

/** The future particle, only before an imperfect verb. */
export const FUTURE = 'س';

/** The definite article. After ل it is written `ل` (لل = ل + ال). */
export const ARTICLE = 'ال';

/** First letters of an imperfect verb (ي ت ن, and ا for the folded أ of the first person). */
export const IMPERFECT_PREFIXES = 'يتنا';

/** Enclitic pronouns, on nouns, verbs and prepositions. */
export const ENCLITICS: readonly string[] = ['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'كن', 'ي', 'ني', 'نا'];

/**
 * Hosts of the first-person enclitic ي (لي، معي، عني، اني). On other stems a final ي is taken as
 * part of the stem: after nouns it is far more often the nisba ending (عربي) or a construct
 * plural (مسؤولي = مسؤولين) than "my", and the word alone cannot tell them apart. Verbs take
 * the object form ني.
 */
export const YA_HOSTS: readonly string[] = ['ل', 'ب', 'مع', 'عند', 'من', 'عن', 'ان', 'لكن', 'ليت', 'لعل'];

/** One-letter prepositions that stand as the stem when a pronoun follows them (له، بها). */
export const PRONOUN_HOSTS: readonly string[] = ['ب', 'ل'];

/** Shortest stem; shortest stem after the future particle (an imperfect verb). */
export const MIN_STEM = 2;
export const MIN_STEM_AFTER_FUTURE = 3;

/**
 * Spelling changes at the end of a stem before an enclitic: the surface ending (left) may stand
 * for the stem's own ending (right): حكومته = حكومة + ه, مستواه = مستوى + ه, ابناؤه = ابناء + ه,
 * قالوه = قالوا + ه.
 */
export const STEM_END_BEFORE_ENCLITIC: readonly (readonly [string, string])[] = [
  ['ت', 'ة'],
  ['ا', 'ي'],
  ['ؤ', 'ء'],
  ['ئ', 'ء'],
  ['و', 'وا'],
];

/**
 * Words whose first letters look like proclitics (or last letters like an enclitic) but are part
 * of the word. Whenever one of them can be the stem of a word, it is: كما, وكما = و + كما (never
 * ك + ما), الله, لكنه = لكن + ه. Closed-class items only (grammar, not corpus statistics).
 */
export const LEXICALIZED: readonly string[] = [
  // relative pronouns: their ال is not the article
  'الذي',
  'التي',
  'الذين',
  'اللذان',
  'اللذين',
  'اللتان',
  'اللتين',
  'اللاتي',
  'اللواتي',
  'اللائي',
  'اللهم',
  'الله',
  // demonstratives
  'هذا',
  'هذه',
  'هذان',
  'هذين',
  'هاتان',
  'هاتين',
  'هؤلاء',
  'ذلك',
  'تلك',
  'اولئك',
  'هنا',
  'هناك',
  'هنالك',
  'هكذا',
  // particles, conjunctions and adverbs written as one word
  'كما',
  'كلما',
  'كيف',
  'كيفما',
  'كي',
  'كلا',
  'لكن',
  'لدي',
  'لدن',
  'لعل',
  'لولا',
  'لوما',
  'ليت',
  'ليس',
  'فقط',
];

/**
 * Prepositions fused with a following ما or من, written with one letter less: مما = من + ما.
 * Each entry: the written prefix, the preposition it stands for, and the second word.
 */
export const FUSED: readonly { readonly surface: string; readonly host: string; readonly rest: string }[] = [
  { surface: 'مما', host: 'من', rest: 'ما' },
  { surface: 'ممن', host: 'من', rest: 'من' },
  { surface: 'عما', host: 'عن', rest: 'ما' },
  { surface: 'عمن', host: 'عن', rest: 'من' },
];
