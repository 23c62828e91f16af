/**
 * Event triggers: Arabic verbs, nouns and phrases that name a PLOVER event type (and mode).
 * Entries are written plainly; `triggerIndex` keys them with `matchKey` (alef, ya, ta marbuta
 * folded) and expands verbs to their common inflections (past and imperfect, 3rd person).
 */
import { matchKey } from './normalize.ts';

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export interface TriggerEntry {
  /** Words of the trigger, plain Arabic (the first may be inflected when `pos` is verb). */
  words: readonly string[];
  type: PloverType;
  mode: string | null;
  pos: 'verb' | 'noun';
  /** Symmetric events: all parties act (meetings, talks, cooperation between equals). */
  symmetric?: boolean;
  context?: readonly string[];
}

interface VerbSpec {
  past: string;
  /** Imperfect stem without the person prefix (يلتقي → لتقي). */
  impf: string | null;
  type: PloverType;
  mode?: string | null;
  symmetric?: boolean;
  /** Words that must follow the verb (وصل إلى). */
  rest?: readonly string[];
}

const V = (past: string, impf: string | null, type: PloverType, mode: string | null = null, extra: Partial<VerbSpec> = {}): VerbSpec => ({ past, impf, type, mode, ...extra });

/** Verbs. */
const VERBS: readonly VerbSpec[] = [
  V('التقى', 'لتقي', 'CONSULT', null, { symmetric: true }),
  V('اجتمع', 'جتمع', 'CONSULT', null, { symmetric: true }),
  V('بحث', 'بحث', 'CONSULT', null, { symmetric: true }),
  V('ناقش', 'ناقش', 'CONSULT', null, { symmetric: true }),
  V('تباحث', 'تباحث', 'CONSULT', null, { symmetric: true }),
  V('زار', 'زور', 'CONSULT', 'visit'),
  V('استقبل', 'ستقبل', 'CONSULT', 'visit'),
  V('وصل', 'صل', 'CONSULT', 'visit', { rest: ['إلى'] }),
  V('توسط', 'توسط', 'CONSULT', 'third-party'),
  V('أرسل', 'رسل', 'CONSULT', 'message'),
  V('هاتف', 'هاتف', 'CONSULT', 'phone', { symmetric: true }),
  V('طالب', 'طالب', 'REQUEST'),
  V('دعا', 'دعو', 'REQUEST'),
  V('حث', 'حث', 'REQUEST'),
  V('طلب', 'طلب', 'REQUEST'),
  V('ناشد', 'ناشد', 'REQUEST'),
  V('ضغط', 'ضغط', 'REQUEST', 'yield'),
  V('اتفق', 'تفق', 'AGREE', null, { symmetric: true }),
  V('تعهد', 'تعهد', 'AGREE'),
  V('وعد', 'عد', 'AGREE'),
  V('وافق', 'وافق', 'AGREE'),
  V('عرض', 'عرض', 'AGREE'),
  V('انسحب', 'نسحب', 'RETREAT', 'withdraw'),
  V('رفض', 'رفض', 'REJECT'),
  V('منع', 'منع', 'REJECT', 'yield'),
  V('اتهم', 'تهم', 'ACCUSE', 'allege'),
  V('انتقد', 'نتقد', 'ACCUSE', 'disapprove'),
  V('ندد', 'ندد', 'ACCUSE', 'disapprove'),
  V('أدان', 'دين', 'ACCUSE', 'disapprove'),
  V('دعم', 'دعم', 'SUPPORT'),
  V('أشاد', 'شيد', 'SUPPORT'),
  V('أيد', 'ؤيد', 'SUPPORT'),
  V('تعاون', 'تعاون', 'COOPERATE', null, { symmetric: true }),
  V('نسق', 'نسق', 'COOPERATE', null, { symmetric: true }),
  V('طبع', 'طبع', 'COOPERATE', null, { symmetric: true }),
  V('حشد', 'حشد', 'MOBILIZE', 'troops'),
  V('حاصر', 'حاصر', 'COERCE', 'restrict'),
  V('اعتقل', 'عتقل', 'COERCE', 'arrest'),
  V('هجر', 'هجر', 'COERCE', 'deport'),
  V('قصف', 'قصف', 'ASSAULT', 'aerial'),
  V('هاجم', 'هاجم', 'ASSAULT'),
  V('استهدف', 'ستهدف', 'ASSAULT'),
  V('انتهك', 'نتهك', 'ASSAULT'),
  V('اشتبك', 'شتبك', 'ASSAULT'),
  V('هدد', 'هدد', 'THREATEN'),
  V('تظاهر', 'تظاهر', 'PROTEST', 'demo'),
  V('احتج', 'حتج', 'PROTEST', 'demo'),
  V('تنازل', 'تنازل', 'CONCEDE'),
  V('فرض', 'فرض', 'SANCTION', null, { rest: ['عقوبات'] }),
  V('طرد', 'طرد', 'SANCTION', 'expel'),
];

