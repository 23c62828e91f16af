/**
 * Arabic titles of office holders (الرئيس، وزير الخارجية، المبعوث الأممي، الناطق باسم …) and a
 * matcher that finds a title at a word and the words around it that say whose office it is: a
 * nationality adjective (الرئيس الروسي), a genitive name (وزير خارجية تركيا، سفير روسيا), a
 * metonym (رأس النظام، وزير خارجية النظام), an enclitic pronoun (مبعوثه) and, for envoys and
 * ambassadors, where they are sent (إلى سوريا، لدى الأمم المتحدة، في دمشق).
 *
 * Language only: the matcher returns word ranges; resolving them to states, organisations and
 * office holders is the caller's job (with the knowledge base), and the caller can plug its own
 * demonym and name tests into the matcher through `OfficeHooks`.
 *
 * Words are in the normalized alphabet of `normalize` (no diacritics, أ إ آ ٱ → ا, ى → ي, ة kept)
 * and keep the article ال attached. Phrases below are written with hamza for reading; they are
 * normalized when the index is built.
 */
import { normalizeString } from './normalize.ts';

/** Office keys: what a title refers to (the knowledge base's offices use these; src/kb/types.ts re-exports them). */
export const OFFICE_KEYS = [
  'head_of_state',
  'head_of_government',
  'vice_president',
  'crown_prince',
  'supreme_leader',
  'foreign_minister',
  'deputy_foreign_minister',
  'defence_minister',
  'deputy_defence_minister',
  'interior_minister',
  'finance_minister',
  'minister',
  'ambassador',
  'special_envoy',
  'spokesperson',
  'national_security_adviser',
  'intelligence_chief',
  'army_chief',
  'speaker',
  'adviser',
  'un_secretary_general',
  'un_envoy',
  'un_deputy_envoy',
  'org_head',
  'group_leader',
  'official',
] as const;
export type OfficeKey = (typeof OFFICE_KEYS)[number];

export type Gender = 'm' | 'f';
export type GrammaticalNumber = 'singular' | 'dual' | 'plural';

/** One title phrase. */
export interface TitlePhrase {
  /** The phrase as written (hamza and all); matched word by word after normalization. */
  phrase: string;
  office: OfficeKey;
  gender?: Gender;
  /** Default singular. */
  number?: GrammaticalNumber;
  /**
   * The phrase is the head of a construct (إضافة) and means an office only with what follows or
   * an enclitic pronoun: وزير خارجية تركيا، رئيس روسيا، أمير قطر، مبعوثه. Without one, no match.
   */
  requiresComplement?: boolean;
  /** Organisation the phrase itself names (الأمين العام للأمم المتحدة → UN). */
  org?: string;
  /** State the phrase itself implies (رئيس الموساد → ISR); for `رأس النظام` the domain default (SYR). */
  country?: string;
  /** Offices to read instead when the complement names an organisation (رئيس الائتلاف، زعيم حزب الله). */
  orgOffices?: readonly OfficeKey[];
  /** Office to read instead when the complement names a state (زعيم كوريا الشمالية → head_of_state). */
  stateOffice?: OfficeKey;
  /** Fixed portfolio of a `minister` (نائب رئيس الوزراء → deputy prime minister). */
  portfolio?: string;
  /** The portfolio of a `minister` is the word(s) after the title (وزير الطاقة). */
  portfolioFollows?: boolean;
  /** Envoys and ambassadors: a following إلى / لدى / في / ل names where they are sent. */
  takesTarget?: boolean;
  /** A following في + name gives the state (رأس السلطة في سوريا). */
  countryAfterFi?: boolean;
  /** A word inside the phrase that is itself the complement (رأس النظام: 1; المستشار الألماني: 1). */
  complementAt?: number;
}

export type ComplementKind =
  /** A nationality adjective: الروسي، الأمريكية، روسي (resolve with the demonym list). */
  | 'adjective'
  /** A genitive or prepositional name: روسيا، الولايات المتحدة، وزارة الخارجية، الكرملين. */
  | 'name'
  /** A word that stands for a government: النظام، الاحتلال (see METONYMS). */
  | 'metonym'
  /** An enclitic pronoun on the title (مبعوثه): the owner is its antecedent. */
  | 'pronoun'
  /** An adjective that names an organisation: الأممي → UN. */
  | 'org';

/** A word range [start, end) into the caller's words. */
export interface WordRange {
  start: number;
  end: number;
}

export interface Complement extends WordRange {
  kind: ComplementKind;
  /** Proclitic to strip from the range's first word before lookup (ل of للأمم، و of والتركي). */
  proclitic?: string;
  /** For `org`: the organisation code. */
  org?: string;
  /** For `metonym`: the state the word usually stands for in this news (النظام → SYR). */
  country?: string;
  /** For `pronoun`: the enclitic (ه، ها، هم، هما). */
  enclitic?: string;
}

export interface OfficeMatch {
  office: OfficeKey;
  phrase: TitlePhrase;
  /** Index of the title's first word (the `i` asked for). */
  start: number;
  /** Words matched in all: the title with its complements, modifiers and target (= end − start); the role's span. */
  length: number;
  /** Words of the title phrase itself (نائب وزير الخارجية: 3). */
  phraseLength: number;
  /** Index after the title and everything taken with it. */
  end: number;
  /** Proclitics stripped from the first word (و، ف، ب، ل، ول …), if any. */
  proclitic?: string;
  gender?: Gender;
  number: GrammaticalNumber;
  org?: string;
  country?: string;
  orgOffices?: readonly OfficeKey[];
  stateOffice?: OfficeKey;
  portfolio?: string;
  portfolioWords?: WordRange;
  /** What says whose office it is, in text order: adjectives, names, metonyms, a pronoun. */
  complements: Complement[];
  /** The first of `complements` (the word or words that give the country, to resolve with the KB). */
  countryWord?: Complement;
  /** All of `complements` as one range (first start to last end), e.g. وزارة الخارجية الروسية. */
  complement?: WordRange;
  /** For envoys and ambassadors: where they are sent (إلى سوريا، لدى الأمم المتحدة، في دمشق، لليمن). */
  target?: Complement;
  /** السابق، الأسبق، الراحل، المقال …: a past holder, not the one in office at the article's date. */
  former: boolean;
  /** بالوكالة، المكلف، المؤقت، بالإنابة. */
  acting: boolean;
  /** المنتخب: elected, not yet in office. */
  elect: boolean;
}

/** Caller-supplied tests that make complements exact (e.g. backed by the knowledge base). */
export interface OfficeHooks {
  /** Whether a normalized word (with or without ال; ة folded to ه) is a nationality adjective. Default: `isKnownDemonym`. */
  isDemonym?(word: string): boolean;
  /**
   * Length in words of a known name (state, capital, organisation, person) starting at words[j],
   * with `first` standing for words[j] without the proclitic the matcher stripped (لروسيا →
   * روسيا, للأمم → الأمم), in the caller's own form; 0 when none. Default: a guess (one word, or a
   * definite phrase; the names of MULTIWORD_NAMES).
   */
  nameLength?(words: readonly string[], j: number, first: string): number;
}

// ---------------------------------------------------------------------------------------------
// The vocabulary
// ---------------------------------------------------------------------------------------------

type Opts = Omit<TitlePhrase, 'phrase' | 'office'>;
const P = (office: OfficeKey, opts: Opts, ...phrases: string[]): TitlePhrase[] => phrases.map((phrase) => ({ phrase, office, ...opts }));
const M: Opts = { gender: 'm' };
const F: Opts = { gender: 'f' };
const REQ_M: Opts = { gender: 'm', requiresComplement: true };
const REQ_F: Opts = { gender: 'f', requiresComplement: true };
const ORG_HEADS: readonly OfficeKey[] = ['org_head', 'group_leader'];
const GROUP: readonly OfficeKey[] = ['group_leader', 'org_head'];

