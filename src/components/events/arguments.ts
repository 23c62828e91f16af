/**
 * Who acts and who receives, for one trigger, from the actor mentions of its sentence and Arabic
 * clause structure:
 * - verbs: a relative clause's antecedent (الذي/التي), a subject right before the verb (SVO), a
 *   subject right after it (VSO), or the last unmarked actor of the sentence (a dropped subject);
 *   the recipient is the first later mention marked as the trigger's frame says (a direct object,
 *   مع، إلى، على، ضد، ل…), or the antecedent of an object pronoun on the verb (تدعمها واشنطن);
 * - verbal nouns: the parties of بين X و Y, a genitive (زيارة الأسد) or a demonym adjective
 *   (مساعدات روسية), من + actor (حصار من نظام الأسد), the subject of a light verb (أجرى X
 *   مباحثات، قدم X مساعدات; تلقى inverts), or the clause's subject;
 * - X و Y and X وY chain into joint parties.
 */
import type { Entity } from '../../doc/entities.ts';
import type { IndexedTrigger } from '../../lang/ar/triggers.ts';
import { hasBreak, nextWord, prevWord, wordsBetween, type Ctx, type MentionRef } from './context.ts';

/** Prepositions written as words (keys). */
const PREPS = new Set([
  'مع', 'الي', 'علي', 'ضد', 'عن', 'من', 'في', 'لدي', 'عبر', 'تجاه', 'نحو', 'امام', 'بين', 'حول', 'خلال', 'بعد', 'قبل',
  'منذ', 'عند', 'لصالح', 'بشان', 'ازاء', 'اثر', 'جانب', 'دون', 'بدون', 'حتي', 'مقابل', 'برعايه', 'بوساطه', 'بقياده',
]);
/** Words after which a mention is still a subject (complementizers). */
const COMPLEMENTIZERS = new Set(['ان', 'انه', 'انها', 'فان', 'لان', 'بان', 'كما', 'بينما', 'حيث', 'ثم', 'اذ']);
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي']);
const PLURAL_RELATIVES = new Set(['الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي']);
/** Verbs whose object is the act named by a verbal noun; their subject does it. */
const LIGHT_VERBS = new Set([
  'اجري', 'يجري', 'تجري', 'اجرت', 'اجريا', 'اجروا', 'قدم', 'قدمت', 'يقدم', 'تقدم', 'قدما', 'قدموا', 'شن', 'شنت', 'يشن', 'تشن',
  'فرض', 'فرضت', 'يفرض', 'تفرض', 'مارس', 'مارست', 'يمارس', 'تمارس', 'ابدي', 'ابدت', 'يبدي', 'تبدي', 'عقد', 'عقدت', 'يعقد',
  'تعقد', 'وجه', 'وجهت', 'يوجه', 'توجه', 'بعث', 'بعثت', 'يبعث', 'تبعث', 'نفذ', 'نفذت', 'ينفذ', 'تنفذ', 'واصل', 'واصلت',
  'يواصل', 'تواصل', 'بدا', 'بدات', 'يبدا', 'تبدا', 'اعلن', 'اعلنت', 'ارسل', 'ارسلت', 'يرسل', 'ترسل', 'منح', 'منحت', 'يمنح',
  'تمنح', 'اطلق', 'اطلقت', 'يطلق', 'تطلق', 'وضع', 'وضعت', 'يضع', 'تضع', 'كثف', 'كثفت', 'يكثف', 'تكثف', 'صعد', 'صعدت',
  'يصعد', 'تصعد', 'استانف', 'استانفت', 'جدد', 'جددت', 'يجدد', 'تجدد', 'اكد', 'اكدت', 'اكدا', 'اعرب', 'اعربت', 'اعربا',
]);
/** Light verbs whose subject receives the act (يتلقى اتصالات من…). */
const INVERSE_LIGHT = new Set(['تلقي', 'تلقت', 'يتلقي', 'تتلقي', 'تلقيا', 'استقبل', 'استقبلت', 'يستقبل', 'تستقبل']);

export interface Parties {
  actors: MentionRef[];
  recipients: MentionRef[];
}

