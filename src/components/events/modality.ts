/**
 * Modality and attribution of an event from the words around its trigger and the quotes layer:
 * reported (inside a quote's content, or in a sentence that names a source: بحسب، وفقاً لـ،
 * كشفت مصادر), planned (future markers, من المقرر، المقبل), hypothetical (قد + imperfect, إذا،
 * لو), negated (لم، لا، نفى، عدم), and refusals (لن before the act), which the caller codes REJECT.
 */
import type { Event, Modality } from '../../doc/events.ts';
import type { Quote } from '../../doc/quotes.ts';
import { matchKey } from '../../lang/ar/normalize.ts';
import { SOURCE_NOUNS } from '../../lang/ar/cues.ts';
import type { Ctx } from './context.ts';

const NEG = new Set(['لم', 'لما', 'لا', 'ليس', 'ليست', 'عدم', 'نفي', 'نفت', 'ينفي', 'تنفي', 'غير']);
const FUT_NEG = new Set(['لن']);
const HYPO = new Set(['قد', 'اذا', 'لو', 'ربما', 'حال', 'يمكن', 'امكانيه', 'احتمال', 'لعل', 'مقابل']);
const PLAN_BEFORE = new Set(['سوف', 'المقرر', 'يعتزم', 'تعتزم', 'ينوي', 'تنوي', 'يتوقع', 'سيتم', 'يعتزمان', 'مرتقب', 'المرتقب', 'تستعد', 'يستعد', 'يخطط', 'تخطط', 'اولويات', 'خطه']);
/** Working or striving towards an act (العمل على طرد): planned, with على after them. */
const STRIVE = new Set(['العمل', 'تعمل', 'يعمل', 'تسعي', 'يسعي', 'السعي']);
const PLAN_AFTER = new Set(['المقبل', 'القادم', 'المقبله', 'القادمه', 'المرتقب', 'المرتقبه', 'المتوقع', 'المتوقعه', 'متوقع', 'متوقعه', 'مرتقب', 'مرتقبه']);
/** Words that open the answer of a condition (فإن، فقد). */
const ANSWER = new Set(['فان', 'فانه', 'فانها', 'فانهم', 'فقد', 'فسوف', 'فلن']);
/** Words that attribute what follows to a source (بحسب، وفقاً لـ، نقلاً عن). */
const REPORT_WORDS = new Set(['بحسب', 'حسب', 'وفقا', 'وفق', 'نقلا', 'طبقا']);
const SOURCE_KEYS = new Set(SOURCE_NOUNS.map(matchKey));

export interface ModalityInfo {
  modality: Modality;
  refusal: boolean;
  reported: boolean;
  attribution: Event['attribution'];
}

