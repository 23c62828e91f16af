import { InternalError } from '../base/errors.ts';
import type { KbData } from './kb.ts';
import { OFFICES, SECTORS } from './types.ts';

const ISO3 = /^[A-Z]{3}$/u;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/u;
const sectors = new Set<string>(SECTORS);
const offices = new Set<string>(OFFICES);

type Rec = Record<string, unknown>;

function fail(file: string, i: number, what: string): never {
  throw new InternalError(`knowledge base ${file}[${i}]: ${what}`);
}

function arr(v: unknown, file: string): Rec[] {
  if (!Array.isArray(v)) throw new InternalError(`knowledge base ${file}: expected an array`);
  return v as Rec[];
}

function names(r: Rec, key: string, file: string, i: number, required = true): void {
  const v = r[key];
  if (!Array.isArray(v) || (required && v.length === 0) || v.some((s) => typeof s !== 'string' || s.trim() === '')) fail(file, i, `"${key}" must be a list of names`);
}

function actor(v: unknown, file: string, i: number): void {
  if (v === null) return;
  const a = v as Rec;
  if (typeof a !== 'object' || !sectors.has(a.sector as string)) fail(file, i, `bad actor sector ${JSON.stringify(a?.sector)}`);
  if (a.country !== null && !ISO3.test(String(a.country))) fail(file, i, `bad actor country ${JSON.stringify(a.country)}`);
}

/** Checks the shape of the knowledge base's files; a broken file is a bug in the project's data. */
export function validateKbData(raw: { states: unknown; places: unknown; orgs: unknown; people: unknown; ambiguous?: unknown; commonWords?: unknown }): KbData {
  const states = arr(raw.states, 'states.json');
  states.forEach((s, i) => {
    if (!ISO3.test(String(s.iso3))) fail('states.json', i, `bad iso3 ${JSON.stringify(s.iso3)}`);
    names(s, 'ar', 'states.json', i);
    names(s, 'demonyms', 'states.json', i, false);
  });
  const places = arr(raw.places, 'places.json');
  places.forEach((p, i) => {
    names(p, 'ar', 'places.json', i);
    if (typeof p.lat !== 'number' || typeof p.lon !== 'number' || Math.abs(p.lat) > 90 || Math.abs(p.lon) > 180) fail('places.json', i, 'bad coordinates');
  });
  const orgs = arr(raw.orgs, 'orgs.json');
  orgs.forEach((o, i) => {
    names(o, 'ar', 'orgs.json', i);
    if (o.type !== 'ORG' && o.type !== 'MISC') fail('orgs.json', i, `bad type ${JSON.stringify(o.type)}`);
    actor(o.actor ?? null, 'orgs.json', i);
  });
  const people = arr(raw.people, 'people.json');
  people.forEach((p, i) => {
    names(p, 'ar', 'people.json', i);
    names(p, 'short', 'people.json', i, false);
    const os = p.offices;
    if (!Array.isArray(os)) fail('people.json', i, '"offices" must be a list');
    for (const o of os as Rec[]) {
      if (!offices.has(o.office as string)) fail('people.json', i, `unknown office ${JSON.stringify(o.office)}`);
      if (!sectors.has(o.sector as string)) fail('people.json', i, `bad sector ${JSON.stringify(o.sector)}`);
      if (!PARTIAL_DATE.test(String(o.from)) || (o.to !== null && !PARTIAL_DATE.test(String(o.to)))) fail('people.json', i, `bad office dates ${o.from}–${o.to}`);
    }
  });
  const strings = (v: unknown) => Array.isArray(v) && v.every((n) => typeof n === 'string');
  const amb = raw.ambiguous as { orgs?: unknown; places?: unknown; people?: unknown } | undefined;
  if (amb !== undefined && (!strings(amb.orgs) || !strings(amb.places) || (amb.people !== undefined && !strings(amb.people)))) {
    throw new InternalError('knowledge base ambiguous.json: "orgs", "places" (and "people") must be lists of names');
  }
  if (raw.commonWords !== undefined && !strings(raw.commonWords)) throw new InternalError('common-words.json: "words" must be a list of strings');
  return raw as unknown as KbData;
}