/** The marker before a mention: a proclitic preposition (ب، ل), a preposition word, or null. */
export function markerOf(ctx: Ctx, m: MentionRef, sa: number): string | null {
  const p = ctx.procl[m.first] ?? '';
  const last = p.at(-1);
  if (last === 'ب' || last === 'ل' || last === 'ك') return last;
  let u = prevWord(ctx, m.first, sa);
  if (u < 0) return null;
  // لكل من X، مع كل من X: the preposition is before كل من.
  if (ctx.key[u] === 'من') {
    const v = prevWord(ctx, u, sa);
    if (v >= 0 && ctx.key[v] === 'كل') {
      const pv = ctx.procl[v] ?? '';
      if (pv.endsWith('ل') || pv.endsWith('ب')) return pv.at(-1)!;
      const w = prevWord(ctx, v, sa);
      if (w >= 0 && PREPS.has(ctx.key[w]!)) return ctx.key[w]!;
      return null;
    }
  }
  // من قبل X
  if (ctx.key[u] === 'قبل') {
    const v = prevWord(ctx, u, sa);
    if (v >= 0 && ctx.key[v] === 'من') return 'من';
  }
  const k = ctx.key[u]!;
  if (PREPS.has(k)) return k;
  return null;
}

function isSubjectSlot(ctx: Ctx, m: MentionRef, sa: number): boolean {
  const mk = markerOf(ctx, m, sa);
  if (mk !== null) return false;
  return true;
}

