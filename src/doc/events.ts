import type { Span } from '../base/span.ts';
import type { ActorCode } from './entities.ts';

/** Who did what to whom (shared/spec/OUTPUT.md, Event; PLOVER types and modes). */
export type Modality = 'asserted' | 'reported' | 'planned' | 'hypothetical' | 'negated';

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
  modality: Modality;
  attribution: { kind: 'named' | 'anonymous' | 'outlet' | 'none'; speaker: string | null; text: Span | null };
  quadClass: number;
  intensity: number;
  cameo: string;
}

