/**
 * Events: who did what to whom, coded with PLOVER (shared/spec/OUTPUT.md, Event).
 * A trigger lexicon (lang/ar/triggers.ts) finds the act and its argument frame; `arguments.ts`
 * finds the parties among the actor mentions of the trigger's sentence; `modality.ts` reads
 * modality and attribution from the words around the trigger and the quotes layer. This file
 * walks the sentences: it skips what is not an act (topics, purposes, statistics, acts named
 * again, sports), lets refusals, offers, requests and accusations absorb the act they govern,
 * keeps one event per act, and adds time, place (with `geo`) and PLOVER contexts.
 * Pure over the norm, tokens, sentences, words, entities, times and quotes layers.
 */
import type { Span } from '../../base/span.ts';
import type { Document } from '../../doc/document.ts';
import type { Entity } from '../../doc/entities.ts';
import type { Component } from '../../pipeline/component.ts';
import { candidateKeys, QUAD_CLASS, triggerIndex, type IndexedTrigger, type PloverType } from '../../lang/ar/triggers.ts';
import { contextIndex, TERROR_ORGS } from '../../lang/ar/contexts.ts';
import { markerOf, nounParties, readsAsNoun, verbParties, type Parties } from './arguments.ts';
import { context, nextWord, prevWord, wordsBetween, type Ctx, type DemonymLookup, type MentionRef } from './context.ts';
import { modalityAt } from './modality.ts';
import { scoreOf } from './scores.ts';

export type { Event, Modality } from '../../doc/events.ts';
import type { Event, EventGeo } from '../../doc/events.ts';

export interface EventsOptions {
  /** The country (ISO alpha-3) of a demonym adjective's key (روسيه → RUS); none known by default. */
  demonym?: DemonymLookup;
  /** The country of a place entity's knowledge-base id (a capital or city), for visits to places. */
  placeCountry?: (kbId: string) => string | null;
  /** Coordinates and precision of a place entity's knowledge-base id. */
  placeGeo?: (kbId: string) => EventGeo | null;
}

export function eventsComponent(options: EventsOptions = {}): Component {
  return {
    name: 'ar.events',
    version: '3',
    requires: ['norm', 'tokens', 'sentences', 'words', 'entities', 'times', 'quotes'],
    provides: ['events'],
    run: (doc: Document) => doc.with({ events: findEvents(doc, options) } as never),
  };
}

/** Types a preceding لن (or a refusal verb) turns into a refusal. */
const REFUSABLE = new Set<PloverType>(['CONSULT', 'AGREE', 'COOPERATE', 'SUPPORT', 'AID', 'RETREAT', 'CONCEDE']);
const SYMMETRIC_TYPES = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
/** Words of intent that make cooperation an AGREE (استعداده للتنسيق، ضرورة التعاون). */
/** Nouns of answering before ل + a request (استجابة لطلب), keyed like tokens. */
const RESPONSE = new Set(['استجابه', 'الاستجابه', 'تلبيه']);
const INTENT = new Set(['استعداد', 'استعداده', 'استعدادها', 'استعدادهم', 'ضروره', 'بضروره', 'رغبه', 'اهتمام', 'نيه', 'الاستعداد']);
/** Words that stand for the two parties named before (الجانبين، البلدين). */
const PAIR_WORDS = new Set(['الجانبين', 'الجانبان', 'الطرفين', 'الطرفان', 'البلدين', 'البلدان', 'حليفتيها', 'حليفيها', 'حليفيه', 'حليفتيه', 'حليفيهما']);

