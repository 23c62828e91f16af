import type { Document } from '../doc/document.ts';
import type { AnalysisRecord } from '../doc/record.ts';

/** A readable summary of one record for `--format text`. */
export function formatText(label: string, r: AnalysisRecord): string {
  const lines: string[] = [];
  const src = r.source;
  lines.push(`== ${label}  [${src.format}, ${src.encoding}]${src.url ? `  ${src.url}` : ''}`);
  lines.push(`Title:      ${r.title ?? '—'}`);
  lines.push(`Outlet:     ${r.outlet ?? '—'}`);
  lines.push(`Published:  ${r.published ?? '—'}`);
  if (r.boilerplate.length === 0) lines.push('Boilerplate: none');
  else {
    lines.push(`Boilerplate: ${r.boilerplate.length}`);
    for (const b of r.boilerplate) lines.push(`  [${b.kind}] ${b.text}`);
  }
  lines.push(`Counts:     ${r.stats.sentences} sentences, ${r.stats.tokens} tokens, ${r.stats.words} words`);
  for (const w of r.warnings) lines.push(`Warning:    ${w}`);
  const actors = r.entities.filter((e) => e.type !== 'NOM' || e.actor);
  if (actors.length > 0) {
    lines.push(`Entities:   ${r.entities.length}`);
    for (const e of actors) {
      const code = e.actor ? ` ${[e.actor.country ?? '—', e.actor.sector, e.actor.org].filter(Boolean).join(' ')}` : '';
      const en = e.name.en ? ` (${e.name.en})` : '';
      lines.push(`  ${e.type.padEnd(4)} ${e.name.ar}${en}${code}  ×${e.mentions.length}`);
    }
  }
  if (r.times.length > 0) {
    lines.push(`Times:      ${r.times.length}`);
    for (const t of r.times) lines.push(`  ${t.text}  → ${t.value ?? '?'} (${t.granularity})`);
  }
  if (r.quotes.length > 0) {
    const names = new Map(r.entities.map((e) => [e.id, e.name.ar]));
    lines.push(`Quotes:     ${r.quotes.length}`);
    for (const q of r.quotes) {
      const who = q.speaker ? names.get(q.speaker) : (q.speakerText?.text ?? '?');
      const said = q.content.text.length > 90 ? q.content.text.slice(0, 90) + '…' : q.content.text;
      lines.push(`  ${who}${q.speaker ? '' : ' (unnamed)'}: ${q.direct ? '«' + said + '»' : said}`);
    }
  }
  if (r.events.length > 0) {
    const code = (a: { country: string | null; sector: string; org: string | null }): string => [a.country ?? a.org ?? '—', a.sector].join(' ');
    lines.push(`Events:     ${r.events.length}`);
    for (const e of r.events) {
      const who = e.actorCodes.map(code).join(' + ') || '?';
      const whom = e.recipientCodes.length > 0 ? ` → ${e.recipientCodes.map(code).join(' + ')}` : '';
      const kind = e.mode ? `${e.type}/${e.mode}` : e.type;
      const att = e.modality === 'reported' && e.attribution.kind !== 'none' ? ` (${e.attribution.kind})` : '';
      const when = e.time !== null && r.times[e.time]?.value ? `  ${r.times[e.time]!.value}` : '';
      const place = e.location ? r.entities.find((x) => x.id === e.location) : undefined;
      const where = place ? `  @ ${place.name.ar}${e.geo ? ` (${e.geo.precision})` : ''}` : '';
      lines.push(`  ${who}${whom}  ${kind}  ${e.modality}${att}  «${e.trigger.text}»${when}${where}`);
    }
  }
  lines.push('Body:');
  const body = r.text.slice(r.body.start, r.body.end);
  const cuts = r.boilerplate.filter((b) => b.start >= r.body.start && b.end <= r.body.end);
  let shown = body;
  for (const c of cuts) shown = shown.replace(c.text, '');
  for (const para of shown.split(/\r?\n/u)) if (para.trim()) lines.push(`  ${para.trim()}`);
  return lines.join('\n') + '\n';
}

/**
 * One line per sentence, its words separated by spaces and clitic boundaries inside a token
 * marked `+` (`و+ب+حسب`). A word whose form differs from its letters shows the form (`ل+ال+أسد`).
 */
export function formatSegments(doc: Document): string {
  const { sentences, tokens, words } = doc.layers;
  if (!sentences || !tokens || !words) return '';
  const out: string[] = [];
  let w = 0;
  for (let s = 0; s < sentences.length; s++) {
    const parts: string[] = [];
    for (let t = sentences.tokenStart[s]!; t < sentences.tokenEnd[s]!; t++) {
      while (w < words.length && words.token[w]! < t) w++;
      const pieces: string[] = [];
      while (w < words.length && words.token[w] === t) {
        const surface = doc.text.slice(words.start[w], words.end[w]);
        const form = doc.strings.get(words.form[w]!);
        pieces.push(form === 'ال' && surface.length === 1 ? form : surface);
        w++;
      }
      parts.push(pieces.length > 0 ? pieces.join('+') : doc.text.slice(tokens.start[t], tokens.end[t]));
    }
    out.push(parts.join(' '));
  }
  return out.join('\n') + (out.length ? '\n' : '');
}
