import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from './article.ts';
import { articleFromJson, readJson, readJsonLines, type JsonEntry } from './json.ts';

const P1 = 'كشفت مصادر عن إرسال النظام السوري مبعوثًا إلى الولايات المتحدة.';
const P2 = 'وقال مسؤول إن الزيارة تأتي في إطار اتصالات مستمرة.';

function ok(e: JsonEntry): ExtractedArticle {
  if (!e.ok) throw new Error(`unexpected error: ${e.error.message}`);
  return e.article;
}

describe('articleFromJson', () => {
  const cases: { name: string; value: unknown; expected: Partial<ExtractedArticle> }[] = [
    {
      name: 'plain fields',
      value: { title: 'مبعوث سوري', text: `${P1}\n\n${P2}`, url: 'https://x.com/1', date: '2024-03-05', source: 'عنب بلدي' },
      expected: { title: 'مبعوث سوري', paragraphs: [P1, P2], url: 'https://x.com/1', published: '2024-03-05', outlet: 'عنب بلدي' },
    },
    {
      name: 'HTML content, link, RFC 822 pubDate, publisher object',
      value: { title: 'عنوان', content: `<p>${P1}</p><p>${P2}</p>`, link: 'https://x.com/2', pubDate: 'Tue, 05 Mar 2024 10:00:00 +0300', publisher: { name: 'الجزيرة' } },
      expected: { paragraphs: [P1, P2], url: 'https://x.com/2', published: '2024-03-05', outlet: 'الجزيرة' },
    },
    {
      name: 'body and "YYYY-MM-DD hh:mm:ss" time, site',
      value: { body: P1, time: '2024-03-06 23:10:00', site: 'المدن' },
      expected: { title: null, paragraphs: [P1], published: '2024-03-06', outlet: 'المدن' },
    },
    {
      name: 'article field, publishedAt, source {name} (NewsAPI)',
      value: { article: P1, publishedAt: '2024-03-07T05:00:00Z', source: { id: null, name: 'BBC Arabic' } },
      expected: { paragraphs: [P1], published: '2024-03-07', outlet: 'BBC Arabic' },
    },
    {
      name: 'description only, datePublished, outlet',
      value: { description: P2, datePublished: '2024-03-08', outlet: 'النهار' },
      expected: { paragraphs: [P2], published: '2024-03-08', outlet: 'النهار' },
    },
    {
      name: 'WordPress REST shape',
      value: { title: { rendered: 'عنوان &#8211; فرعي' }, content: { rendered: `<p>${P1}</p>` }, link: 'https://wp/1', date: '2024-03-09T12:00:00' },
      expected: { title: 'عنوان – فرعي', paragraphs: [P1], url: 'https://wp/1', published: '2024-03-09' },
    },
    {
      name: 'text as an array of paragraphs; an empty content field is passed over',
      value: { content: '', text: [P1, P2] },
      expected: { paragraphs: [P1, P2] },
    },
    {
      name: 'unparseable date',
      value: { text: P1, date: 'قبل ساعة' },
      expected: { published: null },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(ok(articleFromJson(c.value, 'a.json'))).toMatchObject(c.expected);
    });
  }

  it('names the fields found when there is no text field', () => {
    const e = articleFromJson({ title: 'x', headline: 'y', tags: [] }, 'a.json', 'item 2');
    expect(e.ok).toBe(false);
    if (e.ok) return;
    expect(e.error.code).toBe('INPUT_BAD_FORMAT');
    expect(e.error.message).toMatch(/a\.json: item 2: no text field/);
    expect(e.error.message).toMatch(/"title", "headline", "tags"/);
  });

  it('rejects non-objects', () => {
    const e = articleFromJson('نص', 'a.json');
    expect(e.ok ? null : e.error.message).toMatch(/expected a JSON object, found a string/);
  });
});

describe('readJson', () => {
  it('reads one object', () => {
    const { items, list } = readJson(JSON.stringify({ title: 'ع', text: P1 }), 'a.json');
    expect(list).toBe(false);
    expect(items.map(ok).map((a) => a.paragraphs)).toEqual([[P1]]);
  });

  it('reads an array, with an error for the bad item only', () => {
    const { items, list } = readJson(JSON.stringify([{ text: P1 }, 42, { text: P2 }]), 'a.json');
    expect(list).toBe(true);
    expect(items.map((e) => e.ok)).toEqual([true, false, true]);
    expect(items[1].ok ? '' : items[1].error.message).toMatch(/item 2: expected a JSON object, found a number/);
  });

  it('unwraps {articles: [...]}', () => {
    const { items, list } = readJson(JSON.stringify({ status: 'ok', articles: [{ text: P1 }, { text: P2 }] }), 'a.json');
    expect(list).toBe(true);
    expect(items.map(ok).map((a) => a.paragraphs[0])).toEqual([P1, P2]);
  });

  it('reports invalid JSON', () => {
    const { items } = readJson('{"text": ', 'a.json');
    expect(items).toHaveLength(1);
    expect(items[0].ok ? null : items[0].error.code).toBe('INPUT_BAD_FORMAT');
  });
});

describe('readJsonLines', () => {
  it('keeps good lines and reports the bad one', () => {
    const text = [
      JSON.stringify({ title: 'أول', text: P1 }),
      '',
      '{"title": "مكسور", "text": ',
      JSON.stringify({ title: 'ثالث', text: P2, date: '2024-03-05' }),
      '',
    ].join('\n');
    const items = readJsonLines(text, 'a.jsonl');
    expect(items.map((e) => e.ok)).toEqual([true, false, true]);
    expect(items[1].ok ? '' : items[1].error.message).toMatch(/a\.jsonl: line 3: invalid JSON/);
    expect(ok(items[2])).toMatchObject({ title: 'ثالث', paragraphs: [P2], published: '2024-03-05' });
  });

  it('handles CRLF lines', () => {
    const text = `${JSON.stringify({ text: P1 })}\r\n${JSON.stringify({ text: P2 })}\r\n`;
    expect(readJsonLines(text, 'a.jsonl').map((e) => ok(e).paragraphs[0])).toEqual([P1, P2]);
  });
});