export function findEvents(doc: Document, options: EventsOptions = {}): Event[] {
  const ctx = context(doc, options.demonym ?? (() => null));
  const placeCountry = options.placeCountry ?? (() => null);
  const placeGeo = options.placeGeo ?? (() => null);
  const sentences = doc.layers.sentences!;
  const out: Event[] = [];
  const index = triggerIndex();
  const stateOf = stateFinder(doc);
  // Sports articles (a score of words of the game) use trigger words in other senses.
  if (sportsArticle(ctx)) return [];
  let lastPair: Entity[] = [];
  let lastPairAt = -1;
  for (let s = 0; s < sentences.length; s++) {
    const sa = sentences.tokenStart[s]!;
    const sb = sentences.tokenEnd[s]!;
    // الجانبين/البلدين refer back a few sentences at most.
    if (s - lastPairAt > 3) lastPair = [];
    const mentions = withPseudoMentions(ctx, s, sa, sb, lastPair, stateOf);
    const pairHere = betweenPair(ctx, s, sa, sb);
    const st: SentenceState = { previous: null, previousType: null, previousPos: null, previousEnd: -1, governing: null, governingDirect: false, governingUntil: -1, symmetric: null };
    let skipAt = -1;
    // Sports news (نادي، مباراة، لاعب…) uses the same words for other things: no political events.
    if (sportsSentence(ctx, sa, sb)) continue;
    for (let t = sa; t < sb; t++) {
      if (!ctx.word[t] || ctx.actorAt[t]) continue;
      const hit = matchTrigger(ctx, index, t, sa, sb);
      if (!hit) continue;
      const t1 = t + hit.length - 1;
      const entry = hit.entry;
      // X وY of one kind, or a verb right after the noun it describes (هجمات متعددة استهدفت الحوثيين).
      const gap = t - st.previousEnd;
      const sameAct = st.previousType === entry.type && ((gap <= 3 && (ctx.procl[t] ?? '').startsWith('و')) || (entry.pos === 'verb' && st.previousPos === 'noun' && gap <= 4));
      if (sameAct || notAnAct(ctx, t, sa, entry) || t === skipAt) {
        st.previousType = entry.type;
        st.previousPos = entry.pos;
        st.previousEnd = t1;
        // انتهاكات الهدنة: the act named in a skipped act's genitive goes with it.
        skipAt = nextWord(ctx, t1, sb);
        t = t1;
        continue;
      }
      const noun = entry.pos === 'noun';
      const built = build(ctx, entry, t, t1, s, sa, sb, mentions, stateOf, st, noun, placeCountry);
      if (st.governing && t <= st.governingUntil && (st.governingDirect || introducedAsContent(ctx, t, sa))) {
        // The object of a refusal, offer or request is its content, not a second event
        // (ترفض تقديم الدعم لقوات الأسد، وافقت على إعادة العلاقات).
        const outer = st.governing;
        if (built && outer.recipients.length === 0) {
          const recs = built.event.recipients.filter((id) => !outer.actors.includes(id));
          outer.recipients = recs;
          outer.recipientCodes = recs.map((id) => built.event.recipientCodes[built.event.recipients.indexOf(id)]!);
        }
        st.governing = null;
        t = t1;
        continue;
      }
      st.previousType = entry.type;
      st.previousPos = entry.pos;
      st.previousEnd = t1;
      if (built) {
        const ev = built.event;
        ev.geo = geoOf(doc, ev.location, placeGeo);
        ev.context = contextsOf(ev, clauseContexts(ctx, t, t1, sa, sb));
        out.push(ev);
        st.previous = built;
        const parties = [...ev.actors, ...ev.recipients];
        if (entry.symmetric && SYMMETRIC_TYPES.has(ev.type) && parties.length >= 2) {
          lastPair = (doc.layers.entities ?? []).filter((e) => parties.includes(e.id));
          lastPairAt = s;
          st.symmetric = lastPair;
        }
        if (ev.type === 'REJECT' && entry.type === 'REJECT' && entry.pos === 'verb') {
          st.governing = ev;
          st.governingDirect = true;
          st.governingUntil = wordAfter(ctx, t1, sb, 8);
        } else if (GOVERNING.has(ev.type) && !entry.symmetric) {
          // The governed act follows the parties named after the trigger (اتهمت واشنطن موسكو بعرقلة…).
          const lastParty = Math.max(t1, ...built.actorRefs.map((m) => m.last), ...built.recipientRefs.map((m) => m.last));
          st.governing = ev;
          st.governingDirect = false;
          st.governingUntil = wordAfter(ctx, lastParty, sb, 2);
        }
      }
      t = t1;
    }
    if (pairHere) {
      lastPair = pairHere;
      lastPairAt = s;
    }
  }
  const title = doc.meta.titleRange;
  return dedupe(out, title);
}

interface Built {
  event: Event;
  actorRefs: MentionRef[];
  recipientRefs: MentionRef[];
  last: number;
}

interface SentenceState {
  previous: Built | null;
  /** The lexicon type of the previous trigger (before any recoding). */
  previousType: PloverType | null;
  previousPos: 'verb' | 'noun' | null;
  previousEnd: number;
  /** A refusal, offer or request waiting for the act it governs. */
  governing: Event | null;
  /** A refusal takes its act directly (رفض تقديم); accusations, requests and offers through ب، على، إلى، أن. */
  governingDirect: boolean;
  governingUntil: number;
  /** The parties of the sentence's last meeting, agreement or cooperation. */
  symmetric: Entity[] | null;
}

/** The act is the content of an accusation, request or offer: بعرقلة، على إعادة، إلى وقف، أن يقبل. */
function introducedAsContent(ctx: Ctx, t: number, sa: number): boolean {
  if (/[بل]$/u.test(ctx.procl[t] ?? '')) return true;
  const u = prevWord(ctx, t, sa);
  if (u < 0) return false;
  // بتنفيذ هجمات، بشن غارات: through a light verbal noun.
  if (/[بل]$/u.test(ctx.procl[u] ?? '') && CONTENT_LIGHT.has(ctx.key[u]!)) return true;
  return ['علي', 'الي', 'ان', 'بان'].includes(ctx.key[u]!);
}
const CONTENT_LIGHT = new Set(['تنفيذ', 'شن', 'ارتكاب', 'تقديم', 'اجراء', 'دعم', 'عرقله']);

/** The token `words` words after t (or the sentence end). */
function wordAfter(ctx: Ctx, t: number, sb: number, words: number): number {
  let k = 0;
  for (let u = t + 1; u < sb; u++) if (ctx.word[u] && ++k >= words) return u;
  return sb - 1;
}

/** The PLOVER contexts that the words of the trigger's clause make clear (عسكري، النووي، اللاجئين…). */
function clauseContexts(ctx: Ctx, t0: number, t1: number, sa0: number, sb0: number): string[] {
  let sa = t0;
  while (sa > sa0 && !ctx.brk[sa - 1]) sa--;
  let sb = t1 + 1;
  while (sb < sb0 && !ctx.brk[sb]) sb++;
  const { one, phrases } = contextIndex();
  const out = new Set<string>();
  for (let t = sa; t < sb; t++) {
    if (!ctx.word[t]) continue;
    for (const k of [ctx.key[t]!, ctx.full[t]!]) {
      const c = one.get(k);
      if (c) out.add(c);
      for (const p of phrases.get(k) ?? []) {
        let u = t;
        let ok = true;
        for (let i = 1; i < p.keys.length && ok; i++) {
          u = nextWord(ctx, u, sb);
          ok = u >= 0 && (ctx.key[u] === p.keys[i] || ctx.full[u] === p.keys[i]);
        }
        if (ok) out.add(p.context);
      }
    }
  }
  return [...out].sort();
}

