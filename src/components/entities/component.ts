import type { Document } from '../../doc/document.ts';
import type { Entity, EntityType, Mention, Sector } from '../../doc/entities.ts';
import { nameTokens, type KbEntry, type KnowledgeBase } from '../../kb/kb.ts';
import type { KbPerson } from '../../kb/types.ts';
import { normalizeString } from '../../lang/ar/normalize.ts';
import type { Component } from '../../pipeline/component.ts';
import {
  addMention,
  nameKey,
  personDescriptorSector,
  countryInKeys,
  entityFor,
  findCandidates,
  locativeAt,
  newBuilder,
  orgSectorOf,
  selectCandidates,
  stateEntity,
  transliterate,
  type Candidate,
} from './entities.ts';
import { findNominals } from './nominals.ts';
import { findRoles } from './roles.ts';
import { tokenView } from '../common/token-view.ts';
import type { EntityContext } from './context.ts';

export type { EntityContext } from './context.ts';


function mentionOf(ctx: EntityContext, c: Candidate, type?: EntityType): Mention {
  const tokens = ctx.doc.layers.tokens!;
  const start = c.whole ? tokens.start[c.t0]! : ctx.tv.nameStart[c.t0]!;
  const end = tokens.end[c.t1 - 1]!;
  const m: Mention = { start, end, text: ctx.doc.text.slice(start, end), sentence: ctx.tv.sentence[c.t0]!, token: c.t0, source: c.source };
  if (type) m.type = type;
  return m;
}

/**
 * Picks the entry a name refers to: one the article names elsewhere without a doubt (قنا after
 * وكالة الأنباء القطرية is the agency, not the Egyptian city), the tagger's type, then people in
 * office at the date.
 */
function pickEntry(ctx: EntityContext, c: Candidate, nerType: EntityType | null): KbEntry {
  const readings = c.doubtful ? [...c.entries, ...c.doubtful] : c.entries;
  if (readings.length > 1 && ctx.named) {
    const named = readings.filter((e) => ctx.named!.has(e.id));
    if (named.length === 1) return named[0]!;
  }
  const typed = nerType ? c.entries.filter((e) => (e.kind === 'person' ? 'PER' : e.kind === 'org' ? e.org.type : 'LOC') === nerType) : [];
  const pool = typed.length > 0 ? typed : c.entries;
  if (pool.length > 1 && ctx.date) {
    const inOffice = pool.find((e) => e.kind === 'person' && ctx.kb.personActor(e.person, ctx.date) !== null && e.person.offices.some((o) => o.from <= ctx.date! && (o.to === null || o.to >= ctx.date!.slice(0, o.to.length))));
    if (inOffice) return inOffice;
  }
  return pool[0]!;
}

function linkKb(ctx: EntityContext, c: Candidate, nerType: EntityType | null): void {
  const { kb, b, tv } = ctx;
  const e = pickEntry(ctx, c, nerType);
  let entity: Entity;
  let type: EntityType | undefined;
  switch (e.kind) {
    case 'state':
      entity = stateEntity(b, kb, e.state.iso3);
      break;
    case 'capital': {
      const place = locativeAt(tv, c.t0, (t) => placeReading(ctx, t));
      if (place) {
        entity = entityFor(b, e.id, () => ({
          type: 'LOC',
          name: { ar: e.state.capital!.ar[0]!, en: e.state.capital!.en },
          kb: e.place?.id ?? null,
          actor: null,
        }));
      } else {
        entity = stateEntity(b, kb, e.state.iso3);
      }
      break;
    }
    case 'place':
      entity = entityFor(b, e.id, () => ({ type: 'LOC', name: { ar: e.place.ar[0]!, en: e.place.en }, kb: e.place.id, actor: null }));
      break;
    case 'org': {
      const o = e.org;
      const venue = o.metonymFor !== null && locativeAt(tv, c.t0, (t) => placeReading(ctx, t), true);
      if (o.metonymFor && !venue) {
        entity = stateEntity(b, kb, o.metonymFor);
        type = o.type;
      } else if (o.metonymFor) {
        entity = entityFor(b, `${o.id}#place`, () => ({ type: o.type, name: { ar: o.ar[0]!, en: o.en }, kb: o.qid ?? o.id, actor: null }));
      } else {
        entity = entityFor(b, o.id, () => ({ type: o.type, name: { ar: o.ar[0]!, en: o.en }, kb: o.qid ?? o.id, actor: o.actor }));
      }
      break;
    }
    case 'person': {
      const p = e.person;
      entity = entityFor(b, p.id, () => ({ type: 'PER', name: { ar: p.ar[0]!, en: p.en }, kb: p.qid ?? p.id, actor: kb.personActor(p, ctx.date) }));
      break;
    }
  }
  const mention = mentionOf(ctx, c, type && type !== entity.type ? type : undefined);
  if (entity.type !== 'LOC' && !type && entity.type !== entryTypeOf(e)) mention.type = entryTypeOf(e);
  addMention(entity, mention);
  ctx.at.set(c.t0, { entity, mention, cand: c });
}

