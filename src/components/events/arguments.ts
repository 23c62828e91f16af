/**
 * Who acts and who receives, for one trigger, from the actor mentions of its sentence and Arabic
 * clause structure:
 * - verbs: a relative clause's antecedent (الذي/التي), a subject right before the verb (SVO), a
 *   subject right after it (VSO), or the subject of an earlier clause (a dropped subject); the
 *   recipient is the first later mention marked as the trigger's frame says (a direct object,
 *   مع، إلى، على، ضد، ل…), or the antecedent of an object pronoun on the verb (تدعمها واشنطن);
 * - verbal nouns: the parties of بين X و Y, a genitive (زيارة الأسد) or demonym adjectives
 *   (مساعدات روسية، اللقاءات السورية-التركية), من + actor (حصار من نظام الأسد), the subject of a
 *   light verb (أجرى X مباحثات، قدم X مساعدات; after تلقى the subject receives), or the subject
 *   of the noun's own clause;
 * - X و Y, X وY and X و + demonym (وزيرا دفاع النظام السوري والتركي) chain into joint parties.
 */
import type { Entity } from '../../doc/entities.ts';
import type { IndexedTrigger } from '../../lang/ar/triggers.ts';
import { hasBreak, nextWord, prevWord, wordsBetween, type Ctx, type MentionRef } from './context.ts';

/** Prepositions written as words (keys). */
const PREPS = new Set([
  'مع', 'الي', 'علي', 'ضد', 'عن', 'من', 'في', 'لدي', 'عبر', 'تجاه', 'نحو', 'امام', 'بين', 'حول', 'خلال', 'بعد', 'قبل',
  'منذ', 'عند', 'لصالح', 'بشان', 'ازاء', 'اثر', 'جانب', 'دون', 'بدون', 'حتي', 'مقابل', 'برعايه', 'بوساطه', 'بقياده',
]);
/** Complementizers after which a clause's subject comes (تجدر الإشارة إلى أن الولايات المتحدة…). */
const COMPLEMENTIZERS = new Set(['ان', 'انه', 'انها', 'فان', 'بان', 'لان']);
/** Words that open a lower clause: a mention before them is not the subject of a verb after them. */
const CLAUSE_OPENERS = new Set(['ان', 'انه', 'انها', 'فان', 'لان', 'بان', 'اذا', 'لو', 'كي', 'لكي', 'حتي', 'عندما', 'بينما', 'حيث', 'الذي', 'التي']);
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي']);
const PLURAL_RELATIVES = new Set(['الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي']);
/** Words that open a phrase of cause, time or contrast (بسبب تورطها في انتهاكات): its acts have their own doers. */
const LINKS = new Set(['بسبب', 'سبب', 'بعد', 'قبل', 'اثر', 'نتيجه', 'جراء', 'لان', 'بينما', 'حيث', 'عندما', 'منذ', 'رغم', 'بعدما', 'عقب']);

/** The cause and clause links a light verb does not reach past (not منذ, بعد, قبل: times). */
const CAUSE_LINKS = new Set(['بسبب', 'سبب', 'اثر', 'نتيجه', 'جراء', 'لان', 'بينما', 'حيث', 'عندما', 'بعدما', 'عقب']);

function hasLink(ctx: Ctx, a: number, b: number): boolean {
  for (let u = a; u < b; u++) if (ctx.word[u] && LINKS.has(ctx.key[u]!)) return true;
  return false;
}

/** Places that belong to someone (مواقع لحزب الله، مقرات للجيش). */
const TARGET_NOUNS = new Set(['مواقع', 'موقع', 'مقرات', 'مقر', 'مراكز', 'مركز', 'مخازن', 'منازل', 'تجمعات', 'معاقل', 'قواعد', 'قاعده', 'نقاط', 'ثكنات', 'دوريه', 'دوريات', 'قافله', 'عناصر', 'مقاتلي', 'قاده']);

