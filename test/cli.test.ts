/**
 * End-to-end: drives bin/marsad as a process on files made here (no ../shared, no network).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = new URL('../bin/marsad', import.meta.url).pathname;

const ARTICLE = [
  'موسكو تستقبل وفداً سورياً لبحث ملف التطبيع مع أنقرة',
  'وكالة المرصد – فريق التحرير',
  'كشفت مصادر مطلعة عن زيارة يجريها وفد سوري إلى موسكو. وَبِحَسْبِ ذات المصادر فإن اللقاء سيتناول مسار التطبيع.',
  'اقرأ أيضاً: تطورات جديدة في الملف السوري',
  'وقال المتحدث إن “الاجتماع القادم سيعقد في أنقرة”، وأضاف أن العلاقات بين البلدين تتحسن.',
  'عذراً التعليقات مغلقة',
].join('\n');

/** Encodes with a single-byte legacy code page by inverting the decoder over bytes 0..255. */
function encodeLegacy(text: string, encoding: string): Buffer {
  const dec = new TextDecoder(encoding);
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(dec.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => {
    const b = map.get(ch);
    if (b === undefined) throw new Error(`cannot encode ${ch} in ${encoding}`);
    return b;
  }));
}

function run(args: string[], input?: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(BIN, args, { encoding: 'utf8', input });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'a-1256.txt'), encodeLegacy(ARTICLE.replace(/[“”]/gu, '"').replace('–', '-'), 'windows-1256'));
  writeFileSync(join(dir, 'a-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
  writeFileSync(join(dir, 'a.txt.gz'), gzipSync(Buffer.from(ARTICLE)));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.txt'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]));
});

function records(stdout: string): Record<string, unknown>[] {
  return stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('marsad analyze', () => {
  it('prints one JSON Lines record per input whose spans slice its text', () => {
    const r = run(['analyze', join(dir, 'a.txt'), join(dir, 'a-utf16.txt'), join(dir, 'a.txt.gz'), '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const recs = records(r.stdout);
    expect(recs).toHaveLength(3);
    for (const rec of recs) {
      const text = rec.text as string;
      expect(rec.title).toBe('موسكو تستقبل وفداً سورياً لبحث ملف التطبيع مع أنقرة');
      expect(rec.outlet).toBe('وكالة المرصد');
      for (const b of rec.boilerplate as { start: number; end: number; text: string }[]) expect(text.slice(b.start, b.end)).toBe(b.text);
      expect((rec.boilerplate as { kind: string }[]).map((b) => b.kind).sort()).toEqual(['byline', 'comments-closed', 'read-also']);
      expect((rec.sentences as unknown[]).length).toBeGreaterThanOrEqual(4);
    }
    expect(new Set(recs.map((x) => x.id)).size).toBe(1);
    expect((recs[1]!.source as { encoding: string }).encoding).toBe('utf-16le');
  });

  it('detects windows-1256', () => {
    const r = run(['analyze', join(dir, 'a-1256.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout) as { source: { encoding: string }; outlet: string };
    expect(rec.source.encoding).toBe('windows-1256');
    expect(rec.outlet).toBe('وكالة المرصد');
  });

  it('reports bad inputs with path and reason and goes on with the others', () => {
    const r = run(['analyze', join(dir, 'empty.txt'), join(dir, 'a.txt'), join(dir, 'image.txt'), join(dir, 'missing.txt'), '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(records(r.stdout)).toHaveLength(1);
    expect(r.stderr).toContain(join(dir, 'empty.txt'));
    expect(r.stderr).toContain('INPUT_EMPTY');
    expect(r.stderr).toContain(join(dir, 'image.txt'));
    expect(r.stderr).toContain('INPUT_BINARY');
    expect(r.stderr).toContain('INPUT_NOT_FOUND');
  });

  it('exits 3 when every input fails and 2 on bad usage', () => {
    expect(run(['analyze', join(dir, 'empty.txt')]).code).toBe(3);
    const bad = run(['analyze', join(dir, 'a.txt'), '--published', '2023-02-30']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('2023-02-30');
    expect(run(['analyze', join(dir, 'a.txt'), '--encoding', 'klingon']).code).toBe(2);
    expect(run(['analyze', '--format', 'xml', join(dir, 'a.txt')]).code).toBe(2);
  });

  it('reads stdin and takes --published', () => {
    const r = run(['analyze', '-', '--published', '2023-03-14'], ARTICLE);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout) as { published: string; source: { format: string } };
    expect(rec.published).toBe('2023-03-14');
    expect(rec.source.format).toBe('stdin');
  });

  it('prints a readable text summary', () => {
    const r = run(['analyze', join(dir, 'a.txt'), '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Title:');
    expect(r.stdout).toContain('[read-also]');
    expect(r.stdout).toMatch(/\d+ sentences/u);
  });

  it('documents exit codes in --help', () => {
    const out = execFileSync(BIN, ['--help'], { encoding: 'utf8' });
    expect(out).toContain('Exit codes');
  });
});

describe('marsad segment', () => {
  it('marks clitic boundaries with +, one sentence per line', () => {
    const r = run(['segment', '-'], 'وبحسب المصادر فإن الوفد وصل للعاصمة.\nوقال المتحدث.');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('و+ب+حسب');
    expect(lines[0]).toContain('ل+ال+عاصمة');
  });
});

describe('marsad ner --conll', () => {
  it('prints token<TAB>BIO-tag lines with a blank line between sentences', () => {
    const r = run(['ner', '--conll', '-'], 'قال\nالرئيس\nبشار\nالأسد\n\nوصل\nإلى\nموسكو O\n');
    expect(r.code).toBe(0);
    const blocks = r.stdout.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(2);
    const lines = blocks[0]!.split('\n').map((l) => l.split('\t'));
    expect(lines.map((l) => l[0])).toEqual(['قال', 'الرئيس', 'بشار', 'الأسد']);
    for (const [, tag] of lines) expect(tag).toMatch(/^(O|[BI]-(PERS|LOC|ORG|MISC))$/u);
    expect(blocks[1]!.split('\n')[2]).toBe('موسكو\tB-LOC');
  });
});
