import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { KbPlace, KbState, PlaceKind } from './types.ts';
import { buildPlaces, buildStates, formatLines, type BuildReport } from '../../scripts/build-kb-geo.ts';
import { PLACES, STATES } from '../../scripts/kb-geo-data.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const statesText = readFileSync(join(ROOT, 'kb', 'states.json'), 'utf8');
const placesText = readFileSync(join(ROOT, 'kb', 'places.json'), 'utf8');
const states = JSON.parse(statesText) as KbState[];
/** Seas, straits and regions spanning states have `country: null`. */
const places = JSON.parse(placesText) as (Omit<KbPlace, 'country'> & { country: string | null })[];

const KINDS: PlaceKind[] = ['capital', 'city', 'town', 'governorate', 'region', 'district', 'border-crossing', 'site', 'water', 'mountain'];
/** Arabic letters, words separated by single spaces: no harakat, tatweel, Latin or punctuation. */
const ARABIC_WORDS = /^[\u0621-\u063a\u0641-\u064a]+( [\u0621-\u063a\u0641-\u064a]+)*$/u;

const byIso3 = new Map(states.map((s) => [s.iso3, s]));
const state = (iso3: string): KbState => {
  const s = byIso3.get(iso3);
  if (!s) throw new Error(`no state ${iso3}`);
  return s;
};
/** The states whose names include `name`. */
const statesNamed = (name: string) => states.filter((s) => s.ar.includes(name)).map((s) => s.iso3);
const placesNamed = (name: string, country?: string) =>
  places.filter((p) => p.ar.includes(name) && (country === undefined || p.country === country));

/** The 193 members of the United Nations. */
const UN_MEMBERS = `AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ
ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA
JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX
FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT
ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK
TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE`.split(/\s+/);

