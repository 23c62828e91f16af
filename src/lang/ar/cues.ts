/**
 * Verbs of saying that introduce quotes and reported speech, as data keyed by the normalized stem
 * (the 3rd person masculine past, hamza folded): every listed form is a surface form without the
 * و/ف proclitics, which the matcher strips. `participle` forms (مشيراً، مضيفة) continue a speaker
 * already named; `takesAn` lists the prepositions that may head the said part besides إن/أن
 * (كشف عن …، أعلن عن …).
 */
import { matchKey } from './normalize.ts';

export interface CueVerb {
  /** Finite forms: past and present, all persons and genders. */
  finite: readonly string[];
  /** Active participles used adverbially (مشيراً إلى أن). */
  participle: readonly string[];
  /** Prepositions that introduce the said part as a noun phrase (كشف عن …). */
  object?: readonly string[];
  /** Whether the bare 3ms past is ambiguous with a frequent non-verb (بين) and needs إن/أن right after its subject. */
  ambiguous?: boolean;
}

/** Verbs of saying, keyed by normalized stem. */
export const CUE_VERBS: Readonly<Record<string, CueVerb>> = {
  قال: { finite: ['قال', 'قالت', 'قالوا', 'قالا', 'قالتا', 'قلن', 'يقول', 'تقول', 'يقولون', 'يقولان', 'تقولان', 'يقلن', 'قلت', 'قلنا'], participle: ['قائلا', 'قائلة', 'قائلين'] },
  أضاف: { finite: ['أضاف', 'أضافت', 'أضافوا', 'أضافا', 'أضافتا', 'أضفن', 'يضيف', 'تضيف', 'يضيفون', 'يضيفان', 'تضيفان'], participle: ['مضيفا', 'مضيفة', 'مضيفين'] },
  أكد: { finite: ['أكد', 'أكدت', 'أكدوا', 'أكدا', 'أكدتا', 'أكدن', 'يؤكد', 'تؤكد', 'يؤكدون', 'يؤكدان', 'تؤكدان'], participle: ['مؤكدا', 'مؤكدة', 'مؤكدين'] },
  أوضح: { finite: ['أوضح', 'أوضحت', 'أوضحوا', 'أوضحا', 'أوضحتا', 'يوضح', 'توضح', 'يوضحون', 'يوضحان'], participle: ['موضحا', 'موضحة', 'موضحين'] },
  أشار: { finite: ['أشار', 'أشارت', 'أشاروا', 'أشارا', 'أشارتا', 'يشير', 'تشير', 'يشيرون', 'يشيران', 'تشيران'], participle: ['مشيرا', 'مشيرة', 'مشيرين'] },
  لفت: { finite: ['لفت', 'لفتت', 'لفتوا', 'لفتا', 'يلفت', 'تلفت', 'يلفتون'], participle: ['لافتا', 'لافتة', 'لافتين'] },
  شدد: { finite: ['شدد', 'شددت', 'شددوا', 'شددا', 'يشدد', 'تشدد', 'يشددون'], participle: ['مشددا', 'مشددة', 'مشددين'] },
  كشف: { finite: ['كشف', 'كشفت', 'كشفوا', 'كشفا', 'يكشف', 'تكشف', 'يكشفون'], participle: ['كاشفا', 'كاشفة'], object: ['عن'] },
  أعلن: { finite: ['أعلن', 'أعلنت', 'أعلنوا', 'أعلنا', 'يعلن', 'تعلن', 'يعلنون'], participle: ['معلنا', 'معلنة'], object: ['عن'] },
  ذكر: { finite: ['ذكر', 'ذكرت', 'ذكروا', 'ذكرا', 'يذكر', 'تذكر', 'يذكرون'], participle: ['ذاكرا', 'ذاكرة'] },
  نوه: { finite: ['نوه', 'نوهت', 'نوهوا', 'نوها', 'ينوه', 'تنوه', 'ينوهون'], participle: ['منوها', 'منوهة'] },
  تابع: { finite: ['تابع', 'تابعت', 'تابعوا', 'يتابع', 'تتابع'], participle: [] },
  زاد: { finite: ['زاد', 'زادت'], participle: [] },
  اعتبر: { finite: ['اعتبر', 'اعتبرت', 'اعتبروا', 'اعتبرا', 'يعتبر', 'تعتبر', 'يعتبرون'], participle: ['معتبرا', 'معتبرة', 'معتبرين'] },
  رأى: { finite: ['رأى', 'رأت', 'رأوا', 'رأيا', 'يرى', 'ترى', 'يرون'], participle: [] },
  صرح: { finite: ['صرح', 'صرحت', 'صرحوا', 'صرحا', 'يصرح', 'تصرح', 'يصرحون'], participle: ['مصرحا', 'مصرحة'] },
  أفاد: { finite: ['أفاد', 'أفادت', 'أفادوا', 'أفادا', 'يفيد', 'تفيد', 'يفيدون'], participle: ['مفيدا', 'مفيدة'] },
  بين: { finite: ['بين', 'بينت', 'بينوا', 'بينا', 'يبين', 'تبين', 'يبينون'], participle: ['مبينا', 'مبينة'], ambiguous: true },
};

