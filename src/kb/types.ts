/**
 * The knowledge base of actors and places: shapes of the data files in `kb/` (facts, written and
 * checked by hand or built by the project's scripts) and of the loaded, indexed base.
 */

import type { ActorCode, Sector } from '../doc/entities.ts';

export { SECTORS, type ActorCode, type Sector } from '../doc/entities.ts';

/** A date or a partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
export type PartialDate = string;

/** kb/states.json: every state. */
export interface KbState {
  iso3: string;
  iso2: string;
  /** Wikidata QID when sure, else null. */
  qid: string | null;
  en: string;
  /** Arabic names and common spellings, the usual one first (سوريا، سورية). With ال where the name has it (الولايات المتحدة). */
  ar: string[];
  capital: { en: string; ar: string[] } | null;
  /**
   * Demonyms / nisba adjectives in every form written in the news, without ال or clitics:
   * masculine and feminine singular, plurals (روسي، روسية، روس، روسيون، روسيين، روسيات).
   */
  demonyms: string[];
}

export type PlaceKind = 'capital' | 'city' | 'town' | 'governorate' | 'region' | 'district' | 'border-crossing' | 'site' | 'water' | 'mountain';

/** kb/places.json: places of the region the news names. */
export interface KbPlace {
  /** Stable id: `geonames:<id>` when the GeoNames id is known, else a slug (`place:daraa`). */
  id: string;
  en: string;
  /** Arabic names and spellings, the usual one first; with ال where it belongs (الرقة). */
  ar: string[];
  kind: PlaceKind;
  /** ISO alpha-3 of the state it is in; null for places across or between states (seas, straits, الشرق الأوسط, القدس). */
  country: string | null;
  /** For cities: the governorate / province it is in (English name), when known. */
  admin1: string | null;
  lat: number;
  lon: number;
  geonames: number | null;
}

/** kb/orgs.json: organisations, institutions and other named things that can act or be named. */
export interface KbOrg {
  /** Stable id: a slug (`org:un`, `org:russia-mfa`). */
  id: string;
  qid: string | null;
  en: string;
  /** Arabic names, spelling variants and abbreviations (الأمم المتحدة؛ قوات سوريا الديمقراطية، قسد). */
  ar: string[];
  /** NER type of its mentions: ORG for organisations, MISC for laws, processes, named events. */
  type: 'ORG' | 'MISC';
  /** Actor code; null for things that are not actors (a law, a process). */
  actor: ActorCode | null;
  /**
   * For an institution whose name stands for a government when it acts (الكرملين، البيت الأبيض،
   * الإليزيه): the ISO alpha-3 of that government.
   */
  metonymFor: string | null;
}

/** Office keys: what a title in the news refers to. The list lives with the Arabic titles that name them. */
export { OFFICE_KEYS as OFFICES, type OfficeKey as Office } from '../lang/ar/offices.ts';
import type { OfficeKey as Office } from '../lang/ar/offices.ts';

export interface KbOffice {
  office: Office;
  /** The state the office belongs to (alpha-3), or null for international offices. */
  country: string | null;
  /** The organisation for IGO/group offices (UN, ARAB_LEAGUE, HEZBOLLAH), else null. */
  org: string | null;
  /** For envoys and ambassadors: the state (alpha-3) or organisation code they are sent to. */
  target?: string | null;
  /** For `minister`: the portfolio in English (energy, economy, …). */
  portfolio?: string | null;
  sector: Sector;
  from: PartialDate;
  /** null while in office. */
  to: PartialDate | null;
}

/** kb/people.json: people in the news. */
export interface KbPerson {
  /** Stable id: a slug (`person:vladimir-putin`). */
  id: string;
  /** Wikidata QID only when sure, else null. */
  qid: string | null;
  en: string;
  /** Full-name spellings in Arabic (سيرغي لافروف، سيرجي لافروف). */
  ar: string[];
  /** Forms used alone after a first mention, usually the surname (لافروف، الأسد). */
  short: string[];
  offices: KbOffice[];
}
