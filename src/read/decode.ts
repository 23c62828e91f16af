/**
 * Bytes to text: size limits, gzip, binary detection, and encoding detection for Arabic news
 * (UTF-8, UTF-16, windows-1256, ISO-8859-6). The decoded text is kept exactly as decoded (line
 * ends included) apart from a leading BOM, because every later offset indexes into it.
 */
import { gunzipSync } from 'node:zlib';
import { MarsadError } from '../base/errors.ts';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface DecodeOptions {
  /** The input's name (path or `-`) for messages. */
  input: string;
  /** An encoding label the user gave; skips detection. */
  encoding?: string;
  maxBytes?: number;
}

export interface Decoded {
  text: string;
  /** Lower-case WHATWG name: utf-8, utf-16le, utf-16be, windows-1256, iso-8859-6, ... */
  encoding: string;
}

/** Labels people use that WHATWG does not know. */
const EXTRA_LABELS: Record<string, string> = {
  utf16: 'utf-16le',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  win1256: 'windows-1256',
  'win-1256': 'windows-1256',
  windows1256: 'windows-1256',
  'cp-1256': 'windows-1256',
  'ms-arab': 'windows-1256',
  iso88596: 'iso-8859-6',
  'iso8859-6': 'iso-8859-6',
};

function formatSize(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ['KiB', 'MiB', 'GiB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${n} bytes (${v.toFixed(1)} ${units[u]})`;
}

/** The canonical lower-case WHATWG name for an encoding label, or UNKNOWN_ENCODING. */
export function normalizeEncoding(label: string): string {
  const key = label.trim().toLowerCase();
  const mapped = EXTRA_LABELS[key] ?? key;
  try {
    return new TextDecoder(mapped).encoding;
  } catch {
    throw new MarsadError(
      'UNKNOWN_ENCODING',
      `unknown encoding "${label}" (try utf-8, utf-16le, utf-16be, windows-1256 or iso-8859-6)`,
      label,
    );
  }
}

/** Throws INPUT_TOO_LARGE when the bytes exceed the limit. */
export function checkSize(bytes: Uint8Array, input: string, max: number = DEFAULT_MAX_BYTES): void {
  if (bytes.length > max) {
    throw new MarsadError(
      'INPUT_TOO_LARGE',
      `${input}: input is ${formatSize(bytes.length)}, over the limit of ${formatSize(max)}`,
      input,
    );
  }
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gunzips bytes that start with the gzip magic number; other bytes are returned as they are. */
export function maybeGunzip(bytes: Uint8Array, input: string, maxBytes: number = DEFAULT_MAX_BYTES): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    const out = gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
    checkSize(out, input, maxBytes);
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (e) {
    if (e instanceof MarsadError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE') {
      throw new MarsadError(
        'INPUT_TOO_LARGE',
        `${input}: decompressed input is over the limit of ${formatSize(maxBytes)}`,
        input,
      );
    }
    throw new MarsadError('INPUT_UNDECODABLE', `${input}: corrupt gzip data (${err.message})`, input, { cause: e });
  }
}

const MAGIC: { name: string; bytes: number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or DOCX/XLSX/EPUB)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'gzip-compressed data', bytes: [0x1f, 0x8b] },
  { name: 'an OLE document (DOC/XLS)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'a 7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function binary(input: string, why: string): MarsadError {
  return new MarsadError('INPUT_BINARY', `${input}: not a text file (${why})`, input);
}

/** C0 controls other than tab, LF, VT, FF, CR and ESC. */
function isControlByte(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b;
}

const SAMPLE = 64 * 1024;
const MAX_CONTROL_SHARE = 0.02;

function checkControlBytes(bytes: Uint8Array, input: string): void {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControlByte(bytes[i])) controls++;
  if (n > 0 && controls / n > MAX_CONTROL_SHARE) throw binary(input, `${controls} control bytes in the first ${n}`);
}

function checkControlChars(text: string, input: string): void {
  const n = Math.min(text.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || isControlByte(c)) controls++;
  }
  if (n > 0 && controls / n > MAX_CONTROL_SHARE) throw binary(input, `${controls} control characters in the first ${n}`);
}

/**
 * UTF-16 without a BOM: one byte of every pair is a "high byte" from a small set (0x00 for
 * ASCII, 0x06 for Arabic, 0x20 for punctuation, 0xFB/0xFE for presentation forms) and NULs sit
 * only on that side.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 8192) & ~1;
  const pairs = n / 2;
  let zeroEven = 0;
  let zeroOdd = 0;
  let highEven = 0;
  let highOdd = 0;
  const high = (b: number) => b === 0x00 || b === 0x06 || b === 0x20 || b === 0xfb || b === 0xfe || b === 0x08;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i];
    const b = bytes[i + 1];
    if (a === 0) zeroEven++;
    if (b === 0) zeroOdd++;
    if (high(a)) highEven++;
    if (high(b)) highOdd++;
  }
  if (zeroOdd > 0 && zeroEven <= pairs * 0.01 && highOdd >= pairs * 0.9) return 'utf-16le';
  if (zeroEven > 0 && zeroOdd <= pairs * 0.01 && highEven >= pairs * 0.9) return 'utf-16be';
  return null;
}

interface Utf8Scan {
  multibyte: number;
  invalid: number;
  firstInvalid: number;
}

/** Counts well-formed multi-byte sequences and invalid bytes (per the Unicode definition). */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    }
    let ok = need > 0;
    let j = 1;
    for (; ok && j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || c < (j === 1 ? lo : 0x80) || c > (j === 1 ? hi : 0xbf)) ok = false;
    }
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i += Math.max(1, j - 1);
    }
  }
  return { multibyte, invalid, firstInvalid };
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const isArabicLetter = (c: number) =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x066e && c <= 0x066f);

