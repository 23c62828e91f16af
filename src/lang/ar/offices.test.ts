import { describe, expect, it } from 'vitest';
import { OFFICES } from '../../kb/types.ts';
import { normalizeString } from './normalize.ts';
import {
  DEMONYM_STEMS,
  MULTIWORD_NAMES,
  OFFICE_KEYS,
  TITLE_PHRASES,
  findOffices,
  isKnownDemonym,
  looksLikeDemonym,
  matchOfficeAt,
  phraseWords,
  type ComplementKind,
  type OfficeHooks,
  type OfficeKey,
  type OfficeMatch,
} from './offices.ts';

const words = (s: string): string[] => normalizeString(s).split(/\s+/u).filter(Boolean);
const text = (ws: readonly string[], r: { start: number; end: number } | undefined): string | null => (r ? ws.slice(r.start, r.end).join(' ') : null);
const norm = (s: string): string => normalizeString(s);

interface Expect {
  office: OfficeKey;
  /** Words of the title phrase itself. */
  phraseLength?: number;
  /** Words taken in all (title + complements + target). */
  end?: number;
  /** Complements as `kind:text` (text as written; compared normalized). */
  complements?: string[];
  target?: string | null;
  org?: string;
  country?: string;
  former?: boolean;
  elect?: boolean;
  number?: 'singular' | 'dual' | 'plural';
  proclitic?: string;
  portfolio?: string;
}

function check(input: string, e: Expect, hooks?: OfficeHooks): OfficeMatch {
  const ws = words(input);
  const m = matchOfficeAt(ws, 0, hooks);
  expect(m, input).not.toBeNull();
  const got = m!;
  expect(got.office, input).toBe(e.office);
  if (e.phraseLength !== undefined) expect(got.phraseLength, input).toBe(e.phraseLength);
  expect(got.length, input).toBe(got.end - got.start);
  if (e.end !== undefined) expect(got.end, input).toBe(e.end);
  if (e.complements !== undefined) {
    expect(
      got.complements.map((c) => `${c.kind}:${text(ws, c)}`),
      input,
    ).toEqual(e.complements.map((c) => norm(c)));
    if (got.complements.length > 0) {
      expect(got.countryWord).toEqual(got.complements[0]);
      expect(got.complement).toEqual({ start: got.complements[0]!.start, end: Math.max(...got.complements.map((c) => c.end)) });
    } else expect(got.complement).toBeUndefined();
  }
  if (e.target !== undefined) expect(text(ws, got.target), input).toBe(e.target === null ? null : norm(e.target));
  if (e.org !== undefined) expect(got.org, input).toBe(e.org);
  if (e.country !== undefined) expect(got.country, input).toBe(e.country);
  expect(got.former, input).toBe(e.former ?? false);
  expect(got.elect, input).toBe(e.elect ?? false);
  if (e.number !== undefined) expect(got.number, input).toBe(e.number);
  if (e.proclitic !== undefined) expect(got.proclitic, input).toBe(e.proclitic);
  if (e.portfolio !== undefined) expect(text(ws, got.portfolioWords) ?? got.portfolio, input).toBe(norm(e.portfolio));
  return got;
}

describe('title vocabulary', () => {
  it('uses exactly the office keys of src/kb/types.ts', () => {
    expect([...OFFICE_KEYS]).toEqual([...OFFICES]);
    for (const p of TITLE_PHRASES) expect(OFFICE_KEYS as readonly string[], p.phrase).toContain(p.office);
  });

  it('has no two phrases with the same normalized words', () => {
    const seen = new Map<string, string>();
    for (const p of TITLE_PHRASES) {
      const k = phraseWords(p.phrase).join(' ');
      expect(seen.get(k), `${p.phrase} duplicates ${seen.get(k)}`).toBeUndefined();
      seen.set(k, p.phrase);
    }
  });

  it('writes phrases in Arabic letters, one space between words', () => {
    for (const p of TITLE_PHRASES) {
      // Arabic letters and harakat (tanwin as the press writes مبعوثاً), one space between words
      expect(p.phrase.split(' ').every((w) => w.length > 0 && [...w].every((ch) => /\p{Script_Extensions=Arabic}/u.test(ch))), p.phrase).toBe(true);
      if (p.complementAt !== undefined) expect(p.complementAt).toBeLessThan(phraseWords(p.phrase).length);
    }
  });

  it('covers the offices the brief lists', () => {
    const offices = new Set(TITLE_PHRASES.map((p) => p.office));
    for (const o of OFFICE_KEYS) expect(offices.has(o), o).toBe(true);
  });

  it('keeps the multiword names and demonyms normalized', () => {
    for (const n of MULTIWORD_NAMES) expect(norm(n)).toBe(n);
    for (const d of DEMONYM_STEMS) expect(norm(d)).toBe(d);
  });
});

