/**
 * Publication dates found in metadata, normalized to YYYY-MM-DD. The calendar date is taken as
 * written (no time-zone conversion): "2024-03-05T23:30:00-05:00" is 2024-03-05 where it was published.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Arabic-Indic (U+0660..) and Extended Arabic-Indic (U+06F0..) digits to ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function ymd(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  // Seconds up to year ~5138 are below 1e11; anything larger is taken as milliseconds.
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Normalizes a date from metadata: ISO 8601 (and `YYYY-MM-DD hh:mm:ss`, `YYYY/MM/DD`), RFC 822
 * (`Tue, 05 Mar 2024 10:00:00 +0300`), Unix epoch numbers, and, last, whatever `Date.parse` reads.
 * Returns null when the value is not a recognizable date.
 */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const s = asciiDigits(value).trim();
  if (s === '') return null;

  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));

  // RFC 822 / 2822, with or without the weekday: "05 Mar 2024", "5 March 24".
  m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2}|\d{4})\b/.exec(s);
  if (m) {
    const month = MONTHS[m[2].toLowerCase().slice(0, 3)];
    if (month === undefined) return null;
    let year = Number(m[3]);
    if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
    return ymd(year, month, Number(m[1]));
  }

  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));

  // Anything else Date.parse understands ("March 5, 2024"). Strings without a zone are read as
  // local time by V8, so the local calendar fields are the date as written.
  if (!/[A-Za-z]{3}/.test(s) && !/\d{4}/.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return ymd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}
