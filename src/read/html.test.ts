import { describe, expect, it } from 'vitest';
import { bodyParagraphs, extractHtml, htmlParagraphs, stripSiteName } from './html.ts';

const P1 = 'كشفت مصادر عن إرسال النظام السوري مبعوثًا إلى الولايات المتحدة.';
const P2 = 'وقال مسؤول إن الزيارة تأتي في إطار اتصالات مستمرة.';
const P3 = 'ولم يصدر تعليق رسمي من دمشق حتى الآن.';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const chrome = (main: string) =>
  `<header class="site-header"><h1 class="logo">الموقع</h1><nav><ul><li><a href="/">الرئيسية</a></li><li>سياسة</li></ul></nav></header>
   ${main}
   <aside><h3>الأكثر قراءة</h3><ul><li>خبر جانبي</li></ul></aside>
   <footer><p>جميع الحقوق محفوظة</p></footer>
   <script>var p = "<p>not text</p>";</script><style>p { color: red }</style>`;

describe('extractHtml: metadata', () => {
  const body = chrome(`<article><p>${P1}</p></article>`);
  const cases: {
    name: string;
    head: string;
    body?: string;
    expect: Partial<{ title: string | null; outlet: string | null; url: string | null; published: string | null }>;
  }[] = [
    {
      name: 'Open Graph and article meta',
      head: `<title>ignored - الجزيرة نت</title>
        <meta property="og:title" content="النظام السوري يرسل مبعوثًا">
        <meta property="og:site_name" content="الجزيرة نت">
        <meta property="og:url" content="https://example.net/og">
        <link rel="canonical" href="https://example.net/news/1">
        <meta property="article:published_time" content="2024-03-05T10:00:00+03:00">`,
      expect: { title: 'النظام السوري يرسل مبعوثًا', outlet: 'الجزيرة نت', url: 'https://example.net/news/1', published: '2024-03-05' },
    },
    {
      name: '<title> with " - Site" suffix equal to og:site_name',
      head: `<title>النظام السوري يرسل مبعوثًا - العربية</title><meta property="og:site_name" content="العربية">`,
      body: `<p>${P1}</p>`,
      expect: { title: 'النظام السوري يرسل مبعوثًا', outlet: 'العربية' },
    },
    {
      name: '<title> with " | Site" suffix',
      head: `<title>النظام السوري يرسل مبعوثًا | العربية</title><meta property="og:site_name" content="العربية">`,
      body: `<p>${P1}</p>`,
      expect: { title: 'النظام السوري يرسل مبعوثًا' },
    },
    {
      name: '<title> suffix that is not the site name stays',
      head: `<title>سوريا - أمريكا</title><meta property="og:site_name" content="العربية">`,
      body: `<p>${P1}</p>`,
      expect: { title: 'سوريا - أمريكا' },
    },
    {
      name: '<h1> in the article before <title>',
      head: `<title>عنوان الصفحة</title>`,
      body: chrome(`<article><header><h1>عنوان المقال</h1></header><p>${P1}</p></article>`),
      expect: { title: 'عنوان المقال' },
    },
    {
      name: 'application-name as outlet, og:url as url',
      head: `<meta name="application-name" content="الشرق الأوسط"><meta property="og:url" content="https://example.com/og">`,
      expect: { outlet: 'الشرق الأوسط', url: 'https://example.com/og' },
    },
    {
      name: 'JSON-LD NewsArticle',
      head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"عنوان &quot;JSON-LD&quot;","datePublished":"2024-03-04T22:15:00+02:00",
        "publisher":{"@type":"Organization","name":"سكاي نيوز عربية"}}</script>`,
      expect: { title: 'عنوان "JSON-LD"', outlet: 'سكاي نيوز عربية', published: '2024-03-04' },
    },
    {
      name: 'JSON-LD @graph with @type array and publisher by @id',
      head: `<script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebPage","@id":"https://x.com/a#page","datePublished":"2020-01-01"},
          {"@type":["ReportageNewsArticle"],"datePublished":"2024-03-06 08:00:00","publisher":{"@id":"https://x.com/#org"}},
          {"@type":"NewsMediaOrganization","@id":"https://x.com/#org","name":"عنب بلدي"}]}</script>`,
      expect: { outlet: 'عنب بلدي', published: '2024-03-06' },
    },
    {
      name: 'broken JSON-LD is ignored; <time datetime> gives the date',
      head: `<script type="application/ld+json">{"@type": "NewsArticle", broken</script>`,
      body: `<article><time datetime="2024-03-07T09:00:00Z">٧ مارس</time><p>${P1}</p></article>`,
      expect: { published: '2024-03-07', outlet: null },
    },
    {
      name: 'itemprop=datePublished meta',
      head: `<meta itemprop="datePublished" content="2024-03-08">`,
      expect: { published: '2024-03-08' },
    },
    {
      name: 'nothing known',
      head: '',
      body: `<p>${P1}</p>`,
      expect: { title: null, outlet: null, url: null, published: null },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const a = extractHtml(page(c.head, c.body ?? body));
      expect(a).toMatchObject(c.expect);
    });
  }
});

describe('extractHtml: body', () => {
  const cases: { name: string; body: string; paragraphs: string[] }[] = [
    {
      name: '<article> with page chrome around it',
      body: chrome(`<article><p>${P1}</p><p>${P2}</p></article>`),
      paragraphs: [P1, P2],
    },
    {
      name: 'itemprop=articleBody inside a larger article',
      body: `<article><div class="byline">بقلم فلان</div><div itemprop="articleBody"><p>${P1}</p><p>${P2}</p></div><div class="related"><p>خبر ذو صلة</p></div></article>`,
      paragraphs: [P1, P2],
    },
    {
      name: '.entry-content',
      body: chrome(`<div class="post"><div class="entry-content"><p>${P1}</p><h2>عنوان فرعي</h2><p>${P2}</p></div><div class="meta">تعليق</div></div>`),
      paragraphs: [P1, 'عنوان فرعي', P2],
    },
    {
      name: '<main> fallback',
      body: chrome(`<main><p>${P1}</p><ul><li>نقطة أولى</li><li>نقطة ثانية</li></ul><blockquote>${P3}</blockquote></main>`),
      paragraphs: [P1, 'نقطة أولى', 'نقطة ثانية', P3],
    },
    {
      name: 'no semantic container: the one with the most <p> text',
      body: `<div id="top"><p>قصير</p></div><div id="x"><div id="y"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div>`,
      paragraphs: [P1, P2, P3],
    },
    {
      name: 'a teaser <article> smaller than the real content is passed over',
      body: `<div class="content"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><article class="card"><p>تشويقة</p></article>`,
      paragraphs: [P1, P2, P3],
    },
    {
      name: 'text in plain <div>s with <br> line breaks',
      body: chrome(`<div id="text">${P1}<br>${P2}<br/><br/>  ${P3}  </div>`),
      paragraphs: [P1, P2, P3],
    },
    {
      name: 'entities decoded, whitespace collapsed, inline tags joined',
      body: `<article><p>  قال&nbsp;الوزير:\n   &laquo;<strong>نعم</strong>&raquo; &amp; &#1604;&#x627;  </p></article>`,
      paragraphs: ['قال الوزير: «نعم» & لا'],
    },
    {
      name: 'figure kept only as its caption; noise and hidden parts skipped',
      body: `<article>
        <p>${P1}</p>
        <figure><img src="a.jpg" alt="صورة"><div class="credit-wrap"><figcaption>الرئيس السوري (رويترز)</figcaption></div></figure>
        <div class="social-share"><a>فيسبوك</a><a>تويتر</a></div>
        <form><label>بريدك</label><button>اشترك</button></form>
        <p style="display: none">مخفي</p><div hidden>مخفي</div>
        <div class="ad-slot">إعلان</div>
        <p>${P2}</p></article>`,
      paragraphs: [P1, 'الرئيس السوري (رويترز)', P2],
    },
    {
      name: 'layout flags like "has-sidebar" are not noise',
      body: `<div class="page has-sidebar"><div class="no-comments"><p>${P1}</p><p>${P2}</p></div></div>`,
      paragraphs: [P1, P2],
    },
    {
      name: 'a comments section with more text than the article is not the article',
      body: `<div class="story"><p>${P1}</p></div>
        <div class="comments-area"><p>${P2} ${P2}</p><p>${P3} ${P3}</p><p>${P1}</p></div>`,
      paragraphs: [P1],
    },
    {
      name: 'a "noise" class holding most of the text is kept',
      body: `<article><div class="story-promo"><p>${P1}</p><p>${P2}</p></div><div class="tags">سوريا</div></article>`,
      paragraphs: [P1, P2],
    },
    {
      name: 'the title <h1> is not repeated in the body',
      body: `<article><h1>عنوان المقال</h1><p>${P1}</p></article>`,
      paragraphs: [P1],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(extractHtml(page('', c.body)).paragraphs).toEqual(c.paragraphs);
    });
  }
});

