import type { Entity, Mention, Sector } from '../../doc/entities.ts';
import { NOMINAL_HEADS, REBEL_MODIFIERS, type NominalHead } from '../../lang/ar/nominals.ts';
import type { EntityContext } from './context.ts';
import { addMention, entityFor, nameKey } from './entities.ts';

// Keyed like tokens (ة folded to ه).
const HEADS = new Map<string, NominalHead>(NOMINAL_HEADS.map((h) => [nameKey(h.head), h]));
const REBEL = new Set(REBEL_MODIFIERS.map(nameKey));
/** Services named between a head and its demonym (قوات الأمن العراقية، أجهزة الأمن التركية). */
const SERVICES = new Set(['الامن', 'الشرطه', 'الطوارئ', 'الدفاع', 'الحرس', 'الجيش', 'المخابرات', 'الاستخبارات', 'الحدود', 'الداخليه'].map(nameKey));
/** Adjectives of a region or a group of states: the actor has no one country. */
const REGIONAL = new Set(['عرب', 'العرب', 'غربيين', 'غربيون', 'الغربيين', 'اوروبيين', 'اوروبيون', 'الاوروبيين', 'خليجيين', 'الخليجيين', 'اجانب', 'الاجانب', 'دوليين', 'الدوليين', 'امميين', 'الامميين'].map(nameKey));

function headAt(ctx: EntityContext, t: number): NominalHead | null {
  const { tv } = ctx;
  let k = tv.nameKey[t]!;
  if (k.startsWith('ال')) k = k.slice(2);
  if (tv.tanwin[t] && k.endsWith('ا')) k = k.slice(0, -1);
  return HEADS.get(k) ?? HEADS.get(tv.stemKey[t]!) ?? null;
}

/** The state a name mention stands for: a state entity, or a person's country (نظام الأسد). */
function countryOfEntity(e: Entity): string | null {
  return e.actor?.country ?? null;
}

/** The state whose actors the article mentions most: the default referent of a bare النظام or المعارضة. */
function dominantState(ctx: EntityContext): string | null {
  const count = new Map<string, number>();
  for (const e of ctx.b.entities.values()) {
    const c = e.actor?.country;
    if (c) count.set(c, (count.get(c) ?? 0) + e.mentions.length);
  }
  let best: string | null = null;
  let most = 0;
  for (const [c, n] of count) if (n > most) [best, most] = [c, n];
  return best;
}

/**
 * Nominal actors (NOM): heads like النظام، الحكومة، القوات، الميليشيات، المعارضة، الوفد with the
 * state their adjective or complement names (النظام السوري، الميليشيات الإيرانية، قوات الأسد,
 * وفداً روسياً). A bare head with no complement (النظام، المعارضة) refers to the state its earlier
 * mention or the article's main state gives; heads that need a complement are skipped without one.
 */
const FOREIGN_FORCE_HEADS = new Set(['طيران', 'طائرات', 'مقاتلات', 'بحرية']);