const entryTypeOf = (e: KbEntry): EntityType => (e.kind === 'person' ? 'PER' : e.kind === 'org' ? e.org.type : 'LOC');

/** Whether the chosen name ending at token t was read as a place (for the next conjunct). */
function placeReading(ctx: EntityContext, t: number): boolean | null {
  for (const [, v] of ctx.at) if (v.cand.t1 - 1 === t) return v.entity.actor === null && v.entity.type === 'LOC';
  return null;
}

/** Levenshtein distance, for spelling variants of a first name (إيمانوال / إيمانويل). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * A known person under another spelling of a given name (إيمانوال ماكرون for إيمانويل ماكرون):
 * the tagger's name ends with the person's surname, has as many words as one of the person's
 * full names, and each other word is at most two letters away from that name's. Only when
 * exactly one person fits.
 */
function knownByVariant(kb: KnowledgeBase, keys: readonly string[]): KbPerson | null {
  if (keys.length < 2) return null;
  const last = keys[keys.length - 1]!;
  const found = new Set<KbPerson>();
  for (const e of kb.lookup(last)) {
    if (e.kind !== 'person') continue;
    const fits = e.person.ar.some((n) => {
      const toks = nameTokens(n);
      if (toks.length !== keys.length || toks[toks.length - 1] !== last) return false;
      return toks.every((t, i) => i === toks.length - 1 || (t.length >= 3 && keys[i]!.length >= 3 && editDistance(t, keys[i]!) <= 2));
    });
    if (fits) found.add(e.person);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Words that lengthen a name with the father's or the family's (بن نايف، آل سعود), keyed like tokens. */
const LINEAGE = new Set(['بن', 'ابن', 'ال']);

/**
 * A known person's name lengthened by lineage (محمد بن نايف بن عبدالعزيز آل سعود for محمد بن
 * نايف): the tagger's name starts with the person's full name and goes on only with بن / آل + a name.
 */
function knownByLineage(kb: KnowledgeBase, keys: readonly string[]): KbPerson | null {
  const m = kb.longestMatch(keys, 0);
  if (!m || m.length < 2 || m.length === keys.length || (keys.length - m.length) % 2 !== 0) return null;
  for (let i = m.length; i < keys.length; i += 2) if (!LINEAGE.has(keys[i]!)) return null;
  const people = new Set(m.entries.flatMap((e) => (e.kind === 'person' && !e.short ? [e.person] : [])));
  return people.size === 1 ? [...people][0]! : null;
}

function linkNer(ctx: EntityContext, c: Candidate): void {
  const { tv, b, kb } = ctx;
  const keys = tv.key.slice(c.t0, c.t1);
  keys[0] = tv.nameKey[c.t0]!;
  const key = keys.join(' ');
  const mention = mentionOf(ctx, c);
  const plain = normalizeString(mention.text);
  let entity: Entity | undefined;
  const variant = c.type === 'PER' ? (knownByLineage(kb, keys) ?? knownByVariant(kb, keys)) : null;
  if (variant) {
    entity = entityFor(b, variant.id, () => ({ type: 'PER', name: { ar: variant.ar[0]!, en: variant.en }, kb: variant.qid ?? variant.id, actor: kb.personActor(variant, ctx.date) }));
  } else if (c.type === 'PER') {
    // A surname or first name alone after the full name: the same person.
    entity = [...b.entities.values()].find(
      (e) =>
        e.type === 'PER' &&
        e.mentions.some((m) => {
          if (m.source === 'role') return false;
          const full = normalizeString(m.text);
          // One word of the full name, or its last words (وائل عبد اللطيف … عبد اللطيف).
          return full === plain || full.split(' ').includes(plain) || (plain.includes(' ') && full.endsWith(' ' + plain));
        }),
    );
    entity ??= entityFor(b, `per:${key}`, () => ({ type: 'PER', name: { ar: plain, en: transliterate(mention.text) }, kb: null, actor: null }));
  } else if (c.type === 'ORG') {
    const country = countryInKeys(kb, keys);
    const sector = orgSectorOf(keys);
    entity = entityFor(b, `org:${key}`, () => ({
      type: 'ORG',
      name: { ar: plain, en: null },
      kb: null,
      actor: country || sector !== 'OTHER' ? { country, sector, org: null } : null,
    }));
  } else {
    entity = entityFor(b, `${c.type.toLowerCase()}:${key}`, () => ({ type: c.type, name: { ar: plain, en: c.type === 'LOC' ? transliterate(mention.text) : null }, kb: null, actor: null }));
  }
  addMention(entity, mention);
  ctx.at.set(c.t0, { entity, mention, cand: c });
}

/**
 * A one-word name the tagger found before the full name it belongs to (a headline's «طعمة»
 * before the body's «نعمة طعمة»), or typed MISC (الكسار after أحمد الكسار): the same person,
 * when exactly one unknown full name of the article ends with it.
 */
function mergeEarlySurnames(ctx: EntityContext): void {
  const words = (m: Mention): string[] => nameKey(normalizeString(m.text)).split(' ').filter(Boolean);
  const unknown = [...ctx.b.entities.values()].filter((e) => e.kb === null && (e.type === 'PER' || e.type === 'MISC'));
  // The people whose full names (tagged, two words or more) end with each word.
  const ownersOf = new Map<string, Set<Entity>>();
  for (const e of unknown) {
    if (e.type !== 'PER' || !e.mentions.some((m) => m.source === 'ner' && words(m).length > 1)) continue;
    for (const m of e.mentions) {
      const w = words(m);
      if (w.length < 2) continue;
      let set = ownersOf.get(w.at(-1)!);
      if (!set) ownersOf.set(w.at(-1)!, (set = new Set()));
      set.add(e);
    }
  }
  for (const e of unknown) {
    if (e.mentions.length === 0 || !e.mentions.every((m) => words(m).length === 1)) continue;
    const owners = ownersOf.get(words(e.mentions[0]!)[0]!);
    if (!owners || owners.size !== 1) continue;
    const into = [...owners][0]!;
    for (const m of e.mentions) addMention(into, m);
    into.actor ??= e.actor;
    e.mentions.length = 0;
    for (const v of ctx.at.values()) if (v.entity === e) v.entity = into;
  }
}

/**
 * Officials of no stated country (وزير المالية سليم شاكر in a Tunisian story): the article's
 * state, when one state has at least three mentions and 60% of all states' mentions.
 */
function homeCountry(ctx: EntityContext): void {
  const counts = new Map<string, number>();
  let total = 0;
  for (const e of ctx.b.entities.values()) {
    if (!e.id.startsWith('state:')) continue;
    counts.set(e.id.slice(6), e.mentions.length);
    total += e.mentions.length;
  }
  const [best, n] = [...counts].reduce<[string | null, number]>((a, b) => (b[1] > a[1] ? b : a), [null, 0]);
  if (!best || n < 3 || n < 0.6 * total) return;
  for (const e of ctx.b.entities.values()) {
    if (e.type === 'PER' && e.kb === null && e.actor && e.actor.country === null && e.actor.org === null && STATE_SECTORS.has(e.actor.sector)) e.actor = { ...e.actor, country: best };
  }
}
const STATE_SECTORS = new Set<Sector>(['GOV', 'MIL', 'LEG', 'JUD']);
/** Offices of heads of state and government (their titles name only such people). */
const HEAD_TITLES = new Set<string>(['head_of_state', 'head_of_government', 'crown_prince', 'supreme_leader']);

const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, i) => a + i);

