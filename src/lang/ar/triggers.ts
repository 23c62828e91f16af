/**
 * Event triggers: Arabic verbs, nouns and phrases that name a PLOVER event type (and mode), with
 * the argument frame the type's words take in news Arabic: which prepositions (or a direct object)
 * mark the recipient, whether a noun's genitive is its doer or its object, and the verbs whose
 * subject receives the act (استقبل، تلقى).
 * Entries are written plainly; `triggerIndex` keys them with `matchKey` (alef, ya, ta marbuta
 * folded) and expands verbs to their common inflections (past and imperfect, 3rd person).
 */
import { matchKey } from './normalize.ts';

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

/** A recipient marker: a preposition (matchKey form, proclitic ب/ل as 'ب'/'ل') or `OBJ`, a direct object. */
export type Marker = string;

export interface TriggerEntry {
  /** Words of the trigger, plain Arabic (the first may be inflected when `pos` is verb). */
  words: readonly string[];
  type: PloverType;
  mode: string | null;
  pos: 'verb' | 'noun';
  /** Symmetric events: all parties act (meetings, talks, cooperation between equals). */
  symmetric?: boolean;
  context?: readonly string[];
  /** What marks the recipient after the trigger; the type's default when absent. */
  recip?: readonly Marker[];
  /** Nouns: a genitive right after the noun is its object (طرد القوات، إقناع تركيا), not its doer. */
  objectGenitive?: boolean;
  /** The subject receives the act and the other party does it (استقبل، تلقى). */
  inverse?: boolean;
  /** بين X و Y names the recipients (mediation), not the parties. */
  betweenRecipients?: boolean;
  /** A word matching this must follow within five words (صنف … إرهابية). */
  near?: RegExp;
  /** Coded only with a recipient (استهدف الشباب is not an attack; دعوة alone is preaching). */
  needsRecipient?: boolean;
  /** Named measures whose parties are facts (قانون قيصر: the United States on Syria): ISO alpha-3 codes. */
  implied?: { actor: string; recipient: string | null };
}

/** The recipient markers of each type when an entry names none. */
export const DEFAULT_RECIP: Readonly<Record<PloverType, readonly Marker[]>> = {
  CONSULT: ['مع', 'الي', 'ل', 'ب'],
  REQUEST: ['OBJ', 'من', 'الي'],
  AGREE: ['مع', 'ل', 'OBJ'],
  SUPPORT: ['OBJ', 'ل', 'الي', 'لصالح'],
  CONCEDE: ['ل', 'الي', 'مع'],
  COOPERATE: ['مع'],
  AID: ['ل', 'الي', 'OBJ', 'لصالح'],
  RETREAT: [],
  ACCUSE: ['OBJ', 'ضد'],
  REJECT: ['ل'],
  THREATEN: ['OBJ', 'ضد'],
  PROTEST: ['ضد', 'علي'],
  SANCTION: ['علي', 'ضد', 'OBJ'],
  MOBILIZE: ['ضد'],
  COERCE: ['OBJ', 'علي', 'ضد'],
  ASSAULT: ['OBJ', 'علي', 'ضد'],
};

interface VerbSpec {
  past: string;
  /** Imperfect stem without the person prefix (يلتقي → لتقي). */
  impf: string | null;
  type: PloverType;
  mode?: string | null;
  symmetric?: boolean;
  /** Words that must follow the verb (وصل إلى). */
  rest?: readonly string[];
  recip?: readonly Marker[];
  inverse?: boolean;
  betweenRecipients?: boolean;
  context?: readonly string[];
  near?: RegExp;
  needsRecipient?: boolean;
}

const V = (past: string, impf: string | null, type: PloverType, mode: string | null = null, extra: Partial<VerbSpec> = {}): VerbSpec => ({ past, impf, type, mode, ...extra });
const SYM = { symmetric: true } as const;