describe('matchOfficeAt: titles and their complements', () => {
  it.each<[string, Expect]>([
    // the brief's cases
    ['الرئيس الروسي فلاديمير بوتين', { office: 'head_of_state', phraseLength: 1, end: 2, complements: ['adjective:الروسي'] }],
    ['نائب وزير الخارجية الروسي سيرغي فيرشينين', { office: 'deputy_foreign_minister', phraseLength: 3, end: 4, complements: ['adjective:الروسي'] }],
    ['وزير خارجية تركيا مولود جاويش أوغلو', { office: 'foreign_minister', phraseLength: 2, end: 3, complements: ['name:تركيا'] }],
    ['رأس النظام السوري بشار الأسد', { office: 'head_of_state', phraseLength: 2, end: 3, country: 'SYR', complements: ['metonym:النظام', 'adjective:السوري'] }],
    ['المبعوث الأممي الخاص إلى سوريا غير بيدرسون', { office: 'un_envoy', org: 'UN', end: 5, complements: [], target: 'سوريا' }],
    ['مستشار وزارة الخارجية الروسية رامي الشاعر', { office: 'adviser', phraseLength: 1, end: 4, complements: ['name:وزارة الخارجية', 'adjective:الروسية'] }],
    // as the gold articles write them
    ['مبعوث الأمم المتحدة الخاص إلى سوريا “غير بيدرسون”', { office: 'un_envoy', org: 'UN', end: 6, target: 'سوريا' }],
    ['نائب المبعوث الأممي الخاص إلى سورية في مناطق', { office: 'un_deputy_envoy', org: 'UN', end: 6, target: 'سورية' }],
    ['السفير الأمريكي في موسكو “جون سوليفان”', { office: 'ambassador', end: 4, complements: ['adjective:الأمريكي'], target: 'موسكو' }],
    ['سفير روسيا في دمشق والدكتور بشار الجعفري', { office: 'ambassador', end: 4, complements: ['name:روسيا'], target: 'دمشق' }],
    ['سفير النظام السوري في موسكو', { office: 'ambassador', end: 5, complements: ['metonym:النظام', 'adjective:السوري'], target: 'موسكو' }],
    ['نائب وزير الدفاع الروسي', { office: 'deputy_defence_minister', complements: ['adjective:الروسي'] }],
    ['وزير الخارجية النظام “فيصل المقداد”', { office: 'foreign_minister', end: 3, complements: ['metonym:النظام'] }],
    ['وزيرا دفاع النظام السوري والتركي في موسكو', { office: 'defence_minister', number: 'dual', end: 5, complements: ['metonym:النظام', 'adjective:السوري', 'adjective:والتركي'] }],
    ['رأس السلطة في سوريا', { office: 'head_of_state', end: 4, complements: ['name:سوريا'] }],
    ['مبعوثه الخاص إلى سوريا “ألكسندر لافرنتييف”', { office: 'special_envoy', end: 4, complements: ['pronoun:مبعوثه'], target: 'سوريا' }],
    ['ممثلاً خاصاً للرئيس بوتين نائب وزير الخارجية', { office: 'special_envoy', phraseLength: 2, end: 3, complements: ['name:للرئيس'], target: null }],
    ['المسؤول الأممي والروسي', { office: 'official', org: 'UN', end: 3, complements: ['adjective:والروسي'] }],
    ['المسؤولين الأتراك لثني أنقرة', { office: 'official', number: 'plural', end: 2, complements: ['adjective:الأتراك'] }],
    ['المستشار الروسي', { office: 'adviser', complements: ['adjective:الروسي'] }],
    ['الرئيس الأمريكي “دونالد ترمب”', { office: 'head_of_state', end: 2, complements: ['adjective:الأمريكي'] }],
    ['المبعوث السوري إلى الولايات المتحدة صحيحة', { office: 'special_envoy', end: 5, complements: ['adjective:السوري'], target: 'الولايات المتحدة' }],
    ['مبعوثًا إلى الولايات المتحدة لمناقشة استئناف', { office: 'special_envoy', end: 4, complements: [], target: 'الولايات المتحدة' }],
    ['رئيس النظام السوري', { office: 'head_of_state', country: 'SYR', complements: ['metonym:النظام', 'adjective:السوري'] }],
    // heads of state, government, royals
    ['رئيس روسيا فلاديمير بوتين', { office: 'head_of_state', end: 2, complements: ['name:روسيا'] }],
    ['رئيس الوزراء الإسرائيلي بنيامين نتنياهو', { office: 'head_of_government', phraseLength: 2, complements: ['adjective:الإسرائيلي'] }],
    ['رئيس حكومة الاحتلال بنيامين نتنياهو', { office: 'head_of_government', complements: ['metonym:الاحتلال'] }],
    ['رئيسة الوزراء البريطانية تيريزا ماي', { office: 'head_of_government', complements: ['adjective:البريطانية'] }],
    ['رئيس مجلس الوزراء اللبناني نجيب ميقاتي', { office: 'head_of_government', phraseLength: 3, complements: ['adjective:اللبناني'] }],
    ['رئيس مجلس السيادة السوداني عبد الفتاح البرهان', { office: 'head_of_state', phraseLength: 3, complements: ['adjective:السوداني'] }],
    ['العاهل السعودي الملك سلمان', { office: 'head_of_state', end: 2, complements: ['adjective:السعودي'] }],
    ['أمير قطر الشيخ تميم بن حمد', { office: 'head_of_state', end: 2, complements: ['name:قطر'] }],
    ['ولي العهد السعودي الأمير محمد بن سلمان', { office: 'crown_prince', end: 3, complements: ['adjective:السعودي'] }],
    ['ولي عهد أبوظبي', { office: 'crown_prince', complements: ['name:أبوظبي'] }],
    ['المرشد الأعلى الإيراني علي خامنئي', { office: 'supreme_leader', country: 'IRN', complements: ['adjective:الإيراني'] }],
    ['نائب الرئيس الأمريكي مايك بنس', { office: 'vice_president', complements: ['adjective:الأمريكي'] }],
    ['المستشارة الألمانية أنغيلا ميركل', { office: 'head_of_government', end: 2, complements: ['adjective:الألمانية'] }],
    // ministers
    ['وزيرة الخارجية الأمريكية هيلاري كلينتون', { office: 'foreign_minister', complements: ['adjective:الأمريكية'] }],
    ['وزير الخارجية والمغتربين السوري', { office: 'foreign_minister', phraseLength: 3, complements: ['adjective:السوري'] }],
    ['رئيس الدبلوماسية الروسية', { office: 'foreign_minister', complements: ['adjective:الروسية'] }],
    ['وزراء خارجية روسيا وتركيا وإيران', { office: 'foreign_minister', number: 'plural', end: 5, complements: ['name:روسيا', 'name:وتركيا', 'name:وإيران'] }],
    ['وزير خارجيته', { office: 'foreign_minister', complements: ['pronoun:خارجيته'] }],
    ['مساعد وزير الخارجية الإيراني', { office: 'deputy_foreign_minister', complements: ['adjective:الإيراني'] }],
    ['وزيرة الجيوش الفرنسية فلورانس بارلي', { office: 'defence_minister', complements: ['adjective:الفرنسية'] }],
    ['وزير الحرب الأمريكي بيت هيغسيث', { office: 'defence_minister', complements: ['adjective:الأمريكي'] }],
    ['وزير الدفاع الوطني اللبناني', { office: 'defence_minister', phraseLength: 3, complements: ['adjective:اللبناني'] }],
    ['وزير الخزانة الأمريكي', { office: 'finance_minister', complements: ['adjective:الأمريكي'] }],
    ['وزير الطاقة الروسي ألكسندر نوفاك', { office: 'minister', end: 3, portfolio: 'الطاقة', complements: ['adjective:الروسي'] }],
    ['نائب رئيس الوزراء التركي', { office: 'minister', portfolio: 'deputy prime minister', complements: ['adjective:التركي'] }],
    // envoys, ambassadors, the UN
    ['المبعوث الأممي لسوريا', { office: 'un_envoy', end: 3, target: 'لسوريا' }],
    ['المبعوث الخاص للرئيس الروسي إلى سوريا', { office: 'special_envoy', end: 6, complements: ['name:للرئيس', 'adjective:الروسي'], target: 'سوريا' }],
    ['المندوب الروسي الدائم لدى الأمم المتحدة فاسيلي نيبينزيا', { office: 'ambassador', end: 6, complements: ['adjective:الروسي'], target: 'الأمم المتحدة' }],
    ['مندوب روسيا الدائم لدى الأمم المتحدة', { office: 'ambassador', end: 6, complements: ['name:روسيا'], target: 'الأمم المتحدة' }],
    ['الأمين العام للأمم المتحدة أنطونيو غوتيريش', { office: 'un_secretary_general', org: 'UN', phraseLength: 4, end: 4 }],
    ['الأمين العام لجامعة الدول العربية', { office: 'org_head', org: 'ARAB_LEAGUE' }],
    ['الأمين العام لمنظمة الصحة العالمية', { office: 'org_head', complements: ['name:لمنظمة الصحة العالمية'] }],
    ['المبعوثة الأممية إلى ليبيا ستيفاني وليامز', { office: 'un_envoy', target: 'ليبيا' }],
    // spokespeople, advisers, security, parliament
    ['المتحدث باسم الخارجية الروسية ماريا زاخاروفا', { office: 'spokesperson', end: 4, complements: ['name:الخارجية', 'adjective:الروسية'] }],
    ['الناطق باسم الكرملين دميتري بيسكوف', { office: 'spokesperson', end: 3, complements: ['name:الكرملين'] }],
    ['المتحدث باسم وزارة الخارجية الأمريكية نيد برايس', { office: 'spokesperson', end: 5, complements: ['name:وزارة الخارجية', 'adjective:الأمريكية'] }],
    ['المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي', { office: 'spokesperson', complements: ['name:الجيش', 'adjective:الإسرائيلي'] }],
    ['مستشار الأمن القومي الأمريكي جيك سوليفان', { office: 'national_security_adviser', complements: ['adjective:الأمريكي'] }],
    ['رئيس جهاز الاستخبارات التركي هاكان فيدان', { office: 'intelligence_chief', complements: ['adjective:التركي'] }],
    ['رئيس الموساد يوسي كوهين', { office: 'intelligence_chief', country: 'ISR', end: 2 }],
    ['رئيس هيئة الأركان العامة للجيش الإسرائيلي', { office: 'army_chief', end: 6, complements: ['name:للجيش', 'adjective:الإسرائيلي'] }],
    ['قائد الجيش اللبناني العماد جوزاف عون', { office: 'army_chief', complements: ['adjective:اللبناني'] }],
    ['رئيس مجلس النواب الأمريكي', { office: 'speaker', complements: ['adjective:الأمريكي'] }],
    ['رئيس مجلس الشعب السوري', { office: 'speaker', complements: ['adjective:السوري'] }],
    // groups
    ['زعيم حزب الله حسن نصر الله', { office: 'group_leader', end: 3, complements: ['name:حزب الله'] }],
    ['الأمين العام لحزب الله', { office: 'group_leader', org: 'HEZBOLLAH' }],
    ['أمير تنظيم الدولة', { office: 'head_of_state', complements: ['name:تنظيم الدولة'] }],
    ['رئيس المكتب السياسي لحركة حماس إسماعيل هنية', { office: 'group_leader', end: 5, complements: ['name:لحركة حماس'] }],
    ['القائد العام لقوات سوريا الديمقراطية مظلوم عبدي', { office: 'army_chief', end: 5, complements: ['name:لقوات سوريا الديمقراطية'] }],
    ['المرشد العام للإخوان', { office: 'group_leader', org: 'MUSLIM_BROTHERHOOD' }],
    ['قائد فيلق القدس قاسم سليماني', { office: 'official', org: 'IRGC', country: 'IRN' }],
    // officials with indefinite adjectives
    ['مسؤول روسي رفيع', { office: 'official', end: 3, complements: ['adjective:روسي'] }],
    ['مسؤولين أمريكيين', { office: 'official', number: 'plural', complements: ['adjective:أمريكيين'] }],
    ['مسؤول أمني عراقي رفيع', { office: 'official', end: 4, complements: ['adjective:عراقي'] }],
    ['المسؤول العسكري الروسي', { office: 'official', end: 3, complements: ['adjective:الروسي'] }],
    // modifiers and proclitics
    ['الرئيس الأمريكي السابق باراك أوباما', { office: 'head_of_state', end: 3, former: true, complements: ['adjective:الأمريكي'] }],
    ['الرئيس الأمريكي المنتخب دونالد ترامب', { office: 'head_of_state', end: 3, elect: true, complements: ['adjective:الأمريكي'] }],
    ['الرئيس السابق للولايات المتحدة', { office: 'head_of_state', end: 4, former: true, complements: ['name:للولايات المتحدة'] }],
    ['والرئيس الروسي', { office: 'head_of_state', proclitic: 'و', complements: ['adjective:الروسي'] }],
    ['للرئيس الروسي', { office: 'head_of_state', proclitic: 'ل', complements: ['adjective:الروسي'] }],
    ['بالرئيس التركي', { office: 'head_of_state', proclitic: 'ب', complements: ['adjective:التركي'] }],
    ['ووزير الخارجية الإيراني', { office: 'foreign_minister', proclitic: 'و', complements: ['adjective:الإيراني'] }],
    ['لوزير الخارجية السعودي', { office: 'foreign_minister', proclitic: 'ل', complements: ['adjective:السعودي'] }],
    ['الرئيس بشار الأسد', { office: 'head_of_state', end: 1, complements: [] }],
  ])('%s', (input, e) => {
    check(input, e);
  });

  it.each([
    // a construct head without its complement is not a title
    'رئيس',
    'الأمير تميم بن حمد',
    'وزير سابق',
    'مبعوث',
    'قال الرئيس',
    'الروسي',
  ])('%s: no title at the first word', (input) => {
    expect(matchOfficeAt(words(input), 0)).toBeNull();
  });

  it('records the title phrase, gender and number', () => {
    const m = check('وزيرة الخارجية الفرنسية كاترين كولونا', { office: 'foreign_minister', complements: ['adjective:الفرنسية'] });
    expect(m.gender).toBe('f');
    expect(m.number).toBe('singular');
    expect(norm(m.phrase.phrase)).toBe(norm('وزيرة الخارجية'));
  });

  it('offers other readings when the complement is an organisation or a state', () => {
    const rais = check('رئيس الائتلاف الوطني السوري', { office: 'head_of_state' });
    expect(rais.orgOffices).toContain('group_leader');
    expect(rais.orgOffices).toContain('org_head');
    const zaim = check('الزعيم الليبي معمر القذافي', { office: 'group_leader', complements: ['adjective:الليبي'] });
    expect(zaim.stateOffice).toBe('head_of_state');
  });

  it('keeps names that end like a nisba out of the default demonyms, and lets a hook decide', () => {
    expect(isKnownDemonym('الروسي')).toBe(true);
    expect(isKnownDemonym('روسية')).toBe(true);
    expect(isKnownDemonym('الاتراك')).toBe(true);
    expect(isKnownDemonym('السيسي')).toBe(false);
    expect(looksLikeDemonym('الكازاخستاني')).toBe(true);
    expect(looksLikeDemonym('الخارجية')).toBe(false);
    check('الرئيس السيسي', { office: 'head_of_state', end: 1, complements: [] });
    // a caller's KB knows more demonyms
    const hooks: OfficeHooks = { isDemonym: (w) => isKnownDemonym(w) || w === 'الفنزويلي' || w === 'البيروفي' };
    check('الرئيس البيروفي', { office: 'head_of_state', complements: ['adjective:البيروفي'] }, hooks);
  });

  it('lets a hook bound the names after a title', () => {
    const known = [words('جمهورية الكونغو الديمقراطية')];
    const hooks: OfficeHooks = {
      nameLength: (ws, j, first) => {
        for (const n of known) if (n[0] === first && n.every((t, k) => k === 0 || ws[j + k] === t)) return n.length;
        return 1;
      },
    };
    check('رئيس جمهورية الكونغو الديمقراطية', { office: 'head_of_state', end: 4, complements: ['name:جمهورية الكونغو الديمقراطية'] }, hooks);
  });

  it('returns ranges into the caller’s words at any position', () => {
    const ws = words('وقال وزير الخارجية الروسي سيرغي لافروف إن');
    expect(matchOfficeAt(ws, 0)).toBeNull();
    const m = matchOfficeAt(ws, 1)!;
    expect(m.start).toBe(1);
    expect(m.end).toBe(4);
    expect(m.countryWord).toMatchObject({ start: 3, end: 4, kind: 'adjective' satisfies ComplementKind });
  });
});

