import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Document, plainMeta } from '../../doc/document.ts';
import type { Entity, EntityType } from '../../doc/entities.ts';
import { normalizeComponent } from '../normalize/component.ts';
import { tokenizeComponent } from '../tokenize/tokenize.ts';
import { parseSegmentModel, segmentComponent } from '../segment/segment.ts';
import { lookupCue } from '../../lang/ar/cues.ts';
import { quotesComponent, type Quote } from './quotes.ts';
import { scoreQuotes } from './eval.ts';

const model = parseSegmentModel(JSON.parse(readFileSync(new URL('../../../models/segment/model.json', import.meta.url), 'utf8')));
const steps = [normalizeComponent(), tokenizeComponent(), segmentComponent(model)];

/** A document with hand-made entities: each [id, type, surface] marks every occurrence of surface. */
function analyze(text: string, ents: [string, EntityType, ...string[]][]): { doc: Document; quotes: Quote[] } {
  let doc = new Document(text, plainMeta(text));
  for (const c of steps) doc = c.run(doc);
  const tokens = doc.layers.tokens!;
  const sentences = doc.layers.sentences!;
  const entities: Entity[] = ents.map(([id, type, ...surfaces]) => ({
    id,
    type,
    name: { ar: surfaces[0]!, en: null },
    kb: null,
    actor: null,
    roles: [],
    mentions: surfaces.flatMap((s) => {
      const out = [];
      for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
        let t = 0;
        while (t < tokens.length && tokens.end[t]! <= i) t++;
        let sent = 0;
        while (sent < sentences.length && sentences.tokenEnd[sent]! <= t) sent++;
        out.push({ start: i, end: i + s.length, text: s, sentence: sent, token: t, source: 'kb' as const });
      }
      return out;
    }),
  }));
  doc = quotesComponent().run(doc.with({ entities }));
  return { doc, quotes: (doc.layers as unknown as { quotes: Quote[] }).quotes };
}

interface Case {
  name: string;
  text: string;
  ents: [string, EntityType, ...string[]][];
  want: { speaker: string | null; speakerText?: string | null; cue?: string; content: string; direct: boolean }[];
}

const CASES: Case[] = [
  {
    name: 'verb-first reported speech with إن',
    text: 'وقال الشاعر إن عرض استئناف العلاقات جاء نتيجة الخلاف الأخير بين دمشق وموسكو.',
    ents: [['e1', 'PER', 'الشاعر'], ['e2', 'LOC', 'دمشق'], ['e3', 'LOC', 'موسكو']],
    want: [{ speaker: 'e1', speakerText: 'الشاعر', cue: 'وقال', content: 'عرض استئناف العلاقات جاء نتيجة الخلاف الأخير بين دمشق وموسكو', direct: false }],
  },
  {
    name: 'anonymous source, كشف عن, then a participle continues the speaker',
    text: 'كشفت مصادر مطلعة عن وصول رسالة عاجلة إلى دمشق. وبينت المصادر أن وفداً روسياً التقى الأسد في دمشق، مشيرة إلى أن الزيارة لم تكن عادية.',
    ents: [['e1', 'PER', 'الأسد'], ['e2', 'LOC', 'دمشق']],
    want: [
      { speaker: null, speakerText: 'مصادر مطلعة', cue: 'كشفت', content: 'وصول رسالة عاجلة إلى دمشق', direct: false },
      { speaker: null, speakerText: 'المصادر', cue: 'وبينت', content: 'وفداً روسياً التقى الأسد في دمشق', direct: false },
      { speaker: null, speakerText: 'المصادر', cue: 'مشيرة', content: 'الزيارة لم تكن عادية', direct: false },
    ],
  },
  {
    name: 'بحسب + title + name, فإن',
    text: 'وبحسب مستشار وزارة الخارجية الروسية رامي الشاعر، فإن الأسد يقترب من الولايات المتحدة بشروط.',
    ents: [['mfa', 'ORG', 'وزارة الخارجية الروسية'], ['shaar', 'PER', 'رامي الشاعر'], ['assad', 'PER', 'الأسد']],
    want: [{ speaker: 'shaar', speakerText: 'رامي الشاعر', cue: 'وبحسب', content: 'الأسد يقترب من الولايات المتحدة بشروط', direct: false }],
  },
  {
    name: 'a statement noun speaks for the previous speaker; وأكد with no subject continues',
    text: 'وقالت وزارة الخارجية الروسية في بيان إن الجانبين ناقشا الوضع في سوريا. وأضاف البيان أن الحل يجب أن يكون سياسياً. وأكد أن اللقاء كان مثمراً.',
    ents: [['mfa', 'ORG', 'وزارة الخارجية الروسية'], ['syr', 'LOC', 'سوريا']],
    want: [
      { speaker: 'mfa', speakerText: 'وزارة الخارجية الروسية', content: 'الجانبين ناقشا الوضع في سوريا', direct: false },
      { speaker: 'mfa', speakerText: 'البيان', cue: 'وأضاف', content: 'الحل يجب أن يكون سياسياً', direct: false },
      { speaker: 'mfa', cue: 'وأكد', content: 'اللقاء كان مثمراً', direct: false },
    ],
  },
  {
    name: 'direct quote after a colon and after أنه wholly quoted',
    text: 'وزاد كورتونوف: «روسيا ليست مستعدة لخوض الحرب حتى النصر». وأشار الكرملين إلى أنه “ستتم مناقشة قضايا التعاون الروسي السوري”.',
    ents: [['k', 'PER', 'كورتونوف'], ['rus', 'ORG', 'الكرملين']],
    want: [
      { speaker: 'k', cue: 'وزاد', content: 'روسيا ليست مستعدة لخوض الحرب حتى النصر', direct: true },
      { speaker: 'rus', cue: 'وأشار', content: 'ستتم مناقشة قضايا التعاون الروسي السوري', direct: true },
    ],
  },
  {
    name: 'subject-first order and an indefinite plural source',
    text: 'وكان الأسد قد أشار في كانون الثاني إلى أن اللقاءات يجب أن تنهي الاحتلال. لكن محللين يشيرون إلى أن موسكو تحاول ردم الهوة.',
    ents: [['assad', 'PER', 'الأسد'], ['mos', 'LOC', 'موسكو']],
    want: [
      { speaker: 'assad', speakerText: 'الأسد', cue: 'أشار', content: 'اللقاءات يجب أن تنهي الاحتلال', direct: false },
      { speaker: null, speakerText: 'محللين', cue: 'يشيرون', content: 'موسكو تحاول ردم الهوة', direct: false },
    ],
  },
  {
    name: 'quoted words with no cue are not quotes',
    text: 'أرسل النظام مبعوثاً إلى واشنطن بفعل “الخلاف المزعوم” بين النظام وحليفه القديم روسيا.',
    ents: [['usa', 'LOC', 'واشنطن']],
    want: [],
  },
];

