/**
 * PLOVER contexts (shared/data/events/plover/plover_contexts.csv) and Arabic words that make one
 * clear in a sentence: an event whose sentence holds one of these words gets that context. The
 * words are written plainly; `contextIndex` keys them with `matchKey`. Only contexts that news
 * words name unambiguously are listed.
 */
import { matchKey } from './normalize.ts';

const WORDS: Readonly<Record<string, readonly string[]>> = {
  military: ['عسكري', 'عسكرية', 'العسكري', 'العسكرية', 'الجيش', 'جيش', 'الجيوش', 'القوات المسلحة', 'وزارة الدفاع', 'وزير الدفاع', 'دبابات', 'مقاتلات', 'الطيران الحربي', 'الحربية', 'الحربي', 'حربية'],
  intelligence: ['الاستخبارات', 'المخابرات', 'استخباراتية', 'استخباراتي'],
  diplomatic: ['دبلوماسي', 'دبلوماسية', 'الدبلوماسية', 'الدبلوماسي', 'السفارة', 'سفارة', 'السفير', 'سفير', 'وزير الخارجية', 'وزارة الخارجية', 'القنصلية'],
  economic: ['اقتصادي', 'اقتصادية', 'الاقتصاد', 'الاقتصادية', 'الاقتصادي', 'التجارة', 'التجاري', 'التجارية', 'تجارية', 'الاستثمار', 'استثمارات', 'الاستثمارات', 'المالية', 'البنك المركزي', 'التبادل التجاري'],
  legal: ['المحكمة', 'محكمة', 'القضاء', 'القضائية', 'قضائية', 'القانون الدولي', 'المدعي العام'],
  election: ['الانتخابات', 'انتخابات', 'الانتخابية', 'انتخابية', 'الاقتراع', 'صناديق الاقتراع'],
  legislative: ['البرلمان', 'مجلس النواب', 'مجلس الشعب', 'الكونغرس', 'الكنيست', 'مجلس الشيوخ', 'مجلس الشورى'],
  human_rights: ['حقوق الإنسان'],
  repression: ['قمع', 'القمع', 'التعذيب', 'تعذيب'],
  religion_ethnicity: ['طائفي', 'طائفية', 'الطائفية', 'الطائفي', 'عرقي', 'عرقية', 'المذهبية'],
  territory: ['الحدود', 'الحدودية', 'السيادة', 'وحدة الأراضي', 'ضم', 'المنطقة العازلة', 'منطقة عازلة'],
  peacekeeping: ['حفظ السلام', 'قوات حفظ السلام'],
  health: ['كورونا', 'وباء', 'الوباء', 'فيروس', 'الصحة العالمية', 'اللقاحات', 'لقاح'],
  migration: ['اللاجئين', 'لاجئين', 'اللاجئون', 'النازحين', 'نازحين', 'المهاجرين', 'مهاجرين', 'الهجرة', 'عودة اللاجئين'],
  asylum: ['اللجوء', 'لجوء'],
  disasters: ['الزلزال', 'زلزال', 'الفيضانات', 'فيضانات', 'إعصار', 'الإعصار', 'كارثة طبيعية'],
  natural_resource: ['النفط', 'الغاز', 'نفطية', 'النفطية', 'حقول النفط', 'المياه'],
  environment: ['المناخ', 'التلوث', 'البيئة', 'البيئية'],
  technology: ['التكنولوجيا', 'تكنولوجيا', 'التقنية'],
  terrorism: ['إرهاب', 'الإرهاب', 'إرهابي', 'إرهابية', 'الإرهابية', 'الإرهابي', 'مكافحة الإرهاب'],
  cbrn: ['نووي', 'النووي', 'نووية', 'النووية', 'الكيماوي', 'الكيميائي', 'الكيماوية', 'الكيميائية', 'كيماوية', 'كيميائية', 'غاز الكلور', 'غاز السارين'],
  cyber: ['الإلكتروني', 'إلكتروني', 'إلكترونية', 'الإلكترونية', 'القرصنة', 'قرصنة', 'السيبراني', 'سيبراني'],
  corruption: ['الفساد', 'فساد', 'رشوة', 'الرشوة', 'الرشاوى'],
  trafficking: ['تهريب', 'التهريب', 'الاتجار بالبشر', 'المهربين'],
  illegal_drugs: ['المخدرات', 'مخدرات', 'الكبتاغون', 'الكبتاجون'],
  crime: ['جريمة', 'الجريمة', 'جرائم', 'الجرائم'],
};

/** Organisations whose acts are terrorism's business (ORGS.md codes). */
export const TERROR_ORGS: ReadonlySet<string> = new Set(['ISIS', 'HTS', 'AL_QAEDA', 'AQAP', 'AL_SHABAAB', 'BOKO_HARAM']);

export interface ContextIndex {
  /** Context of each one-word key. */
  one: ReadonlyMap<string, string>;
  /** Phrases of several words, by their first word's key. */
  phrases: ReadonlyMap<string, readonly { keys: readonly string[]; context: string }[]>;
}

let INDEX: ContextIndex | null = null;

export function contextIndex(): ContextIndex {
  if (INDEX) return INDEX;
  const one = new Map<string, string>();
  const phrases = new Map<string, { keys: string[]; context: string }[]>();
  for (const [context, words] of Object.entries(WORDS)) {
    for (const w of words) {
      const keys = w.split(' ').map(matchKey);
      if (keys.length === 1) one.set(keys[0]!, context);
      else {
        const list = phrases.get(keys[0]!) ?? [];
        list.push({ keys, context });
        phrases.set(keys[0]!, list);
      }
    }
  }
  INDEX = { one, phrases };
  return INDEX;
}
