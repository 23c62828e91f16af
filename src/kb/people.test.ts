import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeString } from '../lang/ar/normalize.ts';
import { OFFICES, SECTORS, type KbOffice, type KbPerson, type Office } from './types.ts';
import { validateKbData } from './validate.ts';

const root = new URL('../../', import.meta.url);
const people = JSON.parse(readFileSync(new URL('kb/people.json', root), 'utf8')) as KbPerson[];
const readme = readFileSync(new URL('kb/README-people.md', root), 'utf8');

const ID = /^person:[a-z0-9]+(-[a-z0-9]+)*$/u;
const QID = /^Q\d+$/u;
const ISO3 = /^[A-Z]{3}$/u;
const ORG_CODE = /^[A-Z][A-Z0-9_]*(\+[0-9]+)?$/u;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/u;
const ARABIC_NAME = /^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u06a9\u06af\u06cc .-]+$/u;
const TITLE_WORDS = ['الرئيس', 'الملك', 'الملكة', 'الأمير', 'الشيخ', 'السيد', 'العقيد', 'الدكتور', 'آية الله', 'اللواء', 'العماد'];

const byId = new Map(people.map((p) => [p.id, p]));
const person = (id: string): KbPerson => {
  const p = byId.get(id);
  if (!p) throw new Error(`no ${id}`);
  return p;
};

/** A partial date as the first day it covers (2011 → 2011-01-01), as a UTC timestamp in days. */
function firstDay(d: string): number {
  const [y, m = '01', day = '01'] = d.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(day)) / 86_400_000;
}
/** The last day a partial date covers (2011 → 2011-12-31). */
function lastDay(d: string): number {
  const parts = d.split('-').map(Number);
  if (parts.length === 3) return Date.UTC(parts[0]!, parts[1]! - 1, parts[2]!) / 86_400_000;
  if (parts.length === 2) return Date.UTC(parts[0]!, parts[1]!, 1) / 86_400_000 - 1;
  return Date.UTC(parts[0]! + 1, 0, 1) / 86_400_000 - 1;
}
function isRealDate(d: string): boolean {
  const parts = d.split('-').map(Number);
  if (parts.length < 2) return true;
  if (parts[1]! < 1 || parts[1]! > 12) return false;
  if (parts.length < 3) return true;
  const t = new Date(Date.UTC(parts[0]!, parts[1]! - 1, parts[2]!));
  return t.getUTCDate() === parts[2];
}

/** Held on `date` (YYYY-MM-DD), comparing at each bound's precision, ends inclusive (as src/kb/kb.ts does). */
function heldOn(o: KbOffice, date: string): boolean {
  return o.from <= date.slice(0, o.from.length) && (o.to === null || o.to >= date.slice(0, o.to.length));
}

function holders(office: Office, country: string | null, date: string, where: { org?: string; target?: string } = {}): string[] {
  const out: string[] = [];
  for (const p of people) {
    for (const o of p.offices) {
      if (o.office !== office || o.country !== country || !heldOn(o, date)) continue;
      if (where.org !== undefined && o.org !== where.org) continue;
      if (where.target !== undefined && o.target !== where.target) continue;
      if (!out.includes(p.id)) out.push(p.id);
    }
  }
  return out;
}

const nameKeys = new Map<string, Set<string>>();
for (const p of people) {
  for (const n of [...p.ar, ...p.short]) {
    const k = normalizeString(n);
    if (!nameKeys.has(k)) nameKeys.set(k, new Set());
    nameKeys.get(k)!.add(p.id);
  }
}

