import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MarsadError } from '../base/errors.ts';
import { DEFAULT_MAX_BYTES, decode, maybeGunzip, normalizeEncoding } from './decode.ts';

const AR = 'كشفت مصادر عن إرسال النظام السوري مبعوثًا إلى الولايات المتحدة.';
const AR2 = 'وقال مسؤول، إن الزيارة تأتي في إطار اتصالات مستمرة؛ ولم يصدر تعليق رسمي.';

/** A single-byte encoder built by inverting TextDecoder over bytes 0..255. */
function singleByteEncoder(label: string): (s: string) => Uint8Array {
  const dec = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const c = dec.decode(new Uint8Array([b]));
    if (c !== '\ufffd' && !table.has(c)) table.set(c, b);
  }
  return (s) =>
    Uint8Array.from([...s], (c) => {
      const b = table.get(c);
      if (b === undefined) throw new Error(`${label} cannot encode U+${c.codePointAt(0)!.toString(16)}`);
      return b;
    });
}

const cp1256 = singleByteEncoder('windows-1256');
const iso88596 = singleByteEncoder('iso-8859-6');
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => {
  const b = Buffer.from(s, 'utf16le');
  b.swap16();
  return new Uint8Array(b);
};
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function decodeError(bytes: Uint8Array, opts: { encoding?: string; maxBytes?: number } = {}): MarsadError {
  try {
    decode(bytes, { input: 'in.txt', ...opts });
  } catch (e) {
    if (e instanceof MarsadError) return e;
    throw e;
  }
  throw new Error('expected a MarsadError');
}

/** Deterministic pseudo-random bytes. */
function noise(n: number, seed = 7): number[] {
  const out: number[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push((x >>> 16) & 0xff);
  }
  return out;
}

describe('decode: encodings', () => {
  const text = `${AR}\r\n${AR2}\n`;
  const cases: { name: string; bytes: Uint8Array; encoding: string; expected: string }[] = [
    { name: 'UTF-8', bytes: utf8(text), encoding: 'utf-8', expected: text },
    { name: 'UTF-8 with BOM', bytes: concat([0xef, 0xbb, 0xbf], utf8(text)), encoding: 'utf-8', expected: text },
    { name: 'UTF-16LE with BOM', bytes: utf16le(`\ufeff${text}`), encoding: 'utf-16le', expected: text },
    { name: 'UTF-16BE with BOM', bytes: utf16be(`\ufeff${text}`), encoding: 'utf-16be', expected: text },
    { name: 'UTF-16LE without BOM', bytes: utf16le(text), encoding: 'utf-16le', expected: text },
    { name: 'UTF-16BE without BOM', bytes: utf16be(text), encoding: 'utf-16be', expected: text },
    { name: 'UTF-16LE ASCII without BOM', bytes: utf16le('hello world\n'), encoding: 'utf-16le', expected: 'hello world\n' },
    { name: 'windows-1256', bytes: cp1256(text), encoding: 'windows-1256', expected: text },
    { name: 'windows-1256 with «» and پ', bytes: cp1256('قال «الوزير» پ: نعم.'), encoding: 'windows-1256', expected: 'قال «الوزير» پ: نعم.' },
    { name: 'ISO-8859-6', bytes: iso88596(text), encoding: 'iso-8859-6', expected: text },
    { name: 'ASCII', bytes: utf8('plain ascii\n'), encoding: 'utf-8', expected: 'plain ascii\n' },
  ];
  for (const c of cases) {
    it(`round-trips ${c.name}`, () => {
      expect(decode(c.bytes, { input: 'in.txt' })).toEqual({ text: c.expected, encoding: c.encoding });
    });
  }

  it('keeps CR, CRLF and inner BOM-like characters exactly', () => {
    const s = `a\rb\r\nc\n${AR}\u200c`;
    expect(decode(utf8(s), { input: 'x' }).text).toBe(s);
  });

  it('reads mostly-valid UTF-8 with one stray byte as UTF-8', () => {
    const bytes = concat(utf8(`${AR} ${AR2} `), [0xff], utf8(AR));
    const r = decode(bytes, { input: 'x' });
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(`${AR} ${AR2} \ufffd${AR}`);
  });

  it('round-trips any Arabic-letter text through windows-1256', () => {
    const letter = fc.constantFrom(...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي');
    const word = fc.array(letter, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), (words) => {
        const s = words.join(' ');
        expect(decode(cp1256(s), { input: 'x' })).toEqual({ text: s, encoding: 'windows-1256' });
      }),
    );
  });

  it('round-trips any text through UTF-16 with a BOM', () => {
    // Control characters make the decoder call the input binary, which is tested separately.
    // eslint-disable-next-line no-control-regex
    const controls = /[\0-\x08\x0e-\x1f]/;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => s.trim() !== '' && !controls.test(s)), (s) => {
        expect(decode(utf16le(`\ufeff${s}`), { input: 'x' }).text).toBe(s);
        expect(decode(utf16be(`\ufeff${s}`), { input: 'x' }).text).toBe(s);
      }),
    );
  });
});

