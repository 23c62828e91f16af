import { describe, expect, it } from 'vitest';
import { normalizeComponent } from '../normalize/component.ts';
import { tokenizeComponent } from '../tokenize/tokenize.ts';
import { segmentComponent, parseSegmentModel } from '../segment/segment.ts';
import { Document, plainMeta } from '../../doc/document.ts';
import { KnowledgeBase, type KbData } from '../../kb/kb.ts';
import { Pipeline } from '../../pipeline/pipeline.ts';
import { entitiesComponent } from './component.ts';
import { readFileSync } from 'node:fs';

/** A small knowledge base written for these tests (facts, not the project's files). */
const data: KbData = {
  states: [
    { iso3: 'RUS', iso2: 'RU', qid: null, en: 'Russia', ar: ['روسيا'], capital: { en: 'Moscow', ar: ['موسكو'] }, demonyms: ['روسي', 'روسية', 'روس'] },
    { iso3: 'SYR', iso2: 'SY', qid: null, en: 'Syria', ar: ['سوريا', 'سورية'], capital: { en: 'Damascus', ar: ['دمشق'] }, demonyms: ['سوري', 'سورية'] },
    { iso3: 'USA', iso2: 'US', qid: null, en: 'United States', ar: ['الولايات المتحدة', 'أمريكا'], capital: { en: 'Washington', ar: ['واشنطن'] }, demonyms: ['أمريكي', 'أمريكية'] },
  ],
  places: [
    { id: 'place:daraa', en: 'Daraa', ar: ['درعا'], kind: 'city', country: 'SYR', admin1: null, lat: 32.6, lon: 36.1, geonames: null },
    { id: 'place:daraa-gov', en: 'Daraa Governorate', ar: ['محافظة درعا'], kind: 'governorate', country: 'SYR', admin1: null, lat: 32.6, lon: 36.1, geonames: null },
    { id: 'place:bab', en: 'al-Bab', ar: ['الباب'], kind: 'city', country: 'SYR', admin1: null, lat: 36.4, lon: 37.5, geonames: null },
  ],
  orgs: [
    { id: 'org:un', qid: null, en: 'United Nations', ar: ['الأمم المتحدة'], type: 'ORG', actor: { country: null, sector: 'IGO', org: 'UN' }, metonymFor: null },
    { id: 'org:kremlin', qid: null, en: 'Kremlin', ar: ['الكرملين'], type: 'ORG', actor: { country: 'RUS', sector: 'GOV', org: null }, metonymFor: 'RUS' },
    { id: 'org:hayat', qid: null, en: 'Al-Hayat', ar: ['الحياة', 'صحيفة الحياة'], type: 'ORG', actor: { country: 'SAU', sector: 'MED', org: null }, metonymFor: null },
    { id: 'org:caesar', qid: null, en: 'Caesar Act', ar: ['قانون قيصر'], type: 'MISC', actor: null, metonymFor: null },
  ],
  people: [
    {
      id: 'person:putin', qid: null, en: 'Vladimir Putin', ar: ['فلاديمير بوتين'], short: ['بوتين'],
      offices: [{ office: 'head_of_state', country: 'RUS', org: null, sector: 'GOV', from: '2012-05-07', to: null }],
    },
    {
      id: 'person:assad', qid: null, en: 'Bashar al-Assad', ar: ['بشار الأسد'], short: ['الأسد'],
      offices: [{ office: 'head_of_state', country: 'SYR', org: null, sector: 'GOV', from: '2000-07-17', to: '2024-12-08' }],
    },
  ],
  ambiguous: { orgs: ['الحياة'], places: ['الباب'] },
  commonWords: [],
};

const model = parseSegmentModel(JSON.parse(readFileSync(new URL('../../../models/segment/model.json', import.meta.url), 'utf8')));
const pipeline = new Pipeline([normalizeComponent(), tokenizeComponent(), segmentComponent(model), entitiesComponent(new KnowledgeBase(data))]);
const words = new Pipeline([normalizeComponent(), tokenizeComponent(), segmentComponent(model)]);

function entities(text: string, published: string | null = '2023-03-14') {
  const doc = pipeline.run(new Document(text, { ...plainMeta(text), published }));
  return doc.layers.entities!.map((e) => ({
    name: e.name.en,
    type: e.type,
    actor: e.actor ? `${e.actor.country ?? e.actor.org}:${e.actor.sector}` : null,
    mentions: e.mentions.map((m) => (m.type ? `${m.text}/${m.type}` : m.text)),
    roles: e.roles.map((r) => r.text),
  }));
}

const find = (list: ReturnType<typeof entities>, name: string | null) => list.find((e) => e.name === name);

