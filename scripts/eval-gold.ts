/**
 * `npm run eval:gold`: analyzes the samples through the same path as `marsad analyze` and compares
 * the records with the gold: title, outlet, published (only when the gold took it from the text)
 * and boilerplate spans (start, end, text, kind), per file; and checks that every span of every
 * layer of the record (boilerplate, sentences, tokens, words) slices the record's text.
 *
 *   npm run eval:gold [-- --gold ../shared/gold/dev --samples ../shared/samples]
 *
 * Relative paths are resolved against the repository root. Exits 1 when any file differs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeBytes } from '../src/app/analyze.ts';
import { loadResources } from '../src/app/models.ts';
import { buildPipeline } from '../src/app/presets.ts';
import type { AnalysisRecord } from '../src/doc/record.ts';
import { addCounts, prf, scoreEntities, type Counts, type ScoredEntity } from './gold-score.ts';
import { scoreTimes } from '../src/components/times/eval.ts';
import { scoreQuotes } from '../src/components/quotes/eval.ts';
import { scoreEvents } from '../src/components/events/eval.ts';
import type { TimeExpr } from '../src/doc/times.ts';
import { option, repoRoot } from './args.ts';

const pipeline = buildPipeline('full', loadResources());

/** Spans of every layer that do not slice the record's text, as messages. */
function offsetProblems(r: AnalysisRecord): { spans: number; problems: string[] } {
  const problems: string[] = [];
  let spans = 0;
  const layers: [string, { start: number; end: number; text?: string }[]][] = [
    ['boilerplate', r.boilerplate],
    ['sentences', r.sentences],
    ['tokens', r.tokens ?? []],
    ['words', r.words ?? []],
  ];
  for (const [name, list] of layers) {
    for (const s of list) {
      spans++;
      const ok = s.start >= 0 && s.end <= r.text.length && s.start <= s.end && (s.text === undefined || r.text.slice(s.start, s.end) === s.text);
      if (!ok) problems.push(`${name} span ${s.start}-${s.end} does not slice the text`);
    }
  }
  return { spans, problems };
}

interface GoldSpan {
  start: number;
  end: number;
  text: string;
  kind: string;
}

interface Gold {
  file: string;
  entities: ScoredEntity[];
  times: TimeExpr[];
  quotes: Parameters<typeof scoreQuotes>[0];
  events: Parameters<typeof scoreEvents>[0];
  title: string | null;
  outlet: string | null;
  published: string | null;
  publishedFromText?: boolean;
  boilerplate: GoldSpan[];
}

const root = repoRoot;

const pathOption = (name: string, fallback: string): string => resolve(root, option(name, fallback));

const goldDir = pathOption('--gold', '../shared/gold/dev');
const samplesDir = pathOption('--samples', '../shared/samples');

const key = (b: GoldSpan) => `${b.start}-${b.end} ${b.kind} ${JSON.stringify(b.text)}`;
const show = (v: unknown) => JSON.stringify(v);
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

const files = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.src.json'))
  .sort();
if (files.length === 0) {
  console.error(`no gold files in ${goldDir}`);
  process.exit(2);
}

