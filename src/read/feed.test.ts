import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from './article.ts';
import { readFeed, type FeedEntry } from './feed.ts';

const P1 = 'كشفت مصادر عن إرسال النظام السوري مبعوثًا إلى الولايات المتحدة.';
const P2 = 'وقال مسؤول إن الزيارة تأتي في إطار اتصالات مستمرة.';
const P3 = 'ولم يصدر تعليق رسمي من دمشق حتى الآن.';

function ok(e: FeedEntry): ExtractedArticle {
  if (!e.ok) throw new Error(`unexpected error: ${e.error.message}`);
  return e.article;
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>عنب بلدي</title>
  <link>https://www.enabbaladi.net</link>
  <description>أخبار</description>
  <item>
    <title>مبعوث سوري إلى واشنطن</title>
    <link>https://www.enabbaladi.net/1</link>
    <pubDate>Tue, 05 Mar 2024 22:30:00 +0300</pubDate>
    <description><![CDATA[<p>${P1}</p>]]></description>
    <content:encoded><![CDATA[<p>${P1}</p><figure><img src="x.jpg"/><figcaption>صورة أرشيفية</figcaption></figure><p>${P2}</p>]]></content:encoded>
  </item>
  <item>
    <title>خبر &amp;quot;ثانٍ&amp;quot;</title>
    <guid isPermaLink="true">https://www.enabbaladi.net/2</guid>
    <dc:date>2024-03-06T08:00:00+03:00</dc:date>
    <description>&lt;p&gt;${P3}&lt;/p&gt;&lt;p&gt;${P2}&lt;/p&gt;</description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>سكاي نيوز عربية</title>
  <link rel="self" href="https://example.com/feed.atom"/>
  <updated>2024-03-07T00:00:00Z</updated>
  <entry>
    <title type="html">&lt;b&gt;مبعوث&lt;/b&gt; سوري</title>
    <link rel="self" href="https://example.com/self/1"/>
    <link rel="alternate" type="text/html" href="https://example.com/1"/>
    <id>urn:1</id>
    <published>2024-03-05T23:59:00-05:00</published>
    <updated>2024-03-07T10:00:00Z</updated>
    <summary>ملخص قصير</summary>
    <content type="html">&lt;p&gt;${P1}&lt;/p&gt;&lt;p&gt;${P2}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>خبر ثان</title>
    <link href="https://example.com/2"/>
    <updated>2024-03-06T10:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${P3}</p><p>فقرة &amp; أخرى</p></div></content>
  </entry>
</feed>`;

describe('readFeed', () => {
  it('reads RSS 2.0 with content:encoded, dc:date and guid links', () => {
    const { kind, entries, whole } = readFeed(RSS, 'f.rss');
    expect(kind).toBe('rss');
    expect(whole).toBe(false);
    expect(entries.map(ok)).toEqual([
      {
        title: 'مبعوث سوري إلى واشنطن',
        outlet: 'عنب بلدي',
        url: 'https://www.enabbaladi.net/1',
        published: '2024-03-05',
        paragraphs: [P1, 'صورة أرشيفية', P2],
      },
      {
        title: 'خبر "ثانٍ"',
        outlet: 'عنب بلدي',
        url: 'https://www.enabbaladi.net/2',
        published: '2024-03-06',
        paragraphs: [P3, P2],
      },
    ]);
  });

  it('reads Atom with html and xhtml content', () => {
    const { kind, entries } = readFeed(ATOM, 'f.atom');
    expect(kind).toBe('atom');
    expect(entries.map(ok)).toEqual([
      {
        title: 'مبعوث سوري',
        outlet: 'سكاي نيوز عربية',
        url: 'https://example.com/1',
        published: '2024-03-05',
        paragraphs: [P1, P2],
      },
      {
        title: 'خبر ثان',
        outlet: 'سكاي نيوز عربية',
        url: 'https://example.com/2',
        published: '2024-03-06',
        paragraphs: [P3, 'فقرة & أخرى'],
      },
    ]);
  });

  it('reads RSS 1.0 (RDF) items beside the channel', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>قناة</title></channel>
      <item><title>خبر</title><link>https://x/1</link><description>${P1}</description><dc:date>2024-03-05</dc:date></item>
    </rdf:RDF>`;
    expect(readFeed(rdf, 'f.rdf').entries.map(ok)).toEqual([
      { title: 'خبر', outlet: 'قناة', url: 'https://x/1', published: '2024-03-05', paragraphs: [P1] },
    ]);
  });

  it("takes an aggregator item's <source> as the outlet", () => {
    const rss = `<rss><channel><title>Google News</title><item><title>خبر</title><description>${P1}</description><source url="https://aawsat.com">الشرق الأوسط</source></item></channel></rss>`;
    expect(ok(readFeed(rss, 'g.rss').entries[0]).outlet).toBe('الشرق الأوسط');
  });

  const failures: { name: string; xml: string; code: string; whole: boolean; message: RegExp }[] = [
    { name: 'not a feed', xml: '<html><body><p>x</p></body></html>', code: 'INPUT_BAD_FORMAT', whole: true, message: /not an RSS or Atom feed/ },
    { name: 'no items', xml: '<rss><channel><title>x</title></channel></rss>', code: 'INPUT_EMPTY', whole: true, message: /no items/ },
    {
      name: 'item without a body',
      xml: '<rss><channel><item><title>عنوان فقط</title></item></channel></rss>',
      code: 'INPUT_EMPTY',
      whole: false,
      message: /item 1 \("عنوان فقط"\) has no description/,
    },
  ];
  for (const c of failures) {
    it(`reports ${c.name}`, () => {
      const r = readFeed(c.xml, 'f.xml');
      expect(r.whole).toBe(c.whole);
      expect(r.entries).toHaveLength(1);
      const e = r.entries[0];
      expect(e.ok).toBe(false);
      if (e.ok) return;
      expect(e.error.code).toBe(c.code);
      expect(e.error.message).toMatch(c.message);
    });
  }
});
