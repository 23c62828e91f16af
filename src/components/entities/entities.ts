import type { Span } from '../../base/span.ts';
import type { Document, NerSpan } from '../../doc/document.ts';
import type { ActorCode, Entity, EntityType, Mention, Sector } from '../../doc/entities.ts';
import type { KbEntry, KnowledgeBase } from '../../kb/kb.ts';
import type { KbPerson } from '../../kb/types.ts';
import { nameKey } from '../../kb/kb.ts';
import { MONTH_NAMES, WEEKDAYS } from '../../lang/ar/months.ts';
import { LOCATIVE_PREPOSITIONS, ORG_DESCRIPTORS, PERSON_DESCRIPTORS, PLACE_DESCRIPTORS } from '../../lang/ar/nominals.ts';
import { transliterate } from '../../lang/ar/transliterate.ts';
import type { TokenView } from '../common/token-view.ts';

/** A name found in the text, before linking: tokens [t0, t1). */
export interface Candidate {
  t0: number;
  t1: number;
  type: Exclude<EntityType, 'NOM'>;
  entries: KbEntry[];
  source: 'kb' | 'ner';
  /** The matched name's key (token keys joined by spaces). */
  key: string;
  /** The first token matched whole, proclitic-looking letters included (بيدرسون, not ب+يدرسون). */
  whole: boolean;
  /** Readings dropped for an undoubted one (قنا the agency beside قنا the city), kept for the linker. */
  doubtful?: KbEntry[];
}

const NER_TYPES = { PERS: 'PER', LOC: 'LOC', ORG: 'ORG', MISC: 'MISC' } as const;

function entryType(e: KbEntry): Exclude<EntityType, 'NOM'> {
  switch (e.kind) {
    case 'person':
      return 'PER';
    case 'org':
      return e.org.type;
    default:
      return 'LOC';
  }
}

// Context words, keyed like tokens (ة folded to ه).
const LOCATIVE = new Set(LOCATIVE_PREPOSITIONS.map(nameKey));
const PLACE_WORDS = new Set(PLACE_DESCRIPTORS.map(nameKey));
const ORG_WORDS = new Set(ORG_DESCRIPTORS.map(nameKey));
/** Month and weekday names (one-word forms), keyed like tokens. */
const TIME_WORDS = new Set([...MONTH_NAMES, ...WEEKDAYS].map((n) => nameKey(n.name)).filter((k) => !k.includes(' ')));
/** Prepositions that make an institution a building (محادثات في الكرملين), not its government. */
const VENUE = new Set(['في', 'داخل'].map(nameKey));

/**
 * KB names that need support before they count: names the knowledge base marks as also common
 * words (الحياة، العربية، الباب) and people's short names (عون، سلام، الشرع).
 */
function needsSupport(c: Candidate, kb: KnowledgeBase): boolean {
  return c.entries.every((e) => kb.isDoubtful(c.key, e));
}

/** Drops the readings a name is doubtful for when it has an undoubted one (الشرق الأوسط: the region, not the paper). */
function undoubted(c: Candidate, kb: KnowledgeBase): Candidate {
  const sure = c.entries.filter((e) => !kb.isDoubtful(c.key, e));
  return sure.length > 0 && sure.length < c.entries.length ? { ...c, entries: sure, type: entryType(sure[0]!), doubtful: c.entries.filter((e) => !sure.includes(e)) } : c;
}

const DESCRIPTORS = new Set([...ORG_WORDS, ...PLACE_WORDS]);

/**
 * A descriptor noun before a name stays outside it (محافظة درعا → درعا، صحيفة الحياة → الحياة)
 * when the rest names the same thing, unless the thing's own name starts with it (وكالة فرانس
 * برس، قناة سوريا keep theirs: the latter's rest is another entity).
 */
