import { matchKey } from '../lang/ar/normalize.ts';
import type { ActorCode, KbOffice, KbOrg, KbPerson, KbPlace, KbState, Office } from './types.ts';

/** What a name in the text can refer to. */
export type KbEntry =
  | { kind: 'state'; id: string; state: KbState }
  | { kind: 'capital'; id: string; state: KbState; place: KbPlace | null }
  | { kind: 'place'; id: string; place: KbPlace }
  | { kind: 'org'; id: string; org: KbOrg }
  | { kind: 'person'; id: string; person: KbPerson; short: boolean };

export interface KbData {
  states: KbState[];
  places: KbPlace[];
  orgs: KbOrg[];
  people: KbPerson[];
  /** Names that are also common words or other things, by the kind of entry they are doubtful for. */
  /** Names that need support: of organisations and places; people's short names that many people share (القحطاني). */
  ambiguous?: { orgs: string[]; places: string[]; people?: string[] };
  /** The corpus's most frequent words (name keys): a one-word name among them needs support. */
  commonWords?: string[];
}

/** The key names are indexed and looked up by: matchKey, whitespace collapsed. */
export function nameKey(s: string): string {
  let k = NAME_KEYS.get(s);
  if (k === undefined) {
    k = matchKey(s).replace(/[\s\u00a0]+/gu, ' ').replace(/[-–—]/gu, ' ').trim();
    if (NAME_KEYS.size > 200_000) NAME_KEYS.clear();
    NAME_KEYS.set(s, k);
  }
  return k;
}

/** nameKey by its input (a pure function; words recur across articles, so most lookups hit). */
const NAME_KEYS = new Map<string, string>();

/** The key of one token's text that is already normalized (the norm layer): only ة → ه remains to fold. */
export function tokenKey(normalized: string): string {
  return normalized.includes('ة') ? normalized.replaceAll('ة', 'ه') : normalized;
}

/** A name as the token keys it matches, for the gazetteer's trie. */
export function nameTokens(s: string): string[] {
  return nameKey(s).split(' ').filter(Boolean);
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: KbEntry[];
}

const newNode = (): TrieNode => ({ next: new Map(), entries: [] });

/** True when partial date `d` (YYYY, YYYY-MM, YYYY-MM-DD) is on or before `date`, comparing at d's precision. */
function onOrBefore(d: string, date: string): boolean {
  return d <= date.slice(0, d.length);
}

function onOrAfter(d: string, date: string): boolean {
  return d >= date.slice(0, d.length);
}

export function officeHeld(o: KbOffice, date: string): boolean {
  return onOrBefore(o.from, date) && (o.to === null || onOrAfter(o.to, date));
}

/**
 * The knowledge base, indexed for the pipeline: a token trie of every name (states, capitals,
 * places, organisations, people's full and short names), demonyms to states, and office holders.
 * Pure data: the app layer reads the files and passes them in.
 */
export class KnowledgeBase {
  readonly states: ReadonlyMap<string, KbState>;
  readonly byId: ReadonlyMap<string, KbEntry>;
  private readonly trie = newNode();
  private readonly demonyms = new Map<string, KbState>();
  private readonly people: readonly KbPerson[];
  readonly orgsByCode: ReadonlyMap<string, KbOrg>;
  private readonly ambiguousOrgs: ReadonlySet<string>;
  private readonly ambiguousPlaces: ReadonlySet<string>;
  private readonly ambiguousPeople: ReadonlySet<string>;
  private readonly commonWords: ReadonlySet<string>;

  constructor(data: KbData) {
    this.ambiguousOrgs = new Set((data.ambiguous?.orgs ?? []).map(nameKey));
    this.ambiguousPlaces = new Set((data.ambiguous?.places ?? []).map(nameKey));
    this.ambiguousPeople = new Set((data.ambiguous?.people ?? []).map(nameKey));
    this.commonWords = new Set(data.commonWords ?? []);
    const states = new Map<string, KbState>();
    const byId = new Map<string, KbEntry>();
    const orgsByCode = new Map<string, KbOrg>();
    const placeByName = new Map<string, KbPlace>();
    for (const p of data.places) for (const n of p.ar) if (!placeByName.has(`${p.country}:${nameKey(n)}`)) placeByName.set(`${p.country}:${nameKey(n)}`, p);
    for (const s of data.states) {
      states.set(s.iso3, s);
      const entry: KbEntry = { kind: 'state', id: `state:${s.iso3}`, state: s };
      byId.set(entry.id, entry);
      for (const n of s.ar) this.add(n, entry);
      for (const d of s.demonyms) {
        const k = nameKey(d);
        if (!this.demonyms.has(k)) this.demonyms.set(k, s);
      }
      if (s.capital) {
        const place = s.capital.ar.map((n) => placeByName.get(`${s.iso3}:${nameKey(n)}`)).find((p) => p) ?? null;
        const cap: KbEntry = { kind: 'capital', id: place?.id ?? `capital:${s.iso3}`, state: s, place };
        byId.set(cap.id, cap);
        for (const n of s.capital.ar) this.add(n, cap);
      }
    }
    for (const p of data.places) {
      if (byId.has(p.id)) continue; // capitals are indexed as capitals
      const entry: KbEntry = { kind: 'place', id: p.id, place: p };
      byId.set(p.id, entry);
      for (const n of p.ar) this.add(n, entry);
    }
    for (const o of data.orgs) {
      const entry: KbEntry = { kind: 'org', id: o.id, org: o };
      byId.set(o.id, entry);
      if (o.actor?.org && !orgsByCode.has(o.actor.org)) orgsByCode.set(o.actor.org, o);
      for (const n of o.ar) this.add(n, entry);
    }
    for (const p of data.people) {
      const full: KbEntry = { kind: 'person', id: p.id, person: p, short: false };
      byId.set(p.id, full);
      for (const n of p.ar) this.add(n, full);
      const short: KbEntry = { kind: 'person', id: p.id, person: p, short: true };
      for (const n of p.short) this.add(n, short);
    }
    this.states = states;
    this.byId = byId;
    this.people = data.people;
    this.orgsByCode = orgsByCode;
  }

