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
    { iso3: 'RUS', iso2: 'RU', qid: null, en: 'Russia', ar: ['روسيا'], capital: { en: 'Moscow', ar: ['موسكو'] }, demonyms: ['روسي', 'روسية', 'روس', 'روسيتان'] },
    { iso3: 'SYR', iso2: 'SY', qid: null, en: 'Syria', ar: ['سوريا', 'سورية'], capital: { en: 'Damascus', ar: ['دمشق'] }, demonyms: ['سوري', 'سورية'] },
    { iso3: 'USA', iso2: 'US', qid: null, en: 'United States', ar: ['الولايات المتحدة', 'أمريكا'], capital: { en: 'Washington', ar: ['واشنطن'] }, demonyms: ['أمريكي', 'أمريكية'] },
    { iso3: 'ITA', iso2: 'IT', qid: null, en: 'Italy', ar: ['إيطاليا'], capital: { en: 'Rome', ar: ['روما'] }, demonyms: ['إيطالي', 'إيطالية'] },
    { iso3: 'SDN', iso2: 'SD', qid: null, en: 'Sudan', ar: ['السودان'], capital: { en: 'Khartoum', ar: ['الخرطوم'] }, demonyms: ['سوداني', 'سودانية'] },
  ],
  places: [
    { id: 'place:daraa', en: 'Daraa', ar: ['درعا'], kind: 'city', country: 'SYR', admin1: null, lat: 32.6, lon: 36.1, geonames: null },
    { id: 'place:daraa-gov', en: 'Daraa Governorate', ar: ['محافظة درعا'], kind: 'governorate', country: 'SYR', admin1: null, lat: 32.6, lon: 36.1, geonames: null },
    { id: 'place:bab', en: 'al-Bab', ar: ['الباب'], kind: 'city', country: 'SYR', admin1: null, lat: 36.4, lon: 37.5, geonames: null },
    { id: 'place:qena', en: 'Qena', ar: ['قنا'], kind: 'city', country: 'EGY', admin1: null, lat: 26.16, lon: 32.72, geonames: null },
  ],
  orgs: [
    { id: 'org:un', qid: null, en: 'United Nations', ar: ['الأمم المتحدة'], type: 'ORG', actor: { country: null, sector: 'IGO', org: 'UN' }, metonymFor: null },
    { id: 'org:kremlin', qid: null, en: 'Kremlin', ar: ['الكرملين'], type: 'ORG', actor: { country: 'RUS', sector: 'GOV', org: null }, metonymFor: 'RUS' },
    { id: 'org:hayat', qid: null, en: 'Al-Hayat', ar: ['الحياة', 'صحيفة الحياة'], type: 'ORG', actor: { country: 'SAU', sector: 'MED', org: null }, metonymFor: null },
    { id: 'org:caesar', qid: null, en: 'Caesar Act', ar: ['قانون قيصر'], type: 'MISC', actor: null, metonymFor: null },
    { id: 'org:arabiya', qid: null, en: 'Al Arabiya', ar: ['العربية', 'قناة العربية'], type: 'ORG', actor: { country: 'SAU', sector: 'MED', org: null }, metonymFor: null },
    { id: 'org:qna', qid: null, en: 'Qatar News Agency', ar: ['قنا', 'وكالة الأنباء القطرية'], type: 'ORG', actor: { country: 'QAT', sector: 'MED', org: null }, metonymFor: null },
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
    {
      id: 'person:saied', qid: null, en: 'Kais Saied', ar: ['قيس سعيد'], short: ['سعيد'],
      offices: [{ office: 'head_of_state', country: 'TUN', org: null, sector: 'GOV', from: '2019-10-23', to: null }],
    },
    {
      id: 'person:houthi', qid: null, en: 'Abdul-Malik al-Houthi', ar: ['عبد الملك الحوثي'], short: ['الحوثي'],
      offices: [{ office: 'group_leader', country: 'YEM', org: 'HOUTHIS', sector: 'REB', from: '2004', to: null }],
    },
    {
      id: 'person:sudani', qid: null, en: "Mohammed Shia' al-Sudani", ar: ['محمد شياع السوداني'], short: ['السوداني'],
      offices: [{ office: 'head_of_government', country: 'IRQ', org: null, sector: 'GOV', from: '2022-10-27', to: null }],
    },
    {
      id: 'person:qahtani', qid: null, en: 'Abu Maria al-Qahtani', ar: ['أبو ماريا القحطاني'], short: ['القحطاني'],
      offices: [{ office: 'official', country: 'SYR', org: 'HTS', sector: 'REB', from: '2012', to: '2023' }],
    },
    {
      id: 'person:bukhari', qid: null, en: 'Walid Bukhari', ar: ['وليد بخاري'], short: ['بخاري'],
      offices: [{ office: 'ambassador', country: 'SAU', org: null, target: 'LBN', sector: 'GOV', from: '2017', to: null }],
    },
    {
      id: 'person:mbs', qid: null, en: 'Mohammed bin Salman', ar: ['محمد بن سلمان بن عبد العزيز'], short: [],
      offices: [{ office: 'crown_prince', country: 'SAU', org: null, sector: 'GOV', from: '2017-06-21', to: null }],
    },
  ],
  ambiguous: { orgs: ['الحياة', 'قنا', 'العربية'], places: ['الباب'], people: ['القحطاني'] },
  commonWords: ['سعيد'],
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