describe('kb/states.json', () => {
  it('has every member of the United Nations, and the observers and partly recognised states', () => {
    expect(UN_MEMBERS).toHaveLength(193);
    for (const iso3 of [...UN_MEMBERS, 'PSE', 'VAT', 'XKX', 'TWN', 'ESH']) expect(byIso3.has(iso3), iso3).toBe(true);
  });

  it('has well-formed, unique codes', () => {
    expect(byIso3.size).toBe(states.length);
    expect(new Set(states.map((s) => s.iso2)).size).toBe(states.length);
    for (const s of states) {
      expect(s.iso3, s.en).toMatch(/^[A-Z]{3}$/);
      expect(s.iso2, s.en).toMatch(/^[A-Z]{2}$/);
      if (s.qid !== null) expect(s.qid, s.en).toMatch(/^Q[1-9]\d*$/);
      expect(s.en.trim(), s.iso3).not.toBe('');
    }
    const qids = states.flatMap((s) => (s.qid ? [s.qid] : []));
    expect(new Set(qids).size).toBe(qids.length);
  });

  it('has Arabic names, capitals and demonyms written in Arabic letters, without repeats', () => {
    for (const s of states) {
      expect(s.ar.length, s.iso3).toBeGreaterThan(0);
      const all = [...s.ar, ...s.demonyms, ...(s.capital?.ar ?? [])];
      for (const n of all) expect(n, s.iso3).toMatch(ARABIC_WORDS);
      expect(new Set(s.ar).size, `${s.iso3} names`).toBe(s.ar.length);
      expect(new Set(s.demonyms).size, `${s.iso3} demonyms`).toBe(s.demonyms.length);
      if (s.capital) {
        expect(s.capital.en.trim(), s.iso3).not.toBe('');
        expect(s.capital.ar.length, s.iso3).toBeGreaterThan(0);
        expect(new Set(s.capital.ar).size, `${s.iso3} capital`).toBe(s.capital.ar.length);
      }
    }
  });

  it('gives no Arabic name or demonym to two states', () => {
    const owner = new Map<string, string>();
    for (const s of states) {
      for (const n of [...s.ar, ...s.demonyms]) {
        const other = owner.get(n);
        if (other !== undefined && other !== s.iso3) throw new Error(`${n}: ${other} and ${s.iso3}`);
        owner.set(n, s.iso3);
      }
    }
  });

  it('knows the usual names and spellings of the news', () => {
    expect(statesNamed('سوريا')).toEqual(['SYR']);
    expect(statesNamed('سورية')).toEqual(['SYR']);
    for (const n of ['أمريكا', 'أميركا', 'امريكا', 'الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية'])
      expect(statesNamed(n), n).toEqual(['USA']);
    for (const [iso3, names] of Object.entries({
      RUS: ['روسيا', 'روسيا الاتحادية'],
      SAU: ['السعودية', 'المملكة العربية السعودية'],
      ARE: ['الإمارات', 'الامارات', 'الإمارات العربية المتحدة'],
      GBR: ['بريطانيا', 'المملكة المتحدة'],
      IRN: ['إيران', 'ايران'],
      ISR: ['إسرائيل', 'اسرائيل'],
      TUR: ['تركيا', 'تركية'],
      LBY: ['ليبيا'],
      EGY: ['مصر', 'جمهورية مصر العربية'],
      JOR: ['الأردن', 'الاردن'],
      PSE: ['فلسطين'],
    }))
      for (const n of names) expect(statesNamed(n), n).toEqual([iso3]);
  });

  it('has the capitals the news names', () => {
    const capitals: Record<string, string[]> = {
      SYR: ['دمشق'],
      TUR: ['أنقرة', 'انقرة'],
      RUS: ['موسكو'],
      USA: ['واشنطن'],
      CHN: ['بكين'],
      IRN: ['طهران'],
      SAU: ['الرياض'],
      ARE: ['أبوظبي', 'أبو ظبي', 'ابوظبي'],
      KAZ: ['أستانا', 'آستانة'],
      LBN: ['بيروت'],
      IRQ: ['بغداد'],
    };
    for (const [iso3, names] of Object.entries(capitals)) for (const n of names) expect(state(iso3).capital?.ar, iso3).toContain(n);
    expect(state('SYR').capital?.en).toBe('Damascus');
  });

  it('has every form of the demonyms, without the article', () => {
    const forms: Record<string, string[]> = {
      RUS: ['روسي', 'روسية', 'روس', 'روسيون', 'روسيين', 'روسيات'],
      USA: ['أمريكي', 'أميركي', 'أمريكية', 'أميركية', 'أمريكيون', 'أمريكيين', 'أميركيون', 'أميركيين', 'أمريكان', 'أمريكيات', 'امريكي'],
      TUR: ['تركي', 'تركية', 'أتراك'],
      IRN: ['إيراني', 'ايراني', 'إيرانية', 'إيرانيون'],
      SYR: ['سوري', 'سورية', 'سوريون', 'سوريين'],
      DEU: ['ألماني', 'ألمان'],
      ISR: ['إسرائيلي', 'اسرائيلي', 'إسرائيلية'],
      SAU: ['سعودي', 'سعودية', 'سعوديون'],
      PRK: ['كوري شمالي', 'كورية شمالية'],
    };
    for (const [iso3, list] of Object.entries(forms)) for (const f of list) expect(state(iso3).demonyms, iso3).toContain(f);
    // «الروسية» in the text, the article taken off, is Russian.
    const word = 'الروسية'.replace(/^ال/, '');
    expect(states.filter((s) => s.demonyms.includes(word)).map((s) => s.iso3)).toEqual(['RUS']);
    for (const s of states) {
      expect(s.demonyms, s.iso3).not.toContain('عربي');
      // No article; «الماني» is only the hamza-less spelling of «ألماني».
      for (const d of s.demonyms)
        if (d.startsWith('ال')) expect(s.demonyms.some((h) => /^[أإآ]ل/u.test(h) && h.slice(1) === d.slice(1)), `${s.iso3} ${d}`).toBe(true);
    }
  });
});

