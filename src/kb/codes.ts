import type { ActorCode } from '../doc/entities.ts';

/**
 * Transnational actors (shared/spec/ORGS.md): their dyad key is the organisation code alone,
 * whatever country and sector they carry.
 */
export const TRANSNATIONAL_ORGS: ReadonlySet<string> = new Set([
  'UN', 'UNSC', 'UNHCR', 'UNICEF', 'WFP', 'WHO', 'IAEA', 'OPCW', 'EU', 'NATO', 'ARAB_LEAGUE', 'GCC', 'OIC', 'AU', 'ASEAN', 'OPEC',
  'P5+1', 'FRIENDS_OF_YEMEN', 'COALITION', 'ARAB_COALITION', 'WEST', 'AMNESTY', 'HRW', 'ICRC', 'MSF', 'WIKILEAKS', 'ISIS',
  'AL_QAEDA', 'AQAP', 'HTS', 'HEZBOLLAH', 'PKK',
]);

/** Sector folded for keys: state organs are one side (GOV, MIL, JUD, LEG → STATE). */
export function foldSector(sector: string): string {
  if (sector === 'GOV' || sector === 'MIL' || sector === 'JUD' || sector === 'LEG') return 'STATE';
  if (sector === 'REB' || sector === 'OPP' || sector === 'IGO') return sector;
  return 'OTHER';
}

/** The dyad key of an actor (OUTPUT.md, Evaluation): `SYR:STATE`, `UN`, or null for no actor. */
export function actorKey(a: ActorCode | null | undefined, withSector = true): string | null {
  if (!a) return null;
  if (a.org && TRANSNATIONAL_ORGS.has(a.org)) return a.org;
  const who = a.country ?? a.org ?? '?';
  return withSector ? `${who}:${foldSector(a.sector)}` : who;
}