describe('quotesComponent', () => {
  it('declares its layers', () => {
    const c = quotesComponent();
    expect(c.name).toBe('ar.quotes');
    expect(c.provides).toEqual(['quotes']);
    expect(c.requires).toEqual(['norm', 'tokens', 'sentences', 'words', 'entities']);
  });

  for (const c of CASES) {
    it(c.name, () => {
      const { doc, quotes } = analyze(c.text, c.ents);
      expect(quotes.map((q) => ({ speaker: q.speaker, content: q.content.text, direct: q.direct }))).toEqual(
        c.want.map((w) => ({ speaker: w.speaker, content: w.content, direct: w.direct })),
      );
      c.want.forEach((w, i) => {
        const q = quotes[i]!;
        if (w.cue !== undefined) expect(q.cue?.text).toBe(w.cue);
        if (w.speakerText !== undefined) expect(q.speakerText?.text ?? null).toBe(w.speakerText);
        for (const s of [q.content, q.cue, q.speakerText]) if (s) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      });
    });
  }
});

describe('cues', () => {
  it.each([
    ['وقالت', 'قال', 'finite'],
    ['واضافت', 'أضاف', 'finite'],
    ['مشيره', 'أشار', 'participle'],
    ['يؤكدون', 'أكد', 'finite'],
    ['فاوضح', 'أوضح', 'finite'],
  ])('%s → %s', (key, stem, kind) => {
    const hit = lookupCue(key);
    expect(hit?.entry.stem).toBe(stem);
    expect(hit?.entry.kind).toBe(kind);
  });
  it('does not take ordinary words for cues', () => {
    expect(lookupCue('العلاقات')).toBeNull();
    expect(lookupCue('وزير')).toBeNull();
  });
});

describe('scoreQuotes', () => {
  const ents = [
    { id: 'g1', mentions: [{ start: 0, end: 5 }] },
    { id: 'g2', mentions: [{ start: 50, end: 55 }] },
  ];
  const sysEnts = [
    { id: 's1', mentions: [{ start: 2, end: 6 }] },
    { id: 's2', mentions: [{ start: 80, end: 85 }] },
  ];
  it.each([
    ['exact match, right speaker', [{ speaker: 'g1', content: { start: 10, end: 30 } }], [{ speaker: 's1', content: { start: 10, end: 30 } }], 1, 0, 0, 1],
    ['half overlap counts', [{ speaker: 'g1', content: { start: 10, end: 30 } }], [{ speaker: 's2', content: { start: 20, end: 40 } }], 1, 0, 0, 0],
    ['under half does not', [{ speaker: null, content: { start: 10, end: 30 } }], [{ speaker: null, content: { start: 21, end: 40 } }], 0, 1, 1, 0],
    ['both null speakers agree', [{ speaker: null, content: { start: 10, end: 30 } }], [{ speaker: null, content: { start: 12, end: 30 } }], 1, 0, 0, 1],
    ['null against an entity does not', [{ speaker: 'g2', content: { start: 10, end: 30 } }], [{ speaker: null, content: { start: 10, end: 30 } }], 1, 0, 0, 0],
  ])('%s', (_n, gold, sys, tp, fp, fn, spk) => {
    const s = scoreQuotes(gold, sys, ents, sysEnts);
    expect([s.tp, s.fp, s.fn, s.speakerCorrect]).toEqual([tp, fp, fn, spk]);
  });
  it('is one to one', () => {
    const s = scoreQuotes([{ speaker: null, content: { start: 0, end: 10 } }], [{ speaker: null, content: { start: 0, end: 10 } }, { speaker: null, content: { start: 0, end: 9 } }], [], []);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 0]);
    expect(s.precision).toBe(0.5);
  });
});