const N = (phrase: string, type: PloverType, mode: string | null = null, symmetric = false, context: readonly string[] = []): TriggerEntry => ({
  words: phrase.split(' '),
  type,
  mode,
  pos: 'noun',
  symmetric,
  context,
});

/** Nouns (verbal nouns) and fixed phrases; each may carry the article or a pronoun suffix. */
const NOUNS: readonly TriggerEntry[] = [
  N('اتصال هاتفي', 'CONSULT', 'phone', true),
  N('اتصالا هاتفيا', 'CONSULT', 'phone', true),
  N('مكالمة هاتفية', 'CONSULT', 'phone', true),
  N('مباحثات هاتفية', 'CONSULT', 'phone', true),
  N('محادثات هاتفية', 'CONSULT', 'phone', true),
  N('اتصالات', 'CONSULT', 'phone', true),
  N('لقاء', 'CONSULT', null, true),
  N('اجتماع', 'CONSULT', null, true),
  N('مباحثات', 'CONSULT', null, true),
  N('محادثات', 'CONSULT', null, true),
  N('مفاوضات', 'CONSULT', null, true),
  N('قمة', 'CONSULT', null, true),
  N('زيارة', 'CONSULT', 'visit'),
  N('رسالة', 'CONSULT', 'message'),
  N('وساطة', 'CONSULT', 'third-party'),
  N('مطالبة', 'REQUEST'),
  N('دعوة', 'REQUEST'),
  N('اتفاق', 'AGREE', null, true),
  N('اتفاقية', 'AGREE', null, true),
  N('تعهدات', 'AGREE'),
  N('عروض', 'AGREE'),
  N('وقف إطلاق النار', 'RETREAT', 'ceasefire'),
  N('هدنة', 'RETREAT', 'ceasefire'),
  N('انسحاب', 'RETREAT', 'withdraw'),
  N('رفض', 'REJECT'),
  N('اتهامات', 'ACCUSE', 'allege'),
  N('انتقادات', 'ACCUSE', 'disapprove'),
  N('إدانة', 'ACCUSE', 'disapprove'),
  N('تعاون', 'COOPERATE', null, true),
  N('التنسيق', 'COOPERATE', null, true),
  N('تطبيع', 'COOPERATE', null, true),
  N('التطبيع', 'COOPERATE', null, true),
  N('استئناف العلاقات', 'COOPERATE', null, true),
  N('مساعدات', 'AID'),
  N('مساعدة', 'AID'),
  N('دعم عسكري', 'AID', null, false, ['military']),
  N('دعما عسكريا', 'AID', null, false, ['military']),
  N('دعم اقتصادي', 'AID', null, false, ['economic']),
  N('التدخل العسكري', 'AID', null, false, ['military']),
  N('عقوبات', 'SANCTION'),
  N('قانون قيصر', 'SANCTION', 'discontinue'),
  N('قطع العلاقات', 'SANCTION', 'discontinue'),
  N('حشد', 'MOBILIZE', 'troops'),
  N('حشود', 'MOBILIZE', 'troops'),
  N('تعزيزات', 'MOBILIZE', 'troops'),
  N('تحركات عسكرية', 'MOBILIZE', 'troops'),
  N('الانتشار العسكري', 'MOBILIZE', 'troops'),
  N('نشر قوات', 'MOBILIZE', 'troops'),
  N('حصار', 'COERCE', 'restrict'),
  N('اعتقال', 'COERCE', 'arrest'),
  N('تهجير', 'COERCE', 'deport'),
  N('قصف', 'ASSAULT', 'aerial'),
  N('هجوم', 'ASSAULT'),
  N('هجوما', 'ASSAULT'),
  N('غارة', 'ASSAULT', 'aerial'),
  N('غارات', 'ASSAULT', 'aerial'),
  N('اشتباكات', 'ASSAULT'),
  N('تهديد', 'THREATEN'),
  N('تهديدات', 'THREATEN'),
  N('تظاهرات', 'PROTEST', 'demo'),
  N('مظاهرات', 'PROTEST', 'demo'),
  N('احتجاجات', 'PROTEST', 'demo'),
  N('تنازلات', 'CONCEDE'),
];

