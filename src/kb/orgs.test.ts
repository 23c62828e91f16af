import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRANSNATIONAL_ORGS } from './codes.ts';
import { KnowledgeBase, nameKey } from './kb.ts';
import { SECTORS, type KbOrg } from './types.ts';
import { validateKbData } from './validate.ts';

const root = new URL('../../', import.meta.url);
const orgs = JSON.parse(readFileSync(new URL('kb/orgs.json', root), 'utf8')) as KbOrg[];
const readme = readFileSync(new URL('kb/README-orgs.md', root), 'utf8');

const ISO3 = /^[A-Z]{3}$/u;
const ORG_CODE = /^[A-Z][A-Z0-9_]*(\+[0-9]+)?$/u; // P5+1 is the one code with a '+'
const ARABIC_LETTER = /[\u0621-\u064a]/u;
const DIACRITIC = /[\u064b-\u065f\u0670]/u;
/** Tatweel only in the article before a number, as the press writes it (مجموعة الـ20). */
const STRAY_TATWEEL = /\u0640(?![0-9])|(?<!ال)\u0640/u;

/**
 * Transnational codes of shared/spec/ORGS.md, with the country each is written with. The dyad key
 * is the code alone, so the country is informational, but it must be the same wherever the code
 * appears.
 */
const TRANSNATIONAL: Record<string, string | null> = {
  UN: null, UNSC: null, UNHCR: null, UNICEF: null, WFP: null, WHO: null, IAEA: null, OPCW: null,
  EU: null, NATO: null, ARAB_LEAGUE: null, GCC: null, OIC: null, AU: null, ASEAN: null, OPEC: null,
  'P5+1': null, FRIENDS_OF_YEMEN: null, COALITION: null, ARAB_COALITION: null, WEST: null,
  AMNESTY: null, HRW: null, ICRC: null, MSF: null, WIKILEAKS: null,
  ISIS: null, AL_QAEDA: null, AQAP: 'YEM', HTS: null, HEZBOLLAH: 'LBN', PKK: 'TUR',
};

/** The entry that KnowledgeBase.orgsByCode picks for a code (the first carrying it) must be the main one. */
const MAIN_ENTRY: Record<string, string> = {
  UN: 'org:un', UNSC: 'org:unsc', EU: 'org:eu', ARAB_LEAGUE: 'org:arab-league', ISIS: 'org:isis',
  HTS: 'org:hts', HEZBOLLAH: 'org:hezbollah', IRGC: 'org:irgc', HAMAS: 'org:hamas', PIJ: 'org:pij',
  SDF: 'org:sdf', SNC: 'org:snc',
};

/** Names deliberately listed under more than one entry (compared by nameKey), with the reason. */
const SHARED_NAMES: Record<string, { ids: string[]; reason: string }> = {
  'وزارة الخارجية والمغتربين': {
    ids: ['org:syria-mfa', 'org:lebanon-mfa'],
    reason: 'official name of both the Syrian and the Lebanese foreign ministry; context decides',
  },
};