let matched = 0;
let entityCounts: Counts = { tp: 0, fp: 0, fn: 0 };
const entityByType = new Map<string, Counts>();
const actorTotals = { matched: 0, correct: 0, correctNoSector: 0 };
const verbose = process.argv.includes('--verbose');
const entityLines: string[] = [];
const timeTotals = { tp: 0, fp: 0, fn: 0, matched: 0, valueCorrect: 0 };
const timeLines: string[] = [];
const quoteTotals = { tp: 0, fp: 0, fn: 0, speakerCorrect: 0 };
const quoteLines: string[] = [];
const eventTotals = { tp: 0, fp: 0, fn: 0, modalityOk: 0, timeOk: 0 };
const eventLines: string[] = [];
let totalSpans = 0;
let badSpans = 0;
const totals = { title: 0, outlet: 0, published: 0, boilerplate: 0 };
for (const f of files) {
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold;
  const text = readFileSync(join(samplesDir, gold.file), 'utf8');
  const result = analyzeBytes(readFileSync(join(samplesDir, gold.file)), gold.file, pipeline, { layers: true })[0];
  if (!result?.ok) throw new Error(`${gold.file}: ${result?.error.message ?? 'no record'}`);
  const got = result.record;
  if (got.text !== text) throw new Error(`${gold.file}: the record's text is not the file as read`);
  const offsets = offsetProblems(got);
  totalSpans += offsets.spans;
  badSpans += offsets.problems.length;
  const wantPublished = gold.publishedFromText ? gold.published : null;

  const problems: string[] = [...offsets.problems];
  for (const b of gold.boilerplate) {
    if (text.slice(b.start, b.end) !== b.text) problems.push(`gold span does not match the text: ${key(b)}`);
  }
  const checks = {
    title: got.title === gold.title,
    outlet: got.outlet === gold.outlet,
    published: got.published === wantPublished,
    boilerplate: false,
  };
  if (!checks.title) problems.push(`title: want ${show(gold.title)}, got ${show(got.title)}`);
  if (!checks.outlet) problems.push(`outlet: want ${show(gold.outlet)}, got ${show(got.outlet)}`);
  if (!checks.published) problems.push(`published: want ${show(wantPublished)}, got ${show(got.published)}`);

  const want = new Set(gold.boilerplate.map(key));
  const have = new Set(got.boilerplate.map(key));
  const missing = [...want].filter((k) => !have.has(k));
  const extra = [...have].filter((k) => !want.has(k));
  checks.boilerplate = missing.length === 0 && extra.length === 0;
  for (const k of missing) problems.push(`boilerplate missing: ${k}`);
  for (const k of extra) problems.push(`boilerplate extra:   ${k}`);

  for (const [name, ok] of Object.entries(checks)) if (ok) totals[name as keyof typeof totals]++;

  // The other layers, with the publication date the gold was annotated against.
  const layered = gold.publishedFromText
    ? result
    : analyzeBytes(readFileSync(join(samplesDir, gold.file)), gold.file, pipeline, { published: gold.published ?? undefined })[0];
  if (!layered?.ok) throw new Error(`${gold.file}: no record`);
  const es = scoreEntities(gold.entities, layered.record.entities as ScoredEntity[]);
  entityCounts = addCounts(entityCounts, es.mentions);
  for (const [t, c] of es.byType) entityByType.set(t, addCounts(entityByType.get(t) ?? { tp: 0, fp: 0, fn: 0 }, c));
  actorTotals.matched += es.actor.matched;
  actorTotals.correct += es.actor.correct;
  actorTotals.correctNoSector += es.actor.correctNoSector;
  const ts = scoreTimes(gold.times, [...(layered.record.times ?? [])]);
  for (const k of ['tp', 'fp', 'fn', 'valueCorrect'] as const) timeTotals[k] += ts[k];
  timeTotals.matched += ts.matched.length;
  timeLines.push(`${gold.file}  times tp ${ts.tp} fp ${ts.fp} fn ${ts.fn}  values ${ts.valueCorrect}/${ts.matched.length}`);
  const qs = scoreQuotes(gold.quotes ?? [], [...layered.record.quotes], gold.entities as never, layered.record.entities as never);
  for (const k of ['tp', 'fp', 'fn', 'speakerCorrect'] as const) quoteTotals[k] += qs[k];
  quoteLines.push(`${gold.file}  quotes tp ${qs.tp} fp ${qs.fp} fn ${qs.fn}  speakers ${qs.speakerCorrect}/${qs.tp}`);
  // Gold events write their time's value; the record's events point into the times layer.
  const goldEvents = (gold.events ?? []).map((e) => ({ ...e, timeValue: (e as { time?: string | null }).time ?? null }));
  const sysEvents = layered.record.events.map((e) => ({ ...e, timeValue: e.time === null ? null : (layered.record.times[e.time]?.value ?? null) }));
  const evs = scoreEvents(goldEvents, sysEvents, gold.entities as never, layered.record.entities as never);
  for (const k of ['tp', 'fp', 'fn', 'modalityOk', 'timeOk'] as const) eventTotals[k] += evs[k];
  eventLines.push(`${gold.file}  event dyads tp ${evs.tp} fp ${evs.fp} fn ${evs.fn}  modality ${evs.modalityOk}/${evs.tp}  time ${evs.timeOk}/${evs.tp}`);
  for (const d of evs.missed) eventLines.push(`     missed ${d}`);
  for (const d of evs.extra) eventLines.push(`     extra  ${d}`);
  if (verbose) for (const d of evs.modalityErrors) eventLines.push(`     modality ${d} (gold / system)`);
  if (verbose) for (const d of evs.timeErrors) eventLines.push(`     time ${d} (gold / system)`);
  const ef = prf(es.mentions);
  entityLines.push(`${gold.file}  entities P ${pct(ef.p)} R ${pct(ef.r)} F1 ${pct(ef.f)}  actor ${es.actor.correct}/${es.actor.matched}`);
  if (verbose) {
    for (const x of es.missed) entityLines.push(`     missed ${x.type} ${x.key} ${x.text}`);
    for (const x of es.extra) entityLines.push(`     extra  ${x.type} ${x.key} ${x.text}`);
    for (const x of es.wrongActor) entityLines.push(`     actor  ${x.text}: gold ${x.gold}, got ${x.got}`);
  }
  const ok = problems.length === 0;
  if (ok) matched++;
  const mark = (b: boolean) => (b ? 'ok' : 'DIFF');
  console.log(
    `${ok ? 'PASS' : 'FAIL'} ${gold.file}  title ${mark(checks.title)}  outlet ${mark(checks.outlet)}  ` +
      `published ${mark(checks.published)}  boilerplate ${mark(checks.boilerplate)} (${gold.boilerplate.length})`,
  );
  for (const p of problems) console.log(`     ${p}`);
  if (got.warnings.length) console.log(`     warnings: ${got.warnings.join('; ')}`);
}