export function modalityAt(ctx: Ctx, t0: number, t1: number, sa: number, sb: number, noun: boolean): ModalityInfo {
  const tokens = ctx.doc.layers.tokens!;
  const pos = tokens.start[t0]!;
  let attribution: Event['attribution'] = { kind: 'none', speaker: null, text: null };
  let reported = false;
  const quote = (ctx.doc.layers.quotes ?? []).find((q: Quote) => q.content.start <= pos && pos < q.content.end);
  if (quote) {
    reported = true;
    attribution = { kind: attributionKind(ctx, quote), speaker: quote.speaker, text: quote.speakerText };
  } else {
    for (let u = sa; u < sb; u++) {
      const k = ctx.key[u]!;
      // جاء في بيان صادر عن الدفاع الروسية أن…: a statement before the act reports it.
      if (STATEMENTS.has(k) && u < t0 && hasThat(ctx, u, t0)) {
        reported = true;
        const end = Math.min(sb - 1, u + 3);
        attribution = { kind: 'named', speaker: null, text: { start: tokens.start[u]!, end: tokens.end[end]!, text: ctx.doc.text.slice(tokens.start[u], tokens.end[end]) } };
        break;
      }
      if (REPORT_WORDS.has(k) || (SOURCE_KEYS.has(k) && k.startsWith('مصادر'))) {
        reported = true;
        const end = Math.min(sb - 1, u + 2);
        const span = { start: tokens.start[u]!, end: tokens.end[end]!, text: ctx.doc.text.slice(tokens.start[u], tokens.end[end]) };
        attribution = { kind: 'anonymous', speaker: null, text: span };
        break;
      }
    }
  }
  let refusal = false;
  let modality: Modality | null = null;
  // Negation or refusal just before the trigger (same clause).
  for (let u = t0 - 1, seen = 0; u >= sa && seen < 3; u--) {
    if (!ctx.word[u]) {
      if (ctx.brk[u]) break;
      continue;
    }
    seen++;
    const k = ctx.key[u]!;
    if (FUT_NEG.has(k)) {
      refusal = true;
      break;
    }
    if (NEG.has(k)) {
      modality = 'negated';
      break;
    }
  }
  if (!modality && !refusal && NEG.has(ctx.key[t0]!)) modality = 'negated';
  if (!modality && !refusal) {
    // Hypothetical: قد + imperfect, إذا / لو / في حال in the clause before the trigger.
    for (let u = t0 - 1, seen = 0; u >= sa && seen < 6; u--) {
      if (!ctx.word[u]) {
        if (ctx.brk[u] && seen > 0) break;
        continue;
      }
      seen++;
      const k = ctx.key[u]!;
      if (HYPO.has(k) || HYPO.has(ctx.full[u]!)) {
        if (k === 'قد' && !/^[يت]/u.test(ctx.key[u + 1] ?? '')) continue;
        modality = 'hypothetical';
        break;
      }
    }
  }
  if (!modality && !refusal) {
    // A condition opening the sentence (وإذا كانت التقارير صحيحة، ووافقت واشنطن…) reaches the
    // trigger unless an answer clause (فـ…) has begun.
    for (let u = t0 - 1; u >= sa; u--) {
      if (!ctx.word[u]) continue;
      if ((ctx.procl[u] ?? '').includes('ف') || ANSWER.has(ctx.key[u]!)) break;
      const k = ctx.key[u]!;
      if (k === 'اذا' || k === 'لو' || k === 'لولا') {
        modality = 'hypothetical';
        break;
      }
    }
  }
  if (!modality && !refusal) {
    if (isFuture(ctx, t0)) modality = 'planned';
    for (let u = t0 - 1, seen = 0; !modality && u >= sa && seen < 4; u--) {
      if (!ctx.word[u]) {
        if (ctx.brk[u]) break;
        continue;
      }
      seen++;
      const k = ctx.key[u]!;
      if (STRIVE.has(k) && ['علي', 'الي', 'ل'].includes(ctx.key[u + 1] ?? '')) modality = 'planned';
      if (PLAN_BEFORE.has(k) || (isFuture(ctx, u) && seen <= 2 && !ctx.actorAt[u])) modality = 'planned';
    }
    // المقبل، القادم after a noun (الاجتماع المقبل); after a verb they qualify its object.
    for (let u = t1 + 1, seen = 0; !modality && noun && u < sb && seen < 3; u++) {
      if (!ctx.word[u]) {
        if (ctx.brk[u]) break;
        continue;
      }
      seen++;
      if (PLAN_AFTER.has(ctx.key[u]!)) modality = 'planned';
    }
  }
  return { modality: modality ?? (reported ? 'reported' : 'asserted'), refusal, reported, attribution };
}

/** Statements that report what follows أن (بيان، البيان). */
const STATEMENTS = new Set(['بيان', 'البيان', 'بيانا']);

function hasThat(ctx: Ctx, a: number, b: number): boolean {
  for (let u = a + 1; u < b; u++) if (ctx.word[u] && (ctx.key[u] === 'ان' || ctx.key[u] === 'بان')) return true;
  return false;
}

/** An imperfect verb with the future prefix س (سيلتقي), written into the key or split off as a proclitic. */
function isFuture(ctx: Ctx, t: number): boolean {
  const k = ctx.key[t]!;
  // Unsplit: سيلتقي، ستعقد (not سياره، ستات: nouns end in ه or ات).
  if (/^س[يت]/u.test(k) && k.length > 4 && !/(ه|ات)$/u.test(k)) return true;
  return (ctx.procl[t] ?? '').endsWith('س') && /^[يتن]/u.test(k);
}

function attributionKind(ctx: Ctx, q: Quote): Event['attribution']['kind'] {
  if (q.speaker) {
    const e = (ctx.doc.layers.entities ?? []).find((x) => x.id === q.speaker);
    if (e?.actor?.sector === 'MED') return 'outlet';
    return 'named';
  }
  if (q.speakerText) {
    const words = q.speakerText.text.split(/\s+/u).map((w) => matchKey(w).replace(/^[وف]/u, ''));
    if (words.some((w) => SOURCE_KEYS.has(w))) return 'anonymous';
    return 'outlet';
  }
  return 'none';
}