describe('decode: explicit encodings', () => {
  const cases: { label: string; bytes: Uint8Array; encoding: string }[] = [
    { label: 'cp1256', bytes: cp1256(AR), encoding: 'windows-1256' },
    { label: 'Windows-1256', bytes: cp1256(AR), encoding: 'windows-1256' },
    { label: 'win1256', bytes: cp1256(AR), encoding: 'windows-1256' },
    { label: 'ISO-8859-6', bytes: iso88596(AR), encoding: 'iso-8859-6' },
    { label: 'arabic', bytes: iso88596(AR), encoding: 'iso-8859-6' },
    { label: 'UTF8', bytes: utf8(AR), encoding: 'utf-8' },
    { label: 'utf-16', bytes: utf16be(`\ufeff${AR}`), encoding: 'utf-16be' },
    { label: 'utf-16le', bytes: utf16le(AR), encoding: 'utf-16le' },
  ];
  for (const c of cases) {
    it(`decodes as ${c.label}`, () => {
      expect(decode(c.bytes, { input: 'x', encoding: c.label })).toEqual({ text: AR, encoding: c.encoding });
    });
  }

  const errors: { name: string; bytes: Uint8Array; encoding: string; code: string; message: RegExp }[] = [
    { name: 'unknown name', bytes: utf8(AR), encoding: 'klingon-8', code: 'UNKNOWN_ENCODING', message: /klingon-8/ },
    { name: 'invalid UTF-8', bytes: concat(utf8('abc'), [0xc7, 0x41]), encoding: 'utf-8', code: 'INPUT_UNDECODABLE', message: /utf-8.*byte 3/ },
    { name: 'unmapped ISO-8859-6 byte', bytes: concat(iso88596('مصادر'), [0xa1]), encoding: 'iso-8859-6', code: 'INPUT_UNDECODABLE', message: /iso-8859-6/ },
    { name: 'odd-length UTF-16', bytes: concat(utf16le(AR), [0x41]), encoding: 'utf-16le', code: 'INPUT_UNDECODABLE', message: /odd length/ },
  ];
  for (const c of errors) {
    it(`fails on ${c.name}`, () => {
      const e = decodeError(c.bytes, { encoding: c.encoding });
      expect(e.code).toBe(c.code);
      expect(e.message).toMatch(c.message);
    });
  }

  it('normalizes labels to WHATWG names', () => {
    expect(normalizeEncoding(' CP1256 ')).toBe('windows-1256');
    expect(normalizeEncoding('asmo-708')).toBe('iso-8859-6');
    expect(normalizeEncoding('utf16be')).toBe('utf-16be');
  });
});