/**
 * A surname alone after a full name the knowledge base does not know (رامي الشاعر … وقال الشاعر):
 * the same person. Known people's short names are in the base already.
 */
function corefSurnames(ctx: EntityContext, taken: Set<number>): void {
  const { tv, doc } = ctx;
  const tokens = doc.layers.tokens!;
  const bySurname = new Map<string, Entity>();
  for (const e of ctx.b.entities.values()) {
    if (e.type !== 'PER' || e.kb !== null) continue;
    const full = e.mentions.find((m) => m.source === 'ner' && m.text.trim().includes(' '));
    if (!full) continue;
    const last = nameKey(normalizeString(full.text)).split(' ').pop()!;
    if (last.length >= 3) bySurname.set(last, e);
  }
  if (bySurname.size === 0) return;
  for (let t = 0; t < tv.length; t++) {
    if (taken.has(t)) continue;
    const e = bySurname.get(tv.nameKey[t]!);
    if (!e) continue;
    const first = e.mentions[0]!;
    if (tokens.start[t]! < first.start) continue;
    const start = tv.nameStart[t]!;
    const end = tokens.end[t]!;
    addMention(e, { start, end, text: doc.text.slice(start, end), sentence: tv.sentence[t]!, token: t, source: 'coref' });
  }
}

