import type { ActorCode, Entity, Mention, Sector } from '../../doc/entities.ts';
import type { Office } from '../../kb/types.ts';
import { matchOfficeAt, type OfficeHooks, type OfficeMatch } from '../../lang/ar/offices.ts';
import type { EntityContext } from './context.ts';
import { nameKey } from '../../kb/kb.ts';
import { LEADER_LINKED_HEADS } from '../../lang/ar/nominals.ts';
import { addMention, addRole, countryInKeys, entityFor, personDescriptorSector } from './entities.ts';

/** A title in the text: tokens [t0, t1), its office and the tokens that name the state or body. */
interface RoleSpan {
  t0: number;
  t1: number;
  office: Office;
  complement: [number, number] | null;
  match: OfficeMatch;
}

const SECTOR_OF_OFFICE: Partial<Record<Office, Sector>> = {
  army_chief: 'MIL',
  speaker: 'LEG',
  un_secretary_general: 'IGO',
  un_envoy: 'IGO',
  un_deputy_envoy: 'IGO',
  org_head: 'IGO',
  group_leader: 'REB',
};

/** Title words of heads of state that name different offices in the reader's mind. */
const HEAD_OF_STATE_TITLES: readonly string[] = ['ملك', 'رئيس', 'امير', 'سلطان'];
const LEADER_HEADS = new Set(LEADER_LINKED_HEADS.map(nameKey));
const stripArticle = (k: string): string => (k.startsWith('ال') ? k.slice(2) : k);