/** Entities of a text with the tagger's spans given by hand: [words of the span, type]. */
function withTagger(text: string, spans: [string, 'PERS' | 'LOC' | 'ORG' | 'MISC'][]) {
  let doc = words.run(new Document(text, { ...plainMeta(text), published: '2023-03-14' }));
  const tk = doc.layers.tokens!;
  let from = 0;
  const ner = spans.map(([span, type]) => {
    const start = text.indexOf(span, from);
    if (start < 0) throw new Error(`no «${span}» in the text`);
    from = start + span.length;
    const t0 = tk.start.findIndex((s) => s >= start);
    let t1 = t0;
    while (t1 < tk.start.length && tk.end[t1]! <= start + span.length) t1++;
    return { start: tk.start[t0]!, end: tk.end[t1 - 1]!, stemStart: tk.start[t0]!, nameStart: tk.start[t0]!, type, tokenStart: t0, tokenEnd: t1 };
  });
  doc = doc.with({ ner });
  return entitiesComponent(new KnowledgeBase(data))
    .run(doc)
    .layers.entities!.map((e) => ({ name: e.name.en, ar: e.name.ar, type: e.type, actor: e.actor ? `${e.actor.country ?? e.actor.org}:${e.actor.sector}` : null, mentions: e.mentions.map((m) => m.text) }));
}

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

  it('does not take «أنا سعيد» ("I am happy") for a person, nor a common-word short name for the KB person', () => {
    expect(withTagger('وقال المدرب: أنا سعيد بالنتيجة.', [['أنا سعيد', 'PERS']])).toEqual([]);
    // The tagger's word alone is not enough when the short name is a common word…
    expect(withTagger('وقال إن الجهاز الفني سعيد بالنتيجة.', [['سعيد', 'PERS']]).map((e) => e.name)).not.toContain('Kais Saied');
    // …nor is a short name inside another man's name; the full name anchors the short one.
    expect(withTagger('استشهد العريف فاهم سعيد أحمد الحبسي.', [['فاهم سعيد أحمد الحبسي', 'PERS']]).map((e) => e.name)).not.toContain('Kais Saied');
    expect(withTagger('التقى قيس سعيد الوفد. وقال سعيد إن الحل قريب.', []).find((e) => e.name === 'Kais Saied')).toMatchObject({ mentions: ['قيس سعيد', 'سعيد'] });
  });

  it('drops what the tagger marks that cannot name anything: numbers, spelt letters, religious formulas', () => {
    const got = withTagger('صرفت "346" وصفة، وقالت هيئة الإذاعة (بي.بي.سي) إن الشهداء رحمهم الله سقطوا.', [
      ['346', 'MISC'],
      ['بي', 'ORG'],
      ['رحمهم الله', 'ORG'],
    ]);
    expect(got).toEqual([]);
  });

  it('joins a surname the tagger found before the full name (a headline) to that person', () => {
    const got = withTagger('طعمة يفتتح المعرض. افتتح النائب نعمة طعمة المعرض أمس.', [
      ['طعمة', 'PERS'],
      ['نعمة طعمة', 'PERS'],
    ]);
    expect(got.filter((e) => e.type === 'PER')).toEqual([expect.objectContaining({ ar: 'نعمة طعمة', mentions: ['طعمة', 'نعمة طعمة'] })]);
  });

  it('joins a two-word surname after the full name (عبد اللطيف)', () => {
    const got = withTagger('قال القاضي وائل عبد اللطيف إن القرار نهائي. وأضاف عبد اللطيف أن الطعن ممكن.', [
      ['وائل عبد اللطيف', 'PERS'],
      ['عبد اللطيف', 'PERS'],
    ]);
    expect(got.filter((e) => e.type === 'PER').map((e) => e.mentions)).toEqual([['وائل عبد اللطيف', 'عبد اللطيف']]);
  });

  it('keeps honorifics outside a tagged name, and drops tagged adjectives of nationality', () => {
    const got = withTagger('وقال آية الله محمد الحكيم إن الحل قريب.', [['آية الله محمد الحكيم', 'PERS']]);
    expect(got.find((e) => e.type === 'PER')?.mentions).toEqual(['محمد الحكيم']);
    expect(withTagger('وقال آية الله محمد الحكيم إن الحل قريب.', [['آية الله', 'PERS'], ['محمد الحكيم', 'PERS']]).filter((e) => e.type === 'PER').map((e) => e.ar)).toEqual(['محمد الحكيم']);
    expect(withTagger('وقالت السلطات الروسية إن الوفد وصل.', [['الروسية', 'LOC']]).filter((e) => e.type === 'LOC')).toEqual([]);
    expect(withTagger('ونقلت الوكالتان الروسيتان القريبتان من الكرملين الخبر.', [['الروسيتان القريبتان', 'ORG']]).filter((e) => e.type === 'ORG' && e.name === null)).toEqual([]);
  });

  it('gives an official of no stated country the state the article is about', () => {
    const text = 'زار الوفد سوريا. وقال وزير المالية سامر خليل إن سوريا تنتظر الدعم، وإن سوريا قادرة على التعافي.';
    expect(withTagger(text, [['سامر خليل', 'PERS']]).find((e) => e.type === 'PER')?.actor).toBe('SYR:GOV');
    // Not when the article is about several states.
    const two = 'زار الوفد سوريا وروسيا. وقال وزير المالية سامر خليل إن روسيا وسوريا تتعاونان.';
    expect(withTagger(two, [['سامر خليل', 'PERS']]).find((e) => e.type === 'PER')?.actor).toBe('null:GOV');
  });

  it('does not make a rebel of the captain of a national team (قائد + a state)', () => {
    const got = withTagger('وقال فابيو كانافارو قائد إيطاليا السابق إن القرعة صعبة.', [['فابيو كانافارو', 'PERS']]);
    expect(got.find((e) => e.type === 'PER')?.actor).toBe('ITA:OTHER');
  });

  it('does not give a bare «الملك» to the president the article named before', () => {
    const got = withTagger('وقال الرئيس السادات إن الحرب انتهت. وأيد الملك القرار. وقال الرئيس إن السلام قريب.', [['السادات', 'PERS']]);
    expect(got.find((e) => e.ar === 'السادات')?.mentions).toEqual(['السادات', 'الرئيس']);
    // …but a president named with a possessive (ورئيسها) is the bare president after.
    const own = withTagger('انشغلت الإدارة الجديدة ورئيسها جون سميث بالرد. وأصدر الرئيس قرارا.', [['جون سميث', 'PERS']]);
    expect(own.find((e) => e.ar === 'جون سميث')?.mentions).toEqual(['جون سميث', 'الرئيس']);
  });

  it('links a known person under another spelling of the given name', () => {
    const got = withTagger('وقال فلادمير بوتين إن الحل سياسي.', [['فلادمير بوتين', 'PERS']]);
    expect(got.find((e) => e.type === 'PER')).toMatchObject({ name: 'Vladimir Putin', mentions: ['فلادمير بوتين'] });
    // Not when the given name is another one altogether.
    expect(withTagger('وقال سيرغي بوتين إن الحل سياسي.', [['سيرغي بوتين', 'PERS']]).find((e) => e.type === 'PER')?.name).not.toBe('Vladimir Putin');
  });

  it('links a known person named with lineage (بن … آل …), and a surname the tagger typed MISC', () => {
    const got = withTagger('وجه الأمير محمد بن سلمان بن عبدالعزيز آل سعود بذلك.', [['محمد بن سلمان بن عبدالعزيز آل سعود', 'PERS']]);
    expect(got.find((e) => e.type === 'PER')).toMatchObject({ name: 'Mohammed bin Salman', mentions: ['محمد بن سلمان بن عبدالعزيز آل سعود'] });
    const misc = withTagger('انتقل الحارس أحمد الكسار إلى الأهلي. ووقع الكسار العقد.', [
      ['أحمد الكسار', 'PERS'],
      ['الكسار', 'MISC'],
    ]);
    expect(misc.filter((e) => e.ar.includes('الكسار'))).toEqual([expect.objectContaining({ type: 'PER', mentions: ['أحمد الكسار', 'الكسار'] })]);
  });

  it('reads a homonym as the entry the article names elsewhere without a doubt', () => {
    expect(find(entities('قالت وكالة الأنباء القطرية إن الوفد وصل. وأضافت (قنا) أن اللقاء مثمر.'), 'Qatar News Agency')?.mentions).toEqual(['وكالة الأنباء القطرية', 'قنا']);
    expect(find(entities('وصل الوفد إلى مدينة قنا أمس.'), 'Qena')?.mentions).toEqual(['قنا']);
  });

  it('does not give a head-of-state title to a short name whose person never held such an office', () => {
    expect(find(entities('التقى الرئيس بخاري الوفد.'), 'Walid Bukhari')).toBeUndefined();
    expect(find(entities('التقى السفير بخاري الوفد.'), 'Walid Bukhari')?.mentions).toEqual(['بخاري']);
  });

  it("links a leader's short name after the words for his fighters (مسلحو الأسد، عناصر الحوثي)", () => {
    expect(find(entities('وهاجم مسلحو الأسد البلدة.'), 'Bashar al-Assad')?.mentions).toEqual(['الأسد']);
  });

  it("codes a rebel leader's militias with his group, not his state's army", () => {
    const noms = entities('وهاجمت ميليشيات الحوثي المدينة.').filter((e) => e.type === 'NOM');
    expect(noms.map((e) => `${e.mentions.join('|')} ${e.actor}`)).toEqual(['ميليشيات YEM:REB']);
  });

  it('does not read an adjective of nationality or a common family name as a known short name', () => {
    expect(find(entities('ودعا الرئيس السوداني إلى الحوار.'), "Mohammed Shia' al-Sudani")).toBeUndefined();
    expect(withTagger('ودعا القحطاني الشباب إلى التسجيل.', [['القحطاني', 'PERS']]).find((e) => e.name === 'Abu Maria al-Qahtani')).toBeUndefined();
    // The full name in the article still anchors the short one.
    const anchored = withTagger('قال أبو ماريا القحطاني إن الهجوم فشل. وأضاف القحطاني أن…', [['القحطاني', 'PERS']]);
    expect(anchored.find((e) => e.name === 'Abu Maria al-Qahtani')?.mentions).toEqual(['أبو ماريا القحطاني', 'القحطاني']);
  });

  it('keeps a first letter the segmenter took for a proclitic when what is left is two letters', () => {
    expect(withTagger('وسجل وين روني هدفا.', [['وين روني', 'PERS']]).find((e) => e.type === 'PER')?.mentions).toEqual(['وين روني']);
  });

  it('reads a doubtful name right after a definite noun as its adjective, even when the article names the entry', () => {
    expect(find(entities('قالت قناة العربية إن القمة العربية انطلقت. وأضافت العربية أن الوفود وصلت.'), 'Al Arabiya')?.mentions).toEqual(['العربية', 'العربية']);
  });

  it('links names with عبد written joined or apart', () => {
    expect(find(entities('استقبل محمد بن سلمان بن عبدالعزيز الوفد.'), 'Mohammed bin Salman')?.mentions).toEqual(['محمد بن سلمان بن عبدالعزيز']);
  });

  it('gives named processes and laws MISC with no actor', () => {
    expect(find(entities('بعد دخول قانون قيصر حيز التنفيذ.'), 'Caesar Act')).toMatchObject({ type: 'MISC', actor: null });
  });
});