const n = files.length;
console.log(
  `\ntotal: ${matched}/${n} files match exactly  (title ${totals.title}/${n}, outlet ${totals.outlet}/${n}, ` +
    `published ${totals.published}/${n}, boilerplate ${totals.boilerplate}/${n})`,
);
console.log(`offsets: ${totalSpans - badSpans}/${totalSpans} spans slice the record's text`);

console.log('\nEntities (mention spans exact, type = mention.type ?? entity.type, NOM left out; --verbose lists the differences)');
for (const l of entityLines) console.log(l);
const ef = prf(entityCounts);
console.log(`all   P ${pct(ef.p)}  R ${pct(ef.r)}  F1 ${pct(ef.f)}  (tp ${entityCounts.tp}, fp ${entityCounts.fp}, fn ${entityCounts.fn})`);
for (const [t, c] of [...entityByType].sort()) {
  const x = prf(c);
  console.log(`  ${t.padEnd(5)} P ${pct(x.p)}  R ${pct(x.r)}  F1 ${pct(x.f)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`);
}
console.log('\nTimes (spans match when they overlap, one to one; then value equality)');
for (const l of timeLines) console.log(l);
const tf = prf(timeTotals);
console.log(
  `all   P ${pct(tf.p)}  R ${pct(tf.r)}  F1 ${pct(tf.f)}  value accuracy ${pct(timeTotals.valueCorrect / Math.max(1, timeTotals.matched))} (${timeTotals.valueCorrect}/${timeTotals.matched})`,
);
console.log('\nQuotes (content overlap ≥ 50% of the gold content; speaker: any mention overlap, or both unnamed)');
for (const l of quoteLines) console.log(l);
const qf = prf(quoteTotals);
console.log(
  `all   P ${pct(qf.p)}  R ${pct(qf.r)}  F1 ${pct(qf.f)}  speaker accuracy ${pct(quoteTotals.speakerCorrect / Math.max(1, quoteTotals.tp))} (${quoteTotals.speakerCorrect}/${quoteTotals.tp})`,
);
console.log('\nEvents (dyads: actor key, type, recipient key; CONSULT/AGREE/COOPERATE unordered)');
for (const l of eventLines) console.log(l);
const vf = prf(eventTotals);
console.log(
  `all   P ${pct(vf.p)}  R ${pct(vf.r)}  F1 ${pct(vf.f)}  modality accuracy ${pct(eventTotals.modalityOk / Math.max(1, eventTotals.tp))} (${eventTotals.modalityOk}/${eventTotals.tp})  time accuracy ${pct(eventTotals.timeOk / Math.max(1, eventTotals.tp))} (${eventTotals.timeOk}/${eventTotals.tp})`,
);
console.log(
  `\nactor codes on matched mentions: ${pct(actorTotals.correct / Math.max(1, actorTotals.matched))} with folded sector, ` +
    `${pct(actorTotals.correctNoSector / Math.max(1, actorTotals.matched))} without (${actorTotals.matched} matched)`,
);
process.exit(matched === n ? 0 : 1);
