import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceFormat } from '../doc/document.ts';
import { formatFromPath, parseFormat, readInput, sniffFormat, type ReadItem, type ReadResult } from './index.ts';

const P1 = 'كشفت مصادر عن إرسال النظام السوري مبعوثًا إلى الولايات المتحدة.';
const P2 = 'وقال مسؤول إن الزيارة تأتي في إطار اتصالات مستمرة.';
const P3 = 'ولم يصدر تعليق رسمي من دمشق حتى الآن.';

const ARTICLE = `دمشق ترسل مبعوثًا إلى واشنطن
${P1}
وقال مسؤول سوري، طلب عدم ذكر اسمه، إن المبعوث "يحمل رسالة" & ينتظر الرد <قريبًا>.
${P2}
${P3}`;

const utf8 = (s: string) => new TextEncoder().encode(s);
const gz = (b: Uint8Array) => new Uint8Array(gzipSync(b));

function cp1256(s: string): Uint8Array {
  const dec = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...s], (c) => table.get(c)!);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function asHtml(lines: string[]): string {
  const [title, ...body] = lines;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>
<h1>${esc(title)}</h1>
${body.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</body></html>`;
}

function asRss(lines: string[]): string {
  const [title, ...body] = lines;
  const html = body.map((p) => `<p>${esc(p)}</p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>عنب بلدي</title>
<item><title>${esc(title)}</title><link>https://x/1</link><description>${esc(html)}</description></item>
</channel></rss>`;
}

function items(results: ReadResult[]): ReadItem[] {
  return results.map((r) => {
    if (!r.ok) throw new Error(`unexpected failure ${r.label}: ${r.error.code} ${r.error.message}`);
    return r;
  });
}

function single(results: ReadResult[]): ReadItem {
  expect(results).toHaveLength(1);
  return items(results)[0];
}

describe('format detection', () => {
  const paths: [string, SourceFormat | null, boolean][] = [
    ['a.txt', 'txt', false],
    ['dir.v2/a.TEXT', 'txt', false],
    ['a.html', 'html', false],
    ['a.htm.gz', 'html', true],
    ['a.json', 'json', false],
    ['a.jsonl', 'jsonl', false],
    ['a.ndjson.gz', 'jsonl', true],
    ['feed.xml', 'rss', false],
    ['feed.rss', 'rss', false],
    ['feed.atom', 'atom', false],
    ['notes', null, false],
    ['.hidden', null, false],
    ['a.md', null, false],
  ];
  for (const [path, format, gzip] of paths) {
    it(`${path} → ${format}${gzip ? ' (gzip)' : ''}`, () => {
      expect(formatFromPath(path)).toEqual({ format, gzip });
    });
  }

  const sniffs: [string, SourceFormat | null][] = [
    ['<?xml version="1.0"?>\n<!-- c --><rss version="2.0">', 'rss'],
    ['<rdf:RDF xmlns:rdf="x">', 'rss'],
    ['\ufeff  <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', 'atom'],
    ['<!DOCTYPE html><html>', 'html'],
    ['<html lang="ar">', 'html'],
    ['<div><p>نص</p></div>', 'html'],
    ['  {"text": "x"}', 'json'],
    ['[{"text": "x"}]', 'json'],
    ['{"text": "x"}\n{"text": "y"}\n', 'jsonl'],
    ['{\n  "text": "x"\n}', 'json'],
    ['[تحديث] ' + P1, null],
    ['{"text": ', null],
    [P1, null],
    ['< not markup', null],
  ];
  for (const [text, format] of sniffs) {
    it(`sniffs ${JSON.stringify(text.slice(0, 30))} → ${format}`, () => {
      expect(sniffFormat(text)).toBe(format);
    });
  }

  it('parses format options', () => {
    expect(parseFormat('HTML')).toBe('html');
    expect(parseFormat('auto')).toBe('auto');
    expect(() => parseFormat('pdf')).toThrow(expect.objectContaining({ code: 'UNKNOWN_FORMAT' }));
  });
});

describe('readInput: plain text', () => {
  it('keeps the decoded text exactly, only the BOM removed', () => {
    const text = `${P1}\r\n\r\n${P2}  \n`;
    const r = single(readInput(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]), { path: 'a.txt' }));
    expect(r).toEqual({
      ok: true,
      text,
      source: { path: 'a.txt', url: null, format: 'txt', encoding: 'utf-8' },
      hints: { title: null, outlet: null, published: null, url: null },
      label: 'a.txt',
    });
  });

  it('reads windows-1256 text', () => {
    const r = single(readInput(cp1256(`${P1}\n${P2}`), { path: 'old.txt' }));
    expect(r.text).toBe(`${P1}\n${P2}`);
    expect(r.source.encoding).toBe('windows-1256');
  });

  it('honours an explicit encoding', () => {
    const r = single(readInput(cp1256(P1), { path: 'old.txt', encoding: 'cp1256' }));
    expect(r.source.encoding).toBe('windows-1256');
  });

  const stdin: [string, string, SourceFormat][] = [
    ['plain text', P1, 'stdin'],
    ['HTML', `<html><body><p>${P1}</p></body></html>`, 'html'],
    ['JSON', JSON.stringify({ text: P1 }), 'json'],
  ];
  for (const [name, content, format] of stdin) {
    it(`stdin with ${name} → ${format}`, () => {
      const r = single(readInput(utf8(content), { path: '-' }));
      expect(r.source.format).toBe(format);
      expect(r.label).toBe('-');
      expect(r.text.endsWith(P1)).toBe(true);
    });
  }

  it('sniffs files without a known extension and defaults to txt', () => {
    expect(single(readInput(utf8(`<!doctype html><p>${P1}</p>`), { path: 'page' })).source.format).toBe('html');
    expect(single(readInput(utf8(P1), { path: 'notes.md' })).source.format).toBe('txt');
  });

  it('an explicit format wins over the extension', () => {
    const r = single(readInput(utf8(`<p>${P1}</p>`), { path: 'a.txt', format: 'html' }));
    expect(r.source.format).toBe('html');
    expect(r.text).toBe(P1);
  });
});

describe('readInput: structured formats', () => {
  it('HTML: title line, then paragraphs; metadata as hints', () => {
    const html = `<html><head>
      <title>مبعوث سوري - عنب بلدي</title>
      <meta property="og:site_name" content="عنب بلدي">
      <link rel="canonical" href="https://www.enabbaladi.net/1">
      <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-03-05T10:00:00+03:00"}]}</script>
      </head><body><nav>القائمة</nav><article><p>${P1}</p><p>${P2}</p></article></body></html>`;
    const r = single(readInput(utf8(html), { path: 'a.html' }));
    expect(r.text).toBe(`مبعوث سوري\n${P1}\n${P2}`);
    expect(r.hints).toEqual({ title: 'مبعوث سوري', outlet: 'عنب بلدي', published: '2024-03-05', url: 'https://www.enabbaladi.net/1' });
    expect(r.source).toEqual({ path: 'a.html', url: 'https://www.enabbaladi.net/1', format: 'html', encoding: 'utf-8' });
    expect(r.text.split('\n')[0]).toBe(r.hints.title);
  });

  it('HTML in windows-1256', () => {
    const r = single(readInput(cp1256(`<html><body><h1>عنوان</h1><p>${P1}</p></body></html>`), { path: 'a.htm' }));
    expect(r.source.encoding).toBe('windows-1256');
    expect(r.text).toBe(`عنوان\n${P1}`);
  });

  it('HTML without article text is a failure', () => {
    const [r] = readInput(utf8('<html><head><title>فارغ</title></head><body><nav>x</nav></body></html>'), { path: 'e.html' });
    expect(r.ok ? null : r.error.code).toBe('INPUT_EMPTY');
  });

  it('RSS: one item per article, labelled path#n', () => {
    const rss = `<rss><channel><title>قناة</title>
      <item><title>أول</title><description>&lt;p&gt;${P1}&lt;/p&gt;</description><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
      <item><title>ثان</title><description>${P2}</description></item></channel></rss>`;
    const rs = items(readInput(utf8(rss), { path: 'f.xml' }));
    expect(rs.map((r) => [r.label, r.text, r.source.format, r.hints.outlet])).toEqual([
      ['f.xml#1', `أول\n${P1}`, 'rss', 'قناة'],
      ['f.xml#2', `ثان\n${P2}`, 'rss', 'قناة'],
    ]);
    expect(rs[0].hints.published).toBe('2024-03-05');
  });

  it('Atom given as .xml reports format atom', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>ق</title><entry><title>أ</title><content>${P1}</content></entry><entry><title>ب</title><summary>${P2}</summary></entry></feed>`;
    const rs = items(readInput(utf8(atom), { path: 'f.xml' }));
    expect(rs.map((r) => [r.label, r.source.format, r.text])).toEqual([
      ['f.xml#1', 'atom', `أ\n${P1}`],
      ['f.xml#2', 'atom', `ب\n${P2}`],
    ]);
  });

  it('JSONL with one bad line: the other items survive', () => {
    const jsonl = [
      JSON.stringify({ title: 'أول', text: P1, source: 'المدن', url: 'https://x/1', date: '2024-03-05 10:00:00' }),
      '{"title": "مكسور"',
      JSON.stringify({ title: 'ثالث', content: `<p>${P2}</p><p>${P3}</p>` }),
      JSON.stringify({ headline: 'بلا نص', link: 'x' }),
    ].join('\n');
    const rs = readInput(utf8(jsonl), { path: 'a.jsonl' });
    expect(rs.map((r) => [r.label, r.ok])).toEqual([
      ['a.jsonl#1', true],
      ['a.jsonl#2', false],
      ['a.jsonl#3', true],
      ['a.jsonl#4', false],
    ]);
    const [first, bad, third, noText] = rs;
    expect(first.ok && first.hints).toEqual({ title: 'أول', outlet: 'المدن', published: '2024-03-05', url: 'https://x/1' });
    expect(first.ok && first.source).toEqual({ path: 'a.jsonl', url: 'https://x/1', format: 'jsonl', encoding: 'utf-8' });
    expect(third.ok && third.text).toBe(`ثالث\n${P2}\n${P3}`);
    expect(bad.ok ? null : bad.error.message).toMatch(/line 2/);
    expect(noText.ok ? null : noText.error.message).toMatch(/"headline", "link"/);
  });

  it('a JSON object is labelled with the path, an array item by path#n', () => {
    expect(readInput(utf8(JSON.stringify({ text: P1 })), { path: 'a.json' }).map((r) => r.label)).toEqual(['a.json']);
    expect(readInput(utf8(JSON.stringify([{ text: P1 }, { text: P2 }])), { path: 'a.json' }).map((r) => r.label)).toEqual([
      'a.json#1',
      'a.json#2',
    ]);
  });

  it('a .json file holding JSON Lines is read as JSON Lines', () => {
    const text = `${JSON.stringify({ text: P1 })}\n${JSON.stringify({ text: P2 })}\n`;
    const rs = items(readInput(utf8(text), { path: 'a.json' }));
    expect(rs.map((r) => [r.label, r.source.format, r.text])).toEqual([
      ['a.json#1', 'jsonl', P1],
      ['a.json#2', 'jsonl', P2],
    ]);
  });

  it('.gz files are gunzipped and typed by the inner extension', () => {
    const r = single(readInput(gz(utf8(`<html><body><h1>عنوان</h1><p>${P1}</p></body></html>`)), { path: 'page.html.gz' }));
    expect(r.source.format).toBe('html');
    expect(r.text).toBe(`عنوان\n${P1}`);
    const t = single(readInput(gz(utf8(P1)), { path: 'a.txt.gz' }));
    expect([t.source.format, t.text]).toEqual(['txt', P1]);
    const j = items(readInput(gz(utf8(`{"text":"${P1}"}\n{"text":"${P2}"}`)), { path: 'a.jsonl.gz' }));
    expect(j.map((x) => x.text)).toEqual([P1, P2]);
  });
});