/** Every title phrase Marsad recognises, longest match first at each word. */
export const TITLE_PHRASES: readonly TitlePhrase[] = [
  // ---- heads of state ----
  ...P('head_of_state', { ...M, orgOffices: ORG_HEADS }, 'الرئيس', 'رئيس الجمهورية', 'رئيس الدولة', 'رئيس السلطة'),
  ...P('head_of_state', { ...F, orgOffices: ORG_HEADS }, 'الرئيسة', 'رئيسة الجمهورية'),
  ...P('head_of_state', { ...REQ_M, orgOffices: ORG_HEADS }, 'رئيس', 'رئيساً'),
  ...P('head_of_state', { ...REQ_F, orgOffices: ORG_HEADS }, 'رئيسة'),
  ...P('head_of_state', { gender: 'm', number: 'plural', requiresComplement: true, orgOffices: ORG_HEADS }, 'رؤساء'),
  ...P('head_of_state', { gender: 'm', number: 'plural', orgOffices: ORG_HEADS }, 'الرؤساء'),
  ...P('head_of_state', { ...M, complementAt: 1, country: 'SYR' }, 'رأس النظام', 'رئيس النظام'),
  ...P('head_of_state', { ...M, countryAfterFi: true }, 'رأس السلطة', 'رأس الدولة'),
  ...P('head_of_state', M, 'رئيس مجلس السيادة', 'رئيس المجلس الرئاسي', 'رئيس مجلس القيادة الرئاسي', 'رئيس المجلس السياسي الأعلى'),
  ...P('head_of_state', M, 'الملك', 'العاهل', 'السلطان'),
  ...P('head_of_state', F, 'الملكة'),
  ...P('head_of_state', REQ_M, 'ملك', 'عاهل', 'سلطان'),
  ...P('head_of_state', REQ_F, 'ملكة'),
  // الأمير / أمير: the head of state of an emirate (أمير قطر، الأمير القطري) or the leader of a group (أمير تنظيم الدولة)
  ...P('head_of_state', { ...REQ_M, orgOffices: GROUP }, 'الأمير', 'أمير'),
  // زعيم: a group's leader (زعيم حزب الله) or a state's (زعيم كوريا الشمالية، الزعيم الليبي)
  ...P('group_leader', { ...REQ_M, stateOffice: 'head_of_state' }, 'زعيم', 'الزعيم'),
  ...P('group_leader', { ...REQ_F, stateOffice: 'head_of_state' }, 'زعيمة', 'الزعيمة'),
  ...P('group_leader', { gender: 'm', number: 'plural', requiresComplement: true, stateOffice: 'head_of_state' }, 'زعماء', 'قادة'),
  ...P('group_leader', { ...REQ_M, orgOffices: GROUP }, 'قائد', 'القائد'),
  ...P('group_leader', { ...REQ_M, orgOffices: GROUP }, 'رئيس المكتب السياسي', 'رئيس مكتبها السياسي', 'رئيس الهيئة السياسية'),
  ...P('group_leader', { ...REQ_M, orgOffices: GROUP }, 'الرئيس المشترك', 'الرئيس المشارك', 'المنسق العام'),
  ...P('group_leader', { ...REQ_F, orgOffices: GROUP }, 'الرئيسة المشتركة', 'الرئيسة المشاركة'),
  ...P('group_leader', { ...M, org: 'MUSLIM_BROTHERHOOD' }, 'المرشد العام', 'مرشد جماعة الإخوان', 'المرشد العام لجماعة الإخوان المسلمين', 'المرشد العام للإخوان'),
  ...P('group_leader', { ...M, org: 'HEZBOLLAH' }, 'الأمين العام لحزب الله', 'أمين عام حزب الله'),
  ...P('group_leader', { ...M, org: 'ISIS' }, 'زعيم تنظيم الدولة', 'زعيم داعش', 'زعيم تنظيم داعش', 'خليفة تنظيم الدولة'),
  // ---- heads of government ----
  ...P('head_of_government', M, 'رئيس الوزراء', 'رئيس الحكومة', 'رئيس مجلس الوزراء', 'رئيس الحكومة الانتقالية'),
  ...P('head_of_government', F, 'رئيسة الوزراء', 'رئيسة الحكومة', 'رئيسة مجلس الوزراء'),
  ...P('head_of_government', REQ_M, 'رئيس وزراء', 'رئيس حكومة', 'رئيس مجلس وزراء'),
  ...P('head_of_government', REQ_F, 'رئيسة وزراء', 'رئيسة حكومة'),
  ...P('head_of_government', { gender: 'm', number: 'plural' }, 'رؤساء الوزراء', 'رؤساء الحكومات'),
  ...P('head_of_government', { ...M, complementAt: 1 }, 'المستشار الألماني', 'المستشار النمساوي'),
  ...P('head_of_government', { ...F, complementAt: 1 }, 'المستشارة الألمانية', 'المستشارة النمساوية'),
  // ---- vice-presidents, crown princes, supreme leaders ----
  ...P('vice_president', M, 'نائب الرئيس', 'نائب رئيس الجمهورية', 'النائب الأول للرئيس', 'النائب الأول لرئيس الجمهورية', 'نائب رئيس الدولة'),
  ...P('vice_president', F, 'نائبة الرئيس', 'نائبة رئيس الجمهورية'),
  ...P('vice_president', { ...M, orgOffices: ['official'] }, 'نائب رئيس'),
  ...P('minister', { ...M, portfolio: 'deputy prime minister' }, 'نائب رئيس الوزراء', 'نائب رئيس الحكومة', 'نائب رئيس مجلس الوزراء'),
  ...P('minister', { ...F, portfolio: 'deputy prime minister' }, 'نائبة رئيس الوزراء', 'نائبة رئيس الحكومة'),
  ...P('minister', { ...REQ_M, portfolio: 'deputy prime minister' }, 'نائب رئيس وزراء', 'نائب رئيس حكومة'),
  ...P('crown_prince', M, 'ولي العهد'),
  ...P('crown_prince', REQ_M, 'ولي عهد'),
  ...P('official', M, 'ولي ولي العهد'),
  ...P('supreme_leader', { ...M, country: 'IRN' }, 'المرشد الأعلى', 'المرشد', 'مرشد الثورة', 'مرشد الجمهورية الإسلامية', 'قائد الثورة', 'قائد الثورة الإسلامية', 'الولي الفقيه', 'المرشد الأعلى للثورة', 'المرشد الأعلى للجمهورية الإسلامية', 'الزعيم الأعلى', 'الزعيم الأعلى الإيراني', 'الزعيم الإيراني الأعلى'),
  // ---- foreign ministers ----
  ...P('foreign_minister', M, 'وزير الخارجية', 'وزير الخارجية والمغتربين', 'وزير الشؤون الخارجية', 'الوزير المسؤول عن الشؤون الخارجية', 'وزير الشؤون الخارجية والتعاون الدولي', 'وزير الخارجية والتعاون الدولي', 'وزير الخارجية وشؤون المغتربين', 'كبير الدبلوماسيين'),
  ...P('foreign_minister', F, 'وزيرة الخارجية', 'وزيرة الخارجية والمغتربين', 'وزيرة الشؤون الخارجية'),
  ...P('foreign_minister', REQ_M, 'وزير خارجية', 'وزيراً للخارجية'),
  ...P('foreign_minister', REQ_F, 'وزيرة خارجية'),
  ...P('foreign_minister', { gender: 'm', number: 'dual' }, 'وزيرا الخارجية', 'وزيري الخارجية'),
  ...P('foreign_minister', { gender: 'm', number: 'dual', requiresComplement: true }, 'وزيرا خارجية', 'وزيري خارجية'),
  ...P('foreign_minister', { gender: 'm', number: 'plural' }, 'وزراء الخارجية'),
  ...P('foreign_minister', { gender: 'm', number: 'plural', requiresComplement: true }, 'وزراء خارجية'),
  ...P('foreign_minister', REQ_M, 'رئيس الدبلوماسية', 'رأس الدبلوماسية'),
  // ---- deputy foreign ministers ----
  ...P('deputy_foreign_minister', M, 'نائب وزير الخارجية', 'نائب وزير الخارجية والمغتربين', 'نائب وزير الشؤون الخارجية', 'مساعد وزير الخارجية', 'معاون وزير الخارجية', 'وكيل وزارة الخارجية', 'نائب وزيرة الخارجية', 'مساعد وزيرة الخارجية', 'النائب الأول لوزير الخارجية', 'نائب وزير الخارجية للشؤون السياسية', 'مساعد وزير الخارجية للشؤون السياسية'),
  ...P('deputy_foreign_minister', F, 'نائبة وزير الخارجية', 'مساعدة وزير الخارجية', 'وكيلة وزارة الخارجية', 'نائبة وزيرة الخارجية', 'مساعدة وزيرة الخارجية'),
  ...P('deputy_foreign_minister', REQ_M, 'نائب وزير خارجية', 'مساعد وزير خارجية', 'معاون وزير خارجية', 'وكيل وزارة خارجية'),
  ...P('deputy_foreign_minister', { gender: 'm', number: 'plural' }, 'نواب وزير الخارجية', 'نواب وزراء الخارجية'),
  ...P('adviser', M, 'كبير مساعدي وزير الخارجية', 'كبير مساعدي وزير الخارجية للشؤون السياسية الخاصة'),
  // ---- defence ministers (وزير الحرب: the US Department of War from 2025, and a hostile name for Israel's) ----
  ...P('defence_minister', M, 'وزير الدفاع', 'وزير الدفاع الوطني', 'وزير الحرب', 'وزير الجيوش', 'وزير القوات المسلحة', 'وزير الدولة لشؤون الدفاع', 'وزير الدولة للدفاع'),
  ...P('defence_minister', F, 'وزيرة الدفاع', 'وزيرة الجيوش', 'وزيرة القوات المسلحة'),
  ...P('defence_minister', REQ_M, 'وزير دفاع', 'وزير حرب', 'وزير جيش', 'وزيراً للدفاع'),
  ...P('defence_minister', REQ_F, 'وزيرة دفاع'),
  ...P('defence_minister', { gender: 'm', number: 'dual' }, 'وزيرا الدفاع', 'وزيري الدفاع'),
  ...P('defence_minister', { gender: 'm', number: 'dual', requiresComplement: true }, 'وزيرا دفاع', 'وزيري دفاع'),
  ...P('defence_minister', { gender: 'm', number: 'plural' }, 'وزراء الدفاع'),
  ...P('defence_minister', { gender: 'm', number: 'plural', requiresComplement: true }, 'وزراء دفاع'),
  ...P('deputy_defence_minister', M, 'نائب وزير الدفاع', 'مساعد وزير الدفاع', 'نائب وزير الحرب', 'وكيل وزارة الدفاع', 'النائب الأول لوزير الدفاع'),
  ...P('deputy_defence_minister', F, 'نائبة وزير الدفاع', 'مساعدة وزير الدفاع'),
  ...P('deputy_defence_minister', REQ_M, 'نائب وزير دفاع', 'مساعد وزير دفاع'),
  // ---- interior, finance, other ministers ----
  ...P('interior_minister', M, 'وزير الداخلية'),
  ...P('interior_minister', F, 'وزيرة الداخلية'),
  ...P('interior_minister', REQ_M, 'وزير داخلية'),
  ...P('interior_minister', { gender: 'm', number: 'plural' }, 'وزراء الداخلية'),
  ...P('finance_minister', M, 'وزير المالية', 'وزير الخزانة', 'وزير الخزانة والمالية', 'وزير المالية والاقتصاد'),
  ...P('finance_minister', F, 'وزيرة المالية', 'وزيرة الخزانة'),
  ...P('finance_minister', REQ_M, 'وزير مالية', 'وزير خزانة'),
  ...P('finance_minister', { gender: 'm', number: 'plural' }, 'وزراء المالية'),
  ...P('minister', { ...REQ_M, portfolioFollows: true }, 'وزير', 'وزير الدولة لشؤون', 'وزير الدولة للشؤون'),
  ...P('minister', { ...REQ_F, portfolioFollows: true }, 'وزيرة', 'وزيرة الدولة لشؤون'),
  ...P('minister', { gender: 'm', number: 'plural', requiresComplement: true, portfolioFollows: true }, 'وزراء'),
  ...P('minister', M, 'الوزير', 'وزير الدولة'),
  ...P('minister', F, 'الوزيرة', 'وزيرة الدولة'),
  ...P('minister', { ...M, portfolio: 'foreign affairs (state)' }, 'وزير الدولة للشؤون الخارجية', 'وزير الدولة لشؤون الخارجية'),
  // نائب الوزير: a deputy minister of the ministry the context names (وزارة الدفاع … نائب الوزير)
  ...P('official', M, 'نائب الوزير', 'مساعد الوزير'),
  ...P('official', F, 'نائبة الوزير'),
  // ---- ambassadors ----
  ...P('ambassador', { ...M, takesTarget: true }, 'السفير', 'المندوب', 'المندوب الدائم', 'الممثل الدائم', 'القائم بالأعمال', 'القائم بأعمال السفارة', 'سفير فوق العادة'),
  ...P('ambassador', { ...F, takesTarget: true }, 'السفيرة', 'المندوبة', 'المندوبة الدائمة', 'الممثلة الدائمة', 'القائمة بالأعمال'),
  ...P('ambassador', { ...REQ_M, takesTarget: true }, 'سفير', 'مندوب', 'ممثل دائم', 'سفيراً', 'مندوباً'),
  ...P('ambassador', { ...REQ_F, takesTarget: true }, 'سفيرة', 'مندوبة'),
  ...P('ambassador', { gender: 'm', number: 'plural', takesTarget: true }, 'السفراء', 'المندوبين'),
  ...P('ambassador', { gender: 'm', number: 'plural', takesTarget: true, requiresComplement: true }, 'سفراء', 'مندوبي', 'مندوبو'),
  // ---- special envoys of states ----
  ...P('special_envoy', { ...M, takesTarget: true }, 'المبعوث', 'المبعوث الخاص', 'الممثل الخاص', 'الموفد', 'الموفد الخاص', 'الوسيط', 'المبعوث الرئاسي', 'المبعوث الرئاسي الخاص', 'المنسق الخاص'),
  ...P('special_envoy', { ...F, takesTarget: true }, 'المبعوثة', 'المبعوثة الخاصة', 'الممثلة الخاصة', 'الموفدة', 'الوسيطة'),
  ...P('special_envoy', { ...REQ_M, takesTarget: true }, 'مبعوث', 'مبعوث خاص', 'ممثل خاص', 'موفد', 'وسيط', 'مبعوثاً', 'مبعوثاً خاصاً', 'ممثلاً خاصاً', 'موفداً'),
  ...P('special_envoy', { ...REQ_F, takesTarget: true }, 'مبعوثة', 'مبعوثة خاصة', 'ممثلة خاصة'),
  ...P('special_envoy', { gender: 'm', number: 'plural', takesTarget: true }, 'المبعوثين', 'المبعوثون'),
  ...P('special_envoy', { gender: 'm', number: 'plural', takesTarget: true, requiresComplement: true }, 'مبعوثي', 'مبعوثو'),
  // ---- UN envoys and their deputies ----
  ...P('un_envoy', { ...M, org: 'UN', takesTarget: true },
    'المبعوث الأممي', 'المبعوث الدولي', 'الوسيط الدولي', 'الوسيط الأممي', 'الممثل الأممي',
    'مبعوث الأمم المتحدة', 'مبعوث الأمم المتحدة الخاص', 'المبعوث الخاص للأمم المتحدة', 'المبعوث الأممي الخاص', 'المبعوث الدولي الخاص',
    'مبعوث الأمين العام', 'مبعوث الأمين العام للأمم المتحدة', 'المبعوث الخاص للأمين العام', 'المبعوث الخاص للأمين العام للأمم المتحدة',
    'المبعوث الشخصي للأمين العام', 'المبعوث الشخصي للأمين العام للأمم المتحدة',
    'الممثل الخاص للأمين العام', 'الممثل الخاص للأمين العام للأمم المتحدة', 'ممثل الأمم المتحدة', 'ممثل الأمين العام',
    'رئيس بعثة الأمم المتحدة', 'رئيس البعثة الأممية', 'رئيس البعثة الدولية', 'المنسق الخاص للأمم المتحدة',
    'المبعوث المشترك', 'المبعوث الدولي العربي', 'المبعوث الأممي العربي', 'المبعوث العربي الدولي', 'المبعوث المشترك للأمم المتحدة والجامعة العربية'),
  ...P('un_envoy', { ...F, org: 'UN', takesTarget: true },
    'المبعوثة الأممية', 'المبعوثة الدولية', 'مبعوثة الأمم المتحدة', 'المبعوثة الخاصة للأمم المتحدة', 'المبعوثة الخاصة للأمين العام',
    'الممثلة الخاصة للأمين العام', 'الممثلة الخاصة للأمين العام للأمم المتحدة', 'رئيسة بعثة الأمم المتحدة', 'رئيسة البعثة الأممية',
    'المستشارة الأممية', 'المستشارة الخاصة للأمين العام', 'الممثلة الأممية'),
  ...P('un_deputy_envoy', { ...M, org: 'UN', takesTarget: true },
    'نائب المبعوث الأممي', 'نائب المبعوث الدولي', 'نائب مبعوث الأمم المتحدة', 'نائب المبعوث الخاص للأمم المتحدة',
    'نائب المبعوث الخاص للأمين العام', 'نائب الممثل الخاص للأمين العام', 'نائب الممثل الخاص للأمين العام للأمم المتحدة',
    'نائب المبعوث الأممي الخاص', 'نائب رئيس بعثة الأمم المتحدة', 'نائب المبعوث المشترك'),
  ...P('un_deputy_envoy', { ...F, org: 'UN', takesTarget: true },
    'نائبة المبعوث الأممي', 'نائبة المبعوث الدولي', 'نائبة مبعوث الأمم المتحدة', 'نائبة المبعوث الخاص للأمين العام', 'نائبة الممثل الخاص للأمين العام'),
  ...P('official', { ...M, takesTarget: true }, 'نائب المبعوث', 'نائب المبعوث الخاص'),
  ...P('official', { ...F, takesTarget: true }, 'نائبة المبعوث', 'نائبة المبعوث الخاصة'),
  // ---- secretaries-general, heads of organisations ----
  ...P('un_secretary_general', { ...M, org: 'UN' }, 'الأمين العام للأمم المتحدة', 'أمين عام الأمم المتحدة', 'الأمين العام للمنظمة الدولية', 'الأمين العام الأممي', 'الأمين العام للمنظمة الأممية'),
  ...P('org_head', { ...M, org: 'ARAB_LEAGUE' }, 'الأمين العام لجامعة الدول العربية', 'الأمين العام للجامعة العربية', 'أمين عام جامعة الدول العربية', 'أمين عام الجامعة العربية'),
  ...P('org_head', { ...M, org: 'GCC' }, 'الأمين العام لمجلس التعاون الخليجي', 'الأمين العام لمجلس التعاون لدول الخليج العربية', 'الأمين العام لمجلس التعاون', 'أمين عام مجلس التعاون الخليجي'),
  ...P('org_head', { ...M, org: 'NATO' }, 'الأمين العام لحلف شمال الأطلسي', 'الأمين العام لحلف الناتو', 'الأمين العام للناتو', 'الأمين العام للحلف الأطلسي', 'أمين عام حلف الناتو'),
  ...P('org_head', { ...M, org: 'OIC' }, 'الأمين العام لمنظمة التعاون الإسلامي', 'أمين عام منظمة التعاون الإسلامي'),
  ...P('org_head', { ...M, orgOffices: GROUP }, 'الأمين العام', 'أمين عام', 'المدير العام', 'الرئيس التنفيذي', 'المفوض السامي', 'المدير التنفيذي'),
  ...P('org_head', { ...F, orgOffices: GROUP }, 'الأمينة العامة', 'المديرة العامة', 'المديرة التنفيذية', 'المفوضة السامية'),
  ...P('official', { ...M, org: 'UN' }, 'المسؤول الأممي', 'المتحدث الأممي', 'منسق الإغاثة الطارئة', 'منسق الشؤون الإنسانية'),
  ...P('official', { ...F, org: 'UN' }, 'المسؤولة الأممية'),
  // ---- spokespeople ----
  ...P('spokesperson', REQ_M, 'المتحدث باسم', 'الناطق باسم', 'المتحدث الرسمي باسم', 'الناطق الرسمي باسم', 'متحدث باسم', 'ناطق باسم'),
  ...P('spokesperson', REQ_F, 'المتحدثة باسم', 'الناطقة باسم', 'المتحدثة الرسمية باسم', 'الناطقة الرسمية باسم', 'متحدثة باسم', 'ناطقة باسم'),
  ...P('spokesperson', M, 'المتحدث الرسمي', 'الناطق الرسمي', 'المتحدث', 'الناطق', 'المتحدث العسكري', 'الناطق العسكري', 'السكرتير الصحفي', 'المتحدث الإعلامي', 'الناطق الإعلامي', 'المتحدث الرسمي للحكومة'),
  ...P('spokesperson', F, 'المتحدثة الرسمية', 'الناطقة الرسمية', 'المتحدثة', 'الناطقة', 'السكرتيرة الصحفية'),
  ...P('spokesperson', REQ_M, 'متحدث', 'ناطق'),
  ...P('spokesperson', REQ_F, 'متحدثة', 'ناطقة'),
  // ---- national security advisers (and the secretaries of national security councils) ----
  ...P('national_security_adviser', M, 'مستشار الأمن القومي', 'مستشار الأمن الوطني', 'أمين المجلس الأعلى للأمن القومي', 'أمين مجلس الأمن القومي', 'سكرتير مجلس الأمن القومي', 'سكرتير مجلس الأمن', 'أمين مجلس الأمن', 'أمين عام مجلس الأمن القومي', 'الأمين العام لمجلس الأمن القومي', 'سكرتير المجلس الأعلى للأمن القومي'),
  ...P('national_security_adviser', F, 'مستشارة الأمن القومي', 'مستشارة الأمن الوطني'),
  // ---- intelligence chiefs ----
  ...P('intelligence_chief', M,
    'رئيس الاستخبارات', 'رئيس المخابرات', 'مدير المخابرات', 'مدير الاستخبارات', 'رئيس جهاز المخابرات', 'رئيس جهاز الاستخبارات',
    'مدير جهاز المخابرات', 'مدير جهاز الاستخبارات', 'رئيس المخابرات العامة', 'مدير المخابرات العامة', 'رئيس الاستخبارات العامة',
    'رئيس جهاز المخابرات العامة', 'مدير إدارة المخابرات العامة', 'رئيس الاستخبارات العسكرية', 'مدير الاستخبارات العسكرية',
    'رئيس شعبة الاستخبارات العسكرية', 'رئيس مكتب الأمن الوطني', 'المدير العام للأمن العام', 'مدير عام الأمن العام', 'رئيس جهاز الأمن العام',
    'رئيس جهاز الأمن الوطني', 'وزير الاستخبارات', 'وزير الأمن', 'وزير الاستخبارات والأمن'),
  ...P('intelligence_chief', { ...M, country: 'USA' }, 'مدير وكالة المخابرات المركزية', 'مدير وكالة الاستخبارات المركزية', 'مدير السي آي إيه'),
  ...P('intelligence_chief', { ...M, country: 'ISR' }, 'رئيس الموساد', 'رئيس جهاز الموساد', 'مدير الموساد', 'رئيس الشاباك', 'رئيس جهاز الشاباك', 'رئيس جهاز الأمن العام الإسرائيلي', 'رئيس شعبة الاستخبارات العسكرية أمان'),
  ...P('intelligence_chief', REQ_M, 'رئيس استخبارات', 'رئيس مخابرات', 'مدير استخبارات', 'مدير مخابرات'),
  ...P('intelligence_chief', { gender: 'm', number: 'plural' }, 'رؤساء أجهزة الاستخبارات', 'رؤساء أجهزة المخابرات'),
  // ---- army chiefs ----
  ...P('army_chief', M,
    'رئيس الأركان', 'رئيس هيئة الأركان', 'رئيس الأركان العامة', 'رئيس هيئة الأركان العامة', 'رئيس هيئة الأركان المشتركة',
    'رئيس أركان الجيش', 'رئيس هيئة أركان الجيش', 'رئيس الأركان العامة للجيش', 'رئيس أركان القوات المسلحة', 'رئيس هيئة الأركان العامة للقوات المسلحة',
    'قائد الجيش', 'القائد العام للجيش', 'القائد العام للقوات المسلحة', 'رئيس الأركان العامة للقوات المسلحة', 'قائد الأركان'),
  ...P('army_chief', { ...M, orgOffices: GROUP }, 'القائد العام'),
  ...P('army_chief', REQ_M, 'رئيس أركان', 'رئيس هيئة أركان', 'قائد جيش'),
  ...P('official', { ...M, org: 'IRGC', country: 'IRN' }, 'قائد فيلق القدس', 'قائد قوة القدس'),
  ...P('org_head', { ...M, org: 'IRGC', country: 'IRN' }, 'قائد الحرس الثوري', 'القائد العام للحرس الثوري', 'قائد الحرس الثوري الإيراني', 'القائد العام لحرس الثورة الإسلامية'),
  // ---- speakers of parliament ----
  ...P('speaker', M,
    'رئيس البرلمان', 'رئيس مجلس النواب', 'رئيس مجلس الشعب', 'رئيس مجلس الأمة', 'رئيس مجلس الشورى', 'رئيس الكنيست',
    'رئيس مجلس الدوما', 'رئيس الدوما', 'رئيس مجلس الاتحاد', 'رئيس الجمعية الوطنية', 'رئيس المجلس الوطني', 'رئيس مجلس العموم',
    'رئيس المجلس الشعبي الوطني', 'رئيس مجلس نواب الشعب', 'رئيس البرلمان العربي', 'رئيس السلطة التشريعية', 'رئيس المجلس التشريعي'),
  ...P('speaker', F, 'رئيسة البرلمان', 'رئيسة مجلس النواب', 'رئيسة مجلس الاتحاد', 'رئيسة مجلس الشعب', 'رئيسة الجمعية الوطنية'),
  ...P('speaker', REQ_M, 'رئيس برلمان'),
  // ---- advisers ----
  ...P('adviser', M, 'المستشار', 'المستشار الخاص', 'المستشار السياسي', 'المستشار الإعلامي', 'المستشار العسكري', 'المستشار الدبلوماسي', 'مستشار الرئيس', 'كبير المستشارين'),
  ...P('adviser', F, 'المستشارة', 'المستشارة الخاصة', 'المستشارة السياسية', 'المستشارة الإعلامية', 'مستشارة الرئيس'),
  ...P('adviser', REQ_M, 'مستشار', 'كبير مستشاري', 'مستشاراً'),
  ...P('adviser', REQ_F, 'مستشارة'),
  // ---- officials ----
  ...P('official', M, 'المسؤول', 'رئيس الوفد', 'رئيس التحرير', 'رئيس البلدية'),
  ...P('official', F, 'المسؤولة'),
  ...P('official', REQ_M, 'مسؤول', 'رئيس وفد', 'رئيس بلدية', 'دبلوماسي'),
  ...P('official', REQ_F, 'مسؤولة', 'دبلوماسية'),
  ...P('official', { gender: 'm', number: 'plural' }, 'المسؤولين', 'المسؤولون', 'كبار المسؤولين', 'الدبلوماسيين', 'الدبلوماسيون'),
  ...P('official', { gender: 'm', number: 'plural', requiresComplement: true }, 'مسؤولين', 'مسؤولون', 'مسؤولو', 'مسؤولي', 'دبلوماسيين', 'دبلوماسيون', 'دبلوماسيو', 'دبلوماسيي'),
];

