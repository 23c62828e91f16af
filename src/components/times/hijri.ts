/**
 * Hijri ↔ Gregorian dates through ICU's Umm al-Qura calendar (Intl.DateTimeFormat with
 * `-u-ca-islamic-umalqura`): Gregorian → Hijri is a format call; Hijri → Gregorian searches the
 * days around an arithmetic estimate.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

let formatter: Intl.DateTimeFormat | null = null;
function hijriFormat(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  return formatter;
}

const MS_PER_DAY = 864e5;
/** Day number (days since 1970-01-01) of 1 Muharram 1 AH, near enough for a search start. */
const EPOCH = Math.round(Date.UTC(622, 6, 19) / MS_PER_DAY);
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;

function hijriOfDay(n: number): Ymd | null {
  const parts = hijriFormat().formatToParts(new Date(n * MS_PER_DAY));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const y = get('year');
  const m = get('month');
  const d = get('day');
  return Number.isFinite(y) && Number.isFinite(m) && Number.isFinite(d) ? { y, m, d } : null;
}

/** The Hijri (Umm al-Qura) date of a Gregorian date, or null when ICU cannot tell. */
export function gregorianToHijri(g: Ymd): Ymd | null {
  return hijriOfDay(Math.round(Date.UTC(g.y, g.m - 1, g.d) / MS_PER_DAY));
}

const cache = new Map<string, Ymd | null>();

/** The Gregorian date of a Hijri (Umm al-Qura) date, or null when there is no such date. */
export function hijriToGregorian(y: number, m: number, d: number): Ymd | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1 || m < 1 || m > 12 || d < 1 || d > 30) return null;
  const key = `${y}-${m}-${d}`;
  if (cache.has(key)) return cache.get(key)!;
  const guess = EPOCH + Math.floor((y - 1) * MEAN_YEAR) + Math.floor((m - 1) * MEAN_MONTH) + d - 1;
  let found: Ymd | null = null;
  for (let k = 0; k <= 40 && !found; k++) {
    for (const n of k === 0 ? [guess] : [guess + k, guess - k]) {
      const h = hijriOfDay(n);
      if (h && h.y === y && h.m === m && h.d === d) {
        const t = new Date(n * MS_PER_DAY);
        found = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
        break;
      }
    }
  }
  cache.set(key, found);
  return found;
}