describe('readInput: whole-file failures', () => {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const cases: { name: string; bytes: Uint8Array; opts?: object; code: string }[] = [
    { name: 'binary', bytes: Uint8Array.from([...png, ...Array.from({ length: 300 }, (_, i) => (i * 37) & 0xff)]), code: 'INPUT_BINARY' },
    { name: 'empty', bytes: new Uint8Array(0), code: 'INPUT_EMPTY' },
    { name: 'whitespace only', bytes: utf8('\n \n'), code: 'INPUT_EMPTY' },
    { name: 'too large', bytes: utf8(P1), opts: { maxBytes: 10 }, code: 'INPUT_TOO_LARGE' },
    { name: 'too large after gunzip', bytes: gz(utf8(P1.repeat(50))), opts: { maxBytes: 200 }, code: 'INPUT_TOO_LARGE' },
    { name: 'corrupt gzip', bytes: Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3]), opts: { path: 'x.txt.gz' }, code: 'INPUT_UNDECODABLE' },
    { name: 'unknown format', bytes: utf8(P1), opts: { format: 'docx' }, code: 'UNKNOWN_FORMAT' },
    { name: 'unknown encoding', bytes: utf8(P1), opts: { encoding: 'ebcdic-ar' }, code: 'UNKNOWN_ENCODING' },
    { name: 'invalid JSON', bytes: utf8('{"text": "'), opts: { path: 'a.json' }, code: 'INPUT_BAD_FORMAT' },
    { name: 'XML that is not a feed', bytes: utf8('<?xml version="1.0"?><note>x</note>'), opts: { path: 'a.xml' }, code: 'INPUT_BAD_FORMAT' },
  ];
  for (const c of cases) {
    it(`${c.name} → one ${c.code} failure`, () => {
      const opts = { path: 'in.txt', ...c.opts } as Parameters<typeof readInput>[1];
      const rs = readInput(c.bytes, opts);
      expect(rs).toHaveLength(1);
      const [r] = rs;
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe(c.code);
      expect(r.label).toBe(opts.path);
    });
  }
});