// ---------------------------------------------------------------------------------------------
// Words around titles
// ---------------------------------------------------------------------------------------------

/** Words that stand for a government, and the state they usually mean in this news. */
export const METONYMS: ReadonlyMap<string, string | null> = new Map([
  ['النظام', 'SYR'],
  ['الاحتلال', 'ISR'],
  ['العدو', 'ISR'],
  ['السلطة', null],
]);

/** Adjectives that name an organisation rather than a state (المبعوث الأممي، المسؤول الأممي). */
export const ORG_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['الاممي', 'UN'],
  ['الاممية', 'UN'],
  ['اممي', 'UN'],
  ['اممية', 'UN'],
  ['الامميون', 'UN'],
  ['الامميين', 'UN'],
  ['الاطلسي', 'NATO'],
]);

/** Modifiers after a title and what they say about the holder (normalized). */
export const TITLE_MODIFIERS: ReadonlyMap<string, 'former' | 'acting' | 'elect' | 'current'> = new Map([
  ...['السابق', 'السابقة', 'الاسبق', 'الاسبقة', 'الراحل', 'الراحلة', 'المقال', 'المقالة', 'المخلوع', 'المعزول', 'المستقيل', 'المستقيلة', 'سابق', 'سابقة', 'اسبق'].map(
    (w) => [w, 'former'] as const,
  ),
  ...['بالوكالة', 'المكلف', 'المكلفة', 'المؤقت', 'المؤقتة', 'بالانابة', 'بالنيابة'].map((w) => [w, 'acting'] as const),
  ...['المنتخب', 'المنتخبة', 'المنتخبين'].map((w) => [w, 'elect'] as const),
  ...['الحالي', 'الحالية', 'الجديد', 'الجديدة', 'الفعلي'].map(
    (w) => [w, 'current'] as const,
  ),
]);