/** The event's contexts: its trigger's, its sentence's, and terrorism when a terrorist group takes part. */
function contextsOf(ev: Event, sentence: readonly string[]): string[] {
  const out = new Set([...ev.context, ...sentence]);
  if ([...ev.actorCodes, ...ev.recipientCodes].some((c) => c.org !== null && TERROR_ORGS.has(c.org))) out.add('terrorism');
  return [...out].sort();
}

/** Words of sports reporting; two in a sentence make it sports news. */
const SPORTS = new Set([
  'مباراه', 'المباراه', 'مباريات', 'المباريات', 'نادي', 'النادي', 'لاعب', 'اللاعب', 'لاعبين', 'اللاعبين', 'لاعبي', 'الدوري', 'دوري',
  'المنتخب', 'منتخب', 'كره', 'الكره', 'المدرب', 'مدرب', 'البطوله', 'الملعب', 'ملعب', 'الشوط', 'ركله', 'الانتقالات', 'الفيفا', 'فيفا',
  'السله', 'الملاعب', 'ملاعب', 'لاعبا', 'هداف', 'الهداف', 'الاولمبي',
]);

function sportsArticle(ctx: Ctx): boolean {
  let n = 0;
  for (let t = 0; t < ctx.n; t++) if (ctx.word[t] && SPORTS.has(ctx.key[t]!) && ++n >= 5) return true;
  return false;
}

function sportsSentence(ctx: Ctx, sa: number, sb: number): boolean {
  let n = 0;
  for (let t = sa; t < sb; t++) if (ctx.word[t] && SPORTS.has(ctx.key[t]!) && ++n >= 2) return true;
  return false;
}

/** Types whose object can be another act (offers, requests, refusals, accusations, welcomes). */
const GOVERNING = new Set(['AGREE', 'REQUEST', 'REJECT', 'ACCUSE', 'SUPPORT']);
/** Purpose words: what follows is a goal, not a reported act (من أجل، بهدف). */
const PURPOSE = new Set(['اجل', 'بهدف', 'بغرض', 'لاجل', 'سعيا', 'يهدف', 'تهدف', 'يرمي', 'ترمي']);
/** Verbs of regarding (تعتبرها أنقرة تهديدا): what follows is a view, not an act. */
const REGARD = /^(ا|ي|ت|ن)?عتبر(ت|وا|ها|ه|هم|ون)?$|^اعتبر(ت|وا|ها|ه|هم)?$/u;
/** Words after which an act is a topic of talks or a plan's aim, not something done (لمناقشة استئناف العلاقات). */
const TOPIC = new Set(['يتعلق', 'تتعلق', 'بخصوص', 'يخص', 'مناقشه', 'لمناقشه', 'بحث', 'لبحث', 'تطوير', 'بتطوير', 'لتطوير', 'تعزيز', 'لتعزيز', 'التفاوض', 'للتفاوض', 'ملف']);
/** Words that count acts (عدد الانتهاكات): a statistic, not an act. */
const COUNT = new Set(['عدد', 'العدد', 'الاجمالي', 'حجم']);
const COMPARATIVES = new Set(['اقل', 'اكثر', 'اشد', 'اكبر']);
/** Adjectives of a verbal attack (هجوما حادا، هجوم لاذع), keyed like tokens. */
const SHARP = /^(ال)?(حاد|لاذع)(ا|ه|ة)?$/u;
/** Material acts, which news media do not commit. */
const MATERIAL = new Set<PloverType>(['ASSAULT', 'COERCE', 'MOBILIZE', 'SANCTION', 'AID', 'RETREAT']);
/** Verbs and nouns of warning, whose من-object is a feared act. */
const WARN = /^(حذر|يحذر|تحذر|نحذر|حذرت|حذروا|حذرا|محذرا|محذره|محذرين|تحذير|التحذير|تحذيرات)$/u;
/** Verbs of discussion, whose objects are topics (ناقش، بحث، تناول، تباحث), in their common forms. */
const DISCUSS = /^(ناقش|يناقش|تناقش|بحث|يبحث|تبحث|تناول|يتناول|تتناول|تباحث|يتباحث|تتباحث)(ت|ا|وا|تا|ان|ون)?$/u;
/** Titles after مساعد(ة): the word names an assistant. */
const ASSISTANT_OF = new Set(['الرئيس', 'رئيس', 'الوزير', 'وزير', 'وزيره', 'الامين', 'المدير', 'مدير', 'قائد', 'رئيسه', 'المبعوث']);
const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'تلك', 'ذلك', 'هذين', 'هاتين', 'هؤلاء', 'اولئك']);
/** Easing or lifting a sanction is not imposing one (بتخفيف العقوبات، رفع الحصار). */
const EASING = new Set(['تخفيف', 'رفع', 'الغاء', 'انهاء', 'فك', 'كسر']);

/** Words after which an act did not happen and is not denied either (من دون الدعم الجوي). */
const WITHOUT = new Set(['دون', 'بدون']);
/** An attempt is an act even in a purpose clause (من أجل محاولة إقناع تركيا). */
const ATTEMPT = new Set(['محاوله', 'محاولات', 'سعي', 'مساعي', 'جهود']);