function namesNeedingContext(md: string): string[] {
  const start = md.indexOf('## Names that need context');
  if (start < 0) return [];
  const rest = md.slice(start + 3);
  const end = rest.search(/^## /mu);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/^- `([^`]+)`/gmu)].map((m) => m[1]!);
}

describe('kb/orgs.json', () => {
  it('has the shape the loader accepts, with at least 200 entries', () => {
    expect(orgs.length).toBeGreaterThanOrEqual(200);
    expect(() => validateKbData({ states: [], places: [], orgs, people: [] })).not.toThrow();
  });

  it('has unique, well-formed ids and QIDs', () => {
    const ids = orgs.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^org:[a-z0-9]+(?:-[a-z0-9]+)*$/u);
    const qids = orgs.map((o) => o.qid).filter((q): q is string => q !== null);
    expect(new Set(qids).size).toBe(qids.length);
    for (const q of qids) expect(q).toMatch(/^Q[1-9][0-9]*$/u);
  });

  it('gives every entry an English name and clean, non-empty Arabic names', () => {
    for (const o of orgs) {
      expect(o.en.trim(), o.id).not.toBe('');
      expect(o.ar.length, o.id).toBeGreaterThan(0);
      expect(new Set(o.ar).size, `${o.id}: repeated name`).toBe(o.ar.length);
      for (const n of o.ar) {
        expect(n, o.id).toBe(n.trim());
        expect(n, o.id).not.toMatch(/\s{2}/u);
        expect(n, o.id).not.toMatch(DIACRITIC);
        expect(n, o.id).not.toMatch(STRAY_TATWEEL);
        expect(n, o.id).toBe(n.normalize('NFC'));
        // Arabic, or a Latin abbreviation as the Arabic press writes it (BBC, RT, PKK).
        expect(ARABIC_LETTER.test(n) || /^[A-Z0-9]+$/u.test(n), `${o.id}: ${n}`).toBe(true);
      }
      expect(ARABIC_LETTER.test(o.ar[0]!), `${o.id}: usual Arabic name first`).toBe(true);
    }
  });

  it('codes actors with valid sectors, countries and org codes', () => {
    const sectors = new Set<string>(SECTORS);
    for (const o of orgs) {
      expect(['ORG', 'MISC'], o.id).toContain(o.type);
      if (o.type === 'MISC') {
        expect(o.actor, `${o.id}: MISC is not an actor`).toBeNull();
        expect(o.metonymFor, o.id).toBeNull();
        continue;
      }
      expect(o.actor, `${o.id}: every ORG listed here acts`).not.toBeNull();
      const a = o.actor!;
      expect(sectors.has(a.sector), `${o.id}: sector ${a.sector}`).toBe(true);
      if (a.country !== null) expect(a.country, o.id).toMatch(ISO3);
      if (a.org !== null) expect(a.org, o.id).toMatch(ORG_CODE);
      if (o.metonymFor !== null) {
        expect(o.metonymFor, o.id).toMatch(ISO3);
        expect(a, o.id).toEqual({ country: o.metonymFor, sector: 'GOV', org: null });
      }
    }
  });

  it('has every transnational code of ORGS.md, with its country wherever it appears', () => {
    expect(new Set(Object.keys(TRANSNATIONAL))).toEqual(new Set(TRANSNATIONAL_ORGS));
    for (const [code, country] of Object.entries(TRANSNATIONAL)) {
      const carrying = orgs.filter((o) => o.actor?.org === code);
      expect(carrying.length, `no entry for ${code}`).toBeGreaterThan(0);
      for (const o of carrying) expect(o.actor!.country, `${o.id} (${code})`).toBe(country);
    }
  });

  it('lists the main entry of a code before the bodies that share it', () => {
    const kb = new KnowledgeBase({ states: [], places: [], orgs, people: [] });
    for (const [code, id] of Object.entries(MAIN_ENTRY)) expect(kb.orgsByCode.get(code)?.id, code).toBe(id);
  });

  it('does not list a name under two entries unless allowed', () => {
    const byKey = new Map<string, Set<string>>();
    for (const o of orgs) {
      for (const n of o.ar) {
        const k = nameKey(n);
        const s = byKey.get(k) ?? new Set<string>();
        s.add(o.id);
        byKey.set(k, s);
      }
    }
    const allowed = new Map(Object.entries(SHARED_NAMES).map(([n, v]) => [nameKey(n), v]));
    const shared = [...byKey].filter(([, s]) => s.size > 1).map(([k, s]) => [k, [...s].sort()] as const);
    for (const [k, ids] of shared) expect(ids, `"${k}" under ${ids.join(', ')}`).toEqual(allowed.get(k)?.ids.slice().sort());
    // No stale allow-list entries.
    for (const [k, v] of allowed) expect([...(byKey.get(k) ?? [])].sort(), k).toEqual(v.ids.slice().sort());
  });

  it('contains every name that README-orgs.md lists as needing context', () => {
    const listed = namesNeedingContext(readme);
    expect(listed.length).toBeGreaterThan(20);
    const keys = new Set(orgs.flatMap((o) => o.ar.map(nameKey)));
    for (const n of listed) expect(keys.has(nameKey(n)), n).toBe(true);
  });

  describe('spot checks', () => {
    const kb = new KnowledgeBase({ states: [], places: [], orgs, people: [] });
    const one = (name: string): KbOrg => {
      const es = kb.lookup(name).filter((e) => e.kind === 'org');
      expect(es.length, name).toBe(1);
      return (es[0] as { org: KbOrg }).org;
    };
    const actor = (country: string | null, sector: string, org: string | null = null) => ({ country, sector, org });

    it.each([
      // From the brief.
      ['قسد', actor('SYR', 'REB', 'SDF')],
      ['قوات سوريا الديمقراطية', actor('SYR', 'REB', 'SDF')],
      // From the gold files (shared/gold/dev).
      ['وزارة الخارجية الروسية', actor('RUS', 'GOV')],
      ['الخارجية الروسية', actor('RUS', 'GOV')],
      ['وزارة الدفاع الروسية', actor('RUS', 'GOV')],
      ['الدفاع الروسية', actor('RUS', 'GOV')],
      ['وزارة الخارجية الأمريكية', actor('USA', 'GOV')],
      ['الأمم المتحدة', actor(null, 'IGO', 'UN')],
      ['مجلس الأمن الدولي', actor(null, 'IGO', 'UNSC')],
      ['مجلس الأمن', actor(null, 'IGO', 'UNSC')],
      ['تنظيم الدولة الإسلامية', actor(null, 'REB', 'ISIS')],
      ['قناة سوريا', actor('SYR', 'MED')],
      ['العربية', actor('SAU', 'MED')],
      ['الحياة', actor('SAU', 'MED')],
      ['بلومبرغ', actor('USA', 'MED')],
      ['الرئاسة السورية', actor('SYR', 'GOV')],
      ['اللجنة المركزية لحوران', actor('SYR', 'OPP')],
      ['مجلس الشؤون الدولية الروسي', actor('RUS', 'NGO')],
      ['المعهد الروسي للدراسات الاستراتيجية', actor('RUS', 'GOV')],
      // Codes of ORGS.md and the brief.
      ['داعش', actor(null, 'REB', 'ISIS')],
      ['جبهة النصرة', actor(null, 'REB', 'HTS')],
      ['هيئة تحرير الشام', actor(null, 'REB', 'HTS')],
      ['حزب الله', actor('LBN', 'REB', 'HEZBOLLAH')],
      ['كتائب حزب الله', actor('IRQ', 'MIL', 'KATAIB_HEZBOLLAH')],
      ['حزب العمال الكردستاني', actor('TUR', 'REB', 'PKK')],
      ['الحوثيون', actor('YEM', 'REB', 'HOUTHIS')],
      ['الائتلاف الوطني السوري', actor('SYR', 'OPP', 'SNC')],
      ['الحرس الثوري', actor('IRN', 'MIL', 'IRGC')],
      ['حلف الناتو', actor(null, 'IGO', 'NATO')],
      ['الجامعة العربية', actor(null, 'IGO', 'ARAB_LEAGUE')],
      ['مجلس التعاون لدول الخليج العربية', actor(null, 'IGO', 'GCC')],
      ['أوبك+', actor(null, 'IGO', 'OPEC_PLUS')],
      ['مجموعة 5+1', actor(null, 'IGO', 'P5+1')],
      ['التحالف العربي', actor(null, 'MIL', 'ARAB_COALITION')],
      ['التحالف الدولي', actor(null, 'MIL', 'COALITION')],
      ['المحكمة الجنائية الدولية', actor(null, 'JUD', 'ICC')],
      ['الأونروا', actor(null, 'IGO', 'UN')],
      ['كتائب القسام', actor('PSE', 'REB', 'HAMAS')],
      ['الكنيست', actor('ISR', 'LEG')],
      ['مجلس الشعب السوري', actor('SYR', 'LEG')],
      ['الجيش العربي السوري', actor('SYR', 'MIL')],
      ['فاغنر', actor('RUS', 'MIL', 'WAGNER')],
      ['فرانس برس', actor('FRA', 'MED')],
    ] as const)('%s', (name, expected) => {
      expect(one(name).actor).toEqual(expected);
    });

    it('codes the seats of government as metonyms', () => {
      expect(one('الكرملين').metonymFor).toBe('RUS');
      expect(one('البيت الأبيض').metonymFor).toBe('USA');
      expect(one('البنتاغون').metonymFor).toBe('USA');
      expect(one('الإليزيه').metonymFor).toBe('FRA');
      expect(one('داونينغ ستريت').metonymFor).toBe('GBR');
      expect(one('قصر بعبدا').metonymFor).toBe('LBN');
      expect(one('الرئاسة السورية').metonymFor).toBeNull();
    });

    it.each(['قانون قيصر', 'مسار آستانة', 'عملية آستانة', 'مسار جنيف', 'مفاوضات جنيف', 'القرار 2254', 'الاتفاق النووي'])(
      '%s is MISC, not an actor',
      (name) => {
        const o = one(name);
        expect(o.type).toBe('MISC');
        expect(o.actor).toBeNull();
      },
    );

    it('prefers the longest name: a resolution is not the Security Council', () => {
      const toks = 'قرار مجلس الأمن 2254'.split(' ').map(nameKey);
      const m = kb.longestMatch(toks, 0);
      expect(m?.length).toBe(4);
      expect(m?.entries.map((e) => e.id)).toEqual(['org:unscr-2254']);
    });
  });
});