/** Words skipped between a title and its complement or target (المبعوث الأممي الخاص إلى سوريا). */
const SKIPPABLE: ReadonlySet<string> = new Set([
  'الخاص', 'الخاصة', 'الدائم', 'الدائمة', 'الرسمي', 'الرسمية', 'الوطني', 'الوطنية', 'الشخصي', 'الشخصية', 'الرفيع', 'رفيع', 'رفيعة', 'كبير', 'بارز', 'بارزة', 'خاص', 'خاصا', 'دائم',
]);

/**
 * Nationality adjectives, as the masculine singular stem without ال (normalized). The forms
 * with ة, the sound plurals and duals, and the article are derived; broken plurals are listed
 * apart. The default test for a country adjective after a title; callers with the knowledge
 * base pass `OfficeHooks.isDemonym` instead.
 */
export const DEMONYM_STEMS: readonly string[] = [
  // the region
  'سوري', 'عراقي', 'لبناني', 'اردني', 'فلسطيني', 'اسرائيلي', 'مصري', 'ليبي', 'يمني', 'سعودي', 'اماراتي', 'قطري', 'كويتي', 'بحريني',
  'عماني', 'تركي', 'ايراني', 'سوداني', 'تونسي', 'جزائري', 'مغربي', 'موريتاني', 'صومالي', 'جيبوتي', 'اثيوبي', 'اريتري', 'تشادي',
  'قبرصي', 'يوناني', 'ارميني', 'اذربيجاني', 'جورجي', 'افغاني', 'باكستاني', 'هندي',
  // the permanent members and other powers in the news
  'روسي', 'امريكي', 'اميركي', 'امريكاني', 'صيني', 'بريطاني', 'فرنسي', 'الماني', 'ايطالي', 'اسباني', 'ياباني', 'كوري', 'كندي', 'استرالي',
  'اوكراني', 'بيلاروسي', 'كازاخي', 'اوزبكي', 'تركماني', 'هولندي', 'بلجيكي', 'سويسري', 'نمساوي', 'سويدي', 'نرويجي', 'دنماركي', 'فنلندي',
  'بولندي', 'تشيكي', 'مجري', 'روماني', 'بلغاري', 'صربي', 'كرواتي', 'برتغالي', 'ايرلندي', 'برازيلي', 'ارجنتيني', 'فنزويلي', 'كوبي',
  'مكسيكي', 'اندونيسي', 'ماليزي', 'بنغلاديشي', 'نيجيري', 'سنغالي', 'كيني', 'اوغندي',
  // groupings that stand for an actor (the caller's KB decides what they mean)
  'اوروبي', 'غربي', 'عربي', 'خليجي', 'افريقي', 'كردي',
];
const BROKEN_PLURAL_DEMONYMS: readonly string[] = ['روس', 'اتراك', 'امريكان', 'اميركان', 'عرب', 'اكراد', 'افغان', 'المان', 'انجليز', 'انكليز', 'فرس', 'يونان'];
const DEMONYMS: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const stem of DEMONYM_STEMS) {
    for (const form of [stem, `${stem}ة`, `${stem}ين`, `${stem}ون`, `${stem}ان`, `${stem}تين`, `${stem}تان`, `${stem}ات`]) {
      s.add(form);
      s.add(`ال${form}`);
    }
  }
  for (const w of BROKEN_PLURAL_DEMONYMS) {
    s.add(w);
    s.add(`ال${w}`);
  }
  return s;
})();

