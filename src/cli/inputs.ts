import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MarsadError } from '../base/errors.ts';

/** File extensions taken when walking a directory (a `.gz` after any of them too). */
const KNOWN = /\.(txt|text|html?|json|jsonl|ndjson|xml|rss|atom)(\.gz)?$/iu;

export type InputRef = { path: string } | { path: string; error: MarsadError };

/** Expands the command-line paths: files as given, directories (with --recursive) walked. */
export function collectInputs(paths: readonly string[], recursive: boolean): InputRef[] {
  const out: InputRef[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (KNOWN.test(e.name)) out.push({ path: p });
    }
  };
  for (const p of paths) {
    if (p === '-') {
      out.push({ path: '-' });
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      out.push({ path: p, error: fileError(p, e) });
      continue;
    }
    if (!isDir) out.push({ path: p });
    else if (recursive) walk(p);
    else out.push({ path: p, error: new MarsadError('INPUT_UNREADABLE', `${p}: is a directory (use --recursive to read the files in it)`, p) });
  }
  return out;
}

export function fileError(path: string, e: unknown): MarsadError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new MarsadError('INPUT_NOT_FOUND', `${path}: no such file`, path);
  return new MarsadError('INPUT_UNREADABLE', `${path}: cannot read (${code ?? (e as Error).message})`, path, { cause: e });
}

/** Reads a file, refusing one larger than `maxBytes` before reading it. */
export function readFileBytes(path: string, maxBytes: number): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw fileError(path, e);
  }
  // Compressed files are checked after decompression by the reader; plain ones here.
  if (size > maxBytes && !/\.gz$/iu.test(path)) {
    throw new MarsadError('INPUT_TOO_LARGE', `${path}: ${size} bytes is over the limit of ${maxBytes} bytes (--max-bytes)`, path);
  }
  try {
    return readFileSync(path);
  } catch (e) {
    throw fileError(path, e);
  }
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