describe('kb/places.json', () => {
  it('has well-formed places with unique ids', () => {
    expect(places.length).toBeGreaterThanOrEqual(350);
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    for (const p of places) {
      expect(p.id).toMatch(/^(geonames:[1-9]\d*|place:[a-z0-9]+(-[a-z0-9]+)*)$/);
      if (p.geonames !== null) expect(p.id).toBe(`geonames:${p.geonames}`);
      else expect(p.id.startsWith('place:'), p.id).toBe(true);
      expect(KINDS, p.id).toContain(p.kind);
      expect(p.en.trim(), p.id).not.toBe('');
      expect(p.admin1 === null || (typeof p.admin1 === 'string' && p.admin1 !== ''), p.id).toBe(true);
    }
  });

  it('has coordinates in range and a known state or none', () => {
    for (const p of places) {
      expect(Number.isFinite(p.lat) && p.lat >= -90 && p.lat <= 90, p.id).toBe(true);
      expect(Number.isFinite(p.lon) && p.lon >= -180 && p.lon <= 180, p.id).toBe(true);
      if (p.country !== null) expect(byIso3.has(p.country), `${p.id} ${p.country}`).toBe(true);
      else expect(['region', 'water', 'mountain', 'border-crossing', 'city'], p.id).toContain(p.kind);
    }
  });

  it('has Arabic names written in Arabic letters, without repeats', () => {
    for (const p of places) {
      expect(p.ar.length, p.id).toBeGreaterThan(0);
      for (const n of p.ar) expect(n, p.id).toMatch(ARABIC_WORDS);
      expect(new Set(p.ar).size, p.id).toBe(p.ar.length);
    }
  });

  it('has a place for the capital of every state that has one', () => {
    for (const s of states) {
      if (!s.capital) continue;
      const cap = places.filter((p) => p.kind === 'capital' && p.country === s.iso3);
      expect(cap.map((p) => p.en), s.iso3).toEqual([s.capital.en]);
      expect(cap[0].ar).toEqual(s.capital.ar);
    }
  });

  it('has every governorate of Syria, Iraq, Lebanon, Jordan, Yemen and Egypt', () => {
    const count = (iso3: string) => places.filter((p) => p.country === iso3 && p.kind === 'governorate').length;
    expect(count('SYR')).toBe(14);
    expect(count('IRQ')).toBe(19);
    expect(count('LBN')).toBe(9);
    expect(count('JOR')).toBe(12);
    expect(count('YEM')).toBe(22);
    expect(count('EGY')).toBe(27);
  });

  it('places the news names where they are', () => {
    const one = (name: string, country?: string) => {
      const hits = placesNamed(name, country);
      expect(hits.map((p) => p.id), name).toHaveLength(1);
      return hits[0];
    };
    const daraa = one('درعا');
    expect(daraa.country).toBe('SYR');
    expect(daraa.lat).toBeCloseTo(32.6, 1);
    expect(daraa.lon).toBeCloseTo(36.1, 1);
    expect(one('دمشق')).toMatchObject({ kind: 'capital', country: 'SYR', geonames: 170654 });
    expect(one('حلب')).toMatchObject({ country: 'SYR', admin1: 'Aleppo' });
    expect(one('منبج').country).toBe('SYR');
    expect(one('عين العرب')).toBe(one('كوباني'));
    expect(one('الغوطة الشرقية').kind).toBe('region');
    expect(one('مخيم الهول').kind).toBe('site');
    expect(one('الجولان').country).toBe('SYR');
    expect(one('الموصل')).toMatchObject({ country: 'IRQ', admin1: 'Nineveh' });
    expect(one('الضاحية الجنوبية').country).toBe('LBN');
    expect(one('خان يونس').country).toBe('PSE');
    expect(one('قطاع غزة').kind).toBe('region');
    expect(one('تل أبيب').country).toBe('ISR');
    expect(one('القدس')).toMatchObject({ country: null, geonames: 281184 });
    expect(one('القدس الشرقية').country).toBe('PSE');
    expect(one('المسجد الأقصى').country).toBe('PSE');
    expect(one('الحديدة').country).toBe('YEM');
    expect(one('نيوم').country).toBe('SAU');
    expect(one('غازي عنتاب').country).toBe('TUR');
    expect(one('جنيف').country).toBe('CHE');
    expect(one('سوتشي').country).toBe('RUS');
    expect(one('الشرق الأوسط').country).toBeNull();
    expect(one('مضيق هرمز').kind).toBe('water');
    // A name two places share stays ambiguous: Tripoli of Libya and of Lebanon.
    expect(placesNamed('طرابلس').map((p) => p.country).sort()).toEqual(['LBN', 'LBY']);
    // Hamza-less spellings are there too.
    expect(one('ادلب')).toBe(one('إدلب'));
  });
});

describe('the build', () => {
  it('makes exactly the files in kb/ (run npx tsx scripts/build-kb-geo.ts after editing the source)', () => {
    const report: BuildReport = { unmatched: [], notes: [], intlAdded: [] };
    expect(formatLines(buildStates(STATES, report))).toBe(statesText);
    expect(formatLines(buildPlaces(STATES, PLACES, report))).toBe(placesText);
    expect(report.unmatched).toEqual([]);
  });
});