describe('kb/people.json: shape', () => {
  it('has at least 300 people and the shape the loader accepts', () => {
    expect(people.length).toBeGreaterThanOrEqual(300);
    expect(() => validateKbData({ states: [], places: [], orgs: [], people })).not.toThrow();
  });

  it('has unique, well-formed ids and QIDs that are Q-numbers or null', () => {
    const seen = new Set<string>();
    for (const p of people) {
      expect(p.id, p.id).toMatch(ID);
      expect(seen.has(p.id), `duplicate ${p.id}`).toBe(false);
      seen.add(p.id);
      if (p.qid !== null) expect(p.qid, p.id).toMatch(QID);
      expect(typeof p.en === 'string' && p.en.trim().length > 0, p.id).toBe(true);
    }
    const qids = people.map((p) => p.qid).filter((q): q is string => q !== null);
    expect(new Set(qids).size).toBe(qids.length);
  });

  it('writes names in Arabic letters, without diacritics, titles or duplicates', () => {
    for (const p of people) {
      expect(p.ar.length, p.id).toBeGreaterThan(0);
      for (const n of [...p.ar, ...p.short]) {
        expect(n, p.id).toMatch(ARABIC_NAME);
        expect(n, p.id).toBe(n.trim().replace(/\s+/gu, ' '));
        for (const t of TITLE_WORDS) expect(n.startsWith(`${t} `), `${p.id}: title in ${n}`).toBe(false);
      }
      expect(new Set(p.ar).size, p.id).toBe(p.ar.length);
      expect(new Set(p.short).size, p.id).toBe(p.short.length);
    }
  });

  it('gives every person offices with valid keys, sectors, codes and dates', () => {
    const offices = new Set<string>(OFFICES);
    const sectors = new Set<string>(SECTORS);
    for (const p of people) {
      expect(p.offices.length, p.id).toBeGreaterThan(0);
      for (const o of p.offices) {
        const at = `${p.id} ${o.office} ${o.from}`;
        expect(offices.has(o.office), at).toBe(true);
        expect(sectors.has(o.sector), at).toBe(true);
        if (o.country !== null) expect(o.country, at).toMatch(ISO3);
        if (o.org !== null) expect(o.org, at).toMatch(ORG_CODE);
        if (o.target !== undefined && o.target !== null) expect(o.target, at).toMatch(ORG_CODE);
        expect(o.from, at).toMatch(PARTIAL_DATE);
        expect(isRealDate(o.from), at).toBe(true);
        expect(Number(o.from.slice(0, 4)), at).toBeGreaterThanOrEqual(1950);
        if (o.to !== null) {
          expect(o.to, at).toMatch(PARTIAL_DATE);
          expect(isRealDate(o.to), at).toBe(true);
          expect(firstDay(o.from) <= lastDay(o.to), `${at}: from after to`).toBe(true);
          expect(o.to <= '2026-12-31', at).toBe(true);
        }
        if (o.office === 'minister') expect(typeof o.portfolio === 'string' && o.portfolio.length > 0, at).toBe(true);
        if (o.portfolio !== undefined && o.portfolio !== null) expect(o.office, at).toBe('minister');
      }
    }
  });

  it('codes UN offices as IGO officials of the UN, and IGO and group offices with their organisation', () => {
    for (const p of people) {
      for (const o of p.offices) {
        const at = `${p.id} ${o.office} ${o.from}`;
        if (o.office === 'un_secretary_general' || o.office === 'un_envoy' || o.office === 'un_deputy_envoy') {
          expect(o.org, at).toBe('UN');
          expect(o.country, at).toBeNull();
          expect(o.sector, at).toBe('IGO');
        }
        if (o.sector === 'IGO') {
          expect(o.org, at).not.toBeNull();
          expect(o.country, at).toBeNull();
        }
        if (o.office === 'org_head' || o.office === 'group_leader') expect(o.org, at).not.toBeNull();
        if (o.office === 'speaker') expect(o.sector, at).toBe('LEG');
        if (o.office === 'army_chief') expect(o.sector, at).toBe('MIL');
        if (['head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister'].includes(o.office)) {
          expect(o.country, at).toMatch(ISO3);
          expect(['GOV', 'MIL'], at).toContain(o.sector);
        }
      }
    }
  });
});