/** Verbs. */
const VERBS: readonly VerbSpec[] = [
  // CONSULT
  V('التقى', 'لتقي', 'CONSULT', null, { ...SYM, recip: ['OBJ', 'مع', 'ب'] }),
  V('اجتمع', 'جتمع', 'CONSULT', null, SYM),
  V('بحث', 'بحث', 'CONSULT', null, SYM),
  V('ناقش', 'ناقش', 'CONSULT', null, SYM),
  V('تباحث', 'تباحث', 'CONSULT', null, SYM),
  V('تشاور', 'تشاور', 'CONSULT', null, SYM),
  V('تفاوض', 'تفاوض', 'CONSULT', null, SYM),
  V('فاوض', 'فاوض', 'CONSULT', null, SYM),
  V('زار', 'زور', 'CONSULT', 'visit', { recip: ['OBJ', 'ل'] }),
  V('استقبل', 'ستقبل', 'CONSULT', 'visit', { recip: ['OBJ'], inverse: true }),
  V('وصل', 'صل', 'CONSULT', 'visit', { rest: ['إلى'] }),
  V('توجه', 'توجه', 'CONSULT', 'visit', { rest: ['إلى'] }),
  V('توسط', 'توسط', 'CONSULT', 'third-party', { recip: ['بين'], betweenRecipients: true }),
  V('أرسل', 'رسل', 'CONSULT', 'visit', { recip: ['الي', 'ل'] }),
  V('هاتف', 'هاتف', 'CONSULT', 'phone', { ...SYM, recip: ['OBJ'] }),
  V('اتصل', 'تصل', 'CONSULT', 'phone', { ...SYM, recip: ['ب'] }),
  // REQUEST
  V('طالب', 'طالب', 'REQUEST'),
  V('دعا', 'دعو', 'REQUEST'),
  V('حث', 'حث', 'REQUEST'),
  V('حض', 'حض', 'REQUEST'),
  V('طلب', 'طلب', 'REQUEST', null, { recip: ['من', 'OBJ'] }),
  V('ناشد', 'ناشد', 'REQUEST'),
  V('ضغط', 'ضغط', 'REQUEST', 'yield', { recip: ['علي'] }),
  V('أقنع', 'قنع', 'REQUEST', 'change'),
  V('اشترط', 'شترط', 'REQUEST', null, { recip: ['علي'] }),
  // تريد أن يقبل الأسد: wanting another to act is asking it to.
  V('أراد', 'ريد', 'REQUEST', 'change', { rest: ['أن'], recip: ['OBJ'] }),
  // AGREE
  V('اتفق', 'تفق', 'AGREE', null, SYM),
  V('تعهد', 'تعهد', 'AGREE'),
  // وعد without its imperfect: تعد/يعد are mostly تُعدّ (is counted as).
  V('وعد', null, 'AGREE'),
  V('وافق', 'وافق', 'AGREE', null, { recip: ['OBJ'] }),
  V('عرض', 'عرض', 'AGREE', null, { recip: ['علي'] }),
  V('تصالح', 'تصالح', 'AGREE', null, SYM),
  V('وقع', 'وقع', 'AGREE', null, { ...SYM, rest: ['اتفاق'] }),
  // RETREAT
  V('انسحب', 'نسحب', 'RETREAT', 'withdraw'),
  V('أفرج', 'فرج', 'RETREAT', 'release', { recip: [] }),
  // REJECT
  V('رفض', 'رفض', 'REJECT'),
  V('منع', 'منع', 'REJECT', 'yield'),
  V('عرقل', 'عرقل', 'REJECT', 'meet'),
  V('أحبط', 'حبط', 'REJECT', 'meet'),
  // ACCUSE
  V('اتهم', 'تهم', 'ACCUSE', 'allege'),
  V('انتقد', 'نتقد', 'ACCUSE', 'disapprove'),
  V('ندد', 'ندد', 'ACCUSE', 'disapprove', { recip: ['ب'] }),
  V('أدان', 'دين', 'ACCUSE', 'disapprove'),
  V('صنف', 'صنف', 'ACCUSE', 'allege', { near: /ارهاب/u }),
  // SUPPORT
  V('دعم', 'دعم', 'SUPPORT'),
  V('أشاد', 'شيد', 'SUPPORT', null, { recip: ['ب'] }),
  V('أيد', 'ؤيد', 'SUPPORT'),
  V('ساند', 'ساند', 'SUPPORT'),
  V('رحب', 'رحب', 'SUPPORT', null, { recip: ['ب'] }),
  V('دافع', 'دافع', 'SUPPORT', null, { rest: ['عن'], recip: ['OBJ'] }),
  // COOPERATE
  V('تعاون', 'تعاون', 'COOPERATE', null, SYM),
  V('نسق', 'نسق', 'COOPERATE', null, SYM),
  V('طبع', 'طبع', 'COOPERATE', null, SYM),
  V('أعاد', 'عيد', 'COOPERATE', null, { ...SYM, rest: ['العلاقات'] }),
  V('استأنف', 'ستأنف', 'COOPERATE', null, { ...SYM, rest: ['العلاقات'] }),
  // AID
  V('ساعد', 'ساعد', 'AID'),
  V('زود', 'زود', 'AID', null, { recip: ['OBJ'] }),
  V('سلح', 'سلح', 'AID', null, { recip: ['OBJ'], context: ['military'] }),
  // MOBILIZE
  V('حشد', 'حشد', 'MOBILIZE', 'troops', { near: /(عسكر|جيش|قوات|جنود|مقاتل|تعزيزات|ميليشي|مليشي|الحرب|دبابات|اليات)/u }),
  V('استنفر', 'ستنفر', 'MOBILIZE', 'troops'),
  // COERCE
  V('حاصر', 'حاصر', 'COERCE', 'restrict'),
  V('اعتقل', 'عتقل', 'COERCE', 'arrest'),
  V('احتجز', 'حتجز', 'COERCE', 'arrest'),
  V('اختطف', 'ختطف', 'COERCE', 'arrest'),
  V('هجر', 'هجر', 'COERCE', 'deport'),
  // ASSAULT
  V('قصف', 'قصف', 'ASSAULT', 'aerial'),
  V('هاجم', 'هاجم', 'ASSAULT'),
  V('استهدف', 'ستهدف', 'ASSAULT', null, { needsRecipient: true }),
  V('انتهك', 'نتهك', 'ASSAULT'),
  V('اشتبك', 'شتبك', 'ASSAULT', null, { recip: ['مع'] }),
  V('اغتال', 'غتال', 'ASSAULT', 'assassinate'),
  V('اقتحم', 'قتحم', 'ASSAULT'),
  V('قاتل', 'قاتل', 'ASSAULT'),
  // THREATEN, PROTEST, CONCEDE, SANCTION
  V('هدد', 'هدد', 'THREATEN'),
  V('توعد', 'توعد', 'THREATEN'),
  V('تظاهر', 'تظاهر', 'PROTEST', 'demo'),
  V('احتج', 'حتج', 'PROTEST', 'demo'),
  V('تنازل', 'تنازل', 'CONCEDE'),
  V('خفض', 'خفض', 'CONCEDE', null, { rest: ['سقف'] }),
  V('فرض', 'فرض', 'SANCTION', null, { rest: ['عقوبات'] }),
  V('طرد', 'طرد', 'SANCTION', 'expel'),
  V('قطع', 'قطع', 'SANCTION', 'discontinue', { rest: ['العلاقات'], recip: ['مع'] }),
];

