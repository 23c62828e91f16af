/**
 * Data helpers for training and evaluating the NER tagger: ANERcorp in CoNLL form, the
 * gazetteer sources (kb/*.json and the ne-ar-en name lexicon) and the word cluster files.
 * Everything is read from ../shared at training time and never copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseLexiconLines, type LexAtoms, type WordLexicon } from '../src/components/ner/features.ts';
import type { GazetteerData, GazType } from '../src/components/ner/gazetteer.ts';
import { parseClusterFile, type ClusterFile } from '../src/components/ner/model.ts';
import { normalizeString } from '../src/lang/ar/normalize.ts';

export interface Sentence {
  tokens: string[];
  tags: string[];
}

/** Sentences of a `token TAG` file (tag last, blank line between sentences). */
export function readConll(path: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], tags: [] };
  for (const raw of readFileSync(path, 'utf8').split(/\r?\n/u)) {
    const line = raw.trim();
    if (!line) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const cols = line.split(/\s+/u);
    cur.tokens.push(cols[0]!);
    cur.tags.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** Train / dev split of the training file: the last `devShare` of its sentences are dev. */
export function splitDev(sentences: Sentence[], devShare = 0.1): { train: Sentence[]; dev: Sentence[] } {
  const cut = Math.round(sentences.length * (1 - devShare));
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}

export interface GazSource {
  name: string;
  entries: number;
  license: string;
}

/** A name as stored in the gazetteer: normalized, single spaces, only words of letters/digits. */
export function gazName(s: string): string {
  return normalizeString(s)
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .join(' ');
}

function readJsonArray(path: string): unknown[] {
  if (!existsSync(path)) return [];
  try {
    const v: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(v) ? v : [];
  } catch {
    console.warn(`skipping ${path}: not valid JSON`);
    return [];
  }
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * The gazetteer from whatever sources exist: kb/states.json, kb/places.json, kb/orgs.json,
 * kb/people.json (missing files are skipped) and the ne-ar-en lexicon (`lexDir`, or none).
 */
export function buildGazetteer(root: string, lexDir: string | null, harvest: string | null = null): { data: GazetteerData; sources: GazSource[] } {
  const sets: Record<GazType, Set<string>> = { PERS: new Set(), LOC: new Set(), ORG: new Set(), MISC: new Set(), NAT: new Set() };
  const sources: GazSource[] = [];
  const add = (type: GazType, names: string[]): number => {
    let n = 0;
    for (const raw of names) {
      const name = gazName(raw);
      if (name.length < 2 || /^\d+$/u.test(name)) continue;
      if (!sets[type].has(name)) n++;
      sets[type].add(name);
    }
    return n;
  };
  const kb = (file: string, fn: (o: Record<string, unknown>) => number): void => {
    const path = resolve(root, 'kb', file);
    const items = readJsonArray(path);
    if (items.length === 0) return;
    let n = 0;
    for (const o of items) if (o && typeof o === 'object') n += fn(o as Record<string, unknown>);
    sources.push({ name: `kb/${file}`, entries: n, license: 'project knowledge base (Apache-2.0)' });
  };
  kb('states.json', (o) => {
    let n = add('LOC', strings(o.ar));
    const cap = o.capital as { ar?: unknown } | null | undefined;
    if (cap) n += add('LOC', strings(cap.ar));
    n += add('NAT', strings(o.demonyms));
    return n;
  });
  kb('places.json', (o) => add('LOC', strings(o.ar)));
  kb('orgs.json', (o) => add(o.type === 'MISC' ? 'MISC' : 'ORG', strings(o.ar)));
  kb('people.json', (o) => add('PERS', strings(o.ar)) + add('PERS', strings(o.short)));
  if (lexDir) {
    const lex: [GazType, string][] = [
      ['PERS', 'Pers-En-Ar/Pers.Ar.txt'],
      ['LOC', 'Loc-En-Ar/Loc.Ar.txt'],
      ['ORG', 'Org-En-Ar/Org.Ar.txt'],
    ];
    for (const [type, file] of lex) {
      const path = resolve(lexDir, file);
      if (!existsSync(path)) continue;
      const names = readFileSync(path, 'utf8')
        .split(/\r?\n/u)
        .map((l) => l.replace(/^\s*\d+\s+/u, '').trim())
        .filter((l) => l.length > 0);
      const n = add(type, names);
      sources.push({ name: `ne-ar-en ${file}`, entries: n, license: 'none stated ("freely available"), Hkiri et al.' });
    }
  }
  if (harvest) {
    // Names harvested from unlabeled news (scripts/ner-harvest.ts).
    const h = JSON.parse(readFileSync(harvest, 'utf8')) as { ORG?: string[]; PERS?: string[] };
    const n = add('ORG', h.ORG ?? []) + add('PERS', h.PERS ?? []);
    sources.push({ name: `harvested ${harvest}`, entries: n, license: 'derived from SaudiNewsNet (CC BY-NC-SA 4.0) and ANT' });
  }
  const data: GazetteerData = {};
  for (const [t, s] of Object.entries(sets)) if (s.size) data[t as GazType] = [...s].sort();
  return { data, sources };
}

/** A cluster file from models/clusters/, or null when it does not exist. */
export function loadClusterFile(path: string): ClusterFile | null {
  if (!existsSync(path)) return null;
  return parseClusterFile(JSON.parse(readFileSync(path, 'utf8')));
}

/** A word-lexicon file (models/embeddings/): atoms of words keyed by core form or by stem. */
export interface LexiconFile {
  format: 'marsad-ner-lexicon';
  formatVersion: 1;
  version: string;
  key: 'core' | 'stem';
  /** `word\ttemplate=value\t…` lines. */
  words: string;
  meta?: Record<string, unknown>;
}

/** The lexicon files `paths` merged into one `WordLexicon` (null for none). */
export function loadLexicon(paths: readonly string[]): { lexicon: WordLexicon | null; files: LexiconFile[] } {
  if (paths.length === 0) return { lexicon: null, files: [] };
  const core = new Map<string, LexAtoms>();
  const stem = new Map<string, LexAtoms>();
  const files: LexiconFile[] = [];
  for (const path of paths) {
    const o = JSON.parse(readFileSync(path, 'utf8')) as Partial<LexiconFile>;
    if (o.format !== 'marsad-ner-lexicon' || typeof o.words !== 'string' || (o.key !== 'core' && o.key !== 'stem')) throw new Error(`${path}: not a marsad-ner-lexicon file`);
    parseLexiconLines(o.words, o.key === 'core' ? core : stem);
    files.push(o as LexiconFile);
  }
  return { lexicon: { core, stem }, files };
}