/** Nisba-shaped words that are not nationality adjectives (stems; ة, plural and ال forms derived). */
const NON_DEMONYM_STEMS: readonly string[] = [
  'خارجي', 'داخلي', 'حالي', 'دولي', 'رسمي', 'اعلي', 'ثاني', 'انتقالي', 'شرعي', 'فعلي', 'اقليمي', 'وطني', 'قومي', 'محلي',
  'ميداني', 'دبلوماسي', 'اقتصادي', 'انساني', 'عسكري', 'امني', 'سياسي', 'اعلامي', 'شخصي', 'حكومي', 'رئاسي', 'تنفيذي',
  'اجتماعي', 'ديني', 'ثقافي', 'صحفي', 'استراتيجي', 'تشريعي', 'دستوري', 'قضائي', 'مالي', 'نفطي', 'جوي', 'بحري', 'بري',
  'اتحادي', 'فيدرالي', 'مركزي', 'اساسي', 'نهائي', 'مبدئي', 'اولي', 'تاريخي', 'جماعي', 'ثنائي', 'ثلاثي', 'عادي', 'استثنائي',
  'علمي', 'تقني', 'فني', 'طبي', 'قانوني', 'شعبي', 'جمهوري', 'ديمقراطي', 'اسلامي', 'مسيحي', 'شيعي', 'سني', 'عالمي', 'تجاري',
  'صناعي', 'زراعي', 'نووي', 'ذري', 'اداري', 'تربوي', 'رياضي', 'اعتيادي', 'ماضي', 'تالي', 'اضافي', 'ذاتي', 'جنوبي', 'شمالي',
  'شرقي', 'ثوري', 'تنظيمي', 'فلسفي', 'مدني', 'حقوقي', 'برلماني', 'نيابي', 'وزاري',
];
const NON_DEMONYMS: ReadonlySet<string> = (() => {
  const s = new Set<string>();
  for (const stem of NON_DEMONYM_STEMS) {
    for (const form of [stem, `${stem}ة`, `${stem}ين`, `${stem}ون`, `${stem}ان`, `${stem}تين`, `${stem}تان`, `${stem}ات`]) {
      s.add(form);
      s.add(`ال${form}`);
    }
  }
  return s;
})();