const N = (phrase: string, type: PloverType, mode: string | null = null, extra: Partial<TriggerEntry> = {}): TriggerEntry => ({
  words: phrase.split(' '),
  type,
  mode,
  pos: 'noun',
  ...extra,
});
const OBJ_GEN = { objectGenitive: true } as const;

/** Nouns (verbal nouns) and fixed phrases; each may carry the article or a pronoun suffix. */
const NOUNS: readonly TriggerEntry[] = [
  // CONSULT
  N('اتصال هاتفي', 'CONSULT', 'phone', SYM),
  N('اتصالا هاتفيا', 'CONSULT', 'phone', SYM),
  N('مكالمة هاتفية', 'CONSULT', 'phone', SYM),
  N('مباحثات هاتفية', 'CONSULT', 'phone', SYM),
  N('محادثات هاتفية', 'CONSULT', 'phone', SYM),
  N('اتصالات', 'CONSULT', 'phone', SYM),
  N('لقاء', 'CONSULT', null, SYM),
  N('لقاءات', 'CONSULT', null, SYM),
  N('اجتماع', 'CONSULT', null, SYM),
  N('اجتماعات', 'CONSULT', null, SYM),
  N('مباحثات', 'CONSULT', null, SYM),
  N('محادثات', 'CONSULT', null, SYM),
  N('مفاوضات', 'CONSULT', null, SYM),
  N('مشاورات', 'CONSULT', null, SYM),
  N('قمة', 'CONSULT', null, SYM),
  N('زيارة', 'CONSULT', 'visit', { recip: ['الي', 'ل'] }),
  N('رسالة', 'CONSULT', 'message', { recip: ['الي', 'ل'] }),
  N('إرسال', 'CONSULT', 'visit', { recip: ['الي', 'ل'] }),
  N('وساطة', 'CONSULT', 'third-party', { recip: ['بين'], betweenRecipients: true }),
  N('ردم الهوة', 'CONSULT', 'third-party', { recip: ['بين'], betweenRecipients: true }),
  // REQUEST
  N('مطالبة', 'REQUEST', null, OBJ_GEN),
  // بناء على طلب من X، تلبية لطلب X: the request of X (the verb طلب من X asks X).
  N('طلب', 'REQUEST', null, { recip: ['الي'] }),
  N('دعوة', 'REQUEST', null, { ...OBJ_GEN, needsRecipient: true }),
  N('حث', 'REQUEST', null, OBJ_GEN),
  N('ضغط', 'REQUEST', 'yield', { recip: ['علي'] }),
  N('ضغوط', 'REQUEST', 'yield', { recip: ['علي'] }),
  N('ضغوطات', 'REQUEST', 'yield', { recip: ['علي'] }),
  N('إقناع', 'REQUEST', 'change', OBJ_GEN),
  // AGREE
  N('اتفاق', 'AGREE', null, SYM),
  N('اتفاقية', 'AGREE', null, SYM),
  N('تعهدات', 'AGREE'),
  N('تعهد', 'AGREE'),
  N('ضمانات', 'AGREE'),
  N('عرض', 'AGREE', null, { recip: ['علي', 'ل'] }),
  N('عروض', 'AGREE', null, { recip: ['علي', 'ل', 'امام'] }),
  N('مصالحة', 'AGREE', null, SYM),
  // RETREAT
  N('وقف إطلاق النار', 'RETREAT', 'ceasefire', { recip: [] }),
  N('هدنة', 'RETREAT', 'ceasefire', { recip: [] }),
  N('انسحاب', 'RETREAT', 'withdraw'),
  N('إطلاق سراح', 'RETREAT', 'release', { recip: [] }),
  N('الإفراج', 'RETREAT', 'release', { recip: [] }),
  // REJECT
  N('رفض', 'REJECT'),
  N('عرقلة', 'REJECT', 'meet'),
  N('فيتو', 'REJECT', 'yield'),
  // ACCUSE
  N('اتهامات', 'ACCUSE', 'allege'),
  N('اتهام', 'ACCUSE', 'allege', OBJ_GEN),
  N('انتقادات', 'ACCUSE', 'disapprove'),
  N('إدانة', 'ACCUSE', 'disapprove', OBJ_GEN),
  // SUPPORT
  N('دعم', 'SUPPORT'),
  N('تأييد', 'SUPPORT'),
  N('دعما دبلوماسيا', 'SUPPORT', null, { context: ['diplomatic'] }),
  N('دعم دبلوماسي', 'SUPPORT', null, { context: ['diplomatic'] }),
  N('الدعم الدبلوماسي', 'SUPPORT', null, { context: ['diplomatic'] }),
  N('دعم سياسي', 'SUPPORT', null, { context: ['political'] }),
  // COOPERATE
  N('تعاون', 'COOPERATE', null, SYM),
  N('التنسيق', 'COOPERATE', null, SYM),
  N('تنسيق', 'COOPERATE', null, SYM),
  N('تطبيع', 'COOPERATE', null, SYM),
  N('مسار التطبيع', 'COOPERATE', null, SYM),
  N('استئناف العلاقات', 'COOPERATE', null, SYM),
  N('إعادة العلاقات', 'COOPERATE', null, SYM),
  // AID
  N('مساعدات', 'AID'),
  N('مساعدة', 'AID'),
  N('معونات', 'AID'),
  N('دعم عسكري', 'AID', null, { context: ['military'] }),
  N('دعما عسكريا', 'AID', null, { context: ['military'] }),
  N('الدعم العسكري', 'AID', null, { context: ['military'] }),
  N('دعم اقتصادي', 'AID', null, { context: ['economic'] }),
  N('دعما اقتصاديا', 'AID', null, { context: ['economic'] }),
  N('الدعم الجوي', 'AID', null, { context: ['military'] }),
  N('التدخل العسكري', 'AID', null, { context: ['military'] }),
  N('تدخل', 'AID', null, { context: ['military'], near: /(عسكر|جيش|قوات|جنود|مقاتل|تعزيزات|ميليشي|مليشي|الحرب|دبابات|اليات)/u }),
  // SANCTION
  N('عقوبات', 'SANCTION', null, { recip: ['علي', 'ضد'] }),
  N('قانون قيصر', 'SANCTION', 'discontinue', { implied: { actor: 'USA', recipient: 'SYR' } }),
  N('قطع العلاقات', 'SANCTION', 'discontinue', { recip: ['مع'] }),
  N('طرد', 'SANCTION', 'expel', OBJ_GEN),
  N('حظر', 'SANCTION', null, { recip: ['علي'] }),
  N('الضغوط الاقتصادية', 'SANCTION', null, { recip: ['علي'], context: ['economic'] }),
  N('الضغوطات الاقتصادية', 'SANCTION', null, { recip: ['علي'], context: ['economic'] }),
  N('ضغوط اقتصادية', 'SANCTION', null, { recip: ['علي'], context: ['economic'] }),
  // MOBILIZE
  N('حشد', 'MOBILIZE', 'troops', { near: /(عسكر|جيش|قوات|جنود|مقاتل|تعزيزات|ميليشي|مليشي|الحرب|دبابات|اليات)/u }),
  N('حشود', 'MOBILIZE', 'troops', { near: /(عسكر|جيش|قوات|جنود|مقاتل|تعزيزات|ميليشي|مليشي|الحرب|دبابات|اليات)/u }),
  N('تعزيزات', 'MOBILIZE', 'troops'),
  N('تحركات عسكرية', 'MOBILIZE', 'troops'),
  N('تحركاتها العسكرية', 'MOBILIZE', 'troops'),
  N('الانتشار العسكري', 'MOBILIZE', 'troops'),
  N('نشر قوات', 'MOBILIZE', 'troops'),
  // COERCE
  N('حصار', 'COERCE', 'restrict', { recip: ['علي'] }),
  N('اعتقال', 'COERCE', 'arrest', OBJ_GEN),
  N('تهجير', 'COERCE', 'deport', OBJ_GEN),
  // ASSAULT
  N('قصف', 'ASSAULT', 'aerial'),
  N('القصف المدفعي', 'ASSAULT', 'heavy-weapons'),
  N('هجوم', 'ASSAULT'),
  N('هجمات', 'ASSAULT'),
  N('غارة', 'ASSAULT', 'aerial'),
  N('غارات', 'ASSAULT', 'aerial'),
  N('اشتباكات', 'ASSAULT', null, { recip: ['مع'] }),
  N('مواجهة', 'ASSAULT', null, OBJ_GEN),
  N('استهداف', 'ASSAULT', null, { ...OBJ_GEN, needsRecipient: true }),
  N('انتهاك', 'ASSAULT'),
  N('انتهاكات', 'ASSAULT'),
  // Violence in general (تصاعد العنف) is no act; violence against someone is.
  N('العنف', 'ASSAULT', null, { recip: ['ضد'], needsRecipient: true }),
  // THREATEN, PROTEST, CONCEDE
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
  // Hollow verbs (زار): زارت but also زرن; doubled verbs lose nothing here.
  if (impf) for (const p of ['ي', 'ت']) out.push(p + impf, p + impf + 'ان', p + impf + 'ون', p + impf.replace(/[يو]$/u, '') + 'وا', p + impf.replace(/[يو]$/u, ''));
  // Form III passives are spelled apart (هاجم → هوجم، حاصر → حوصر); others look like the active.
  if (past.length === 4 && past[1] === 'ا') {
    const passive = past[0] + 'و' + past.slice(2);
    out.push(passive, passive + 'ت', passive + 'وا');
  }
  return out;
}