function notAnAct(ctx: Ctx, t: number, sa: number, entry: IndexedTrigger): boolean {
  // مساعدة الرئيس، مساعد وزير الخارجية: an assistant, not aid.
  if (entry.type === 'AID' && entry.pos === 'noun') {
    const n = nextWord(ctx, t, ctx.n);
    if (n >= 0 && ASSISTANT_OF.has(ctx.key[n]!)) return true;
  }
  // الطلب with the article is demand (تراجع الطلب), unless someone's request follows (الطلب الروسي).
  if (entry.type === 'REQUEST' && entry.pos === 'noun' && ctx.article[t] && ctx.key[t] === 'الطلب') return true;
  // طلب عدم الكشف عن هويته: a source's anonymity, not a request between actors.
  if (entry.type === 'REQUEST') {
    const n = nextWord(ctx, t, ctx.n);
    const n2 = n >= 0 ? nextWord(ctx, n, ctx.n) : -1;
    if (n2 >= 0 && ctx.key[n] === 'عدم' && (ctx.key[n2] === 'الكشف' || ctx.key[n2] === 'ذكر')) return true;
  }
  const u = prevWord(ctx, t, sa);
  // The object of a warning (تحذر من وقوع هجمات): a feared act, not one that happened.
  for (let v = u, seen = 0; v >= 0 && seen < 3; v = prevWord(ctx, v, sa), seen++) {
    if (ctx.key[v] !== 'من') continue;
    const w = prevWord(ctx, v, sa);
    if (w >= 0 && WARN.test(ctx.key[w]!)) return true;
    break;
  }
  // What an actor considers something (نعتبر داعش مصدر تهديد، تعتبرها أنقرة تهديدا) is a view.
  if (entry.pos === 'noun') {
    for (let v = u, seen = 0; v >= 0 && seen < 4; v = prevWord(ctx, v, sa), seen++) {
      if (REGARD.test(ctx.key[v]!) || REGARD.test(ctx.full[v]!)) return true;
      if (ctx.brk[v]) break;
    }
  }
  // في مواجهة X: "in the face of X", a preposition, not a confrontation.
  if (entry.type === 'ASSAULT' && entry.pos === 'noun' && u >= 0 && ctx.key[u] === 'في' && ctx.key[t] === 'مواجهه') return true;
  // Breaking rules (ينتهك أحكام منظمة التجارة) is not an assault.
  if (entry.type === 'ASSAULT' && entry.pos === 'verb') {
    // The object, after the subject when it follows the verb (انتهكت روسيا أحكام …).
    let n = nextWord(ctx, t, ctx.n);
    while (n >= 0 && ctx.actorAt[n]) n = nextWord(ctx, n, ctx.n);
    if (n >= 0 && RULES.has(ctx.key[n]!)) return true;
  }
  // ل + verbal noun is a purpose (لمساعدة السكان), unless readiness governs it (استعداده للتنسيق).
  // (ل before a past verb's form is the verbal noun: لبحث مسألة is "to discuss", not بحث "discussed".)
  // استجابة لطلب X, تلبية لدعوة X: "in answer to", not a purpose; the request was made.
  const purposeForm = entry.pos === 'noun' || (entry.pos === 'verb' && !/^[يتنا]/u.test(ctx.key[t]!));
  const governed = u >= 0 && (INTENT.has(ctx.key[u]!) || INTENT.has(ctx.full[u]!) || RESPONSE.has(ctx.key[u]!));
  if (purposeForm && (ctx.procl[t] ?? '').endsWith('ل') && !governed) return true;
  if (u < 0) return false;
  if (ATTEMPT.has(ctx.key[u]!)) return false;
  // Through a preposition (للتفاوض على إطلاق سراح) or a light verb and its subject (يتعلق بتقديم روسيا الدعم).
  for (let v = u, seen = 0; v >= 0 && seen < 3; v = prevWord(ctx, v, sa), seen++) {
    if (TOPIC.has(ctx.key[v]!) || TOPIC.has(ctx.full[v]!)) return true;
    if (seen === 0 && !PREP_WORDS.has(ctx.key[v]!) && !ctx.actorAt[v] && !LIGHT_NOUNS.has(ctx.key[v]!)) break;
  }
  if (COUNT.has(ctx.key[u]!) || WITHOUT.has(ctx.key[u]!)) return true;
  // أي طلب، لأي هجوم: any act of the kind, no act in particular (before a definite noun أي is
  // "namely": أي الانتشار العسكري التركي).
  if (entry.pos === 'noun' && ctx.key[u] === 'اي' && !ctx.article[t]) return true;
  // A degree after a comparative (أقل دعما للحرب، أكثر تشددا): a quality, not an act (nor the
  // dual verb دعما).
  if (!ctx.article[t] && COMPARATIVES.has(ctx.full[u]!) && !/^[يتن]/u.test(ctx.key[t]!)) return true;
  // هذه الاتهامات، تلك الزيارة: an act named before, not a new one.
  if (DEMONSTRATIVES.has(ctx.key[u]!)) return true;
  // The object of a discussion verb in the same clause (ناقشوا أمن الملاحة والتعاون الاقتصادي).
  for (let v = t - 1, seen = 0; v >= sa && seen < 8; v--) {
    if (ctx.brk[v]) break;
    if (!ctx.word[v]) continue;
    seen++;
    if (DISCUSS.test(ctx.key[v]!)) return true;
  }
  if ((entry.type === 'SANCTION' || entry.type === 'COERCE') && EASING.has(ctx.key[u]!)) return true;
  for (let v = t - 1, seen = 0; v >= sa && seen < 3; v--) {
    if (ctx.brk[v]) return false;
    if (!ctx.word[v]) continue;
    seen++;
    if (PURPOSE.has(ctx.key[v]!)) return true;
  }
  return false;
}
const PREP_WORDS = new Set(['علي', 'الي', 'في', 'حول', 'بشان', 'مع']);
/** Rules, laws and terms (keyed like tokens): what a violation of them breaks is not a body. */
const RULES = new Set(['احكام', 'الاحكام', 'قواعد', 'القواعد', 'قوانين', 'القوانين', 'القانون', 'قانون', 'معايير', 'المعايير', 'مبادئ', 'المبادئ', 'شروط', 'الشروط', 'بنود', 'البنود']);
const LIGHT_NOUNS = new Set(['تقديم', 'اجراء', 'عقد', 'ممارسه']);

