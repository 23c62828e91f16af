import { describe, expect, it } from 'vitest';
import { Document, plainMeta } from '../../doc/document.ts';
import type { ActorCode, Entity } from '../../doc/entities.ts';
import { SentenceLayer, TokenKind, TokenLayer, WordLayer, type NormLayer } from '../../doc/layers.ts';
import type { Quote } from '../../doc/quotes.ts';
import { candidateKeys, triggerIndex } from '../../lang/ar/triggers.ts';
import { normalizeString } from '../../lang/ar/normalize.ts';
import { eventsComponent, findEvents } from './events.ts';
import { dyads, scoreEvents } from './eval.ts';

const A = (country: string | null, sector: ActorCode['sector'], org: string | null = null): ActorCode => ({ country, sector, org });

/** A one-sentence document: whitespace tokens, identity norm, no clitic split; entities by surface. */
function doc(text: string, ents: { id: string; surface: string; actor: ActorCode | null; type?: Entity['type'] }[], quotes: Quote[] = []): Document {
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: number[] = [];
  for (const m of text.matchAll(/[^\s.،]+|[.،]/gu)) {
    starts.push(m.index!);
    ends.push(m.index! + m[0].length);
    kinds.push(/^[.،]$/u.test(m[0]) ? TokenKind.Punct : TokenKind.Word);
  }
  const n = starts.length;
  const toRaw = new Int32Array(text.length + 1).map((_, i) => i);
  // The test texts carry no diacritics, so normalizing keeps every offset.
  const normText = normalizeString(text);
  if (normText.length !== text.length) throw new Error(`test text changes length when normalized: ${text}`);
  const norm: NormLayer = { text: normText, toRaw };
  const tokens = new TokenLayer(Int32Array.from(starts), Int32Array.from(ends), Int32Array.from(starts), Int32Array.from(ends), Uint8Array.from(kinds));
  const sentences = new SentenceLayer(Int32Array.of(0), Int32Array.of(text.length), Int32Array.of(0), Int32Array.of(n));
  const d0 = new Document(text, plainMeta(text));
  const words = new WordLayer(Int32Array.from(starts), Int32Array.from(ends), Int32Array.from(starts.map((_, i) => i)), new Uint8Array(n), Int32Array.from(starts.map((s, i) => d0.strings.id(text.slice(s, ends[i])))));
  const entities: Entity[] = ents.map((e) => {
    const start = text.indexOf(e.surface);
    const token = starts.findIndex((s) => s >= start);
    return { id: e.id, type: e.type ?? 'LOC', name: { ar: e.surface, en: null }, kb: null, actor: e.actor, roles: [], mentions: [{ start, end: start + e.surface.length, text: e.surface, sentence: 0, token, source: 'kb' }] };
  });
  return d0.with({ norm, tokens, sentences, words, entities, times: [], quotes });
}

const RUS = { id: 'r', surface: 'روسيا', actor: A('RUS', 'GOV') };
const TUR = { id: 't', surface: 'تركيا', actor: A('TUR', 'GOV') };
const SYR = { id: 's', surface: 'سوريا', actor: A('SYR', 'GOV') };

describe('trigger lexicon', () => {
  it('indexes inflected verbs and strips suffixes', () => {
    const idx = triggerIndex();
    expect(idx.get('التقي')?.[0]?.type).toBe('CONSULT');
    expect(idx.get('يطالب')?.[0]?.type).toBe('REQUEST');
    expect(candidateKeys('زيارته')).toContain('زياره');
    expect(candidateKeys('سيلتقي')).toContain('يلتقي');
  });
});

