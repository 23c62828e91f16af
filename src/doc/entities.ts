import type { Span } from '../base/span.ts';

/** Sectors of the actor codes (shared/spec/OUTPUT.md). */
export const SECTORS = ['GOV', 'MIL', 'REB', 'OPP', 'IGO', 'NGO', 'MED', 'CVL', 'BUS', 'JUD', 'LEG', 'OTHER'] as const;
export type Sector = (typeof SECTORS)[number];

export interface ActorCode {
  /** ISO 3166-1 alpha-3, or null for international and transnational actors. */
  country: string | null;
  sector: Sector;
  /** Organisation code (shared/spec/ORGS.md style), or null. */
  org: string | null;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC' | 'NOM';

export interface Mention extends Span {
  /** The mention's own surface type when it differs from its entity's (موسكو LOC in an ORG/LOC government entity). */
  type?: EntityType;
  /** Index of the sentence it is in. */
  sentence: number;
  /** Index of its first token. */
  token: number;
  /** How it was found: a name in the knowledge base, the statistical tagger, a title, a nominal. */
  source: 'kb' | 'ner' | 'role' | 'nominal' | 'coref';
}

/** One real-world referent of the article with all its mentions. */
export interface Entity {
  id: string;
  type: EntityType;
  name: { ar: string; en: string | null };
  /** Knowledge-base id (Wikidata QID when known, else the KB's own id), or null. */
  kb: string | null;
  actor: ActorCode | null;
  roles: Span[];
  mentions: Mention[];
}