/** Head nouns of titles that may stand between a verb and its subject's name (وزيرا دفاع النظام). */
const TITLE_HEADS = new Set([
  'وزير', 'وزيرا', 'وزيري', 'وزراء', 'رئيس', 'رئيسا', 'رئيسي', 'رؤساء', 'قادة', 'قائد', 'زعيم', 'زعيما', 'زعماء', 'ممثل', 'ممثلو',
  'ممثلي', 'مسؤول', 'مسؤولو', 'مبعوث', 'مبعوثا', 'سفير', 'سفيرا', 'سفراء', 'نائب', 'دفاع', 'خارجيه', 'داخليه', 'الدفاع', 'الخارجيه',
  'الداخليه', 'حكومه', 'جيش', 'قوات', 'وفد', 'وفدا', 'ملك', 'امير', 'ولي', 'عهد', 'مستشار', 'المتحدث', 'متحدث', 'باسم',
]);
/** Verbs (and their verbal nouns) whose object is the act named by a verbal noun; their subject does it. */
const LIGHT_VERBS = new Set([
  'اجري', 'يجري', 'تجري', 'اجرت', 'اجريا', 'اجروا', 'يجر', 'تجر', 'اجراء', 'قدم', 'قدمت', 'يقدم', 'تقدم', 'قدما', 'قدموا', 'تقديم',
  'شن', 'شنت', 'يشن', 'تشن', 'فرض', 'فرضت', 'يفرض', 'تفرض', 'مارس', 'مارست', 'يمارس', 'تمارس', 'ممارسه', 'ابدي', 'ابدت',
  'يبدي', 'تبدي', 'عقد', 'عقدت', 'يعقد', 'تعقد', 'وجه', 'وجهت', 'يوجه', 'توجه', 'بعث', 'بعثت', 'يبعث', 'تبعث', 'نفذ', 'نفذت',
  'ينفذ', 'تنفذ', 'واصل', 'واصلت', 'يواصل', 'تواصل', 'مواصله', 'بدا', 'بدات', 'يبدا', 'تبدا', 'اعلن', 'اعلنت', 'ارسل', 'ارسلت',
  'يرسل', 'ترسل', 'منح', 'منحت', 'يمنح', 'تمنح', 'اطلق', 'اطلقت', 'يطلق', 'تطلق', 'وضع', 'وضعت', 'يضع', 'تضع', 'كثف', 'كثفت',
  'يكثف', 'تكثف', 'صعد', 'صعدت', 'يصعد', 'تصعد', 'استانف', 'استانفت', 'جدد', 'جددت', 'يجدد', 'تجدد', 'اعرب', 'اعربت',
  'اعربا', 'استخدم', 'استخدمت', 'يستخدم', 'تستخدم', 'استخدام', 'يؤدي', 'تؤدي', 'ادي', 'ادت', 'اداء',
]);
/** Verbs whose subject is where an act took place (شهدت بغداد مظاهرات). */
const WITNESS = new Set(['شهد', 'شهدت', 'يشهد', 'تشهد', 'شهدا', 'شهدتا']);
/** Light verbs whose subject receives the act (يتلقى اتصالات من…). */
const INVERSE_LIGHT = new Set(['تلقي', 'تلقت', 'يتلقي', 'تتلقي', 'تلقيا', 'تلقاها', 'تلقاه', 'يواجه', 'تواجه', 'واجه', 'واجهت']);
/** Verbs naming the host of talks (مفاوضات استضافتها الصين). */
const HOST_VERBS = /^(استضاف|يستضيف|تستضيف|احتضن|يحتضن|تحتضن)/u;

export interface Parties {
  actors: MentionRef[];
  recipients: MentionRef[];
  /** A host named after the trigger (the talks are then third-party). */
  host?: MentionRef[];
}

export interface Span {
  t0: number;
  t1: number;
  sa: number;
  sb: number;
  mentions: readonly MentionRef[];
}

/** The marker before a mention: a proclitic preposition (ب، ل), a preposition word, or null. */
export function markerOf(ctx: Ctx, m: MentionRef, sa: number): string | null {
  const p = ctx.procl[m.first] ?? '';
  const last = p.at(-1);
  if (last === 'ب' || last === 'ل' || last === 'ك') return last;
  const u = prevWord(ctx, m.first, sa);
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
  // Past a title before the name: من الرئيس الشرعي عبدربه منصور هادي.
  for (let v = u, n = 0; v >= 0 && n < 3; v = prevWord(ctx, v, sa), n++) {
    const kv = ctx.key[v]!;
    if (PREPS.has(kv)) break;
    if (TITLE_HEADS.has(kv.replace(/^ال/u, ''))) {
      const w = prevWord(ctx, v, sa);
      if (w >= 0 && PREPS.has(ctx.key[w]!)) return ctx.key[w]!;
      break;
    }
  }
  // شمال سوريا، ريف دمشق: a place, as after في.
  if (LOCATIVE_NOUNS.has(k)) return 'في';
  return null;
}

const LOCATIVE_NOUNS = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'ريف', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'انحاء', 'اراضي', 'الاراضي', 'داخل', 'خارج', 'حدود']);

/** The marker of a mention, or for a conjunct (مع X وY) the marker of the first conjunct. */
function markerThroughCoordination(ctx: Ctx, mentions: readonly MentionRef[], m: MentionRef, sa: number): string | null {
  let cur = m;
  for (let i = 0; i < 4; i++) {
    const mk = markerOf(ctx, cur, sa);
    if (mk !== null || !(ctx.procl[cur.first] ?? '').startsWith('و')) return mk;
    const prev = [...mentions].reverse().find((x) => x.last < cur.first && wordsBetween(ctx, x.last + 1, cur.first) === 0);
    if (!prev) {
      // مع كل من الاحتلال والولايات المتحدة: an unlinked first conjunct; look past it.
      const u = prevWord(ctx, cur.first, sa);
      if (u < 0) return null;
      const v = prevWord(ctx, u, sa);
      if (v >= 0 && ctx.key[v] === 'من') {
        const w = prevWord(ctx, v, sa);
        if (w >= 0 && ctx.key[w] === 'كل') {
          const pw = ctx.procl[w] ?? '';
          if (/[بل]$/u.test(pw)) return pw.at(-1)!;
          const x = prevWord(ctx, w, sa);
          return x >= 0 && PREPS.has(ctx.key[x]!) ? ctx.key[x]! : null;
        }
      }
      return v >= 0 && PREPS.has(ctx.key[v]!) ? ctx.key[v]! : null;
    }
    cur = prev;
  }
  return null;
}