describe('round trip: an article wrapped as HTML and RSS reads back line for line', () => {
  const lines = ARTICLE.split('\n');

  it('HTML', () => {
    const r = single(readInput(utf8(asHtml(lines)), { path: 'a.html' }));
    expect(r.hints.title).toBe(lines[0]);
    expect(r.text.split('\n')).toEqual(lines);
  });

  it('RSS', () => {
    const r = single(readInput(utf8(asRss(lines)), { path: 'a.rss' }));
    expect(r.hints.title).toBe(lines[0]);
    expect(r.text.split('\n')).toEqual(lines);
  });

  it('JSON', () => {
    const r = single(readInput(utf8(JSON.stringify({ title: lines[0], text: lines.slice(1).join('\n') })), { path: 'a.json' }));
    expect(r.text.split('\n')).toEqual(lines);
  });

  it('holds for any lines of Arabic words', () => {
    const ch = fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةً،؛؟.!"&<>()-0123456789٠١٢٣');
    const word = fc.array(ch, { minLength: 1, maxLength: 9 }).map((a) => a.join(''));
    const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.uniqueArray(line, { minLength: 2, maxLength: 8 }), (ls) => {
        expect(single(readInput(utf8(asHtml(ls)), { path: 'a.html' })).text.split('\n')).toEqual(ls);
        expect(single(readInput(utf8(asRss(ls)), { path: 'a.rss' })).text.split('\n')).toEqual(ls);
      }),
      { numRuns: 60 },
    );
  });
});