const isQuote = (s: string): boolean => /^["'«»“”]+$/u.test(s);

/**
 * Titles and roles (`findRoles`): office phrases (الرئيس الروسي، نائب وزير الخارجية الروسي،
 * مستشار وزارة الخارجية الروسية) become roles of the person named next to them, give unknown
 * people their actor code, and, standing alone, become mentions of the office holder at the
 * article's date (الرئيس الروسي → Putin in 2023).
 */
export function findRoles(ctx: EntityContext): { endsAt: Set<number>; officeEndingAt: Map<number, Office>; attach: () => void } {
  const { tv, doc } = ctx;
  const tokens = doc.layers.tokens!;
  const norm = doc.layers.norm!;
  const spans: RoleSpan[] = [];
  const hooks: OfficeHooks = {
    isDemonym: (w) => ctx.kb.stateOfDemonym(w) !== null,
    nameLength: (words, j, first) => ctx.kb.longestMatch(words, j, first)?.length ?? 0,
  };
  // Titles are matched over the words without quotation marks (رئيس «مجلس الشؤون الدولية الروسي»).
  const idx: number[] = [];
  for (let t = 0; t < tv.length; t++) if (!isQuote(tv.key[t]!)) idx.push(t);
  const words = idx.map((t) => tv.key[t]!);
  const back = (j: number): number => (j < idx.length ? idx[j]! : tv.length);
  for (let j = 0; j < words.length; j++) {
    const t = idx[j]!;
    if (!tv.isWord[t]) continue;
    const m = matchOfficeAt(words, j, hooks);
    if (!m || m.length <= 0) continue;
    let t1 = back(j + m.length - 1) + 1;
    while (t1 > t + 1 && tv.sentence[t1 - 1] !== tv.sentence[t]) t1--;
    // Close a quotation the title opened (رئيس «مجلس …»).
    const opened = tv.key.slice(t, t1).filter(isQuote).length % 2 === 1;
    if (opened && t1 < tv.length && isQuote(tv.key[t1]!)) t1++;
    const complement: [number, number] | null = m.complement ? [back(m.complement.start), back(m.complement.end - 1) + 1] : null;
    spans.push({ t0: t, t1, office: m.office as Office, complement, match: m });
    while (j + 1 < words.length && idx[j + 1]! < t1) j++;
  }
  const endsAt = new Set<number>();
  /** The office of the title that ends at a token (a name may follow). */
  const officeEndingAt = new Map<number, Office>();
  for (const s of spans) {
    endsAt.add(s.t1);
    officeEndingAt.set(s.t1, s.office);
    const next = norm.text.slice(tokens.normStart[s.t1] ?? 0, tokens.normEnd[s.t1] ?? 0);
    if (isQuote(next)) {
      endsAt.add(s.t1 + 1);
      officeEndingAt.set(s.t1 + 1, s.office);
    }
  }
  // Person descriptors (الصحفي الأمريكي) and heads that belong to a leader (نظام الأسد، قوات
  // الأسد) also license a following short name.
  for (let t = 0; t < tv.length; t++) if (personDescriptorSector(tv.key[t]!) || LEADER_HEADS.has(stripArticle(tv.nameKey[t]!))) endsAt.add(t + 1);

  const span = (t0: number, t1: number) => {
    const start = tv.nameStart[t0]!;
    const end = tokens.end[t1 - 1]!;
    return { start, end, text: doc.text.slice(start, end) };
  };

  function actorOf(s: RoleSpan): ActorCode {
    const keys = s.complement ? tv.key.slice(s.complement[0], s.complement[1]) : tv.key.slice(s.t0, s.t1);
    const m = s.match;
    let country = countryInKeys(ctx.kb, keys) ?? m.country ?? (m.countryWord?.kind === 'metonym' ? (m.countryWord.country ?? null) : null);
    let sector: Sector = SECTOR_OF_OFFICE[s.office] ?? 'GOV';
    let org: string | null = m.org ?? (s.office.startsWith('un_') ? 'UN' : null);
    // A body named in the complement (مستشار وزارة الخارجية الروسية، رئيس «مجلس الشؤون الدولية الروسي»).
    if (s.complement) {
      for (let t = s.complement[0]; t < s.complement[1]; t++) {
        const named = ctx.at.get(t)?.entity;
        if (named?.actor) {
          country = named.actor.country ?? country;
          // رئيس + an organisation heads that body: its sector, not a state's.
          const ofBody = named.type === 'ORG' && !named.id.startsWith('state:');
          if (ofBody || s.office === 'org_head' || s.office === 'adviser' || s.office === 'official' || s.office === 'spokesperson') sector = named.actor.sector;
          // A leader of a state is not a rebel: زعيم كوريا الشمالية leads its government; قائد
          // إيطاليا is a team's captain as often as anything (no sector can be told).
          else if (s.office === 'group_leader' && named.id.startsWith('state:')) sector = stripArticle(tv.key[s.t0]!) === 'قائد' ? 'OTHER' : 'GOV';
          org = named.actor.org ?? org;
          break;
        }
      }
    }
    if (org === 'UN') country = null;
    return { country, sector, org };
  }

  function personAt(t: number): Entity | null {
    const v = ctx.at.get(t);
    if (v?.entity.type === 'PER') return v.entity;
    return null;
  }

  /** The offices each person entity was given in this article (with the title's head word), latest last. */
  const officesOf = new Map<Entity, { office: Office; head: string }[]>();
  // The title word without article or pronoun (رئيسها is a رئيس).
  const headOf = (s: RoleSpan): string => {
    const h = stripArticle(tv.nameKey[s.t0]!);
    return HEAD_OF_STATE_TITLES.find((r) => h.startsWith(r)) ?? h;
  };
  const gave = (e: Entity, s: RoleSpan): void => {
    officesOf.set(e, [...(officesOf.get(e) ?? []), { office: s.office, head: headOf(s) }]);
  };
  /** A bare king is not the president the article named before (الرئيس السادات … الملك). */
  const sameTitle = (given: { office: Office; head: string }, s: RoleSpan): boolean => {
    const head = headOf(s);
    return given.office === s.office && (!HEAD_OF_STATE_TITLES.includes(head) || given.head === head);
  };

  function attach(): void {
    const deferred: { s: RoleSpan; ids: string[] }[] = [];
    for (const s of spans) {
      const quoteAfter = isQuote(tv.key[s.t1] ?? '') ? 1 : 0;
      let person = personAt(s.t1 + quoteAfter);
      // Apposition after a name: غينادي غاتيلوف نائب وزير الخارجية الروسي؛ أندري كورتونوف، رئيس …
      if (!person) {
        for (const [, v] of ctx.at) {
          const gap = s.t0 - v.cand.t1;
          if (v.entity.type === 'PER' && gap >= 0 && gap <= 2 && tv.sentence[v.cand.t0] === tv.sentence[s.t0]) {
            const between = tv.key.slice(v.cand.t1, s.t0);
            if (between.every((k) => k === '،' || k === ',' || isQuote(k))) person = v.entity;
          }
        }
      }
      const roleSpan = span(s.t0, s.t1);
      if (person) {
        addRole(person, roleSpan);
        gave(person, s);
        if (!person.actor) person.actor = actorOf(s);
        continue;
      }
      // A title standing alone: the person the article already gave it to, else the office holder at the date.
      const code = actorOf(s);
      const titleKey = keyOfSpan(ctx, roleSpan.start, roleSpan.end);
      let holder: Entity | null = null;
      for (const e of ctx.b.entities.values()) {
        if (e.type === 'PER' && e.roles.some((r) => keyOfSpan(ctx, r.start, r.end) === titleKey)) holder = e;
      }
      // A bare title (المبعوث، الوزير) is the last person the article gave that office to.
      const bare = s.complement === null && !s.match.target && !s.match.org && !s.match.country;
      if (!holder && bare) {
        for (const [e, os] of officesOf) if (os.some((g) => sameTitle(g, s))) holder = e;
      }
      if (!holder && !bare && !s.match.former && s.match.number === 'singular' && s.office !== 'official' && s.office !== 'adviser' && s.office !== 'spokesperson') {
        const target = s.match.target ? countryInKeys(ctx.kb, tv.key.slice(s.match.target.start, s.match.target.end)) : null;
        const found = ctx.kb.holders(s.office, { country: code.country, org: code.org, target }, ctx.date);
        const people = [...new Set(found.map((f) => f.person))];
        if (people.length === 1 && ctx.date) {
          const p = people[0]!;
          holder = entityFor(ctx.b, p.id, () => ({ type: 'PER', name: { ar: p.ar[0]!, en: p.en }, kb: p.qid ?? p.id, actor: ctx.kb.personActor(p, ctx.date) }));
        } else if (people.length > 1) {
          // Several holders (UN envoys for different countries): the one the article names, if any.
          deferred.push({ s, ids: people.map((p) => p.id) });
          continue;
        }
      }
      if (!holder) continue;
      mentionTitle(holder, s, roleSpan);
    }
    for (const { s, ids } of deferred) {
      const named = ids.map((id) => ctx.b.entities.get(id)).filter((e): e is Entity => e !== undefined && e.mentions.length > 0);
      if (named.length === 1) mentionTitle(named[0]!, s, span(s.t0, s.t1));
    }
  }

  function mentionTitle(holder: Entity, s: RoleSpan, roleSpan: { start: number; end: number; text: string }): void {
    gave(holder, s);
    const m: Mention = { ...roleSpan, type: 'NOM', sentence: tv.sentence[s.t0]!, token: s.t0, source: 'role' };
    addMention(holder, m);
  }

  return { endsAt, officeEndingAt, attach };
}

function keyOfSpan(ctx: EntityContext, start: number, end: number): string {
  const { tv, doc } = ctx;
  const tokens = doc.layers.tokens!;
  const keys: string[] = [];
  for (let t = 0; t < tv.length; t++) if (tokens.end[t]! > start && tokens.start[t]! < end) keys.push(tokens.start[t]! >= start ? tv.key[t]! : tv.nameKey[t]!);
  return keys.join(' ');
}