  /**
   * Indexes a name, and its other writing of the names with عبد: joined (عبد العزيز →
   * عبدالعزيز) or apart (عبدالله → عبد الله), as the news writes both.
   */
  private add(name: string, entry: KbEntry): void {
    const toks = nameTokens(name);
    if (toks.length === 0) return;
    this.addTokens(toks, entry);
    const joined: string[] = [];
    const apart: string[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t === 'عبد' && i + 1 < toks.length) {
        joined.push(t + toks[++i]!);
        apart.push(t, toks[i]!);
      } else {
        joined.push(t);
        if (t.startsWith('عبدال') && t.length > 5) apart.push('عبد', t.slice(3));
        else apart.push(t);
      }
    }
    if (joined.length !== toks.length) this.addTokens(joined, entry);
    if (apart.length !== toks.length) this.addTokens(apart, entry);
  }

  private addTokens(toks: readonly string[], entry: KbEntry): void {
    let node = this.trie;
    for (const t of toks) {
      let n = node.next.get(t);
      if (!n) {
        n = newNode();
        node.next.set(t, n);
      }
      node = n;
    }
    if (!node.entries.some((e) => e.id === entry.id && e.kind === entry.kind)) node.entries.push(entry);
  }

  /**
   * The longest names starting at `keys[i]` (token keys, see nameKey): returns the number of
   * tokens matched and the entries, or null. `first` replaces keys[i] (a form without proclitics).
   */
  longestMatch(keys: readonly string[], i: number, first = keys[i]!): { length: number; entries: KbEntry[] } | null {
    let node = this.trie.next.get(first);
    let best: { length: number; entries: KbEntry[] } | null = null;
    let j = i + 1;
    while (node) {
      if (node.entries.length > 0) best = { length: j - i, entries: node.entries };
      if (j >= keys.length) break;
      node = node.next.get(keys[j]!);
      j++;
    }
    return best;
  }

  /** Entries whose name is exactly `name`. */
  lookup(name: string): KbEntry[] {
    const toks = nameTokens(name);
    const m = toks.length ? this.longestMatch(toks, 0) : null;
    return m && m.length === toks.length ? m.entries : [];
  }

  /**
   * Whether `key` (token keys joined by spaces) is a doubtful name for `entry`: a name the base
   * marks as also meaning something else, a one-word place, organisation or surname that is a
   * common word, or a person's short name. States and capitals are never doubtful.
   */
  isDoubtful(key: string, entry: KbEntry): boolean {
    switch (entry.kind) {
      case 'state':
      case 'capital':
        return false;
      case 'person':
        return entry.short;
      case 'org':
        return this.ambiguousOrgs.has(key) || (!key.includes(' ') && this.commonWords.has(key));
      case 'place':
        return this.ambiguousPlaces.has(key) || (!key.includes(' ') && this.commonWords.has(key));
    }
  }

  /** Whether a one-word key is also a common word of the news (the base's common-word list). */
  isCommonWord(key: string): boolean {
    return this.commonWords.has(key);
  }

  /**
   * Whether a person's short name is one the tagger alone cannot vouch for: a common word (سعيد),
   * a family or tribal name many people bear (القحطاني، الجبوري), or an adjective of nationality
   * (السوداني "Sudanese" before al-Sudani).
   */
  isCommonShortName(key: string): boolean {
    return this.commonWords.has(key) || this.ambiguousPeople.has(key) || this.stateOfDemonym(key) !== null;
  }

  /** The state of a demonym form (with or without ال: الروسية, روسي), or null. */
  stateOfDemonym(word: string): KbState | null {
    const k = nameKey(word);
    return this.demonyms.get(k) ?? (k.startsWith('ال') ? (this.demonyms.get(k.slice(2)) ?? null) : null);
  }

  /** People holding `office` for `country` (or `org`) on `date` (YYYY-MM-DD); all holders ever when date is null. */
  holders(office: Office, where: { country?: string | null; org?: string | null; target?: string | null }, date: string | null): { person: KbPerson; office: KbOffice }[] {
    const out: { person: KbPerson; office: KbOffice }[] = [];
    for (const p of this.people) {
      for (const o of p.offices) {
        if (o.office !== office) continue;
        if (where.country !== undefined && o.country !== where.country) continue;
        if (where.org !== undefined && where.org !== null && o.org !== where.org) continue;
        if (where.target !== undefined && where.target !== null && o.target !== where.target) continue;
        if (date !== null && !officeHeld(o, date)) continue;
        out.push({ person: p, office: o });
      }
    }
    return out;
  }

  /** The actor code of a person at a date: the office held then (latest-starting), else the latest office. */
  personActor(p: KbPerson, date: string | null): ActorCode | null {
    if (p.offices.length === 0) return null;
    const held = date ? p.offices.filter((o) => officeHeld(o, date)) : [];
    const pool = held.length > 0 ? held : p.offices;
    const o = [...pool].sort((a, b) => (a.from < b.from ? 1 : -1))[0]!;
    return { country: o.country, sector: o.sector, org: o.org };
  }
}