/** The parties of a بين X و Y phrase in the sentence (العلاقات بين دمشق وأنقرة), for a later الجانبين/حليفتيها. */
function betweenPair(ctx: Ctx, s: number, sa: number, sb: number): Entity[] | null {
  const ms = ctx.actorsBySentence[s]!;
  let found: Entity[] | null = null;
  for (let t = sa; t < sb; t++) {
    if (ctx.key[t] !== 'بين') continue;
    const a = ms.find((m) => m.first === t + 1 || (m.first > t && wordsBetween(ctx, t + 1, m.first) === 0));
    if (!a) continue;
    const b = ms.find((m) => m.first > a.last && wordsBetween(ctx, a.last + 1, m.first) === 0 && (ctx.procl[m.first] ?? '').startsWith('و'));
    if (b && b.entity !== a.entity) found = [a.entity, b.entity];
  }
  return found;
}

/** Counterparts: نظيره التركي is the Turkish side. */
const COUNTERPART = new Set(['نظيره', 'نظيرته', 'نظيرها', 'نظيريه', 'نظرائه', 'نظيرهم', 'نظيريهما']);

/**
 * The sentence's actor mentions plus pseudo-mentions: الجانبين/البلدين standing for the last pair,
 * and a counterpart with a demonym (نظيره التركي) standing for that state when the article names it.
 */
function withPseudoMentions(ctx: Ctx, s: number, sa: number, sb: number, pair: Entity[], stateOf: (c: string) => Entity | null): MentionRef[] {
  const list = ctx.actorsBySentence[s]!;
  let extra: MentionRef[] | null = null;
  for (let t = sa; t < sb; t++) {
    if (!ctx.word[t] || ctx.actorAt[t]) continue;
    const k = ctx.key[t]!;
    if (pair.length >= 2 && PAIR_WORDS.has(k)) (extra ??= []).push({ entity: pair[0]!, first: t, last: t, sentence: s, group: pair });
    if (COUNTERPART.has(k)) {
      const d = nextWord(ctx, t, sb);
      const c = d >= 0 && !ctx.actorAt[d] ? ctx.demonym(ctx.key[d]!) : null;
      const e = c ? stateOf(c) : null;
      if (e) (extra ??= []).push({ entity: e, first: t, last: d, sentence: s });
    }
  }
  return extra ? [...list, ...extra].sort((a, b) => a.first - b.first) : list;
}

/** The government entity of a country in this document (for demonym adjectives). */
function stateFinder(doc: Document): (country: string) => Entity | null {
  const cache = new Map<string, Entity | null>();
  return (c) => {
    if (cache.has(c)) return cache.get(c)!;
    const ents = (doc.layers.entities ?? []).filter((e) => e.actor?.country === c && e.actor.org === null);
    const best = ents.find((e) => e.actor!.sector === 'GOV' && e.type === 'LOC') ?? ents.find((e) => e.actor!.sector === 'GOV') ?? ents[0] ?? null;
    cache.set(c, best);
    return best;
  };
}

