/**
 * CoNLL-style input and output for the CLI (`marsad ner --conll`): one token per line, a blank
 * line between sentences. A line with several columns (space or tab separated) has its token in
 * the first column; the rest (a gold tag, say) is ignored.
 */
import type { Tagger } from './tagger.ts';

/** The sentences (token lists) of CoNLL text. */
export function readConllTokens(text: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const raw of text.split(/\r?\n|\r/u)) {
    const line = raw.trim();
    if (!line) {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    cur.push(line.split(/[ \t]+/u)[0]!);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Tagged sentences as `token<TAB>TAG` lines, a blank line between sentences, ending in a newline. */
export function writeConll(sentences: readonly (readonly string[])[], tags: readonly (readonly string[])[]): string {
  const blocks: string[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const toks = sentences[s]!;
    const ts = tags[s]!;
    blocks.push(toks.map((t, i) => `${t}\t${ts[i]}`).join('\n'));
  }
  return blocks.length ? blocks.join('\n\n') + '\n' : '';
}

/**
 * Tags CoNLL text: reads one token per line (first column), answers `token<TAB>TAG` lines. The
 * sentences are taken as one running text (the tagger's second stage looks at nearby sentences).
 */
export function tagConll(text: string, tagger: Pick<Tagger, 'tagSentences'>): string {
  const sentences = readConllTokens(text);
  return writeConll(sentences, tagger.tagSentences(sentences));
}
