/**
 * `npx tsx scripts/check-formats.ts [--samples DIR]`: the same articles saved as UTF-8, windows-1256,
 * UTF-16 (LE and BE, with BOM), gzip, wrapped in an HTML page, an RSS feed and JSON Lines must give
 * the same body text; a binary and an empty file in the same batch must give clear errors while the
 * others are analyzed. Writes the variants to a temporary folder and runs them as one batch.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeBytes } from '../src/app/analyze.ts';
import { loadResources } from '../src/app/models.ts';
import { buildPipeline } from '../src/app/presets.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--samples');
const samples = at >= 0 ? args[at + 1]! : new URL('../../shared/samples/', import.meta.url).pathname;

/** Single-byte encoder by inverting the decoder; characters the code page lacks become `?`. */
function encodeLegacy(text: string, encoding: string): { bytes: Buffer; lossy: string } {
  const dec = new TextDecoder(encoding);
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(Uint8Array.of(b));
    if (ch !== '\ufffd' && !map.has(ch)) map.set(ch, b);
  }
  const out: number[] = [];
  let lossy = '';
  for (const ch of text) {
    const b = map.get(ch);
    out.push(b ?? 0x3f);
    lossy += b === undefined ? '?' : ch;
  }
  return { bytes: Buffer.from(out), lossy };
}

const esc = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

const pipeline = buildPipeline('full', loadResources());

function bodyOf(text: string, name: string): string {
  const r = analyzeBytes(Buffer.from(text), name, pipeline)[0];
  if (!r?.ok) throw new Error(`${name}: ${r?.error.message ?? 'no result'}`);
  return r.doc.bodyText();
}
const dir = mkdtempSync(join(tmpdir(), 'marsad-formats-'));
let failures = 0;
let checked = 0;

for (const name of readdirSync(samples).filter((f) => f.endsWith('.txt')).sort()) {
  const raw = readFileSync(join(samples, name), 'utf8');
  const base = analyzeBytes(Buffer.from(raw), name, pipeline)[0];
  if (!base?.ok) throw new Error(`${name}: ${base?.error.message ?? 'no result'}`);
  const expected = base.doc.bodyText();
  const title = base.doc.meta.title;
  // Wrappers carry the title as metadata and the rest of the page lines as paragraphs.
  const lines = raw.split(/\r?\n/u).filter((l) => l.trim());
  const rest = title && lines[0]?.trim() === title ? lines.slice(1) : lines;
  const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(title ?? 'مقال')}</title></head><body><nav><a href="/">الرئيسية</a></nav><article>${
    title ? `<h1>${esc(title)}</h1>` : ''
  }${rest.map((l) => `<p>${esc(l)}</p>`).join('\n')}</article><footer>جميع الحقوق محفوظة</footer></body></html>`;
  const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>عينة</title><item>${title ? `<title>${esc(title)}</title>` : ''}<link>https://example.org/${name}</link><description>${esc(
    rest.map((l) => `<p>${esc(l)}</p>`).join(''),
  )}</description></item></channel></rss>`;
  const cp = encodeLegacy(raw, 'windows-1256');
  const variants: [string, Buffer, string][] = [
    // The code page lacks a few characters of some samples (ö, ٪): compare with the same loss.
    ['windows-1256.txt', cp.bytes, bodyOf(cp.lossy, name)],
    ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(raw, 'utf16le')]), expected],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(raw, 'utf16le').swap16()]), expected],
    ['txt.gz', gzipSync(Buffer.from(raw)), expected],
    ['html', Buffer.from(html), expected],
    ['rss', Buffer.from(rss), expected],
    ['jsonl', Buffer.from(JSON.stringify({ title, text: rest.join('\n'), url: `https://example.org/${name}` }) + '\n'), expected],
  ];
  for (const [suffix, bytes, want] of variants) {
    const path = join(dir, `${basename(name, '.txt')}.${suffix}`);
    writeFileSync(path, bytes);
    const results = analyzeBytes(readFileSync(path), path, pipeline);
    const r = results[0];
    checked++;
    if (!r || !r.ok) {
      failures++;
      console.log(`FAIL ${basename(path)}: ${r && !r.ok ? r.error.message : 'no result'}`);
    } else if (r.doc.bodyText() !== want) {
      failures++;
      console.log(`FAIL ${basename(path)}: body text differs (${r.record.source.format}, ${r.record.source.encoding})`);
      const a = want.split('\n');
      const b = r.doc.bodyText().split('\n');
      for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) console.log(`  want: ${a[i]}\n  got:  ${b[i]}`);
    } else {
      console.log(`ok   ${basename(path)} [${r.record.source.format}, ${r.record.source.encoding}]`);
    }
  }
}

// Bad inputs in the same batch: reported, and the batch goes on.
const bad: [string, Buffer, string][] = [
  ['binary.txt', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256))]), 'INPUT_BINARY'],
  ['empty.txt', Buffer.alloc(0), 'INPUT_EMPTY'],
];
for (const [name, bytes, code] of bad) {
  const r = analyzeBytes(bytes, name, pipeline)[0]!;
  checked++;
  if (r.ok || r.error.code !== code) {
    failures++;
    console.log(`FAIL ${name}: expected ${code}, got ${r.ok ? 'a record' : r.error.code}`);
  } else console.log(`ok   ${name}: ${r.error.code}: ${r.error.message}`);
}
console.log(`\n${checked - failures} passed, ${failures} failed`);
process.exitCode = failures ? 1 : 0;
