import type { Document } from '../../doc/document.ts';
import type { Entity, Mention } from '../../doc/entities.ts';
import type { KnowledgeBase } from '../../kb/kb.ts';
import type { Builder, Candidate } from './entities.ts';
import type { TokenView } from '../common/token-view.ts';

/** What the entity component's passes share while they build one document's entities. */
export interface EntityContext {
  doc: Document;
  tv: TokenView;
  kb: KnowledgeBase;
  b: Builder;
  /** Publication date (YYYY-MM-DD) that offices are resolved at, or null. */
  date: string | null;
  /** The entity and mention of each chosen name, by first token. */
  at: Map<number, { entity: Entity; mention: Mention; cand: Candidate }>;
  /** Knowledge-base ids that some name of the article means without a doubt (one entry only). */
  named?: ReadonlySet<string>;
}