function trimDescriptor(c: Candidate, tv: TokenView, kb: KnowledgeBase): Candidate {
  if (c.t1 - c.t0 < 2 || !DESCRIPTORS.has(tv.nameKey[c.t0]!)) return c;
  const rest = kb.longestMatch(tv.key, c.t0 + 1);
  if (!rest || rest.length !== c.t1 - c.t0 - 1) return c;
  const en = (e: KbEntry): string => (e.kind === 'place' ? e.place.en : e.kind === 'capital' ? (e.state.capital?.en ?? '') : e.kind === 'org' ? e.org.en : '');
  // The same entry, or a governorate and its city (محافظة دير الزور → دير الزور; not ريف دمشق → دمشق).
  const sameThing = rest.entries.some((r) => c.entries.some((e) => e.id === r.id || (en(r) !== '' && en(e).startsWith(en(r)))));
  if (!sameThing) return c;
  const own = c.entries.find((e) => e.kind === 'org');
  if (own && own.kind === 'org' && nameKey(own.org.ar[0]!).split(' ')[0] === tv.nameKey[c.t0]) return c;
  return { ...c, t0: c.t0 + 1, entries: rest.entries, key: tv.key.slice(c.t0 + 1, c.t1).join(' '), whole: true };
}

/** Names from the knowledge base at every token (longest match), and the tagger's spans. */
/** Words that split a tagged person or place span: they are never inside such a name. */
const SPLITTERS = new Set(['مع', 'في', 'من', 'الي', 'علي', 'عن', 'بين', 'ضد', 'و', 'ثم', 'او', 'لدي', 'خلال', 'بعد', 'قبل']);