function matchTrigger(ctx: Ctx, index: Map<string, IndexedTrigger[]>, t: number, sa: number, end: number): { entry: IndexedTrigger; length: number } | null {
  let best: { entry: IndexedTrigger; length: number } | null = null;
  const noun = readsAsNoun(ctx, t, sa);
  const key = ctx.key[t]!;
  // A final ه that is a pronoun (مطالبه: his demands), not a folded ة (مطالبة).
  const rawEnd = ctx.doc.text.slice(ctx.doc.layers.tokens!.end[t]! - 1, ctx.doc.layers.tokens!.end[t]!);
  const taMarbuta = rawEnd === 'ة';
  for (const k of candidateKeys(key, ctx.tanwin[t])) {
    const list = index.get(k);
    if (!list) continue;
    // A final ة is not a pronoun (الطلبة is not طلب + ه), and a final ه is not ة (مطالبه).
    if (taMarbuta && k.length < key.length && key.endsWith('ه') && !k.endsWith('ه')) continue;
    // Without a future س only verbs (ستدخل is not the noun تدخل).
    const futureStripped = key.startsWith('س') && !k.startsWith('س') && !k.startsWith('ال');
    for (const e of list) {
      if (futureStripped && e.pos !== 'verb') continue;
      if (k === key && rawEnd === 'ه' && e.words[0]!.endsWith('ة')) continue;
      // Words with the article are nouns.
      if (e.pos === 'verb' && ctx.article[t] && !e.keys[0]!.startsWith('ال')) continue;
      let ok = true;
      let u = t + 1;
      let skippedSubject = false;
      for (let i = 1; i < e.keys.length; i++, u++) {
        while (u < end && !ctx.word[u]) u++;
        // A verb's fixed object may follow its subject (استأنفت السعودية وإيران العلاقات).
        if (e.pos === 'verb' && i === 1) {
          while (u < end && (ctx.actorAt[u] || !ctx.word[u])) {
            if (ctx.actorAt[u]) skippedSubject = true;
            u++;
          }
        }
        // A verb's fixed complement may follow من (خفض من سقف).
        if (e.pos === 'verb' && u < end && ctx.key[u] === 'من' && e.keys[i] !== 'من') u++;
        while (u < end && !ctx.word[u]) u++;
        if (u >= end) {
          ok = false;
          break;
        }
        const want = e.keys[i]!.replace(/^ال/u, '');
        if (!candidateKeys(ctx.key[u]!).some((c) => c.replace(/^ال/u, '') === want)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (e.near && !nearWord(ctx, u - 1, end, e.near)) continue;
      const cand = { entry: e, length: skippedSubject ? 1 : u - t };
      // The longest match; at equal length the reading the context prefers (noun or verb).
      if (!best || cand.length > best.length || (cand.length === best.length && (e.pos === 'noun') === noun && (best.entry.pos === 'noun') !== noun)) best = cand;
    }
  }
  return best;
}

/** Force used on the ground: a siege, an attack and troop moves continue one another. */
const FORCE = new Set<PloverType>(['ASSAULT', 'COERCE', 'MOBILIZE']);
const sameKind = (a: PloverType, b: PloverType): boolean => a === b || (FORCE.has(a) && FORCE.has(b));

/** Words of repression before a protest (تفريق المظاهرات). */
const REPRESS = new Set(['تفريق', 'قمع', 'فض']);

/** Quad classes of verbal acts (verbal cooperation, verbal conflict). */
const VERBAL = new Set([1, 3]);
function nearWord(ctx: Ctx, t: number, end: number, re: RegExp): boolean {
  for (let u = t + 1, seen = 0; u < end && seen < 5; u++) {
    if (!ctx.word[u]) continue;
    seen++;
    if (re.test(ctx.key[u]!)) return true;
  }
  return false;
}

/** Recipients in these sectors turn backing (دعم) into material aid: arming and funding fighters. */
const ARMED = new Set(['REB', 'MIL']);

function build(
  ctx: Ctx,
  entry0: IndexedTrigger,
  t0: number,
  t1: number,
  s: number,
  sa: number,
  sb: number,
  mentions: MentionRef[],
  stateOf: (c: string) => Entity | null,
  st: SentenceState,
  noun: boolean,
  placeCountry: (kbId: string) => string | null,
): Built | null {
  const tokens = ctx.doc.layers.tokens!;
  if (mentions.length === 0) return null;
  let entry = entry0;
  let type: PloverType = entry.type;
  let mode = entry.mode;
  // Cooperation someone is ready for or calls necessary is an intent: AGREE.
  if (type === 'COOPERATE') {
    const u = prevWord(ctx, t0, sa);
    if (u >= 0 && (INTENT.has(ctx.key[u]!) || INTENT.has(ctx.full[u]!))) type = 'AGREE';
  }
  const m0 = modalityAt(ctx, t0, t1, sa, sb, noun);
  let modality = m0.modality;
  if (m0.refusal) {
    if (REFUSABLE.has(type)) {
      type = 'REJECT';
      mode = null;
      entry = { ...entry, symmetric: false };
    }
    modality = m0.reported ? 'reported' : 'asserted';
  }
  const sp = { t0, t1, sa, sb, mentions };
  const parties: Parties = entry.pos === 'verb' ? verbParties(ctx, sp, entry, stateOf, st.previous ? { actors: st.previous.actorRefs, recipients: st.previous.recipientRefs, last: st.previous.last } : null) : nounParties(ctx, sp, entry, stateOf);
  let actorEnts = uniq(parties.actors.flatMap(expand));
  // A verbal noun with no doer of its own, after an act of the same kind in the sentence (تحت
  // حصار من X، حيث شهد الشهر الماضي هجوماً): the same doers.
  if (actorEnts.length === 0 && noun && st.previous && sameKind(st.previous.event.type as PloverType, type) && !entry.symmetric) {
    actorEnts = st.previous.event.actors.map((id) => (ctx.doc.layers.entities ?? []).find((e) => e.id === id)!).filter(Boolean);
  }
  let recEnts = uniq(parties.recipients.flatMap(expand)).filter((e) => !actorEnts.includes(e));
  // Talks with too few named parties, in a sentence that named a pair: that pair's talks.
  if (entry.symmetric && SYMMETRIC_TYPES.has(type) && actorEnts.length + recEnts.length < 2 && st.symmetric) {
    actorEnts = [...st.symmetric];
    recEnts = [];
  }
  if (parties.host && type === 'CONSULT') {
    const hosts = uniq(parties.host.flatMap(expand)).filter((e) => !actorEnts.includes(e));
    if (hosts.length > 0) {
      actorEnts = uniq([...actorEnts, ...recEnts]);
      recEnts = hosts;
      mode = 'third-party';
    }
  }
  // A named measure with known parties (قانون قيصر): those states, when the article names them.
  if (entry.implied) {
    const a = stateOf(entry.implied.actor);
    const r = entry.implied.recipient ? stateOf(entry.implied.recipient) : null;
    if (a) {
      actorEnts = [a];
      recEnts = r ? [r] : recEnts.filter((e) => e !== a);
    }
  }
  // A person who attacks (هاجم الرئيس التركي الحزب) attacks in words: a disapproval; so does a
  // sharp or biting attack (شن هجوما حادا، لاذعا على).
  if (type === 'ASSAULT') {
    const byPerson = entry.pos === 'verb' && entry.keys[0] === 'هاجم' && actorEnts.length > 0 && actorEnts.every((e) => e.type === 'PER');
    const next = entry.pos === 'noun' ? nextWord(ctx, t1, sb) : -1;
    if (byPerson || (next >= 0 && SHARP.test(ctx.key[next]!))) {
      type = 'ACCUSE';
      mode = 'disapprove';
    }
  }
  // News media report material acts; they do not commit them (ونقلت تاس … إن الغارة: the agency is
  // the source of the air strike, not its doer).
  if (MATERIAL.has(type)) actorEnts = actorEnts.filter((e) => e.actor!.sector !== 'MED');
  if (actorEnts.length === 0) return null;
  if (entry.needsRecipient && recEnts.length === 0) return null;
  // A visit or message to a place (أرسلت وفداً إلى القاهرة) is to that place's government.
  if (recEnts.length === 0 && (mode === 'visit' || mode === 'message')) {
    const dest = destination(ctx, t1, sa, placeCountry, stateOf);
    if (dest && !actorEnts.includes(dest)) recEnts = [dest];
  }
  if (entry.symmetric && SYMMETRIC_TYPES.has(type) && mode !== 'visit' && mode !== 'message' && mode !== 'third-party') {
    actorEnts = uniq([...actorEnts, ...recEnts]);
    recEnts = [];
  }
  // A visit or message goes to another state: a recipient of the visitor's own state is the place
  // of a domestic trip, not a host (رئيس الحكومة يؤدي زيارة … إلى ألمانيا is coded from its parties).
  if (mode === 'visit' || mode === 'message') {
    const own = new Set(actorEnts.map((e) => e.actor!.country).filter((c): c is string => c !== null));
    recEnts = recEnts.filter((e) => !(e.actor!.country !== null && own.has(e.actor!.country) && e.actor!.org === null));
    if (recEnts.length === 0 && SYMMETRIC_TYPES.has(type) && actorEnts.length < 2) return null;
  }
  // A government does not aid or support itself: a cooperative act's recipient with an actor's
  // very code (توجيهات الملك سلمان لتقديم المساعدات … SAU → SAU) was read from the wrong phrase.
  // (Conflict between two parties of one code, a state's rival factions, stays.)
  if (QUAD_CLASS[type] === 1 || QUAD_CLASS[type] === 2) {
    const actorCodes = new Set(actorEnts.map((e) => `${e.actor!.country}/${e.actor!.sector}/${e.actor!.org}`));
    recEnts = recEnts.filter((e) => !actorCodes.has(`${e.actor!.country}/${e.actor!.sector}/${e.actor!.org}`));
  }
  // A meeting, agreement or cooperation needs two parties; one named party is too little to code.
  if (SYMMETRIC_TYPES.has(type) && actorEnts.length + recEnts.length < 2) return null;
  if (type === 'SUPPORT' && recEnts.some((e) => ARMED.has(e.actor!.sector ?? ''))) type = 'AID';
  // تفريق المظاهرات، قمع المحتجين: the one who disperses coerces.
  if (type === 'PROTEST') {
    const u = prevWord(ctx, t0, sa);
    if (u >= 0 && REPRESS.has(ctx.key[u]!)) {
      type = 'COERCE';
      mode = 'restrict';
    }
  }
  // A state saying it refuses, asks, accuses or agrees does so by saying it: the act is asserted.
  if (modality === 'reported' && m0.attribution.kind === 'named' && m0.attribution.speaker && actorEnts.some((e) => e.id === m0.attribution.speaker) && VERBAL.has(QUAD_CLASS[type])) {
    modality = 'asserted';
  }
  const time = timeOf(ctx, t0, t1, s);
  // An act dated after publication (يستقبل بوتين الأربعاء الأسد) is planned.
  if ((modality === 'asserted' || modality === 'reported') && time !== null && isAfterPublication(ctx, time)) modality = 'planned';
  const trigger: Span = { start: tokens.start[t0]!, end: tokens.end[t1]!, text: ctx.doc.text.slice(tokens.start[t0], tokens.end[t1]) };
  const { intensity, cameo } = scoreOf(type, mode);
  const event: Event = {
    type,
    mode,
    context: [...(entry.context ?? [])],
    actors: actorEnts.map((e) => e.id),
    recipients: recEnts.map((e) => e.id),
    actorCodes: actorEnts.map((e) => e.actor!),
    recipientCodes: recEnts.map((e) => e.actor!),
    trigger,
    sentence: s,
    time,
    location: locationOf(ctx, s),
    geo: null,
    modality,
    attribution: m0.attribution,
    quadClass: QUAD_CLASS[type],
    intensity,
    cameo,
  };
  return { event, actorRefs: parties.actors, recipientRefs: parties.recipients, last: t1 };
}

function expand(m: MentionRef): readonly Entity[] {
  return m.group ?? [m.entity];
}

function uniq<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** The government of a place named after إلى/ل within a few words after t1. */
function destination(ctx: Ctx, t1: number, sa: number, placeCountry: (id: string) => string | null, stateOf: (c: string) => Entity | null): Entity | null {
  const s = ctx.sentence[t1]!;
  for (const m of ctx.placesBySentence[s]!) {
    if (m.first <= t1 || wordsBetween(ctx, t1 + 1, m.first) > 6) continue;
    const mk = markerOf(ctx, m, sa);
    if (mk !== 'الي' && mk !== 'ل') continue;
    const c = m.entity.kb ? placeCountry(m.entity.kb) : null;
    return c ? stateOf(c) : null;
  }
  return null;
}

function isAfterPublication(ctx: Ctx, time: number): boolean {
  const pub = ctx.doc.meta.published?.slice(0, 10);
  const v = ctx.doc.layers.times?.[time]?.value;
  if (!pub || !/^\d{4}-\d{2}-\d{2}$/u.test(pub) || !v) return false;
  // Compare at the value's own granularity: a day, an ISO week, a month or a year.
  if (/^\d{4}-\d{2}-\d{2}$/u.test(v)) return v > pub;
  if (/^\d{4}-W\d{2}$/u.test(v)) return v > isoWeek(pub);
  if (/^\d{4}-\d{2}$/u.test(v)) return v > pub.slice(0, 7);
  if (/^\d{4}$/u.test(v)) return v > pub.slice(0, 4);
  return false;
}

/** The ISO week (YYYY-Www) of a YYYY-MM-DD date. */
function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow + 3);
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / 864e5 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The time of an act: the nearest time expression in the trigger's own clause, after it (يستقبل
 * بوتين الأربعاء الأسد) or before it (في كانون الأول التقى…), not across a clause break, a link to
 * another clause (بعدما، بسبب، حيث) or, before the trigger, a reporting أن (أشار في يناير إلى أن…).
 */