describe('decode: rejected input', () => {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const cases: { name: string; bytes: Uint8Array; code: string; message?: RegExp; maxBytes?: number }[] = [
    { name: 'PNG header + random bytes', bytes: concat(png, noise(500)), code: 'INPUT_BINARY', message: /PNG/ },
    { name: 'PDF', bytes: utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), code: 'INPUT_BINARY', message: /PDF/ },
    { name: 'ZIP', bytes: concat([0x50, 0x4b, 0x03, 0x04], noise(100)), code: 'INPUT_BINARY', message: /ZIP/ },
    { name: 'ELF', bytes: concat([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], noise(100)), code: 'INPUT_BINARY', message: /ELF/ },
    { name: 'JPEG', bytes: concat([0xff, 0xd8, 0xff, 0xe0], noise(100)), code: 'INPUT_BINARY', message: /JPEG/ },
    { name: 'gzip where not expected', bytes: new Uint8Array(gzipSync(AR)), code: 'INPUT_BINARY', message: /gzip/ },
    { name: 'random bytes', bytes: Uint8Array.from(noise(2000, 3)), code: 'INPUT_BINARY' },
    { name: 'text with a NUL', bytes: concat(utf8(`${AR}${AR}`), [0], utf8(AR)), code: 'INPUT_BINARY', message: /NUL/ },
    { name: 'many control bytes', bytes: concat(utf8('abc'), Array(50).fill(0x01), utf8('def')), code: 'INPUT_BINARY' },
    { name: '0 bytes', bytes: new Uint8Array(0), code: 'INPUT_EMPTY', message: /in\.txt.*0 bytes/ },
    { name: 'only whitespace', bytes: utf8(' \n\t\r\n  '), code: 'INPUT_EMPTY' },
    { name: 'only a BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf]), code: 'INPUT_EMPTY' },
    { name: 'only a UTF-16 BOM and spaces', bytes: utf16le('\ufeff   \n'), code: 'INPUT_EMPTY' },
    { name: 'over maxBytes', bytes: utf8(AR), maxBytes: 16, code: 'INPUT_TOO_LARGE', message: /in\.txt.*\d+ bytes.*limit of 16 bytes/ },
  ];
  for (const c of cases) {
    it(`rejects ${c.name}`, () => {
      const e = decodeError(c.bytes, { maxBytes: c.maxBytes });
      expect(e.code).toBe(c.code);
      expect(e.input).toBe('in.txt');
      if (c.message) expect(e.message).toMatch(c.message);
    });
  }

  it('defaults to a 20 MB limit', () => {
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
    const e = decodeError(new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x61));
    expect(e.code).toBe('INPUT_TOO_LARGE');
    expect(e.message).toMatch(/20\.0 MiB/);
  });
});

describe('maybeGunzip', () => {
  it('gunzips gzip bytes', () => {
    const out = maybeGunzip(new Uint8Array(gzipSync(utf8(AR))), 'a.txt.gz');
    expect(new TextDecoder().decode(out)).toBe(AR);
  });

  it('passes other bytes through', () => {
    const bytes = utf8(AR);
    expect(maybeGunzip(bytes, 'a.txt')).toBe(bytes);
  });

  it('reports corrupt gzip as undecodable with the reason', () => {
    const gz = new Uint8Array(gzipSync(utf8(AR.repeat(10))));
    const bad = gz.slice(0, 12);
    bad[3] = 0xff; // reserved flag bits
    expect(() => maybeGunzip(bad, 'a.gz')).toThrow(expect.objectContaining({ code: 'INPUT_UNDECODABLE', message: expect.stringMatching(/a\.gz: corrupt gzip/) }));
    expect(() => maybeGunzip(gz.slice(0, gz.length - 10), 'b.gz')).toThrow(expect.objectContaining({ code: 'INPUT_UNDECODABLE' }));
  });

  it('limits the decompressed size', () => {
    const gz = new Uint8Array(gzipSync(new Uint8Array(10_000).fill(0x61)));
    expect(() => maybeGunzip(gz, 'big.gz', 1000)).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LARGE' }));
  });
});