describe('fragments', () => {
  it('htmlParagraphs splits blocks and <br>', () => {
    expect(htmlParagraphs(`<p>${P1}</p>${P2}<br>${P3}`)).toEqual([P1, P2, P3]);
  });

  const bodies: [string, string, string[]][] = [
    ['plain text keeps its lines', `${P1}\n\n  ${P2}\r\n${P3}`, [P1, P2, P3]],
    ['plain text with entities', `قال &quot;نعم&quot;\nثم &lt;لا&gt;`, ['قال "نعم"', 'ثم <لا>']],
    ['HTML', `<p>${P1}</p><p>${P2}</p>`, [P1, P2]],
    ['empty', '   ', []],
  ];
  for (const [name, input, expected] of bodies) {
    it(`bodyParagraphs: ${name}`, () => {
      expect(bodyParagraphs(input)).toEqual(expected);
    });
  }

  const titles: [string, string | null, string][] = [
    ['خبر - الموقع', 'الموقع', 'خبر'],
    ['خبر | الموقع', 'الموقع', 'خبر'],
    ['الموقع | خبر', 'الموقع', 'خبر'],
    ['خبر – Al Jazeera', 'al jazeera', 'خبر'],
    ['خبر - الموقع', null, 'خبر - الموقع'],
    ['خبر - موقع آخر', 'الموقع', 'خبر - موقع آخر'],
  ];
  for (const [title, outlet, expected] of titles) {
    it(`stripSiteName(${title}, ${outlet})`, () => {
      expect(stripSiteName(title, outlet)).toBe(expected);
    });
  }
});