/** Personal pronouns (keyed like tokens). */
const PRONOUNS = new Set(['انا', 'نحن', 'انت', 'انتم', 'هو', 'هي', 'هم']);
/** Honorifics and forms of address before a person's name, keyed like tokens. */
const HONORIFICS = new Set(
  ['آية الله', 'حجة الإسلام', 'الشيخ', 'الشيخة', 'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'د.', 'الأستاذ', 'الأستاذة', 'المهندس', 'الحاج', 'الإمام', 'سماحة', 'فضيلة', 'معالي', 'سعادة', 'سمو', 'فخامة'].map(nameKey),
);

/**
 * Words the tagger sometimes takes for names that never name an entity: the words of religious
 * formulas (حفظه الله، رحمهم الله، عز وجل), keyed like tokens.
 */
const NEVER_NAMES = new Set(['الله', 'رحمه', 'رحمها', 'رحمهم', 'يرحمه', 'حفظه', 'حفظها', 'حفظهم', 'رعاه', 'ايده', 'وفقه', 'عز', 'جل', 'سبحانه', 'تعالي']);

/**
 * Whether a span the tagger marked can name an entity: it has letters (not a number alone,
 * «346»), more than two of them (not a letter of a spelt abbreviation, بي.بي.سي), and is not
 * made only of words that never name one.
 */
function taggedName(tv: TokenView, t0: number, t1: number): boolean {
  let letters = 0;
  for (let t = t0; t < t1; t++) for (const ch of tv.key[t]!) if (/\p{L}/u.test(ch)) letters++;
  if (letters <= 2) return false;
  for (let t = t0; t < t1; t++) if (!NEVER_NAMES.has(tv.nameKey[t]!)) return true;
  return false;
}

export function findCandidates(doc: Document, tv: TokenView, kb: KnowledgeBase, ner: readonly NerSpan[]): Candidate[] {
  const out: Candidate[] = [];
  for (let t = 0; t < tv.length; t++) {
    if (!tv.isWord[t] || tv.tanwin[t]) continue;
    // Month and weekday names are times, never places (آب is also إب, Yemen's Ibb, without hamza).
    if (TIME_WORDS.has(tv.nameKey[t]!)) continue;
    const a = kb.longestMatch(tv.key, t, tv.nameKey[t]);
    const b = tv.key[t] !== tv.nameKey[t] ? kb.longestMatch(tv.key, t) : null;
    const m = a && (!b || a.length >= b.length) ? a : b;
    if (!m) continue;
    // Never end a name inside a sentence break or on a token that is not a word.
    let len = m.length;
    while (len > 0 && (tv.sentence[t + len - 1] !== tv.sentence[t] || !tv.isWord[t + len - 1])) len--;
    if (len !== m.length) continue;
    const whole = m === b;
    const key = [whole ? tv.key[t]! : tv.nameKey[t]!, ...tv.key.slice(t + 1, t + len)].join(' ');
    out.push(undoubted(trimDescriptor({ t0: t, t1: t + len, type: entryType(m.entries[0]!), entries: m.entries, source: 'kb', key, whole }, tv, kb), kb));
  }
  for (const s of ner) {
    // Indefinite accusatives (وفداً روسياً) are not names.
    if (tv.tanwin.slice(s.tokenStart, s.tokenEnd).every(Boolean)) continue;
    // Two people joined by و are two names (غاتيلوف ورمزي).
    const parts: [number, number][] = [];
    let from = s.tokenStart;
    if (s.type === 'PERS' || s.type === 'LOC') {
      for (let t = s.tokenStart + 1; t < s.tokenEnd; t++) {
        // A preposition or conjunction standing alone is not part of a person's or place's name
        // (أردوغان مع بوتين is two names).
        if (SPLITTERS.has(tv.key[t]!)) {
          if (t > from) parts.push([from, t]);
          from = t + 1;
        } else if (s.type === 'PERS' && tv.proclitics[t]!.startsWith('و')) {
          parts.push([from, t]);
          from = t;
        }
      }
    }
    if (s.tokenEnd > from) parts.push([from, s.tokenEnd]);
    for (const [from0, t1] of parts) {
      let t0 = from0;
      // A pronoun is never part of a name: «أنا سعيد» is "I am happy"; what is left of such a
      // span counts only when it is not a common word.
      if (PRONOUNS.has(tv.key[t0]!) && tv.proclitics[t0] === '') {
        t0++;
        if (t1 - t0 === 1 && kb.isCommonWord(tv.nameKey[t0]!)) continue;
      }
      // Honorifics stay outside a person's name (آية الله الخميني → الخميني، الشيخ …).
      if (s.type === 'PERS') {
        // (A span of honorifics alone names no one.)
        for (;;) {
          const two = t0 + 2 <= t1 ? `${tv.nameKey[t0]} ${tv.key[t0 + 1]}` : '';
          if (HONORIFICS.has(two)) t0 += 2;
          else if (t0 < t1 && HONORIFICS.has(tv.nameKey[t0]!)) t0 += 1;
          else break;
        }
      }
      // An adjective of nationality is not a place's or a body's name (السلطات الليبية: «الليبية»;
      // «الروسيتان القريبتان»): such spans start with one.
      if ((s.type === 'LOC' || s.type === 'ORG') && kb.stateOfDemonym(tv.nameKey[t0]!) && !kb.lookup(tv.nameKey[t0]!).length) continue;
      if (t1 <= t0 || !taggedName(tv, t0, t1)) continue;
      // A name's first word is never two letters (but بن): the segmenter took its first letter
      // for a proclitic (وين روني is Wayne Rooney, not و + ين روني).
      const whole = tv.nameKey[t0]!.length <= 2 && tv.nameKey[t0] !== 'بن' && tv.key[t0]!.length > tv.nameKey[t0]!.length;
      const key = [whole ? tv.key[t0]! : tv.nameKey[t0]!, ...tv.key.slice(t0 + 1, t1)].join(' ');
      out.push({ t0, t1, type: NER_TYPES[s.type], entries: [], source: 'ner', key, whole });
    }
  }
  return out;
}

/**
 * Chooses non-overlapping names, left to right: at each start the longest; the knowledge base
 * over the tagger on ties. A KB name that is also a common word needs the tagger's agreement, a
 * descriptor before it (قناة، مدينة, a title), or an earlier full mention.
 */
export function selectCandidates(
  cands: Candidate[],
  tv: TokenView,
  kb: KnowledgeBase,
  hasTitleBefore: (t: number) => boolean,
  titleConflict: (t: number, person: KbPerson) => boolean = () => false,
): Candidate[] {
  const nerAt = new Set<number>();
  const nerSpans = new Set<string>();
  for (const c of cands) {
    if (c.source !== 'ner') continue;
    for (let t = c.t0; t < c.t1; t++) nerAt.add(t);
    nerSpans.add(`${c.t0}:${c.t1}`);
  }
  const inContext = (c: Candidate): boolean => {
    if (c.source !== 'kb' || !needsSupport(c, kb)) return true;
    const prev = c.t0 > 0 ? tv.nameKey[c.t0 - 1]! : '';
    const e = c.entries[0]!;
    // The tagger supports a person's short name only when it tags that name alone (not فاهم
    // سعيد أحمد, another man's name around it), and not at all when the short name is also a
    // common word (سعيد "happy"): that needs a title or the person's full name in the article.
    const tagged = e.kind === 'person' ? nerSpans.has(`${c.t0}:${c.t1}`) && !(c.t1 - c.t0 === 1 && kb.isCommonShortName(c.key)) : nerAt.has(c.t0);
    // An adjective of nationality after a title (الرئيس السوداني) is no short name.
    const demonym = e.kind === 'person' && kb.stateOfDemonym(c.key) !== null;
    return (
      tagged ||
      (e.kind === 'org' && ORG_WORDS.has(prev)) ||
      (e.kind === 'place' && (PLACE_WORDS.has(prev) || LOCATIVE.has(prev) || LOCATIVE.has(tv.proclitics[c.t0]!.slice(-1)))) ||
      (e.kind === 'person' && !demonym && hasTitleBefore(c.t0))
    );
  };
  // An entry named somewhere in the article without doubt, or with support, supports its other mentions.
  const anchored = new Set<string>();
  for (const c of cands) if (c.source === 'kb' && inContext(c)) for (const e of c.entries) anchored.add(e.id);
  const sorted = [...cands].sort((x, y) => x.t0 - y.t0 || y.t1 - y.t0 - (x.t1 - x.t0) || (x.source === 'kb' ? -1 : 1));
  const chosen: Candidate[] = [];
  let end = 0;
  for (const c of sorted) {
    if (c.t0 < end) continue;
    // A short name after a title its person never held (الرئيس بخاري) is someone else.
    if (c.source === 'kb' && c.entries.every((e) => e.kind === 'person' && e.short && titleConflict(c.t0, e.person))) continue;
    // A doubtful one-word name right after a definite noun agrees with it as its adjective
    // (القمة العربية، الشؤون العربية: not the channel al-Arabiya), however often the article names it.
    if (c.source === 'kb' && c.t1 - c.t0 === 1 && needsSupport(c, kb) && adjectiveAfterNoun(tv, c.t0) && !nerSpans.has(`${c.t0}:${c.t1}`)) continue;
    if (!inContext(c) && !c.entries.some((x) => anchored.has(x.id))) continue;
    chosen.push(c);
    end = c.t1;
  }
  return chosen;
}

/** Whether token t (with the article) follows a definite noun that is no descriptor: an adjective. */
function adjectiveAfterNoun(tv: TokenView, t: number): boolean {
  if (t === 0 || !tv.nameKey[t]!.startsWith('ال') || tv.proclitics[t] !== '') return false;
  const p = t - 1;
  if (!tv.isWord[p] || tv.sentence[p] !== tv.sentence[t]) return false;
  const prev = tv.key[p]!;
  return prev.startsWith('ال') && prev.length > 3 && !DESCRIPTORS.has(tv.nameKey[p]!);
}

/** Is the name at token t used as a place (في موسكو، العاصمة دمشق، لدمشق) rather than as its government? */
export function locativeAt(tv: TokenView, t: number, placeOfPrevious: (t: number) => boolean | null, venue = false): boolean {
  const procl = tv.proclitics[t]!;
  // Look back past quotation marks (العاصمة التركية “أنقرة”).
  let p = t - 1;
  while (p >= 0 && /^["'«»“”]+$/u.test(tv.key[p]!)) p--;
  const prev = p >= 0 ? tv.key[p]! : '';
  const prev2 = p > 0 ? tv.key[p - 1]! : '';
  if (venue) return VENUE.has(prev) || procl.endsWith('ب');
  if (procl.endsWith('ب') || procl.endsWith('ل')) return true;
  if (prev === 'من' && prev2 === 'كل') return false; // كل من موسكو وواشنطن: "both"
  if (LOCATIVE.has(prev) || PLACE_WORDS.has(prev)) return true;
  // العاصمة الروسية موسكو
  if (p > 0 && PLACE_WORDS.has(prev2) && /^ال/u.test(prev)) return true;
  // A conjunct follows the first (في موسكو وواشنطن، في موسكو أو أبو ظبي).
  if (procl.startsWith('و') && t > 0) return placeOfPrevious(t - 1) ?? false;
  if (prev === 'او' && p > 0) return placeOfPrevious(p - 1) ?? false;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Entities

export interface Builder {
  entities: Map<string, Entity>;
  order: string[];
}

export function newBuilder(): Builder {
  return { entities: new Map(), order: [] };
}

export function entityFor(b: Builder, id: string, make: () => Omit<Entity, 'id' | 'mentions' | 'roles'>): Entity {
  let e = b.entities.get(id);
  if (!e) {
    e = { id, ...make(), roles: [], mentions: [] };
    b.entities.set(id, e);
    b.order.push(id);
  }
  return e;
}

export function addMention(e: Entity, m: Mention): void {
  if (e.mentions.some((x) => x.start === m.start && x.end === m.end)) return;
  e.mentions.push(m);
}

export function addRole(e: Entity, r: Span): void {
  if (!e.roles.some((x) => x.start === r.start && x.end === r.end)) e.roles.push(r);
}

export const stateActor = (iso3: string): ActorCode => ({ country: iso3, sector: 'GOV', org: null });

export function stateEntity(b: Builder, kb: KnowledgeBase, iso3: string): Entity {
  const s = kb.states.get(iso3);
  return entityFor(b, `state:${iso3}`, () => ({
    type: 'LOC',
    name: { ar: s?.ar[0] ?? iso3, en: s?.en ?? null },
    kb: s?.qid ?? (s ? `state:${iso3}` : null),
    actor: stateActor(iso3),
  }));
}

/** The sector an unknown organisation's name suggests. */
export function orgSectorOf(keys: readonly string[]): Sector {
  const k = keys.join(' ');
  if (/(^|\s)(وزاره|الوزاره|رئاسه|الرئاسه|الخارجيه|الداخليه|الدفاع|حكومه|الحكومه|السفاره|سفاره|المخابرات|الاستخبارات)(\s|$)/u.test(k)) return 'GOV';
  if (/(^|\s)(قناه|صحيفه|وكاله|موقع|مجله|جريده|شبكه|اذاعه|تلفزيون)(\s|$)/u.test(k)) return 'MED';
  if (/(^|\s)(جيش|الجيش|قوات|لواء|فرقه|كتائب|ميليشيا)(\s|$)/u.test(k)) return 'MIL';
  if (/(^|\s)(برلمان|البرلمان|مجلس النواب|مجلس الشعب|الكونغرس)(\s|$)/u.test(k)) return 'LEG';
  if (/(^|\s)(محكمه|المحكمه)(\s|$)/u.test(k)) return 'JUD';
  if (/(^|\s)(شركه|الشركه|بنك|مصرف)(\s|$)/u.test(k)) return 'BUS';
  if (/(^|\s)(منظمه|جمعيه|مركز|معهد|المعهد|مرصد|المرصد|مجلس)(\s|$)/u.test(k)) return 'NGO';
  return 'OTHER';
}

/** The state a name's demonym or country word points to (وزارة الخارجية الروسية → RUS). */
export function countryInKeys(kb: KnowledgeBase, keys: readonly string[]): string | null {
  for (const k of keys) {
    const s = kb.stateOfDemonym(k);
    if (s) return s.iso3;
  }
  for (const k of keys) {
    const e = kb.lookup(k).find((x) => x.kind === 'state');
    if (e && e.kind === 'state') return e.state.iso3;
  }
  return null;
}

export function personDescriptorSector(key: string): Sector | null {
  return (PERSON_DESCRIPTORS.get(key) as Sector | undefined) ?? null;
}

export { nameKey, transliterate };