/**
 * People the knowledge base does not know, coded from a description before their name:
 * الصحفي الأمريكي المسجون أوستن تايس → USA, MED.
 */
function describedPeople(ctx: EntityContext): void {
  const { tv, kb } = ctx;
  for (const [t0, v] of ctx.at) {
    if (v.entity.type !== 'PER' || v.entity.actor) continue;
    let sector: Sector | null = null;
    let country: string | null = null;
    for (let t = t0 - 1; t >= Math.max(0, t0 - 4) && tv.sentence[t] === tv.sentence[t0]; t--) {
      sector ??= personDescriptorSector(tv.nameKey[t]!);
      country ??= kb.stateOfDemonym(tv.nameKey[t]!)?.iso3 ?? null;
    }
    if (sector) v.entity.actor = { country, sector, org: null };
  }
}

/**
 * Entities (`ar.entities`): names from the knowledge base and the statistical tagger, linked to the
 * knowledge base, grouped by referent (surnames after full names, capitals and institutions that
 * stand for their governments), with roles, titles resolved to office holders at the article's
 * date, and nominal actors (النظام السوري، المعارضة، قوات الأسد).
 */
export function entitiesComponent(kb: KnowledgeBase): Component {
  return {
    name: 'ar.entities',
    version: '1',
    requires: ['norm', 'tokens', 'sentences', 'words'],
    provides: ['entities'],
    run(doc: Document): Document {
      const tv = tokenView(doc);
      const ctx: EntityContext = { doc, tv, kb, b: newBuilder(), date: doc.meta.published, at: new Map() };
      const roles = findRoles(ctx);
      const cands = findCandidates(doc, tv, kb, doc.layers.ner ?? []);
      const chosen = selectCandidates(
        cands,
        tv,
        kb,
        (t) => roles.endsAt.has(t),
        // A head of state's title before an ambassador's short name: الرئيس بخاري is Nigeria's
        // Buhari, not the Saudi ambassador Walid Bukhari.
        (t, person) => {
          const office = roles.officeEndingAt.get(t);
          return office !== undefined && HEAD_TITLES.has(office) && person.offices.length > 0 && !person.offices.some((o) => HEAD_TITLES.has(o.office));
        },
      );
      const nerTypeAt = new Map<number, EntityType>();
      for (const c of cands) if (c.source === 'ner') for (let t = c.t0; t < c.t1; t++) nerTypeAt.set(t, c.type);
      ctx.named = new Set(chosen.flatMap((c) => (c.source === 'kb' && c.entries.length === 1 && !c.doubtful ? [c.entries[0]!.id] : [])));
      for (const c of chosen) {
        if (c.source === 'kb') linkKb(ctx, c, nerTypeAt.get(c.t0) ?? null);
        else linkNer(ctx, c);
      }
      mergeEarlySurnames(ctx);
      roles.attach();
      corefSurnames(ctx, new Set(chosen.flatMap((c) => range(c.t0, c.t1))));
      describedPeople(ctx);
      homeCountry(ctx);
      findNominals(ctx);
      const entities = [...ctx.b.order].map((id) => ctx.b.entities.get(id)!).filter((e) => e.mentions.length > 0);
      for (const e of entities) {
        e.mentions.sort((x, y) => x.start - y.start);
        e.roles.sort((x, y) => x.start - y.start);
      }
      entities.sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start);
      entities.forEach((e, i) => (e.id = `e${i + 1}`));
      return doc.with({ entities });
    },
  };
}