describe('kb/people.json: who held an office when', () => {
  const UNIQUE: Office[] = ['head_of_state', 'head_of_government', 'foreign_minister', 'defence_minister'];
  /** Transitions may overlap by a few days (the outgoing holder's last day, a swearing-in). */
  const MAX_OVERLAP_DAYS = 7;

  it('never has two holders of a head of state, head of government, foreign or defence minister office at once', () => {
    const problems: string[] = [];
    for (const office of UNIQUE) {
      const byCountry = new Map<string, { id: string; o: KbOffice }[]>();
      for (const p of people) {
        for (const o of p.offices) {
          if (o.office !== office || o.country === null) continue;
          if (!byCountry.has(o.country)) byCountry.set(o.country, []);
          byCountry.get(o.country)!.push({ id: p.id, o });
        }
      }
      for (const [country, list] of byCountry) {
        for (let a = 0; a < list.length; a++) {
          for (let b = a + 1; b < list.length; b++) {
            const x = list[a]!;
            const y = list[b]!;
            if (x.id === y.id) continue;
            // partial dates stand for their first day on both ends, so that 2015-12 … 2015-12 is a clean handover
            const start = Math.max(firstDay(x.o.from), firstDay(y.o.from));
            const end = Math.min(x.o.to ? firstDay(x.o.to) : Infinity, y.o.to ? firstDay(y.o.to) : Infinity);
            if (end - start > MAX_OVERLAP_DAYS) problems.push(`${office} ${country}: ${x.id} ${x.o.from}–${x.o.to} / ${y.id} ${y.o.from}–${y.o.to}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each([
    ['foreign_minister', 'RUS', '2020-07-17', 'person:sergey-lavrov'],
    ['head_of_state', 'USA', '2023-03-14', 'person:joe-biden'],
    ['head_of_state', 'USA', '2020-07-17', 'person:donald-trump'],
    ['head_of_state', 'USA', '2016-05-01', 'person:barack-obama'],
    ['head_of_state', 'USA', '2025-06-01', 'person:donald-trump'],
    ['head_of_state', 'SYR', '2017-08-03', 'person:bashar-al-assad'],
    ['head_of_state', 'SYR', '2025-06-01', 'person:ahmed-al-sharaa'],
    ['head_of_state', 'RUS', '2023-03-14', 'person:vladimir-putin'],
    ['head_of_state', 'RUS', '2011-06-01', 'person:dmitry-medvedev'],
    ['head_of_state', 'TUR', '2023-03-14', 'person:recep-tayyip-erdogan'],
    ['head_of_state', 'IRN', '2024-06-15', 'person:mohammad-mokhber'],
    ['head_of_state', 'IRN', '2025-01-01', 'person:masoud-pezeshkian'],
    ['head_of_state', 'EGY', '2012-01-01', 'person:mohamed-hussein-tantawi'],
    ['head_of_state', 'EGY', '2013-01-01', 'person:mohamed-morsi'],
    ['head_of_state', 'LBN', '2025-06-01', 'person:joseph-aoun'],
    ['head_of_state', 'SAU', '2016-01-01', 'person:king-salman'],
    ['head_of_government', 'ISR', '2022-08-01', 'person:yair-lapid'],
    ['head_of_government', 'ISR', '2023-03-14', 'person:benjamin-netanyahu'],
    ['head_of_government', 'GBR', '2022-10-01', 'person:liz-truss'],
    ['head_of_government', 'LBN', '2025-06-01', 'person:nawaf-salam'],
    ['head_of_government', 'IRQ', '2023-03-14', 'person:mohammed-shia-al-sudani'],
    ['head_of_government', 'SYR', '2017-08-03', 'person:imad-khamis'],
    ['foreign_minister', 'USA', '2017-08-03', 'person:rex-tillerson'],
    ['foreign_minister', 'USA', '2020-07-17', 'person:mike-pompeo'],
    ['foreign_minister', 'USA', '2025-06-01', 'person:marco-rubio'],
    ['foreign_minister', 'TUR', '2023-03-14', 'person:mevlut-cavusoglu'],
    ['foreign_minister', 'TUR', '2015-10-01', 'person:feridun-sinirlioglu'],
    ['foreign_minister', 'TUR', '2024-01-01', 'person:hakan-fidan'],
    ['foreign_minister', 'SYR', '2017-08-03', 'person:walid-muallem'],
    ['foreign_minister', 'SYR', '2023-03-14', 'person:faisal-mekdad'],
    ['foreign_minister', 'SYR', '2025-06-01', 'person:asaad-al-shaibani'],
    ['foreign_minister', 'IRN', '2017-08-03', 'person:mohammad-javad-zarif'],
    ['foreign_minister', 'IRN', '2025-06-01', 'person:abbas-araghchi'],
    ['foreign_minister', 'SAU', '2017-08-03', 'person:adel-al-jubeir'],
    ['foreign_minister', 'FRA', '2023-03-14', 'person:catherine-colonna'],
    ['foreign_minister', 'GBR', '2017-08-03', 'person:boris-johnson'],
    ['foreign_minister', 'CHN', '2023-03-14', 'person:qin-gang'],
    ['foreign_minister', 'ISR', '2018-01-01', 'person:benjamin-netanyahu'],
    ['defence_minister', 'RUS', '2017-08-03', 'person:sergei-shoigu'],
    ['defence_minister', 'RUS', '2025-01-01', 'person:andrei-belousov'],
    ['defence_minister', 'USA', '2017-08-03', 'person:jim-mattis'],
    ['defence_minister', 'SYR', '2025-06-01', 'person:murhaf-abu-qasra'],
    ['defence_minister', 'TUR', '2023-03-14', 'person:hulusi-akar'],
    ['deputy_foreign_minister', 'RUS', '2017-08-03', 'person:gennady-gatilov'],
    ['deputy_foreign_minister', 'RUS', '2020-07-17', 'person:sergey-vershinin'],
    ['deputy_foreign_minister', 'IRN', '2017-08-03', 'person:hossein-jaberi-ansari'],
    ['deputy_defence_minister', 'RUS', '2017-08-03', 'person:alexander-fomin'],
    ['special_envoy', 'RUS', '2023-03-14', 'person:alexander-lavrentiev'],
    ['ambassador', 'RUS', '2023-03-14', 'person:alexander-yefimov'],
    ['ambassador', 'USA', '2020-07-17', 'person:john-j-sullivan'],
    ['ambassador', 'SYR', '2023-03-14', 'person:bashar-al-jaafari'],
    ['un_secretary_general', null, '2017-08-03', 'person:antonio-guterres'],
    ['un_secretary_general', null, '2013-01-01', 'person:ban-ki-moon'],
  ] as [Office, string | null, string, string][])('%s %s on %s is held by %s', (office, country, date, id) => {
    expect(holders(office, country, date)).toContain(id);
  });

  it.each([
    ['SYR', '2012-06-01', 'person:kofi-annan'],
    ['SYR', '2013-06-01', 'person:lakhdar-brahimi'],
    ['SYR', '2017-08-03', 'person:staffan-de-mistura'],
    ['SYR', '2020-07-17', 'person:geir-pedersen'],
    ['YEM', '2013-01-01', 'person:jamal-benomar'],
    ['YEM', '2016-06-01', 'person:ismail-ould-cheikh-ahmed'],
    ['YEM', '2019-06-01', 'person:martin-griffiths'],
    ['YEM', '2023-03-14', 'person:hans-grundberg'],
    ['LBY', '2018-06-01', 'person:ghassan-salame'],
  ])('the UN envoy for %s on %s is %s', (target, date, id) => {
    expect(holders('un_envoy', null, date, { org: 'UN', target })).toEqual([id]);
  });

  it('has the deputy UN envoy for Syria of 2017 (Ramzy Ezzeldin Ramzy)', () => {
    expect(holders('un_deputy_envoy', null, '2017-08-03', { target: 'SYR' })).toEqual(['person:ramzy-ezzeldin-ramzy']);
  });

  it('models al-Jolani / al-Sharaa as HTS leader to January 2025 and head of state after', () => {
    const p = person('person:ahmed-al-sharaa');
    for (const n of ['أبو محمد الجولاني', 'أحمد الشرع']) expect(p.ar).toContain(n);
    for (const n of ['الجولاني', 'الشرع']) expect(p.short).toContain(n);
    expect(holders('group_leader', null, '2020-01-01', { org: 'HTS' })).toEqual([p.id]);
    expect(holders('group_leader', null, '2025-06-01', { org: 'HTS' })).toEqual([]);
    expect(holders('head_of_state', 'SYR', '2024-12-20')).toEqual([]);
  });

  it('ends Nasrallah at 2024-09-27 and starts Naim Qassem as Hezbollah leader after', () => {
    expect(holders('group_leader', 'LBN', '2024-09-01', { org: 'HEZBOLLAH' })).toEqual(['person:hassan-nasrallah']);
    expect(holders('group_leader', 'LBN', '2025-01-01', { org: 'HEZBOLLAH' })).toEqual(['person:naim-qassem']);
  });

  // Someone for every state's top offices at three dates: a gap here means a missing holder.
  // Known gaps (README-people.md): Sudan's and Libya's foreign ministers after 2021 and 2023.
  const STATES = ['SYR', 'IRQ', 'LBN', 'JOR', 'PSE', 'ISR', 'EGY', 'LBY', 'YEM', 'SAU', 'ARE', 'QAT', 'KWT', 'BHR', 'OMN', 'TUR', 'IRN', 'SDN', 'TUN', 'DZA', 'MAR', 'USA', 'RUS', 'CHN', 'GBR', 'FRA'];
  const NO_PM = ['USA', 'IRN', 'OMN'];
  const cases: [string, string][] = [];
  for (const date of ['2011-01-15', '2021-06-01', '2025-06-01']) for (const c of STATES) cases.push([c, date]);
  it.each(cases)('has the head of state, head of government and foreign minister of %s on %s', (c, date) => {
    // Lebanon had no president from 2014-05 to 2016-10 and from 2022-10 to 2025-01 (not at these dates)
    expect(holders('head_of_state', c, date), 'head of state').toHaveLength(1);
    // no prime minister: Turkey after 2018-07-09, Sudan before 2017, Syria after 2025-03-29
    const pm = !NO_PM.includes(c) && !(c === 'TUR' && date >= '2018-07-09') && !(c === 'SDN' && date < '2017') && !(c === 'SYR' && date >= '2025-03-29');
    if (pm) expect(holders('head_of_government', c, date), 'head of government').toHaveLength(1);
    if (!(date === '2025-06-01' && (c === 'SDN' || c === 'LBY'))) expect(holders('foreign_minister', c, date), 'foreign minister').toHaveLength(1);
  });
  it.each(['USA', 'RUS', 'CHN', 'GBR', 'FRA', 'TUR', 'IRN', 'ISR', 'SYR', 'IRQ', 'LBN', 'EGY', 'SAU', 'ARE', 'QAT'])('has the defence minister of %s on 2021-06-01', (c) => {
    expect(holders('defence_minister', c, '2021-06-01')).toHaveLength(1);
  });
  it.each(['USA', 'RUS', 'CHN', 'GBR', 'FRA', 'TUR', 'IRN', 'ISR', 'SYR', 'SAU', 'EGY', 'IRQ', 'JOR', 'QAT', 'ARE'])('has one foreign minister of %s on 1 March of every year 2011–2026', (c) => {
    for (let y = 2011; y <= 2026; y++) expect(holders('foreign_minister', c, `${y}-03-01`).length, `${c} ${y}`).toBe(1);
  });
});

describe('kb/people.json: names', () => {
  const resolves = (name: string): string[] => [...(nameKeys.get(normalizeString(name)) ?? [])];

  // The people of the gold articles, as the articles write them.
  it.each([
    ['بشار الأسد', 'person:bashar-al-assad'],
    ['الأسد', 'person:bashar-al-assad'],
    ['سيرغي فيرشينين', 'person:sergey-vershinin'],
    ['غير بيدرسون', 'person:geir-pedersen'],
    ['بيدرسون', 'person:geir-pedersen'],
    ['جون سوليفان', 'person:john-j-sullivan'],
    ['دونالد ترمب', 'person:donald-trump'],
    ['فلاديمير بوتين', 'person:vladimir-putin'],
    ['ألكسندر لافرنتييف', 'person:alexander-lavrentiev'],
    ['بايدن', 'person:joe-biden'],
    ['أردوغان', 'person:recep-tayyip-erdogan'],
    ['إردوغان', 'person:recep-tayyip-erdogan'],
    ['فيصل المقداد', 'person:faisal-mekdad'],
    ['مولود جاويش أوغلو', 'person:mevlut-cavusoglu'],
    ['مولود تشاووش أوغلو', 'person:mevlut-cavusoglu'],
    ['غينادي غاتيلوف', 'person:gennady-gatilov'],
    ['رمزي عز الدين رمزي', 'person:ramzy-ezzeldin-ramzy'],
    ['ألكسندر فومين', 'person:alexander-fomin'],
    ['حسين جابري أنصاري', 'person:hossein-jaberi-ansari'],
    ['أنصاري', 'person:hossein-jaberi-ansari'],
    ['ميخائيل بوغدانوف', 'person:mikhail-bogdanov'],
    ['ألكسندر يفيموف', 'person:alexander-yefimov'],
    ['بشار الجعفري', 'person:bashar-al-jaafari'],
    ['سيرجي لافروف', 'person:sergey-lavrov'],
    ['أبو محمد الجولاني', 'person:ahmed-al-sharaa'],
    ['بن سلمان', 'person:mohammed-bin-salman'],
  ])('%s names %s', (name, id) => {
    expect(resolves(name)).toContain(id);
  });

  it('gives every full name a key of at least two words, or a kunya', () => {
    for (const p of people) for (const n of p.ar) expect(n.includes(' ') || n.includes('-'), `${p.id}: ${n}`).toBe(true);
  });

  it('keeps short forms out of the full names of other people only when they share a surname', () => {
    // a short form equal to someone else's *full* name would swallow that person's mentions
    const full = new Map<string, string>();
    for (const p of people) for (const n of p.ar) full.set(normalizeString(n), p.id);
    const clashes: string[] = [];
    for (const p of people) {
      for (const s of p.short) {
        const other = full.get(normalizeString(s));
        if (other && other !== p.id) clashes.push(`${p.id}: ${s} = ${other}`);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('kb/README-people.md', () => {
  it('documents sources, conventions and gaps', () => {
    for (const h of ['## Sources', '## Conventions', '## Known gaps']) expect(readme).toContain(h);
  });
});