/** Prepositions that attribute a clause to a source: بحسب X، وفقاً لـ X، نقلاً عن X. */
export const SOURCE_PREPS: readonly (readonly string[])[] = [['بحسب'], ['حسب'], ['وفق'], ['وفقا'], ['طبقا'], ['نقلا', 'عن']];

/** Nouns naming an unnamed source (مصادر مطلعة، محللون). */
export const SOURCE_NOUNS: readonly string[] = [
  'مصادر', 'مصدر', 'محللون', 'محللين', 'مراقبون', 'مراقبين', 'خبراء', 'مسؤولون', 'مسؤولين', 'دبلوماسيون', 'دبلوماسيين',
  'ناشطون', 'ناشطين', 'شهود', 'مراسلون', 'مراسل', 'تقرير', 'تقارير', 'وسائل', 'أوساط', 'جهات',
];

/** Nouns naming a statement or report, which speak for whoever issued them (البيان، بيان الوزارة). */
export const STATEMENT_NOUNS: readonly string[] = ['بيان', 'البيان', 'بلاغ', 'البلاغ', 'التقرير', 'التقارير', 'الرسالة', 'المذكرة'];

/** Words that may stand before a source noun (ذات المصادر، هذه المصادر). */
export const SOURCE_DETERMINERS: readonly string[] = ['ذات', 'نفس', 'هذه', 'تلك', 'هذا', 'ذلك'];

export type CueKind = 'finite' | 'participle';

export interface CueEntry {
  stem: string;
  kind: CueKind;
  object: readonly string[];
  ambiguous: boolean;
}

let index: Map<string, CueEntry> | null = null;

/** Index from the match key of each surface form (ة folded, hamza folded) to its entry. */
export function cueIndex(): Map<string, CueEntry> {
  if (index) return index;
  const m = new Map<string, CueEntry>();
  for (const [stem, v] of Object.entries(CUE_VERBS)) {
    const object = (v.object ?? []).map(matchKey);
    for (const f of v.finite) m.set(matchKey(f), { stem, kind: 'finite', object, ambiguous: !!v.ambiguous && matchKey(f) === matchKey(stem) });
    for (const f of v.participle) m.set(matchKey(f), { stem, kind: 'participle', object, ambiguous: false });
  }
  index = m;
  return m;
}

/** The cue a token key is, trying it as is and without a leading و/ف. Returns the entry and whether a proclitic was stripped. */
export function lookupCue(key: string): { entry: CueEntry; proclitic: boolean } | null {
  const idx = cueIndex();
  const e = idx.get(key);
  if (e) return { entry: e, proclitic: false };
  if (key.length > 3 && (key[0] === 'و' || key[0] === 'ف')) {
    const e2 = idx.get(key.slice(1));
    if (e2) return { entry: e2, proclitic: true };
  }
  return null;
}