export interface IndexedTrigger extends TriggerEntry {
  /** matchKey of every word. */
  keys: readonly string[];
  /** The recipient markers, the entry's or its type's. */
  markers: ReadonlySet<Marker>;
}

let INDEX: Map<string, IndexedTrigger[]> | null = null;

/** Triggers by the matchKey of their first word (inflected forms of verbs included). */
export function triggerIndex(): Map<string, IndexedTrigger[]> {
  if (INDEX) return INDEX;
  const idx = new Map<string, IndexedTrigger[]>();
  const add = (first: string, e: TriggerEntry): void => {
    const keys = [matchKey(first), ...e.words.slice(1).map(matchKey)];
    const list = idx.get(keys[0]!) ?? [];
    const markers = new Set((e.recip ?? DEFAULT_RECIP[e.type]).map((m) => (m === 'OBJ' ? m : matchKey(m))));
    if (!list.some((x) => x.type === e.type && x.pos === e.pos && x.keys.join(' ') === keys.join(' '))) list.push({ ...e, keys, markers });
    idx.set(keys[0]!, list);
  };
  for (const v of VERBS) {
    const entry: TriggerEntry = {
      words: [v.past, ...(v.rest ?? [])],
      type: v.type,
      mode: v.mode ?? null,
      pos: 'verb',
      symmetric: v.symmetric ?? false,
      ...(v.recip ? { recip: v.recip } : {}),
      ...(v.inverse ? { inverse: true } : {}),
      ...(v.betweenRecipients ? { betweenRecipients: true } : {}),
      ...(v.context ? { context: v.context } : {}),
      ...(v.near ? { near: v.near } : {}),
      ...(v.needsRecipient ? { needsRecipient: true } : {}),
    };
    for (const f of verbForms(v.past, v.impf)) add(f, entry);
  }
  for (const n of NOUNS) add(n.words[0]!, n);
  // Longer phrases first; at equal length a verb reading before a noun one (دعم، رفض، قصف).
  for (const list of idx.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  INDEX = idx;
  return idx;
}

/** Candidate lookup keys for a token key: as written, without the article, without a pronoun suffix, without future س, without a tanwin alef. */
export function candidateKeys(key: string, tanwin = false): string[] {
  const memo = tanwin ? MEMO_TANWIN : MEMO;
  let v = memo.get(key);
  if (v === undefined) {
    v = computeCandidates(key, tanwin);
    if (memo.size > 200_000) memo.clear();
    memo.set(key, v);
  }
  return v;
}

/** candidateKeys by key (exact: a pure function of the key), with and without a written tanwin. */
const MEMO = new Map<string, string[]>();
const MEMO_TANWIN = new Map<string, string[]>();

function computeCandidates(key: string, tanwin: boolean): string[] {
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
    // Tanwin alef on nouns (هجوما → هجوم; written with its tanwin, short ones too: قصفاً → قصف)
    if (b.endsWith('ا') && (b.length > 4 || (tanwin && b.length >= 4))) out.add(b.slice(0, -1));
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