/** A mention and the ones joined to it by و (X وY، X و Y، X، وY). */
export function chain(ctx: Ctx, mentions: readonly MentionRef[], m: MentionRef | undefined): MentionRef[] {
  if (!m) return [];
  const out = [m];
  let cur = m;
  for (;;) {
    const next = mentions.find((x) => x.first > cur.last && wordsBetween(ctx, cur.last + 1, x.first) <= 1);
    if (!next) break;
    const gap = wordsBetween(ctx, cur.last + 1, next.first);
    const joined = (gap === 0 && (ctx.procl[next.first] ?? '').startsWith('و')) || (gap === 1 && ctx.full[prevWord(ctx, next.first, cur.last + 1)] === 'و' && !hasBreak(ctx, cur.last + 1, next.first));
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
    const prev = [...mentions].reverse().find((x) => x.last < cur.first && wordsBetween(ctx, x.last + 1, cur.first) === 0);
    if (!prev) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

/** Demonym adjectives joined to the last party (النظام السوري والتركي): their states join the parties. */
function withDemonymConjuncts(ctx: Ctx, sp: Span, group: MentionRef[], stateOf: (c: string) => Entity | null): MentionRef[] {
  if (group.length === 0) return group;
  const out = [...group];
  let u = group.at(-1)!.last;
  for (;;) {
    const w = nextWord(ctx, u, sp.sb);
    if (w < 0 || ctx.actorAt[w] || !(ctx.procl[w] ?? '').startsWith('و')) break;
    const c = ctx.demonym(ctx.key[w]!);
    const e = c ? stateOf(c) : null;
    if (!e) break;
    out.push({ entity: e, first: w, last: w, sentence: ctx.sentence[w]! });
    u = w;
  }
  return out;
}

/** Words between two positions, an actor mention counting as one word. */
function distance(ctx: Ctx, a: number, b: number): number {
  let k = 0;
  for (let u = a; u < b; u++) {
    if (!ctx.word[u] || ctx.inTime[u]) continue;
    const m = ctx.actorAt[u];
    if (m && u !== m.first && u > a) continue;
    k++;
  }
  return k;
}

/** بين X و Y within a few words after `from`. */
function between(ctx: Ctx, sp: Span, from: number, window: number): MentionRef[] {
  for (let u = from + 1, seen = 0; u < sp.sb && seen < window; u++) {
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

/** Subject before a verb-like position `t` (SVO): no lower-clause opener in between. */
function subjectBefore(ctx: Ctx, sp: Span, t: number, maxWords: number): MentionRef[] {
  const m = [...sp.mentions].reverse().find((x) => x.last < t);
  if (!m || distance(ctx, m.last + 1, t) > maxWords) return [];
  // A break right after the subject closes an apposition (X، وY، أكدا); another one ends the clause.
  let a = m.last + 1;
  while (a < t && !ctx.word[a] && isComma(ctx, a)) a++;
  if (hasBreak(ctx, a, t)) return [];
  for (let u = m.last + 1; u < t; u++) if (ctx.quoteOpen[u]) return [];
  // A colon after a name ends a label (العراق : متشددون يهاجمون …), not a subject.
  for (let u = m.last + 1; u < t; u++) if (!ctx.word[u] && ctx.key[u] === ':') return [];
  for (let u = m.last + 1; u < t; u++) if (ctx.word[u] && (CLAUSE_OPENERS.has(ctx.key[u]!) || CAUSE_LINKS.has(ctx.key[u]!))) return [];
  if (markerOf(ctx, m, sp.sa) !== null) return [];
  return chainBack(ctx, sp.mentions, m);
}

function isComma(ctx: Ctx, t: number): boolean {
  const tokens = ctx.doc.layers.tokens!;
  const c = ctx.doc.text.slice(tokens.start[t], tokens.end[t]);
  return c === '،' || c === ',';
}

/** Subject after a verb ending at t1 (VSO): a few words at most (titles, times) in between. */
function subjectAfter(ctx: Ctx, sp: Span, t1: number, limit: number, maxWords: number): MentionRef[] {
  const m = sp.mentions.find((x) => x.first > t1 && x.first < limit);
  if (!m || hasBreak(ctx, t1 + 1, m.first)) return [];
  // Words between a verb and its subject are titles (وزيرا دفاع) or times; anything else
  // (رفض لقاء أوباما، دعت بعض الأطراف الحكومة) makes the mention a genitive or an object.
  let other = 0;
  // Also transparent: a preposition with a pronoun (توسطت فيه روسيا) and adverbs in tanwin (رسمياً).
  for (let u = t1 + 1; u < m.first; u++) {
    if (ctx.word[u] && !ctx.inTime[u] && !TITLE_HEADS.has(ctx.key[u]!) && !PRONOUN_PREP.test(ctx.full[u]!) && !ctx.tanwin[u]) other++;
  }
  if (other > 0 || distance(ctx, t1 + 1, m.first) > maxWords) return [];
  if (markerOf(ctx, m, sp.sa) !== null) return [];
  return chain(ctx, sp.mentions, m);
}

/**
 * The subject of the nearest earlier clause in the sentence (a dropped subject's referent): the
 * first unmarked mention within the first words of a clause.
 */
function clauseSubject(ctx: Ctx, sp: Span, t: number): MentionRef[] {
  // Clause starts before t, nearest first.
  const starts: number[] = [];
  let u = t - 1;
  for (; u >= sp.sa; u--) {
    if (ctx.brk[u]) starts.push(u + 1);
    // Inside a quotation the quoting clause's subject is not the dropped one («يرفض شركاؤنا…»).
    if (ctx.quoteOpen[u]) break;
  }
  starts.push(u >= sp.sa ? u + 1 : sp.sa);
  for (const a of starts) {
    // A subject more than a long clause back is not the one dropped here.
    if (distance(ctx, a, t) > 30) break;
    const m = sp.mentions.find((x) => x.first >= a && x.last < t);
    if (!m || hasBreak(ctx, a, m.first)) continue;
    const pw = prevWord(ctx, m.first, a);
    if (distance(ctx, a, m.first) > 3 && !(pw >= 0 && COMPLEMENTIZERS.has(ctx.key[pw]!))) continue;
    if (markerOf(ctx, m, sp.sa) !== null) continue;
    return chain(ctx, sp.mentions, m);
  }
  return [];
}

/** The first mention after `from` that the frame marks as recipient. */
function recipientAfter(ctx: Ctx, sp: Span, entry: IndexedTrigger, from: number, exclude: ReadonlySet<string>, objectTaken = false): MentionRef[] {
  for (const m of sp.mentions) {
    if (m.first <= from) continue;
    const d = distance(ctx, from + 1, m.first);
    if (d > 12) break;
    if (exclude.has(m.entity.id)) continue;
    let mk = markerThroughCoordination(ctx, sp.mentions, m, sp.sa);
    // على مواقع لحزب الله: the owner of the targets is the target.
    if (mk === 'ل') {
      const pw = prevWord(ctx, m.first, sp.sa);
      if (pw >= 0 && TARGET_NOUNS.has(ctx.key[pw]!)) mk = markerOf(ctx, { ...m, first: pw, last: pw }, sp.sa) ?? 'OBJ';
      if (mk === 'OBJ') mk = null;
    }
    // A direct object stays in the clause and close; a preposition may reach past a comma.
    if (mk === null) {
      if (objectTaken || !entry.markers.has('OBJ') || d > 6 || hasClauseBreak(ctx, from + 1, m.first)) continue;
    } else if (!entry.markers.has(mk)) continue;
    return chain(ctx, sp.mentions, m).filter((x) => !exclude.has(x.entity.id));
  }
  return [];
}

/** Prepositions with a pronoun (له، عليه، معها): their referent, the nearest earlier actor not acting here. */
const PRONOUN_PREP = /^(ل|علي?|مع|الي?|ب|عن|ضد|في|من)(ه|ها|هم|هما)$/u;

function pronounRecipient(ctx: Ctx, sp: Span, entry: IndexedTrigger, t0: number, t1: number, exclude: ReadonlySet<string>): MentionRef[] {
  // Just before the trigger (قدمت له … دعماً) or right after it (ودافعت عنه).
  const cands: number[] = [];
  const nw = nextWord(ctx, t1, sp.sb);
  if (nw >= 0) cands.push(nw);
  for (let u = t0 - 1, seen = 0; u >= sp.sa && seen < 8; u--) {
    if (ctx.brk[u]) break;
    if (!ctx.word[u]) continue;
    seen++;
    cands.push(u);
  }
  for (const u of cands) {
    const w = ctx.full[u]!;
    const m = PRONOUN_PREP.exec(w);
    if (!m) continue;
    const prep = m[1] === 'عل' ? 'علي' : m[1] === 'ال' ? 'الي' : m[1]!;
    if (!entry.markers.has(prep) && !(prep === 'عن' && entry.type === 'SUPPORT')) continue;
    const feminine = m[2] === 'ها';
    const ref = [...sp.mentions].reverse().find((x) => x.last < u && !exclude.has(x.entity.id) && distance(ctx, x.last + 1, u) <= 20 && agrees(x, feminine) && markerOf(ctx, x, sp.sa) !== 'في');
    return ref ? [ref] : [];
  }
  return [];
}

/**
 * Whether a mention can be the referent of a singular pronoun: states and cities are feminine in
 * Arabic (له is not Iran), people and nominal heads (النظام) mostly masculine.
 */
function agrees(m: MentionRef, feminine: boolean): boolean {
  const place = m.entity.type === 'LOC';
  return feminine ? m.entity.type !== 'PER' : !place;
}

/** A clause break in [a, b) other than the commas around a time (اتهمت الولايات المتحدة، أمس، تايلاند). */
function hasClauseBreak(ctx: Ctx, a: number, b: number): boolean {
  for (let u = a; u < b; u++) {
    if (!ctx.brk[u]) continue;
    const around = (ctx.inTime[u - 1] ?? false) || (ctx.inTime[u + 1] ?? false);
    if (!(around && isComma(ctx, u))) return true;
  }
  return false;
}

/** A word shaped like a noun: ة or ات at its end, or the article (verbs have neither). */
function looksNominal(ctx: Ctx, t: number): boolean {
  const tokens = ctx.doc.layers.tokens!;
  const raw = ctx.doc.text.slice(tokens.start[t], tokens.end[t]).replace(/[\u064b-\u0652\u0640]/gu, '');
  // Sound masculine plurals (متشددون، مسلحين), not imperfect verbs (يهاجمون).
  const plural = /(ون|ين)$/u.test(raw) && !/^[يتنا]/u.test(raw) && raw.length >= 5;
  return raw.endsWith('ة') || raw.endsWith('ات') || plural || (ctx.article[t] ?? false);
}

/** Whether the verb token carries an object pronoun (ترفضه، تدعمها). */
function objectSuffix(ctx: Ctx, t: number, entry: IndexedTrigger): boolean {
  const k = ctx.key[t]!;
  const base = entry.keys[0]!;
  return k.length > base.length + (k.startsWith('س') ? 1 : 0) && /(ه|ها|هم|هما)$/u.test(k) && !/(ه|ها|هم|هما)$/u.test(base);
}

/**
 * The subject of a later verb whose object pronoun takes up the noun (رسالة … أرسلها بوتين،
 * العروض التي وضعتها إدارة بايدن، ضغط يمارسه بوتين): the noun's doer.
 */
function resumptiveSubject(ctx: Ctx, sp: Span, t1: number): MentionRef[] {
  for (let u = t1 + 1, seen = 0; u < sp.sb && seen < 8; u++) {
    if (!ctx.word[u]) {
      if (ctx.brk[u]) return [];
      continue;
    }
    seen++;
    if (ctx.actorAt[u]) {
      u = ctx.actorAt[u]!.last;
      continue;
    }
    if (!ctx.possessed[u] || ctx.article[u] || HOST_VERBS.test(ctx.key[u]!)) continue;
    const subj = subjectAfter(ctx, sp, u, sp.sb, 1);
    if (subj.length > 0) return subj;
  }
  return [];
}

/**
 * The agent of a passive or of a verbal noun: من قبل X, على يد X, على أيدي X, within a few words
 * after `from` in the clause.
 */
function agentAfter(ctx: Ctx, sp: Span, from: number): MentionRef[] {
  for (let u = from + 1, seen = 0; u < sp.sb && seen < 8; u++) {
    if (ctx.brk[u]) return [];
    if (!ctx.word[u]) continue;
    seen++;
    const k = ctx.key[u]!;
    const next = nextWord(ctx, u, sp.sb);
    if (next < 0) return [];
    const agentive = (k === 'من' && ctx.key[next] === 'قبل') || (k === 'علي' && (ctx.key[next] === 'يد' || ctx.key[next] === 'ايدي'));
    if (!agentive) continue;
    const m = sp.mentions.find((x) => x.first > next && wordsBetween(ctx, next + 1, x.first) === 0);
    return m ? chain(ctx, sp.mentions, m) : [];
  }
  return [];
}

/**
 * The state of a demonym in a subject noun phrase with no name in it, right after the verb
 * (قصفت الطائرات الحربية الإسرائيلية) or right before it (الطيران الروسي قصف): up to three words,
 * none of them a preposition or a name.
 */
function demonymSubject(ctx: Ctx, sp: Span, t0: number, t1: number, stateOf: (c: string) => Entity | null): MentionRef[] {
  const scan = (from: number, step: 1 | -1): MentionRef[] => {
    for (let u = from, seen = 0; u >= sp.sa && u < sp.sb && seen < 3; u += step) {
      if (ctx.brk[u]) return [];
      if (!ctx.word[u]) continue;
      seen++;
      if (ctx.actorAt[u] || PREPS.has(ctx.key[u]!) || /[بلك]$/u.test(ctx.procl[u] ?? '') || (seen === 1 && !ctx.article[u])) return [];
      const c = ctx.demonym(ctx.key[u]!);
      if (c) {
        const e = stateOf(c);
        return e ? [{ entity: e, first: u, last: u, sentence: ctx.sentence[u]! }] : [];
      }
    }
    return [];
  };
  const after = scan(t1 + 1, 1);
  return after.length > 0 ? after : scan(t0 - 1, -1);
}

/** Reads a trigger as a verbal noun (rather than a verb) from its form and what precedes it. */
export function readsAsNoun(ctx: Ctx, t: number, sa: number): boolean {
  if (ctx.article[t] || ctx.tanwin[t]) return true;
  const p = ctx.procl[t] ?? '';
  if (/[بلك]$/u.test(p)) return true;
  // The word before, times aside (أعلنت أمس الاثنين قطع علاقاتها).
  let u = prevWord(ctx, t, sa);
  while (u >= 0 && ctx.inTime[u]) u = prevWord(ctx, u, sa);
  if (u < 0) return false;
  const k = ctx.key[u]!;
  return PREPS.has(k) || LIGHT_VERBS.has(k) || INVERSE_LIGHT.has(k) || k === 'اي' || k === 'عدم' || k === 'استمرار';
}

/** The previous event of the sentence, as argument rules see it. */
export interface PreviousParties {
  actors: MentionRef[];
  recipients: MentionRef[];
  /** Last token of its trigger. */
  last: number;
}

/** Forms of كان that open a كان … قد + verb frame, keyed like tokens. */
const KANA = new Set(['كان', 'كانت', 'وكان', 'وكانت']);

/** Whether words stand between a كان and this قد (its subject, named before the verb). */
function kanaSubjectAt(ctx: Ctx, qad: number, sa: number): boolean {
  let words = 0;
  for (let v = prevWord(ctx, qad, sa); v >= 0 && words < 10; v = prevWord(ctx, v, sa)) {
    if (ctx.brk[v]) return false;
    if (KANA.has(ctx.key[v]!) || KANA.has(ctx.full[v]!)) return words > 0;
    words++;
  }
  return false;
}

export function verbParties(ctx: Ctx, sp: Span, entry: IndexedTrigger, stateOf: (c: string) => Entity | null, previous: PreviousParties | null): Parties {
  const { t0, t1 } = sp;
  let actors: MentionRef[] = [];
  let recipients: MentionRef[] = [];
  const suffix = objectSuffix(ctx, t0, entry);
  // A passive with its agent (هوجمت القوات التركية من قبل حزب العمال): the agent acts, the
  // subject after the verb receives.
  const agent = agentAfter(ctx, sp, t1);
  if (agent.length > 0 && !entry.symmetric) {
    const agentIds = new Set(agent.map((m) => m.entity.id));
    const patient = sp.mentions.find((m) => m.first > t1 && m.last < agent[0]!.first && !agentIds.has(m.entity.id));
    const r = patient ? chain(ctx, sp.mentions, patient) : [];
    return entry.inverse ? { actors: r, recipients: agent } : { actors: agent, recipients: r };
  }
  let antecedent: MentionRef[] = [];
  const pw = prevWord(ctx, t0, sp.sa);
  if (pw >= 0 && RELATIVES.has(ctx.key[pw]!)) {
    const m = [...sp.mentions].reverse().find((x) => x.last < pw && wordsBetween(ctx, x.last + 1, pw) <= 2);
    // The antecedent stands right before the relative (دمشق وأنقرة التي دعمت); المهاجرين الذين
    // يصلون has none among the actors.
    if (m && wordsBetween(ctx, m.last + 1, pw) === 0) antecedent = PLURAL_RELATIVES.has(ctx.key[pw]!) ? chainBack(ctx, sp.mentions, m) : [m];
  }
  // وهو ما ترفضه موسكو: what is refused is the act just coded, so its doer receives.
  if (suffix && pw >= 0 && ctx.key[pw] === 'ما' && previous) antecedent = previous.actors;
  if (antecedent.length > 0 && !suffix) actors = antecedent;
  // A relative clause or an indefinite noun right before the verb (المهاجرين الذين يصلون، أدلة
  // تدعم): its subject is that noun, not an actor named earlier.
  const nounSubject = !suffix && antecedent.length === 0 && pw >= 0 && !ctx.actorAt[pw] && (RELATIVES.has(ctx.key[pw]!) || looksNominal(ctx, pw));
  // A verb opening its clause (after a break) takes the subject that follows it (…، زار مبعوث الأمم المتحدة).
  let b = t0 - 1;
  while (b >= sp.sa && !ctx.word[b] && !ctx.brk[b]) b--;
  const clauseInitial = b < sp.sa || ctx.brk[b]!;
  // كان X قد دعا Y: the subject stands between كان and قد; when it is no actor (قسم حقوق
  // الإنسان في منظمة…), the actor after the verb is its object, not its subject.
  const framedSubject = pw >= 0 && ctx.key[pw] === 'قد' && kanaSubjectAt(ctx, pw, sp.sa);
  if (actors.length === 0 && clauseInitial && !framedSubject) actors = subjectAfter(ctx, sp, t1, sp.sb, 2);
  if (actors.length === 0 && !suffix) actors = subjectBefore(ctx, sp, t0, 2);
  if (actors.length === 0 && !framedSubject) actors = subjectAfter(ctx, sp, t1, sp.sb, 2);
  // A single mention right after a directed verb, itself followed by the request's complement
  // (حث الأسد على، طالب الأسد ب…), is the object when an earlier clause has a subject.
  if (actors.length === 1 && entry.markers.has('OBJ') && !entry.symmetric && actors[0]!.first > t1) {
    const nw = nextWord(ctx, actors[0]!.last, sp.sb);
    const compl = nw >= 0 && (/^[بل]/u.test(ctx.procl[nw] ?? '') || ['علي', 'الي', 'بان', 'ان'].includes(ctx.key[nw]!));
    const nextActor = sp.mentions.find((m) => m.first > actors[0]!.last && wordsBetween(ctx, actors[0]!.last + 1, m.first) <= 2);
    if (compl && !nextActor) {
      const earlier = clauseSubject(ctx, sp, t0);
      if (earlier.length > 0 && !earlier.some((m) => m.entity === actors[0]!.entity)) {
        recipients = actors;
        actors = earlier;
      }
    }
  }
  // A subject named by a demonym only (قصفت الطائرات الحربية الإسرائيلية، الطيران الروسي قصف).
  if (actors.length === 0) actors = demonymSubject(ctx, sp, t0, t1, stateOf);
  if (actors.length === 0 && !nounSubject) actors = clauseSubject(ctx, sp, t0);
  actors = withDemonymConjuncts(ctx, sp, actors, stateOf);
  const ids = new Set(actors.map((m) => m.entity.id));
  if (recipients.length === 0) {
    const from = Math.max(t1, ...actors.filter((m) => m.first > t1).map((m) => m.last));
    const b = between(ctx, sp, t1, 6);
    if (entry.betweenRecipients && b.length > 0) recipients = b;
    else recipients = recipientAfter(ctx, sp, entry, from, ids, suffix);
  }
  if (recipients.length === 0) recipients = pronounRecipient(ctx, sp, entry, t0, t1, ids);
  if (recipients.length === 0 && suffix) {
    // The object pronoun's antecedent: the nearest earlier actor that does not act here.
    if (antecedent.length > 0) recipients = antecedent.filter((m) => !ids.has(m.entity.id));
    else if (previous && (ctx.procl[t0] ?? '').startsWith('و') && previous.last >= t0 - 6) {
      // تدعمها واشنطن وتصنّفها أنقرة: coordinated verbs share their object, never each other's subject.
      recipients = previous.recipients.filter((m) => !ids.has(m.entity.id));
    } else {
      const feminine = /ها$/u.test(ctx.key[t0]!);
      const m = [...sp.mentions].reverse().find((x) => x.last < t0 && !ids.has(x.entity.id) && distance(ctx, x.last + 1, t0) <= 8 && agrees(x, feminine) && markerOf(ctx, x, sp.sa) !== 'في');
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
  let witnessed = false;
  const b = between(ctx, sp, t1, 2);
  if (b.length > 0) {
    if (entry.betweenRecipients) recipients = b;
    else actors = b;
  }
  // Genitive: an unmarked actor within two words of the noun.
  let after = t1;
  if (actors.length === 0) {
    const g = sp.mentions.find((m) => m.first > t1 && wordsBetween(ctx, t1 + 1, m.first) === 0 && !hasBreak(ctx, t1 + 1, m.first));
    const construct = (!ctx.article[t1] && !ctx.possessed[t1]) || entry.keys.length > 1;
    if (g && construct && markerOf(ctx, g, sp.sa) === null) {
      const group = chain(ctx, sp.mentions, g);
      if (entry.objectGenitive) recipients = group;
      else actors = group;
      after = group.at(-1)!.last;
    }
  }
  // A possessive pronoun on the noun (محمد بن سلمان وزيارته لمصر): its referent, the nearest
  // earlier actor that agrees, whatever marks it.
  if (actors.length === 0 && recipients.length === 0 && ctx.possessed[t1] && !entry.objectGenitive) {
    const k = ctx.full[t1]!;
    const sing = /[^ه]ه$/u.test(k) || /ها$/u.test(k);
    if (sing && !/(هما|هم)$/u.test(k)) {
      const feminine = /ها$/u.test(k);
      const m = [...sp.mentions].reverse().find((x) => x.last < t0 && distance(ctx, x.last + 1, t0) <= 1 && agrees(x, feminine));
      if (m) actors = [m];
    }
  }
  // Demonym adjectives in the noun phrase (مساعدات روسية، اللقاءات السورية-التركية).
  if (actors.length === 0) {
    const found: MentionRef[] = [];
    for (let u = t1 + 1, seen = 0; u < sp.sb && seen < 3; u++) {
      if (ctx.brk[u]) break;
      if (!ctx.word[u]) continue;
      seen++;
      // The adjectives end at a name, a counterpart, or a preposition (بنظيره التركي).
      if (ctx.actorAt[u] || sp.mentions.some((m) => m.first <= u && u <= m.last) || PREPS.has(ctx.key[u]!) || /[بلك]$/u.test(ctx.procl[u] ?? '')) break;
      const c = ctx.demonym(ctx.key[u]!);
      if (!c) {
        if (found.length > 0) break;
        continue;
      }
      const e = stateOf(c);
      if (e && !found.some((f) => f.entity === e)) found.push({ entity: e, first: u, last: u, sentence: ctx.sentence[u]! });
      after = Math.max(after, u);
    }
    actors = found;
  }
  // من قبل X، على يد X
  if (actors.length === 0) {
    const agent = agentAfter(ctx, sp, t1);
    if (agent.length > 0) {
      actors = agent;
      after = Math.max(after, agent.at(-1)!.last);
    }
  }
  // من X
  if (actors.length === 0 && !entry.markers.has('من')) {
    const m = sp.mentions.find((x) => x.first > t1 && distance(ctx, t1 + 1, x.first) <= 4 && !hasBreak(ctx, t1 + 1, x.first) && markerOf(ctx, x, sp.sa) === 'من');
    if (m) {
      actors = chain(ctx, sp.mentions, m);
      after = Math.max(after, actors.at(-1)!.last);
    }
  }
  // ل + X right after an act that takes no ل recipient: X's act (هجمات لحزب العمال).
  if (actors.length === 0 && !entry.markers.has('ل')) {
    const n = nextWord(ctx, t1, sp.sb);
    const m = n >= 0 ? sp.mentions.find((x) => x.first === n && markerOf(ctx, x, sp.sa) === 'ل') : undefined;
    if (m) {
      actors = chain(ctx, sp.mentions, m);
      after = Math.max(after, actors.at(-1)!.last);
    }
  }
  // The subject of a light verb before the noun (أجرى X مباحثات، قدم X مساعدات); after تلقى
  // (اتصالات من…) the subject receives.
  for (let u = t0 - 1, seen = 0; u >= sp.sa && seen < 8; u--) {
    if (ctx.brk[u]) break;
    if (!ctx.word[u]) continue;
    if (ctx.actorAt[u]) {
      u = ctx.actorAt[u]!.first;
      seen++;
      continue;
    }
    seen++;
    const k = ctx.key[u]!;
    // A light verb does not reach past a phrase of cause or time (فرض عقوبات … بسبب تورطها في انتهاكات).
    if (CAUSE_LINKS.has(k)) break;
    // شهدت بغداد مظاهرات: the place that saw the act did not do it.
    if (WITNESS.has(k)) {
      witnessed = true;
      break;
    }
    const inverse = INVERSE_LIGHT.has(k);
    if (!LIGHT_VERBS.has(k) && !inverse) continue;
    let subj = subjectAfter(ctx, sp, u, t0, 5);
    // الدعم لقوات الأسد لشن هجوم: the one supported is the one who launches.
    if (subj.length === 0 && (ctx.procl[u] ?? '').endsWith('ل')) {
      const ben = [...sp.mentions].reverse().find((x) => x.last < u);
      if (ben && distance(ctx, ben.last + 1, u) === 0 && markerOf(ctx, ben, sp.sa) === 'ل') subj = [ben];
    }
    if (subj.length === 0) subj = subjectBefore(ctx, sp, u, 3);
    if (subj.length === 0) subj = clauseSubject(ctx, sp, u);
    if (inverse) inverseRecipients = subj;
    else if (actors.length === 0) actors = subj;
    break;
  }
  if (actors.length === 0 && !witnessed) actors = subjectBefore(ctx, sp, t0, 6);
  if (actors.length === 0) actors = resumptiveSubject(ctx, sp, t1);
  if (actors.length === 0 && !entry.symmetric && !witnessed) {
    // The subject of the noun's own clause (الولايات المتحدة دخلت على الخط … محاولة إقناع تركيا).
    const cs = clauseSubject(ctx, sp, t0);
    const linked = cs.length > 0 && hasLink(ctx, cs.at(-1)!.last + 1, t0);
    if (cs.length > 0 && !linked && !hasBreak(ctx, cs.at(-1)!.last + 1, t0) && distance(ctx, cs.at(-1)!.last + 1, t0) <= 12) actors = cs.filter((m) => !recipients.some((r) => r.entity === m.entity));
  }
  actors = withDemonymConjuncts(ctx, sp, actors, stateOf);
  const ids = new Set(actors.map((m) => m.entity.id));
  // اتهامها بدعم الإرهاب: on a noun whose genitive is its object, the pronoun is the object.
  if (recipients.length === 0 && entry.objectGenitive && ctx.possessed[t1]) {
    const feminine = /ها$/u.test(ctx.full[t1]!);
    const m = [...sp.mentions].reverse().find((x) => x.last < t0 && !ids.has(x.entity.id) && distance(ctx, x.last + 1, t0) <= 12 && agrees(x, feminine) && markerOf(ctx, x, sp.sa) !== 'في');
    if (m) recipients = [m];
  }
  if (recipients.length === 0) recipients = recipientAfter(ctx, sp, entry, after, ids);
  if (recipients.length === 0) recipients = pronounRecipient(ctx, sp, entry, t0, after, ids);
  // A host after the noun (مفاوضات استضافتها الصين).
  let host: MentionRef[] | undefined;
  const hv = nextWord(ctx, after, sp.sb);
  if (hv >= 0 && HOST_VERBS.test(ctx.key[hv]!)) {
    const h = subjectAfter(ctx, sp, hv, sp.sb, 2);
    if (h.length > 0) host = h;
  }
  if (inverseRecipients.length > 0) {
    const rids = new Set(inverseRecipients.map((m) => m.entity.id));
    return { actors: actors.filter((m) => !rids.has(m.entity.id)), recipients: inverseRecipients };
  }
  return host ? { actors, recipients, host } : { actors, recipients };
}