describe('match keys', () => {
  it('accepts words with ة folded to ه, as the knowledge base keys them', () => {
    const ws = ['وزيره', 'الخارجيه', 'الامريكيه', 'هيلاري'];
    const m = matchOfficeAt(ws, 0)!;
    expect(m.office).toBe('foreign_minister');
    expect(m.gender).toBe('f');
    expect(m.complement).toEqual({ start: 2, end: 3 });
    expect(m.length).toBe(3);
    const r = matchOfficeAt(['راس', 'النظام', 'السوري', 'بشار'], 0)!;
    expect(r.office).toBe('head_of_state');
    expect(r.length).toBe(3);
    const e = matchOfficeAt(['نائب', 'المبعوث', 'الاممي', 'الخاص', 'الي', 'سوريه', 'في'], 0)!;
    expect(e.office).toBe('un_deputy_envoy');
    expect(e.target).toMatchObject({ start: 5, end: 6 });
  });
});

describe('ة and ه', () => {
  it('reads a final ه as ة only when the caller folds ة', () => {
    // words that keep ة elsewhere: قاده is a verb (led him), not قادة (leaders)
    expect(matchOfficeAt(words('قاده الملك فيصل إلى النصر في معركة'), 0)).toBeNull();
    expect(matchOfficeAt(['قاده', 'حزب', 'الله'], 0)?.office).toBe('group_leader');
    // his envoy, not a female envoy, when ة is kept
    const m = matchOfficeAt(words('مبعوثه الخاص إلى سوريا ألكسندر لافرنتييف في زيارة'), 0)!;
    expect(m.complements.map((c) => c.kind)).toEqual(['pronoun']);
  });
});

describe('findOffices', () => {
  it('finds every title of a sentence', () => {
    const ws = words('بحث نائب وزير الخارجية الروسي سيرغي فيرشينين مع المبعوث الأممي الخاص إلى سوريا غير بيدرسون ومع السفير الأمريكي في موسكو جون سوليفان');
    const found = findOffices(ws).map((m) => [m.office, text(ws, m.countryWord), text(ws, m.target)]);
    expect(found).toEqual([
      ['deputy_foreign_minister', norm('الروسي'), null],
      ['un_envoy', null, norm('سوريا')],
      ['ambassador', norm('الأمريكي'), norm('موسكو')],
    ]);
  });
});
