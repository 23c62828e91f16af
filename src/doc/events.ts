import type { Span } from '../base/span.ts';
import type { ActorCode } from './entities.ts';

/** Who did what to whom (shared/spec/OUTPUT.md, Event; PLOVER types and modes). */
export type Modality = 'asserted' | 'reported' | 'planned' | 'hypothetical' | 'negated';

/** Where an event happened, as GDELT and ACLED give it: coordinates and how precise they are. */
export interface EventGeo {
  /** The place's coordinates from the knowledge base; null at country precision (no centroid kept). */
  lat: number | null;
  lon: number | null;
  precision: 'city' | 'region' | 'country';
  /** ISO alpha-3 of the state, when known. */
  country: string | null;
  geonames: number | null;
}

export interface Event {
  type: string;
  mode: string | null;
  context: string[];
  actors: string[];
  recipients: string[];
  actorCodes: ActorCode[];
  recipientCodes: ActorCode[];
  trigger: Span;
  sentence: number;
  time: number | null;
  location: string | null;
  /** The location's coordinates and precision (a project extension to OUTPUT.md's Event). */
  geo: EventGeo | null;
  modality: Modality;
  attribution: { kind: 'named' | 'anonymous' | 'outlet' | 'none'; speaker: string | null; text: Span | null };
  quadClass: number;
  intensity: number;
  cameo: string;
}