/**
 * How Arabic-like the non-ASCII part of a single-byte decoding looks: Arabic letters count for
 * it, Latin letters with accents (windows-1256 puts French letters where ISO-8859-6 has Arabic
 * ones) count against, C1 controls and U+FFFD (unmapped bytes) count heavily against.
 */
export function arabicScore(text: string): number {
  let arabic = 0;
  let latin = 0;
  let bad = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (isArabicLetter(c)) arabic++;
    else if (c >= 0xc0 && c <= 0xff) latin++;
    else if ((c >= 0x80 && c <= 0x9f) || c === 0xfffd) bad++;
  }
  if (nonAscii === 0) return 0;
  return (arabic - 2 * latin - 10 * bad) / nonAscii;
}

function undecodable(input: string, encoding: string, detail: string): MarsadError {
  return new MarsadError('INPUT_UNDECODABLE', `${input}: cannot be decoded as ${encoding} (${detail})`, input);
}

function finish(text: string, encoding: string, input: string): Decoded {
  const out = stripBom(text);
  checkControlChars(out, input);
  if (out.trim() === '') throw new MarsadError('INPUT_EMPTY', `${input}: input is empty (only whitespace)`, input);
  return { text: out, encoding };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', input: string): Decoded {
  if (bytes.length % 2 !== 0) throw undecodable(input, encoding, `odd length ${bytes.length}`);
  const text = tryDecode(bytes, encoding);
  if (text === null) throw undecodable(input, encoding, 'unpaired surrogate');
  return finish(text, encoding, input);
}

/** Decodes under an encoding the user named. */
function decodeExplicit(bytes: Uint8Array, label: string, input: string): Decoded {
  let encoding = normalizeEncoding(label);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    // "utf-16" names no byte order: a BOM decides.
    if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
    else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
    return decodeUtf16(bytes, encoding as 'utf-16le' | 'utf-16be', input);
  }
  if (bytes.includes(0)) throw binary(input, `NUL bytes in a ${encoding} file`);
  if (encoding === 'utf-8') {
    const text = tryDecode(bytes, 'utf-8');
    if (text === null) throw undecodable(input, encoding, `invalid byte sequence at byte ${scanUtf8(bytes).firstInvalid}`);
    return finish(text, encoding, input);
  }
  const text = tryDecode(bytes, encoding);
  if (text === null) {
    const lenient = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    const at = lenient.indexOf('\ufffd');
    throw undecodable(input, encoding, at >= 0 ? `unmapped byte near character ${at}` : 'invalid bytes');
  }
  return finish(text, encoding, input);
}

/**
 * Decodes a file's bytes. Order: size, emptiness, magic numbers, BOM, explicit encoding,
 * BOM-less UTF-16, NUL/control bytes, strict UTF-8 (or UTF-8 with a few broken bytes), then the
 * better of windows-1256 and ISO-8859-6.
 */
export function decode(bytes: Uint8Array, opts: DecodeOptions): Decoded {
  const { input } = opts;
  checkSize(bytes, input, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (bytes.length === 0) throw new MarsadError('INPUT_EMPTY', `${input}: input is empty (0 bytes)`, input);

  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) throw binary(input, `looks like ${m.name}`);

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode(bytes, 'utf-8');
    if (text === null) throw undecodable(input, 'utf-8', `invalid byte sequence at byte ${scanUtf8(bytes).firstInvalid} after a UTF-8 BOM`);
    return finish(text, 'utf-8', input);
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le', input);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be', input);

  if (opts.encoding !== undefined) return decodeExplicit(bytes, opts.encoding, input);

  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, input);

  if (bytes.includes(0)) throw binary(input, 'contains NUL bytes');
  checkControlBytes(bytes, input);

  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return finish(utf8, 'utf-8', input);

  // Mostly well-formed UTF-8 with a stray broken byte or two: still UTF-8 (U+FFFD marks the damage).
  // Legacy Arabic text almost never forms valid multi-byte sequences.
  const scan = scanUtf8(bytes);
  if (scan.multibyte >= 20 && scan.invalid <= scan.multibyte * 0.01) {
    return finish(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), 'utf-8', input);
  }

  const cp1256 = new TextDecoder('windows-1256', { ignoreBOM: true }).decode(bytes);
  const iso = new TextDecoder('iso-8859-6', { ignoreBOM: true }).decode(bytes);
  return arabicScore(iso) > arabicScore(cp1256) ? finish(iso, 'iso-8859-6', input) : finish(cp1256, 'windows-1256', input);
}