describe('entities', () => {
  it('links names and groups a surname with the full name; mentions leave proclitics out', () => {
    const got = entities('التقى فلاديمير بوتين وبشار الأسد في موسكو، وقال بوتين للأسد إن روسيا مستعدة.');
    expect(find(got, 'Vladimir Putin')?.mentions).toEqual(['فلاديمير بوتين', 'بوتين']);
    expect(find(got, 'Bashar al-Assad')?.mentions).toEqual(['بشار الأسد', 'أسد']);
    expect(find(got, 'Moscow')?.actor).toBeNull();
    expect(find(got, 'Russia')?.actor).toBe('RUS:GOV');
  });

  it.each([
    ['a capital that acts is its government', 'وترفض موسكو تقديم الدعم.', 'Russia', 'موسكو'],
    ['a capital after في is the city', 'عقد الاجتماع في موسكو أمس.', 'Moscow', 'موسكو'],
    ['a capital with ل is the city', 'وصل وفد روسي لدمشق.', 'Damascus', 'دمشق'],
    ['an institution that acts is its government', 'وأشار الكرملين إلى أن اللقاء مهم.', 'Russia', 'الكرملين/ORG'],
    ['an institution after في is the building', 'محادثات في الكرملين اليوم.', 'Kremlin', 'الكرملين'],
    ['a quoted capital after its descriptor is the city', 'قد يعقد في العاصمة السورية “دمشق” قريباً.', 'Damascus', 'دمشق'],
    ['the second of two places joined by أو is a place too', 'سيعقد اللقاء في دمشق أو موسكو.', 'Moscow', 'موسكو'],
  ])('%s', (_n, text, entity, mention) => {
    expect(find(entities(text), entity)?.mentions).toContain(mention);
  });

  it('keeps descriptors out unless the name needs them, and doubtful names need support', () => {
    const got = entities('كشفت مصادر لصحيفة الحياة عن خطة. وقالت الحياة إن القوات سيطرت على مدينة الباب.');
    expect(find(got, 'Al-Hayat')?.mentions).toEqual(['الحياة', 'الحياة']);
    expect(find(got, 'al-Bab')?.mentions).toEqual(['الباب']);
    expect(find(entities('قال إن الباب مغلق أمام الحوار. وأضاف أن الحياة صعبة.'), 'al-Bab')).toBeUndefined();
    expect(find(got, 'Daraa')).toBeUndefined();
    expect(find(entities('اندلعت الاحتجاجات في محافظة درعا جنوب سوريا.'), 'Daraa')?.mentions).toEqual(['درعا']);
  });

  it('resolves a title alone to the office holder at the publication date, and attaches roles', () => {
    const got = entities('قال الرئيس الروسي فلاديمير بوتين إن الحل سياسي. وأكد الرئيس السوري أن الحوار مستمر.');
    expect(find(got, 'Vladimir Putin')?.roles).toEqual(['الرئيس الروسي']);
    expect(find(got, 'Bashar al-Assad')?.mentions).toEqual(['الرئيس السوري/NOM']);
    expect(find(entities('وأكد الرئيس السوري أن الحوار مستمر.', '2025-06-01'), 'Bashar al-Assad')).toBeUndefined();
  });

  it('codes nominal actors from their adjective or the person they belong to', () => {
    const got = entities('قال النظام السوري إن قوات الأسد والميليشيات الإيرانية دخلت المدينة، بينما رفضت المعارضة.');
    const noms = got.filter((e) => e.type === 'NOM').map((e) => `${e.mentions.join('|')} ${e.actor}`);
    expect(noms).toContain('النظام السوري SYR:GOV');
    expect(noms).toContain('قوات SYR:MIL');
    expect(noms).toContain('المعارضة SYR:OPP');
  });

  it('codes an unknown person from the body they head, across quotation marks', () => {
    // The tagger's span for the name, given by hand: tokens 1–2 (جون سميث).
    const text = 'وقال جون سميث، رئيس «الأمم المتحدة» في المنطقة، إن الوضع صعب.';
    let doc = words.run(new Document(text, { ...plainMeta(text), published: '2023-03-14' }));
    const tk = doc.layers.tokens!;
    doc = doc.with({ ner: [{ start: tk.start[1]!, end: tk.end[2]!, stemStart: tk.start[1]!, nameStart: tk.start[1]!, type: 'PERS', tokenStart: 1, tokenEnd: 3 }] });
    const smith = entitiesComponent(new KnowledgeBase(data)).run(doc).layers.entities!.find((e) => e.type === 'PER');
    expect(smith?.roles.map((r) => r.text)).toEqual(['رئيس «الأمم المتحدة»']);
    expect(smith?.actor).toEqual({ country: null, sector: 'IGO', org: 'UN' });
  });

  it('gives named processes and laws MISC with no actor', () => {
    expect(find(entities('بعد دخول قانون قيصر حيز التنفيذ.'), 'Caesar Act')).toMatchObject({ type: 'MISC', actor: null });
  });
});