function timeOf(ctx: Ctx, t0: number, t1: number, s: number): number | null {
  const sent = ctx.doc.layers.sentences!;
  const tokens = ctx.doc.layers.tokens!;
  const sa = sent.tokenStart[s]!;
  const sb = sent.tokenEnd[s]!;
  const times = ctx.doc.layers.times ?? [];
  let best: number | null = null;
  let bestDist = Infinity;
  const consider = (i: number, d: number) => {
    if (d < bestDist) {
      bestDist = d;
      best = i;
    }
  };
  // After the trigger.
  for (let u = t1 + 1, words = 0; u < sb && words <= 12; u++) {
    // A comma may stand before a time (بحث غاتيلوف …، أمس); any other break ends the clause.
    if (ctx.brk[u] && !(ctx.inTime[u + 1] && ',،'.includes(ctx.doc.text[tokens.start[u]!]!))) break;
    if (!ctx.word[u]) continue;
    if (TIME_LINKS.has(ctx.key[u]!)) break;
    if (ctx.inTime[u]) {
      const i = times.findIndex((x) => x.start <= tokens.start[u]! && tokens.end[u]! <= x.end);
      if (i >= 0 && times[i]!.value !== null && times[i]!.granularity !== 'duration') consider(i, words);
      break;
    }
    words++;
  }
  // Before it (an earlier time only wins when nearer).
  for (let u = t0 - 1, words = 0; u >= sa && words <= 8; u--) {
    if (ctx.brk[u]) break;
    if (!ctx.word[u]) continue;
    const k = ctx.key[u]!;
    if (TIME_LINKS.has(k) || k === 'ان' || k === 'بان') break;
    if (ctx.inTime[u]) {
      const i = times.findIndex((x) => x.start <= tokens.start[u]! && tokens.end[u]! <= x.end);
      if (i >= 0 && times[i]!.value !== null && times[i]!.granularity !== 'duration') consider(i, words + 0.5);
      break;
    }
    words++;
  }
  return best;
}