/** A mention and the ones joined to it by و (X وY، X و Y). */
export function chain(ctx: Ctx, mentions: readonly MentionRef[], m: MentionRef | undefined): MentionRef[] {
  if (!m) return [];
  const out = [m];
  let cur = m;
  for (;;) {
    const next = mentions.find((x) => x.first > cur.last && wordsBetween(ctx, cur.last + 1, x.first) <= 1 && !hasBreak(ctx, cur.last + 1, x.first));
    if (!next) break;
    const gap = wordsBetween(ctx, cur.last + 1, next.first);
    const joined = (gap === 0 && (ctx.procl[next.first] ?? '').startsWith('و')) || (gap === 1 && ctx.full[prevWord(ctx, next.first, cur.last + 1)] === 'و');
    if (!joined) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** A mention and the ones it is joined to before it (X و Y where m is Y). */
export function chainBack(ctx: Ctx, mentions: readonly MentionRef[], m: MentionRef): MentionRef[] {
  const out = [m];
  let cur = m;
  for (;;) {
    if (!(ctx.procl[cur.first] ?? '').startsWith('و')) break;
    const prev = [...mentions].reverse().find((x) => x.last < cur.first && wordsBetween(ctx, x.last + 1, cur.first) === 0 && !hasBreak(ctx, x.last + 1, cur.first));
    if (!prev) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

interface Span {
  t0: number;
  t1: number;
  sa: number;
  sb: number;
  mentions: readonly MentionRef[];
}

/** بين X و Y within a few words after `from`. */
function between(ctx: Ctx, sp: Span, from: number): MentionRef[] {
  for (let u = from + 1, seen = 0; u < sp.sb && seen < 4; u++) {
    if (ctx.brk[u]) break;
    if (!ctx.word[u]) continue;
    seen++;
    if (ctx.key[u] !== 'بين') continue;
    const first = sp.mentions.find((m) => m.first > u && wordsBetween(ctx, u + 1, m.first) <= 1);
    const group = chain(ctx, sp.mentions, first);
    if (group.length >= 2 || (group.length === 1 && group[0]!.group)) return group;
    return [];
  }
  return [];
}

/** Subject before a verb-like position `t`: SVO, or after a complementizer. */
function subjectBefore(ctx: Ctx, sp: Span, t: number, maxWords: number): MentionRef[] {
  const m = [...sp.mentions].reverse().find((x) => x.last < t);
  if (!m || hasBreak(ctx, m.last + 1, t) || wordsBetween(ctx, m.last + 1, t) > maxWords) return [];
  if (!isSubjectSlot(ctx, m, sp.sa)) return [];
  return chainBack(ctx, sp.mentions, m);
}

/** Subject after a verb at [t0, t1]: VSO, a few words at most (titles, times) in between. */
function subjectAfter(ctx: Ctx, sp: Span, t1: number, limit: number, maxWords: number): MentionRef[] {
  const m = sp.mentions.find((x) => x.first > t1 && x.first < limit);
  if (!m || hasBreak(ctx, t1 + 1, m.first) || wordsBetween(ctx, t1 + 1, m.first) > maxWords) return [];
  if (!isSubjectSlot(ctx, m, sp.sa)) return [];
  return chain(ctx, sp.mentions, m);
}

/** The last actor mention before t in the sentence that no preposition marks (a dropped subject's referent). */
function lastUnmarked(ctx: Ctx, sp: Span, t: number, maxWords: number): MentionRef[] {
  for (let i = sp.mentions.length - 1; i >= 0; i--) {
    const m = sp.mentions[i]!;
    if (m.last >= t) continue;
    if (wordsBetween(ctx, m.last + 1, t) > maxWords) break;
    if (isSubjectSlot(ctx, m, sp.sa)) return chainBack(ctx, sp.mentions, m);
  }
  return [];
}

/** The first mention after `from` that the frame marks as recipient. */
function recipientAfter(ctx: Ctx, sp: Span, entry: IndexedTrigger, from: number, exclude: ReadonlySet<string>, maxWords = 8): MentionRef[] {
  for (const m of sp.mentions) {
    if (m.first <= from) continue;
    if (hasBreak(ctx, from + 1, m.first) || wordsBetween(ctx, from + 1, m.first) > maxWords) break;
    if (exclude.has(m.entity.id)) continue;
    const mk = markerOf(ctx, m, sp.sa);
    if (mk === 'بين' && entry.markers.has('بين')) return chain(ctx, sp.mentions, m);
    if (mk === null ? entry.markers.has('OBJ') : entry.markers.has(mk)) return chain(ctx, sp.mentions, m).filter((x) => !exclude.has(x.entity.id));
  }
  return [];
}

/** Whether the verb token carries an object pronoun (ترفضه، تدعمها). */
function objectSuffix(ctx: Ctx, t: number, entry: IndexedTrigger): boolean {
  const k = ctx.key[t]!;
  return !entry.keys[0]!.endsWith(k.slice(-1)) && /(ه|ها|هم|هما)$/u.test(k) && k.length > entry.keys[0]!.length;
}

/** Reads a trigger as a verb or a verbal noun from its form and what precedes it. */
export function readsAsNoun(ctx: Ctx, t: number, sa: number): boolean {
  if (ctx.article[t] || ctx.tanwin[t]) return true;
  const p = ctx.procl[t] ?? '';
  if (/[بلك]$/u.test(p)) return true;
  const u = prevWord(ctx, t, sa);
  if (u < 0) return false;
  const k = ctx.key[u]!;
  return PREPS.has(k) || LIGHT_VERBS.has(k) || INVERSE_LIGHT.has(k) || k === 'اي' || k === 'عدم' || k === 'استمرار' || k === 'مواصله';
}

export function verbParties(ctx: Ctx, sp: Span, entry: IndexedTrigger): Parties {
  const { t0, t1 } = sp;
  let actors: MentionRef[] = [];
  let recipients: MentionRef[] = [];
  const suffix = objectSuffix(ctx, t0, entry);
  let antecedent: MentionRef[] = [];
  const pw = prevWord(ctx, t0, sp.sa);
  if (pw >= 0 && RELATIVES.has(ctx.key[pw]!)) {
    const m = [...sp.mentions].reverse().find((x) => x.last < pw && wordsBetween(ctx, x.last + 1, pw) <= 2);
    if (m) antecedent = PLURAL_RELATIVES.has(ctx.key[pw]!) ? chainBack(ctx, sp.mentions, m) : [m];
  }
  if (antecedent.length > 0 && !suffix) actors = antecedent;
  if (actors.length === 0 && !suffix) actors = subjectBefore(ctx, sp, t0, 3);
  if (actors.length === 0) actors = subjectAfter(ctx, sp, t1, sp.sb, 4);
  // A single mention right after a directed verb, itself followed by the request's complement
  // (حث الأسد على، طالب الأسد ب…), is the object when the sentence has a subject before.
  if (actors.length === 1 && entry.markers.has('OBJ') && !entry.symmetric && actors[0]!.first > t1) {
    const nw = nextWord(ctx, actors[0]!.last, sp.sb);
    const compl = nw >= 0 && (/^[بل]/u.test(ctx.procl[nw] ?? '') || ['علي', 'الي', 'ب', 'بان', 'ان'].includes(ctx.key[nw]!));
    const earlier = lastUnmarked(ctx, sp, t0, 20);
    const nextActor = sp.mentions.find((m) => m.first > actors[0]!.last && wordsBetween(ctx, actors[0]!.last + 1, m.first) <= 2);
    if (compl && earlier.length > 0 && !nextActor) {
      recipients = actors;
      actors = earlier;
    }
  }
  if (actors.length === 0) actors = lastUnmarked(ctx, sp, t0, 15);
  const ids = new Set(actors.map((m) => m.entity.id));
  if (recipients.length === 0) {
    const from = Math.max(t1, ...actors.filter((m) => m.first > t1).map((m) => m.last));
    const b = between(ctx, sp, t1);
    if (entry.betweenRecipients && b.length > 0) recipients = b;
    else recipients = recipientAfter(ctx, sp, entry, from, ids);
  }
  if (recipients.length === 0 && suffix) {
    // The object pronoun's antecedent: the nearest earlier actor, not a subject of this verb.
    if (antecedent.length > 0) recipients = antecedent;
    else {
      const m = [...sp.mentions].reverse().find((x) => x.last < t0 && !ids.has(x.entity.id) && wordsBetween(ctx, x.last + 1, t0) <= 15);
      if (m) recipients = [m];
    }
  }
  if (entry.inverse) return { actors: recipients, recipients: actors };
  return { actors, recipients };
}

export function nounParties(ctx: Ctx, sp: Span, entry: IndexedTrigger, stateOf: (country: string) => Entity | null): Parties {
  const { t0, t1 } = sp;
  let actors: MentionRef[] = [];
  let recipients: MentionRef[] = [];
  let inverseRecipients: MentionRef[] = [];
  const b = between(ctx, sp, t1);
  if (b.length > 0) {
    if (entry.betweenRecipients) recipients = b;
    else actors = b;
  }
  // Genitive: an unmarked actor within two words of the noun phrase.
  let after = t1;
  if (actors.length === 0) {
    const g = sp.mentions.find((m) => m.first > t1 && wordsBetween(ctx, t1 + 1, m.first) <= 2 && !hasBreak(ctx, t1 + 1, m.first));
    if (g && markerOf(ctx, g, sp.sa) === null) {
      const group = chain(ctx, sp.mentions, g);
      if (entry.objectGenitive) recipients = group;
      else actors = group;
      after = group.at(-1)!.last;
    }
  }
  // A demonym adjective in the noun phrase (مساعدات روسية، الانتشار العسكري التركي).
  if (actors.length === 0) {
    for (let u = t1 + 1, seen = 0; u < sp.sb && seen < 2; u++) {
      if (ctx.brk[u]) break;
      if (!ctx.word[u]) continue;
      seen++;
      if (ctx.actorAt[u]) break;
      const c = ctx.demonym(ctx.key[u]!);
      if (c) {
        const e = stateOf(c);
        if (e) actors = [{ entity: e, first: u, last: u, sentence: ctx.sentence[u]! }];
        after = Math.max(after, u);
        break;
      }
    }
  }
  // من X, من قبل X
  if (actors.length === 0 && !entry.markers.has('من')) {
    const m = sp.mentions.find((x) => x.first > t1 && wordsBetween(ctx, t1 + 1, x.first) <= 4 && !hasBreak(ctx, t1 + 1, x.first) && markerOf(ctx, x, sp.sa) === 'من');
    if (m) {
      actors = chain(ctx, sp.mentions, m);
      after = Math.max(after, actors.at(-1)!.last);
    }
  }
  // The subject of a light verb before the noun (أجرى X مباحثات، قدم X مساعدات); after يتلقى
  // (اتصالات من…) the subject receives.
  for (let u = t0 - 1, seen = 0; u >= sp.sa && seen < 6; u--) {
    if (ctx.brk[u]) break;
    if (!ctx.word[u]) continue;
    seen++;
    const k = ctx.key[u]!;
    if (!LIGHT_VERBS.has(k) && !INVERSE_LIGHT.has(k)) continue;
    let subj = subjectAfter(ctx, sp, u, t0, 5);
    if (subj.length === 0) subj = subjectBefore(ctx, sp, u, 3);
    if (subj.length === 0) subj = lastUnmarked(ctx, sp, u, 12);
    if (INVERSE_LIGHT.has(k)) {
      if (subj.length > 0) inverseRecipients = subj;
    } else if (actors.length === 0) actors = subj;
    break;
  }
  if (actors.length === 0) actors = subjectBefore(ctx, sp, t0, 6);
  if (actors.length === 0) actors = lastUnmarked(ctx, sp, t0, 12);
  const ids = new Set(actors.map((m) => m.entity.id));
  if (recipients.length === 0) recipients = recipientAfter(ctx, sp, entry, after, ids, 6);
  if (inverseRecipients.length > 0) {
    const rids = new Set(inverseRecipients.map((m) => m.entity.id));
    return { actors: actors.filter((m) => !rids.has(m.entity.id)), recipients: inverseRecipients };
  }
  return { actors, recipients };
}