export function findNominals(ctx: EntityContext): void {
  const { tv, kb, doc } = ctx;
  const tokens = doc.layers.tokens!;
  const covered = new Set<number>();
  for (const [, v] of ctx.at) for (let t = v.cand.t0; t < v.cand.t1; t++) covered.add(t);
  const nameAt = (t: number): Entity | null => ctx.at.get(t)?.entity ?? null;
  const lastCountry = new Map<string, string>();
  let fallback = dominantState(ctx);
  // Whether the article is about states: it names a government's person or body, or a nominal
  // actor with its state (النظام السوري، قوات الأسد) comes before.
  let politicalArticle = [...ctx.b.entities.values()].some((e) => e.actor && (e.actor.sector === 'GOV' || e.actor.sector === 'MIL') && (e.type === 'PER' || e.type === 'ORG'));
  for (let t = 0; t < tv.length; t++) {
    if (covered.has(t) || !tv.isWord[t]) continue;
    const head = headAt(ctx, t);
    if (!head) continue;
    // إلى جانب X: "alongside", not a side in talks.
    if (head.head === 'جانب' && t > 0 && tv.key[t - 1] === 'الي') continue;
    let sector: Sector = head.sector;
    let country: string | null = null;
    let end = t + 1;
    let j = t + 1;
    // جيش النظام السوري: a regime head inside the complement; قوات الأمن العراقية: a service name.
    if (j < tv.length && !covered.has(j) && headAt(ctx, j)?.head === 'نظام' && head.head !== 'نظام') j++;
    else if (j + 1 < tv.length && !covered.has(j) && SERVICES.has(tv.key[j]!) && kb.stateOfDemonym(tv.key[j + 1]!)) j++;
    const sameSentence = j < tv.length && tv.sentence[j] === tv.sentence[t];
    if (sameSentence && !covered.has(j)) {
      const dem = kb.stateOfDemonym(tv.key[j]!);
      if (dem) {
        country = dem.iso3;
        end = j + 1;
      } else if (REBEL.has(tv.key[j]!) && head.head === 'فصائل') {
        sector = 'REB';
        end = j + 1;
        const dem2 = j + 1 < tv.length ? kb.stateOfDemonym(tv.key[j + 1]!) : null;
        if (dem2) {
          country = dem2.iso3;
          end = j + 2;
        }
      }
    }
    // مسؤولين عرب، دبلوماسيين غربيين: officials of a region, no one state.
    let regional = false;
    if (!country && sameSentence && end === t + 1 && REGIONAL.has(tv.key[j]!)) {
      regional = true;
      end = j + 1;
    }
    let org: string | null = null;
    if (!country && !regional && sameSentence) {
      const named = nameAt(j);
      if (named && (named.type === 'PER' || named.id.startsWith('state:'))) country = countryOfEntity(named);
      // A rebel leader's forces (ميليشيات الحوثي) are his group's, not his state's army.
      if (named?.type === 'PER' && named.actor && (named.actor.sector === 'REB' || named.actor.sector === 'OPP')) {
        sector = named.actor.sector;
        org = named.actor.org;
      }
    }
    if (!country && tv.key[t]!.endsWith('ه') && !head.needsComplement) {
      // قواته: his forces, those of the person named last in the sentence.
      for (let u = t - 1; u >= 0 && tv.sentence[u] === tv.sentence[t]; u--) {
        const e = nameAt(u);
        if (e?.type === 'PER' && e.actor?.country) {
          country = e.actor.country;
          break;
        }
      }
    }
    if (country) politicalArticle = true;
    if (!country && !regional) {
      if (head.needsComplement && end === t + 1) continue;
      // A bare المعارضة opposes the regime the article names.
      country = (sector === 'OPP' ? lastCountry.get('نظام') : undefined) ?? lastCountry.get(head.head) ?? null;
      // A bare النظام or الحكومة is a state's only in an article about states: one that names a
      // government, a leader or a state's forces (not بطارية تزود النظام in a technology story).
      if (!country && politicalArticle) country = fallback;
    }
    if (!country && sector !== 'OPP' && !regional) continue;
    lastCountry.set(head.head, country ?? '');
    // Air and naval forces are as often a foreign state's (الطيران الروسي over Idlib): they do not
    // make their state the one a bare المعارضة or الحكومة belongs to.
    if (!FOREIGN_FORCE_HEADS.has(head.head)) fallback ??= country;
    const start = tv.nameStart[t]!;
    const stop = tokens.end[end - 1]!;
    const mention: Mention = { start, end: stop, text: doc.text.slice(start, stop), sentence: tv.sentence[t]!, token: t, source: 'nominal' };
    const stateName = country ? (kb.states.get(country)?.en ?? country) : '';
    const entity = entityFor(ctx.b, `nom:${country}:${sector}:${org ?? ''}:${head.head}`, () => ({
      type: 'NOM',
      name: { ar: mention.text, en: `${org ?? stateName} ${head.en}`.trim() },
      kb: null,
      actor: { country: country || null, sector, org },
    }));
    addMention(entity, mention);
    for (let k = t; k < end; k++) covered.add(k);
    t = end - 1;
  }
}