/** Words that open another clause: a time beyond them is not the act's (بعدما بقيت مقطوعة منذ 2016). */
const TIME_LINKS = new Set(['بعدما', 'بسبب', 'سبب', 'حيث', 'بينما', 'عندما', 'لان', 'كما', 'اذ', 'حين', 'حينما']);

/** The place (a city or region, else a state) named after في in the sentence. */
function locationOf(ctx: Ctx, s: number): string | null {
  const inPlace = (m: MentionRef): boolean => {
    let u = m.first - 1;
    while (u >= 0 && !ctx.word[u]) u--;
    return u >= 0 && ctx.key[u] === 'في';
  };
  for (const m of ctx.placesBySentence[s]!) if (inPlace(m)) return m.entity.id;
  for (const m of ctx.actorsBySentence[s]!) if (m.entity.type === 'LOC' && m.entity.actor?.org === null && inPlace(m)) return m.entity.id;
  return null;
}

function geoOf(doc: Document, location: string | null, placeGeo: (id: string) => EventGeo | null): EventGeo | null {
  if (!location) return null;
  const e = (doc.layers.entities ?? []).find((x) => x.id === location);
  if (!e) return null;
  const g = e.kb ? placeGeo(e.kb) : null;
  if (g) return g;
  // A state (its actor code names it): country precision, no coordinates kept.
  if (e.actor?.country) return { lat: null, lon: null, precision: 'country', country: e.actor.country, geonames: null };
  return null;
}

/**
 * One event per act: same sentence, same type and the same parties are one event; a headline
 * event that the body reports again (same type, same parties) is that body event.
 */
function dedupe(events: Event[], title: { start: number; end: number } | null): Event[] {
  const inTitle = (e: Event): boolean => title !== null && e.trigger.start >= title.start && e.trigger.end <= title.end;
  const out: Event[] = [];
  const code = (c: Event['actorCodes'][number]): string => `${c.country}/${c.sector}/${c.org}`;
  const partiesKey = (e: Event): string => `${e.type} ${e.actorCodes.map(code).sort().join(',')} > ${e.recipientCodes.map(code).sort().join(',')}`;
  const inBody = new Set(events.filter((e) => !inTitle(e)).map(partiesKey));
  for (const e of events) {
    if (inTitle(e) && inBody.has(partiesKey(e))) continue;
    const parties = new Set([...e.actors, ...e.recipients]);
    const dup = out.find(
      (o) =>
        o.sentence === e.sentence &&
        o.type === e.type &&
        [...o.actors, ...o.recipients].length === parties.size &&
        [...o.actors, ...o.recipients].every((x) => parties.has(x)),
    );
    if (!dup) out.push(e);
  }
  return out;
}