/** Words that end a complement phrase: prepositions, particles, relatives, time words, verbs of saying. */
const STOP: ReadonlySet<string> = new Set([
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'انه', 'انها', 'قد', 'لقد', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'خلال', 'بعد',
  'قبل', 'امس', 'اليوم', 'غدا', 'حول', 'حيث', 'كما', 'لكن', 'لم', 'لن', 'لا', 'ما', 'او', 'ثم', 'حتي', 'لدي', 'عند', 'منذ', 'ضد', 'بين',
  'السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعة', 'الماضي', 'الماضية', 'المقبل', 'المقبلة', 'القادم', 'القادمة',
  'هذا', 'هذه', 'ذلك', 'تلك', 'الان', 'ايضا', 'قال', 'قالت', 'اكد', 'اكدت', 'له', 'لها', 'لهم', 'لذلك', 'لان', 'ليس', 'لمدة', 'لما',
  'لصالح', 'لكي', 'لاجل', 'لدي', 'للغاية',
]);

/** Nouns that head a construct name (وزارة الخارجية، حكومة الاحتلال، جيش النظام): the definite words after them belong to the name. */
const CONSTRUCT_HEADS: ReadonlySet<string> = new Set([
  'وزارة', 'حكومة', 'جيش', 'قوات', 'حركة', 'حزب', 'مجلس', 'هيئة', 'جامعة', 'منظمة', 'جماعة', 'تنظيم', 'جبهة', 'ادارة', 'رئاسة', 'دولة',
  'جمهورية', 'مملكة', 'امارة', 'سلطنة', 'اتحاد', 'حلف', 'وكالة', 'بعثة', 'مكتب', 'جهاز', 'كتائب', 'الوية', 'لواء', 'فيلق', 'سرايا', 'ميليشيا',
  'ميليشيات', 'فصائل', 'ائتلاف', 'تحالف', 'قيادة', 'رابطة', 'مؤسسة', 'شركة', 'بلدية', 'محافظة', 'امانة', 'لجنة', 'مفوضية', 'برلمان', 'كنيست',
]);

/** Multiword names a default complement must not split (normalized). Callers with the KB pass `nameLength` instead. */
export const MULTIWORD_NAMES: readonly string[] = [
  'الولايات المتحدة', 'الولايات المتحدة الامريكية', 'الولايات المتحدة الاميركية', 'المملكة العربية السعودية', 'الامارات العربية المتحدة',
  'المملكة المتحدة', 'الامم المتحدة', 'الاتحاد الاوروبي', 'الاتحاد الروسي', 'الاتحاد الافريقي', 'جامعة الدول العربية', 'الجامعة العربية',
  'مجلس التعاون الخليجي', 'مجلس التعاون', 'حلف شمال الاطلسي', 'حلف الناتو', 'كوريا الشمالية', 'كوريا الجنوبية', 'جنوب السودان',
  'الجمهورية العربية السورية', 'الجمهورية الاسلامية', 'الجمهورية الاسلامية الايرانية', 'السلطة الفلسطينية', 'حزب الله', 'مجلس الامن',
  'مجلس الامن الدولي', 'البيت الابيض', 'قوات سوريا الديمقراطية', 'هيئة تحرير الشام', 'تنظيم الدولة', 'تنظيم الدولة الاسلامية',
  'الحرس الثوري', 'حركة حماس', 'منظمة التحرير الفلسطينية', 'منظمة التعاون الاسلامي', 'الائتلاف الوطني السوري', 'هيئة التفاوض',
  'هيئة التفاوض السورية', 'المجلس الانتقالي الجنوبي', 'الجيش الوطني الليبي', 'الجيش السوري الحر', 'الجيش الوطني السوري',
];

// ---------------------------------------------------------------------------------------------
// Index and matcher
// ---------------------------------------------------------------------------------------------

/**
 * Matching folds ة to ه (as `matchKey` and the knowledge base's `nameKey` do), so the caller may
 * pass words in either form.
 */
const fold = (w: string): string => (w.includes('ة') ? w.replaceAll('ة', 'ه') : w);
const foldSet = (xs: Iterable<string>): ReadonlySet<string> => new Set([...xs].map(fold));
function foldMap<V>(m: ReadonlyMap<string, V>): ReadonlyMap<string, V> {
  return new Map([...m].map(([k, v]) => [fold(k), v]));
}

const F_METONYMS = foldMap(METONYMS);
const F_ORG_ADJECTIVES = foldMap(ORG_ADJECTIVES);
const F_MODIFIERS = foldMap(TITLE_MODIFIERS);
const F_SKIPPABLE = foldSet(SKIPPABLE);
const F_DEMONYMS = foldSet(DEMONYMS);
const F_NON_DEMONYMS = foldSet(NON_DEMONYMS);
const F_STOP = foldSet(STOP);
const F_CONSTRUCT_HEADS = foldSet(CONSTRUCT_HEADS);
const F_MULTIWORD: readonly string[][] = MULTIWORD_NAMES.map((n) => n.split(' ').map(fold));
const AUTHORITY = fold('السلطة');
const TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(['الي', 'لدي', 'في']);
const ENCLITIC_PRONOUNS: readonly string[] = ['هما', 'هم', 'ها', 'ه'];

interface Node {
  next: Map<string, Node>;
  phrases: TitlePhrase[];
  /** The word that leads to this node as the phrases write it (ة kept). */
  written: string;
}
const newNode = (written: string): Node => ({ next: new Map(), phrases: [], written });

/** The normalized words of a phrase (ة kept). */
export function phraseWords(phrase: string): string[] {
  return normalizeString(phrase).split(/\s+/u).filter(Boolean);
}

/** Each phrase's normalized words, folded. */
const FOLDED_WORDS = new Map<TitlePhrase, string[]>();

const ROOT: Node = (() => {
  const root = newNode('');
  for (const p of TITLE_PHRASES) {
    const ws = phraseWords(p.phrase);
    FOLDED_WORDS.set(p, ws.map(fold));
    let node = root;
    for (const w of ws) {
      const k = fold(w);
      let n = node.next.get(k);
      if (!n) {
        n = newNode(w);
        node.next.set(k, n);
      }
      node = n;
    }
    node.phrases.push(p);
  }
  return root;
})();

/** Whether a normalized word (with or without ال; ة or ه) is a nationality adjective of the built-in list. */
export function isKnownDemonym(word: string): boolean {
  return F_DEMONYMS.has(fold(word));
}

/**
 * A looser test: any nisba-shaped word (الروسي، كازاخستانية) that is not a known non-nationality
 * adjective. Catches states missing from DEMONYM_STEMS, but also names (السيسي، الحريري): use it
 * only behind a check that the word is not a name.
 */
export function looksLikeDemonym(word: string): boolean {
  const w = fold(word);
  if (F_DEMONYMS.has(w)) return true;
  if (F_NON_DEMONYMS.has(w) || F_ORG_ADJECTIVES.has(w) || F_MODIFIERS.has(w) || F_STOP.has(w)) return false;
  const stem = w.startsWith('ال') ? w.slice(2) : w;
  return stem.length >= 4 && /(ي|يه|يين|يون|يان|يتين|يتان|يات)$/u.test(stem);
}

const isDefinite = (w: string): boolean => w.startsWith('ال') && w.length > 3;
const isArabicWord = (w: string): boolean => /^[\u0621-\u064a]+$/u.test(w);

