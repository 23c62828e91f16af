/**
 * Arabic vocabulary for actors named by description rather than by name (NOM entities) and for
 * the context words around names. Normalized forms (no diacritics, أإآ→ا, ى→ي; ة kept).
 */

export type SectorCode = 'GOV' | 'MIL' | 'REB' | 'OPP' | 'IGO' | 'NGO' | 'MED' | 'CVL' | 'BUS' | 'JUD' | 'LEG' | 'OTHER';

export interface NominalHead {
  /** The head noun as written with ال (النظام) or without (نظام), normalized. Both forms are matched. */
  head: string;
  sector: SectorCode;
  /** What gives the country: a following demonym or country (النظام السوري، قوات روسيا), or a following name (نظام الأسد). */
  needsComplement: boolean;
  /** English gloss for the entity's name. */
  en: string;
}

/** Head nouns of nominal actors. With `needsComplement`, a bare head is an actor only when the article already set its referent. */
export const NOMINAL_HEADS: readonly NominalHead[] = [
  { head: 'نظام', sector: 'GOV', needsComplement: false, en: 'government (regime)' },
  { head: 'حكومة', sector: 'GOV', needsComplement: false, en: 'government' },
  { head: 'قيادة', sector: 'GOV', needsComplement: true, en: 'leadership' },
  { head: 'ادارة', sector: 'GOV', needsComplement: true, en: 'administration' },
  { head: 'سلطات', sector: 'GOV', needsComplement: true, en: 'authorities' },
  { head: 'جانب', sector: 'GOV', needsComplement: true, en: 'side' },
  { head: 'وفد', sector: 'GOV', needsComplement: true, en: 'delegation' },
  { head: 'مسؤول', sector: 'GOV', needsComplement: true, en: 'official' },
  { head: 'مسؤولين', sector: 'GOV', needsComplement: true, en: 'officials' },
  { head: 'مسؤولون', sector: 'GOV', needsComplement: true, en: 'officials' },
  { head: 'دبلوماسي', sector: 'GOV', needsComplement: true, en: 'diplomat' },
  { head: 'جيش', sector: 'MIL', needsComplement: true, en: 'army' },
  { head: 'قوات', sector: 'MIL', needsComplement: true, en: 'forces' },
  { head: 'قواته', sector: 'MIL', needsComplement: false, en: 'forces' },
  { head: 'جنود', sector: 'MIL', needsComplement: true, en: 'troops' },
  { head: 'طيران', sector: 'MIL', needsComplement: true, en: 'air force' },
  { head: 'طائرات', sector: 'MIL', needsComplement: true, en: 'aircraft' },
  { head: 'مقاتلات', sector: 'MIL', needsComplement: true, en: 'warplanes' },
  { head: 'بحرية', sector: 'MIL', needsComplement: true, en: 'navy' },
  { head: 'ميليشيات', sector: 'MIL', needsComplement: true, en: 'militias' },
  { head: 'مليشيات', sector: 'MIL', needsComplement: true, en: 'militias' },
  { head: 'معارضة', sector: 'OPP', needsComplement: false, en: 'opposition' },
  { head: 'فصائل', sector: 'REB', needsComplement: true, en: 'armed factions' },
  { head: 'محتجين', sector: 'CVL', needsComplement: false, en: 'protesters' },
  { head: 'متظاهرين', sector: 'CVL', needsComplement: false, en: 'protesters' },
  { head: 'محتجون', sector: 'CVL', needsComplement: false, en: 'protesters' },
  { head: 'متظاهرون', sector: 'CVL', needsComplement: false, en: 'protesters' },
];

/** Words after a head that make factions rebels or opposition: الفصائل المعارضة، فصائل مسلحة. */
export const REBEL_MODIFIERS: readonly string[] = ['المعارضة', 'معارضة', 'المسلحة', 'مسلحة', 'المتمردة', 'الجهادية'];

/** Heads a leader's short name may follow (نظام الأسد، قوات الأسد، عناصر الحوثي): the name is the leader's. */
export const LEADER_LINKED_HEADS: readonly string[] = ['نظام', 'قوات', 'حكومة', 'ادارة', 'جيش', 'عناصر', 'ميليشيات', 'مليشيات', 'ميليشيا', 'مسلحي', 'مسلحو', 'مقاتلي', 'مقاتلو', 'انصار', 'اتباع'];

/** Prepositions that make a following capital or institution a place rather than a government. */
export const LOCATIVE_PREPOSITIONS: readonly string[] = ['في', 'الي', 'من', 'ب', 'ل', 'داخل', 'قرب', 'نحو', 'حتي', 'عبر'];

/** Words before a place that make it a place (العاصمة الروسية موسكو، مدينة حلب). */
export const PLACE_DESCRIPTORS: readonly string[] = ['العاصمة', 'عاصمة', 'مدينة', 'المدينة', 'بلدة', 'قرية', 'محافظة', 'ريف', 'منطقة', 'مطار', 'ميناء'];

/** Words before an organisation name that confirm it (قناة العربية، صحيفة الحياة). */
export const ORG_DESCRIPTORS: readonly string[] = [
  'قناة', 'صحيفة', 'جريدة', 'وكالة', 'موقع', 'مجلة', 'شبكة', 'اذاعة', 'تلفزيون', 'حركة', 'تنظيم', 'حزب', 'جماعة', 'منظمة', 'مجموعة', 'ميليشيا',
];

/** Descriptions of people that give their sector: الصحفي الأمريكي أوستن تايس. */
export const PERSON_DESCRIPTORS: ReadonlyMap<string, SectorCode> = new Map([
  ['صحفي', 'MED'], ['الصحفي', 'MED'], ['صحفية', 'MED'], ['الصحفية', 'MED'], ['مراسل', 'MED'], ['مراسلة', 'MED'], ['الاعلامي', 'MED'],
  ['ناشط', 'CVL'], ['الناشط', 'CVL'], ['ناشطة', 'CVL'], ['الناشطة', 'CVL'],
  ['المحامي', 'CVL'], ['الطبيب', 'CVL'],
  ['الجنرال', 'MIL'], ['اللواء', 'MIL'], ['العميد', 'MIL'], ['العقيد', 'MIL'], ['الفريق', 'MIL'], ['قائد', 'MIL'], ['القائد', 'MIL'],
  ['رجل الاعمال', 'BUS'], ['القاضي', 'JUD'], ['النائب', 'LEG'], ['البرلماني', 'LEG'],
]);
