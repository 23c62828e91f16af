import { normalizeComponent } from '../components/normalize/component.ts';
import { segmentComponent, type SegmentModel } from '../components/segment/segment.ts';
import { tokenizeComponent } from '../components/tokenize/tokenize.ts';
import { entitiesComponent } from '../components/entities/component.ts';
import { timesComponent } from '../components/times/times.ts';
import { quotesComponent } from '../components/quotes/quotes.ts';
import { eventsComponent } from '../components/events/events.ts';
import type { KnowledgeBase } from '../kb/kb.ts';
import type { EventGeo } from '../doc/events.ts';
import { nerComponent } from '../components/ner/component.ts';
import type { NerModel } from '../components/ner/model.ts';
import type { Component } from '../pipeline/component.ts';
import { Pipeline } from '../pipeline/pipeline.ts';

/** What the components need from outside: trained models, loaded by the caller. */
export interface PipelineResources {
  segmentModel: SegmentModel;
  kb: KnowledgeBase;
  nerModel: NerModel;
}


/**
 * The one explicit list of components, in pipeline order. Presets are prefixes or subsets of it;
 * the Pipeline constructor checks that each preset's requirements are met.
 */
export const PRESETS = {
  /** normalize + tokens + sentences */
  fast: (): Component[] => [normalizeComponent(), tokenizeComponent()],
  /** normalize + tokens + sentences + clitic segmentation */
  words: (r: PipelineResources): Component[] => [normalizeComponent(), tokenizeComponent(), segmentComponent(r.segmentModel)],
  /** the same + named-entity tagging + entity linking (no times, quotes or events) */
  entities: (r: PipelineResources): Component[] => [...PRESETS.words(r), nerComponent(r.nerModel, r.segmentModel), entitiesComponent(r.kb)],
  /** everything built so far */
  full: (r: PipelineResources): Component[] => [normalizeComponent(), tokenizeComponent(), segmentComponent(r.segmentModel), nerComponent(r.nerModel, r.segmentModel), entitiesComponent(r.kb), timesComponent(), quotesComponent(), eventsComponent({ demonym: (k) => r.kb.stateOfDemonym(k)?.iso3 ?? null, placeCountry: (id) => placeCountry(r.kb, id), placeGeo: (id) => placeGeo(r.kb, id) })],
} as const;

/** The country of a place or capital in the knowledge base. */
function placeCountry(kb: KnowledgeBase, id: string): string | null {
  const e = kb.byId.get(id);
  if (e?.kind === 'capital') return e.state.iso3;
  if (e?.kind === 'place') return e.place.country;
  return null;
}

/** Coordinates and precision of a place or capital in the knowledge base. */
function placeGeo(kb: KnowledgeBase, id: string): EventGeo | null {
  const e = kb.byId.get(id);
  const place = e?.kind === 'capital' ? e.place : e?.kind === 'place' ? e.place : null;
  if (!place) return e?.kind === 'capital' ? { lat: null, lon: null, precision: 'city', country: e.state.iso3, geonames: null } : null;
  const region = place.kind === 'governorate' || place.kind === 'region' || place.kind === 'water' || place.kind === 'mountain';
  return { lat: place.lat, lon: place.lon, precision: region ? 'region' : 'city', country: place.country, geonames: place.geonames };
}

export type PresetName = keyof typeof PRESETS;

export function buildPipeline(name: PresetName, resources: PipelineResources): Pipeline {
  return new Pipeline(PRESETS[name](resources));
}