/** Forms of the first word with its proclitics removed: [form, proclitic], the word itself first. */
function firstWordForms(w: string): [string, string][] {
  const out: [string, string][] = [[w, '']];
  const add = (form: string, pre: string): void => {
    if (form.length >= 2 && !out.some(([f]) => f === form)) out.push([form, pre]);
  };
  const bases: [string, string][] = [[w, '']];
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف')) bases.push([w.slice(1), w[0]]);
  for (const [base, c] of bases) {
    if (c) add(base, c);
    if (base.startsWith('لل') && base.length > 4) add(`ال${base.slice(2)}`, `${c}ل`);
    else if ((base[0] === 'ب' || base[0] === 'ك') && base.slice(1).startsWith('ال')) add(base.slice(1), c + base[0]);
    else if (base[0] === 'ل' && base.length > 3) add(base.slice(1), `${c}ل`);
  }
  return out;
}

/** Whether a word, in any of its first-word forms, opens a title phrase; memoized per word (exact). */
const MAY_START = new Map<string, boolean>();
function mayStart(w: string): boolean {
  let v = MAY_START.get(w);
  if (v !== undefined) return v;
  v = false;
  for (const [form] of firstWordForms(w)) {
    const split = splitEnclitic(form);
    if (ROOT.next.has(fold(form)) || (split && ROOT.next.has(fold(split[0])))) {
      v = true;
      break;
    }
  }
  if (MAY_START.size > 500_000) MAY_START.clear();
  MAY_START.set(w, v);
  return v;
}

/** A word as stem + enclitic pronoun (مبعوثه؛ خارجيته → خارجية + ه), or null. */
function splitEnclitic(word: string): [string, string] | null {
  for (const e of ENCLITIC_PRONOUNS) {
    if (word.length > e.length + 2 && word.endsWith(e)) {
      let stem = word.slice(0, -e.length);
      if (stem.endsWith('ت')) stem = `${stem.slice(0, -1)}ة`;
      return [stem, e];
    }
  }
  return null;
}

/** Folded words of the caller's array, read on demand (a match looks at a few words only). */
type At = (j: number) => string | undefined;

interface Found {
  phrase: TitlePhrase;
  length: number;
  proclitic: string;
  enclitic: string | null;
  /** 2: the last word as written; 1: the last word with an enclitic; 0: a ه read as ة (folded input). */
  rank: number;
}

/** Whether the caller's words keep ة (normalize) rather than fold it to ه (matchKey); computed once per array. */
const KEEPS_TA_MARBUTA = new WeakMap<readonly string[], boolean>();
function keepsTaMarbuta(words: readonly string[]): boolean {
  let v = KEEPS_TA_MARBUTA.get(words);
  if (v === undefined) {
    v = words.some((w) => w.includes('ة'));
    KEEPS_TA_MARBUTA.set(words, v);
  }
  return v;
}

/**
 * The title phrase starting at word i (longest first), with the first word's proclitics and a
 * final enclitic. A final ه is ambiguous when the caller folded ة to ه (مبعوثه: his envoy, or
 * مبعوثة): of two readings of the same length, the word as written wins, then the enclitic. When
 * the caller's words keep ة, a ه is never read as ة (قاده is not قادة).
 */
function findPhrase(words: readonly string[], i: number): Found | null {
  if (!mayStart(words[i] ?? '')) return null;
  const strict = keepsTaMarbuta(words);
  let best: Found | null = null;
  for (const [first, proclitic] of firstWordForms(words[i] ?? '')) {
    const consider = (node: Node | undefined, length: number, enclitic: string | null, raw: string): void => {
      if (!node || node.phrases.length === 0) return;
      const phrase = node.phrases[0]!;
      if (enclitic && !phrase.requiresComplement) return; // only construct heads take a possessor pronoun
      const rank = enclitic ? 1 : node.written === raw || !node.written.endsWith('ة') ? 2 : 0;
      if (rank === 0 && strict) return;
      if (!best || length > best.length || (length === best.length && rank > best.rank)) best = { phrase, length, proclitic, enclitic, rank };
    };
    let node: Node | undefined = ROOT;
    for (let j = i; node; j++) {
      const raw = j === i ? first : words[j];
      if (raw === undefined) break;
      const split = splitEnclitic(raw);
      if (split) consider(node.next.get(fold(split[0])), j - i + 1, split[1], raw);
      node = node.next.get(fold(raw));
      consider(node, j - i + 1, null, raw);
    }
    if (best && !proclitic) break; // a match on the word as written wins over stripped forms
  }
  return best;
}

/** Strips a ل (or لل → ال) from a word that introduces a complement (للأمم، لروسيا). */
function lamForm(w: string): string | null {
  if (F_STOP.has(w)) return null;
  if (w.startsWith('لل') && w.length > 4) return `ال${w.slice(2)}`;
  if (w[0] === 'ل' && w.length > 3) return w.slice(1);
  return null;
}

/** ل-words that name whom an envoy represents rather than where he is sent (للأمين العام، للرئيس). */
function isOwnerWord(base: string): boolean {
  return /^(ال)?(امين|رئيس|ملك|امير|حكومه|وزير|سلطان|مرشد|زعيم|قائد|اداره)/u.test(base);
}

const metonym = (start: number, w: string, proclitic?: string): Complement => {
  const country = F_METONYMS.get(w);
  return { start, end: start + 1, kind: 'metonym', ...(country ? { country } : {}), ...(proclitic ? { proclitic } : {}) };
};

interface Ctx {
  words: readonly string[];
  at: At;
  hooks: OfficeHooks | undefined;
  isDem: (w: string) => boolean;
}

/**
 * Length of the name starting at word j, by the hook or a guess; 0 when none. `rawFirst` is the
 * caller's word j (or its form without a proclitic), `first` the same folded.
 */
function nameLengthAt(c: Ctx, j: number, rawFirst: string): number {
  const first = fold(rawFirst);
  if (!isArabicWord(first) || F_STOP.has(first) || F_MODIFIERS.has(first) || F_SKIPPABLE.has(first) || F_ORG_ADJECTIVES.has(first)) return 0;
  if (c.hooks?.nameLength) return c.hooks.nameLength(c.words, j, rawFirst);
  let best = 0;
  for (const mw of F_MULTIWORD) {
    if (mw.length > best && mw[0] === first && mw.every((t, k) => k === 0 || c.at(j + k) === t)) best = mw.length;
  }
  if (best > 0) return best;
  let n = 1;
  if (isDefinite(first) || F_CONSTRUCT_HEADS.has(first)) {
    while (n < 4) {
      const w = c.at(j + n);
      if (!w || !isDefinite(w) || F_STOP.has(w) || F_MODIFIERS.has(w) || F_ORG_ADJECTIVES.has(w) || F_METONYMS.has(w) || c.isDem(w)) break;
      n++;
    }
  }
  return n;
}

/**
 * The title that starts at word `i` of `words`, with the words after it that belong to it; null
 * when none starts there. Words are normalized (normalize, or the KB's nameKey: ة may be folded
 * to ه), with ال attached; the first word may still carry و ف ب ل ك (returned in `proclitic`). A
 * phrase that needs a complement (رئيس، وزير خارجية، الأمير، مبعوث) matches only with one.
 *
 * Complements are candidates: the caller resolves them (a demonym, a state, an organisation, a
 * person) and drops the ones that resolve to nothing.
 */