/** The inflected forms of a verb: past 3rd person (m/f, sg/du/pl) and imperfect (ي/ت prefix). */
export function verbForms(past: string, impf: string | null): string[] {
  const out = [past, past + 'ت', past + 'ا', past + 'وا', past + 'تا'];
  // Final alef maqsura / alef verbs (التقى، دعا): التقت، دعت.
  if (/[ىا]$/u.test(past)) out.push(past.slice(0, -1) + 'ت', past.slice(0, -1) + 'تا', past.slice(0, -1) + 'وا');
  if (impf) for (const p of ['ي', 'ت']) out.push(p + impf, p + impf + 'ان', p + impf + 'ون', p + impf.replace(/[يو]$/u, '') + 'وا', p + impf.replace(/[يو]$/u, ''));
  return out;
}

export interface IndexedTrigger extends TriggerEntry {
  /** matchKey of every word. */
  keys: readonly string[];
}

let INDEX: Map<string, IndexedTrigger[]> | null = null;

/** Triggers by the matchKey of their first word (inflected forms of verbs included). */
export function triggerIndex(): Map<string, IndexedTrigger[]> {
  if (INDEX) return INDEX;
  const idx = new Map<string, IndexedTrigger[]>();
  const add = (first: string, e: TriggerEntry): void => {
    const keys = [matchKey(first), ...e.words.slice(1).map(matchKey)];
    const list = idx.get(keys[0]!) ?? [];
    if (!list.some((x) => x.type === e.type && x.keys.join(' ') === keys.join(' '))) list.push({ ...e, keys });
    idx.set(keys[0]!, list);
  };
  for (const v of VERBS) {
    const entry: TriggerEntry = { words: [v.past, ...(v.rest ?? [])], type: v.type, mode: v.mode ?? null, pos: 'verb', symmetric: v.symmetric ?? false };
    for (const f of verbForms(v.past, v.impf)) add(f, entry);
  }
  for (const n of NOUNS) add(n.words[0]!, n);
  // Longer phrases first.
  for (const list of idx.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  INDEX = idx;
  return idx;
}

/** Candidate lookup keys for a token key: as written, without the article, without a pronoun suffix, without future س. */
export function candidateKeys(key: string): string[] {
  const out = new Set<string>([key]);
  const bases = [key];
  if (key.startsWith('ال') && key.length > 4) bases.push(key.slice(2));
  if (/^س[يت]/u.test(key) && key.length > 4) bases.push(key.slice(1));
  for (const b of bases) {
    out.add(b);
    const m = /^(.{3,}?)(هما|هم|ها|ه|كم|نا)$/u.exec(b);
    if (m) {
      out.add(m[1]!);
      if (m[1]!.endsWith('ت')) out.add(m[1]!.slice(0, -1) + 'ه');
    }
    // Tanwin alef on nouns (هجوما → هجوم)
    if (b.endsWith('ا') && b.length > 4) out.add(b.slice(0, -1));
  }
  return [...out];
}

/** PLOVER quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const QUAD_CLASS: Readonly<Record<PloverType, number>> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1,
  CONCEDE: 2, COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3,
  PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};