describe('events', () => {
  const cases: { name: string; text: string; ents: Parameters<typeof doc>[1]; type: string; actors: string[]; recipients: string[]; modality: string }[] = [
    { name: 'verb-first request', text: 'طالبت روسيا تركيا بالانسحاب .', ents: [RUS, TUR], type: 'REQUEST', actors: ['r'], recipients: ['t'], modality: 'asserted' },
    { name: 'subject-first accuse', text: 'روسيا اتهمت تركيا .', ents: [RUS, TUR], type: 'ACCUSE', actors: ['r'], recipients: ['t'], modality: 'asserted' },
    { name: 'symmetric meeting with مع', text: 'التقى روسيا مع تركيا .', ents: [RUS, TUR], type: 'CONSULT', actors: ['r', 't'], recipients: [], modality: 'asserted' },
    { name: 'بين X و Y', text: 'محادثات بين روسيا و تركيا .', ents: [RUS, TUR], type: 'CONSULT', actors: ['r', 't'], recipients: [], modality: 'asserted' },
    { name: 'genitive visit', text: 'زيارة سوريا إلى روسيا .', ents: [SYR, RUS], type: 'CONSULT', actors: ['s'], recipients: ['r'], modality: 'asserted' },
    { name: 'planned', text: 'سيلتقي روسيا مع تركيا الشهر المقبل .', ents: [RUS, TUR], type: 'CONSULT', actors: ['r', 't'], recipients: [], modality: 'planned' },
    { name: 'negated', text: 'لم يلتق روسيا مع تركيا .', ents: [RUS, TUR], type: 'CONSULT', actors: ['r', 't'], recipients: [], modality: 'negated' },
    { name: 'refusal', text: 'روسيا لن تدعم تركيا .', ents: [RUS, TUR], type: 'REJECT', actors: ['r'], recipients: ['t'], modality: 'asserted' },
    { name: 'hypothetical', text: 'قد تهاجم روسيا تركيا .', ents: [RUS, TUR], type: 'ASSAULT', actors: ['r'], recipients: ['t'], modality: 'hypothetical' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const evs = findEvents(doc(c.text, c.ents));
      expect(evs.length).toBeGreaterThan(0);
      const e = evs[0]!;
      expect(e.type).toBe(c.type);
      expect([...e.actors].sort()).toEqual([...c.actors].sort());
      expect(e.recipients).toEqual(c.recipients);
      expect(e.modality).toBe(c.modality);
      expect(e.quadClass).toBeGreaterThan(0);
      expect(e.cameo).not.toBe('');
    });
  }

  it('reported inside a quote, anonymous source', () => {
    const text = 'قالت مصادر إن روسيا طالبت تركيا بالانسحاب .';
    const q: Quote = { speaker: null, speakerText: { start: 5, end: 10, text: 'مصادر' }, cue: { start: 0, end: 4, text: 'قالت' }, content: { start: 14, end: text.length, text: text.slice(14) }, direct: false };
    const e = findEvents(doc(text, [RUS, TUR], [q]))[0]!;
    expect(e.modality).toBe('reported');
    expect(e.attribution.kind).toBe('anonymous');
  });

  it('no actor, no event; component contract', () => {
    expect(findEvents(doc('طالبت الحكومة بالانسحاب .', []))).toEqual([]);
    const c = eventsComponent();
    expect(c.provides).toEqual(['events']);
    const out = c.run(doc('طالبت روسيا تركيا .', [RUS, TUR]));
    expect((out.layers as { events?: unknown[] }).events).toHaveLength(1);
  });
});

describe('scoreEvents', () => {
  const ents = [{ id: 'a', actor: A('RUS', 'GOV') }, { id: 'b', actor: A('TUR', 'MIL') }, { id: 'u', actor: A(null, 'IGO', 'UN') }];
  it('pools symmetric types and keys actors', () => {
    expect(dyads({ type: 'CONSULT', actors: ['b'], recipients: ['a'] }, ents)).toEqual(['RUS:STATE CONSULT TUR:STATE']);
    expect(dyads({ type: 'REQUEST', actors: ['u'], recipients: [] }, ents)).toEqual(['UN REQUEST -']);
  });
  it('counts tp/fp/fn and modality', () => {
    const gold = [{ type: 'REQUEST', actors: ['a'], recipients: ['b'], modality: 'asserted' }, { type: 'ASSAULT', actors: ['b'], recipients: [], modality: 'asserted' }];
    const sys = [{ type: 'REQUEST', actors: ['a'], recipients: ['b'], modality: 'reported' }, { type: 'AID', actors: ['a'], recipients: ['b'], modality: 'asserted' }];
    const s = scoreEvents(gold, sys, ents, ents);
    expect([s.tp, s.fp, s.fn, s.modalityOk]).toEqual([1, 1, 1, 0]);
    expect(s.missed).toEqual(['TUR:STATE ASSAULT -']);
  });
});