export function matchOfficeAt(words: readonly string[], i: number, hooks?: OfficeHooks): OfficeMatch | null {
  if (i < 0 || i >= words.length) return null;
  const found = findPhrase(words, i);
  if (!found) return null;
  const cache = new Map<number, string>();
  const at: At = (j) => {
    if (j < 0 || j >= words.length) return undefined;
    let w = cache.get(j);
    if (w === undefined) {
      w = fold(words[j]!);
      cache.set(j, w);
    }
    return w;
  };
  const { phrase, length: phraseLength, proclitic, enclitic } = found;
  const isDem = hooks?.isDemonym ? (w: string) => hooks.isDemonym!(w) : (w: string) => F_DEMONYMS.has(w);
  const c: Ctx = { words, at, hooks, isDem };
  const m: OfficeMatch = {
    office: phrase.office,
    phrase,
    start: i,
    length: phraseLength,
    phraseLength,
    end: i + phraseLength,
    number: phrase.number ?? 'singular',
    complements: [],
    former: false,
    acting: false,
    elect: false,
  };
  if (proclitic) m.proclitic = proclitic;
  if (phrase.gender) m.gender = phrase.gender;
  if (phrase.org) m.org = phrase.org;
  if (phrase.country) m.country = phrase.country;
  if (phrase.orgOffices) m.orgOffices = phrase.orgOffices;
  if (phrase.stateOffice) m.stateOffice = phrase.stateOffice;
  if (phrase.portfolio) m.portfolio = phrase.portfolio;

  const pw = FOLDED_WORDS.get(phrase)!;
  const last = pw[pw.length - 1]!;
  /** The title so far is definite (adjectives after it take ال). */
  let definite = pw.some(isDefinite);
  /** The last word is an indefinite construct head that a genitive can follow. */
  const constructHead = !isDefinite(last);
  if (phrase.complementAt !== undefined) {
    const k = i + phrase.complementAt;
    const w = pw[phrase.complementAt]!;
    m.complements.push(F_METONYMS.has(w) ? metonym(k, w) : { start: k, end: k + 1, kind: 'adjective' });
  }
  if (enclitic) {
    m.complements.push({ start: i + phraseLength - 1, end: i + phraseLength, kind: 'pronoun', enclitic });
    definite = true;
  }

  let j = m.end;
  // the genitive of a construct head: وزير خارجية تركيا، رئيس النظام، المتحدث باسم الكرملين؛ an indefinite adjective: مسؤول روسي
  // (after descriptive adjectives: مسؤول أمني رفيع عراقي)
  if (phrase.requiresComplement && constructHead && !enclitic) {
    // masculine forms only: جمهورية، شرعية، ديمقراطية are also nouns (رئيس جمهورية الكونغو)
    for (let w = at(j); w !== undefined && !isDefinite(w) && ((F_NON_DEMONYMS.has(w) && !w.endsWith('يه')) || F_SKIPPABLE.has(w)); w = at(j)) j++;
  }
  const w0 = at(j);
  if (phrase.requiresComplement && constructHead && !enclitic && w0 !== undefined) {
    const lam0 = lamForm(w0);
    const deferToLam = w0.startsWith('لل') || (lam0 !== null && !!hooks?.nameLength && hooks.nameLength(words, j, words[j]!) === 0);
    if (F_METONYMS.has(w0) && w0 !== AUTHORITY) {
      m.complements.push(metonym(j, w0));
      j++;
      definite = true;
    } else if (!definite && !isDefinite(w0) && (F_ORG_ADJECTIVES.has(w0) || isDem(w0))) {
      const org = F_ORG_ADJECTIVES.get(w0);
      m.complements.push(org ? { start: j, end: j + 1, kind: 'org', org } : { start: j, end: j + 1, kind: 'adjective' });
      j++;
    } else if (!deferToLam && phrase.portfolioFollows) {
      const n = nameLengthAt(c, j, words[j]!);
      if (n > 0) {
        m.portfolioWords = { start: j, end: j + n };
        j += n;
        definite = definite || isDefinite(w0);
      }
    } else if (!deferToLam && !(isDefinite(w0) && isDem(w0))) {
      const n = nameLengthAt(c, j, words[j]!);
      if (n > 0) {
        m.complements.push({ start: j, end: j + n, kind: 'name' });
        j += n;
        definite = true;
      }
    }
  }

  // then: modifiers, adjectives (and coordinated ones), a ل complement, a target
  let lam: Complement | null = null;
  for (let guard = 0; guard < 10; guard++) {
    const w = at(j);
    if (w === undefined) break;
    const mod = F_MODIFIERS.get(w);
    if (mod) {
      if (mod === 'former') m.former = true;
      else if (mod === 'acting') m.acting = true;
      else if (mod === 'elect') m.elect = true;
      j++;
      continue;
    }
    // descriptive adjectives that agree with the title: المسؤول الأمني العراقي، مسؤول عسكري روسي
    if (F_SKIPPABLE.has(w) || (F_NON_DEMONYMS.has(w) && definite === isDefinite(w))) {
      j++;
      continue;
    }
    const org = F_ORG_ADJECTIVES.get(w);
    if (org) {
      m.complements.push({ start: j, end: j + 1, kind: 'org', org });
      j++;
      continue;
    }
    if (definite === isDefinite(w) && isDem(w)) {
      m.complements.push({ start: j, end: j + 1, kind: 'adjective' });
      j++;
      continue;
    }
    // a coordinated adjective: الروسي والتركي، الأممي والروسي
    if (w.length > 3 && w[0] === 'و' && (m.org !== undefined || m.complements.some((x) => x.kind === 'adjective' || x.kind === 'org'))) {
      const rest = w.slice(1);
      const org2 = F_ORG_ADJECTIVES.get(rest);
      if (org2 || (definite === isDefinite(rest) && isDem(rest))) {
        m.complements.push(org2 ? { start: j, end: j + 1, kind: 'org', org: org2, proclitic: 'و' } : { start: j, end: j + 1, kind: 'adjective', proclitic: 'و' });
        j++;
        continue;
      }
    }
    // a coordinated name after a dual or plural construct: وزراء خارجية روسيا وتركيا وإيران
    if (m.number !== 'singular' && w.length > 3 && w[0] === 'و' && m.complements.some((x) => x.kind === 'name')) {
      const n = nameLengthAt(c, j, words[j]!.slice(1));
      if (n > 0) {
        m.complements.push({ start: j, end: j + n, kind: 'name', proclitic: 'و' });
        j += n;
        continue;
      }
    }
    // a sloppy genitive after a definite title: وزير الخارجية النظام
    if (F_METONYMS.has(w) && w !== AUTHORITY && m.complements.length === 0) {
      m.complements.push(metonym(j, w));
      j++;
      definite = true;
      continue;
    }
    // where an envoy or ambassador is sent: إلى سوريا، لدى الأمم المتحدة، في دمشق
    if (!m.target && phrase.takesTarget && TARGET_PREPOSITIONS.has(w)) {
      const n = j + 1 < words.length ? nameLengthAt(c, j + 1, words[j + 1]!) : 0;
      if (n === 0) break;
      m.target = { start: j + 1, end: j + 1 + n, kind: 'name' };
      j += 1 + n;
      continue;
    }
    // the state after في: رأس السلطة في سوريا
    if (phrase.countryAfterFi && w === 'في' && m.complements.length === 0) {
      const n = j + 1 < words.length ? nameLengthAt(c, j + 1, words[j + 1]!) : 0;
      if (n === 0) break;
      m.complements.push({ start: j + 1, end: j + 1 + n, kind: 'name' });
      j += 1 + n;
      continue;
    }
    // a ل complement: الأمين العام للأمم المتحدة، الرئيس السابق للولايات المتحدة، المبعوث الأممي لسوريا
    if (!lam && !m.target) {
      const base = lamForm(w);
      const ownerUnknown = m.complements.length === 0 && m.org === undefined;
      const plausible =
        base !== null &&
        (isDefinite(base) || F_CONSTRUCT_HEADS.has(base) || !!hooks?.nameLength || phrase.takesTarget || (phrase.requiresComplement && ownerUnknown));
      if (base !== null && plausible && (ownerUnknown || phrase.takesTarget)) {
        const n = nameLengthAt(c, j, lamForm(words[j]!) ?? base);
        if (n > 0) {
          lam = F_METONYMS.has(base) ? metonym(j, base, 'ل') : { start: j, end: j + n, kind: 'name', proclitic: 'ل' };
          j += n;
          definite = true;
          continue;
        }
      }
    }
    break;
  }
  if (lam) {
    const base = lamForm(at(lam.start)!) ?? '';
    if (phrase.takesTarget && !m.target && lam.kind === 'name' && !isOwnerWord(base)) m.target = lam;
    else {
      m.complements.push(lam);
      m.complements.sort((a, b) => a.start - b.start);
    }
  }
  if (phrase.requiresComplement && m.complements.length === 0 && !m.target && !m.portfolioWords) return null;
  m.end = j;
  m.length = j - i;
  if (m.complements.length > 0) {
    m.countryWord = m.complements[0]!;
    m.complement = { start: m.complements[0]!.start, end: Math.max(...m.complements.map((x) => x.end)) };
  }
  return m;
}

/** Every title in `words`, left to right, non-overlapping. */
export function findOffices(words: readonly string[], hooks?: OfficeHooks): OfficeMatch[] {
  const out: OfficeMatch[] = [];
  for (let i = 0; i < words.length; ) {
    const m = matchOfficeAt(words, i, hooks);
    if (m) {
      out.push(m);
      i = Math.max(m.end, i + 1);
    } else i++;
  }
  return out;
}
