/**
 * A best-effort Latin transliteration of Arabic names for people and places the knowledge base
 * does not know (رامي الشاعر → Rami al-Shaer). Arabic script does not write short vowels, so this
 * is a readable guess, not a standard romanization.
 */

const CONSONANTS: Readonly<Record<string, string>> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
  ء: "'", ؤ: "'", ئ: "'", پ: 'p', چ: 'ch', ژ: 'zh', ڤ: 'v', گ: 'g',
};

const SUN = new Set('تثدذرزسشصضطظلن'.split(''));

function word(w: string): string {
  let out = '';
  let body = w;
  if (body.startsWith('ال') && body.length > 3) {
    out = 'al-';
    body = body.slice(2);
  }
  const chars = [...body.replace(/[\u064b-\u0652\u0670\u0640]/gu, '')];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const prevIsCons = prev !== undefined && CONSONANTS[prev] !== undefined;
    if (c === 'ي' && i === 1 && (prev === 'إ' || prev === 'ا')) continue; // إيلينا → Ilina
    if (i === 1 && prevIsCons && CONSONANTS[c] !== undefined && c !== 'ء') {
      out += 'a' + CONSONANTS[c]; // no short vowels are written: guess one after the first consonant
      continue;
    }
    if (c === 'ا' || c === 'أ' || c === 'إ' || c === 'آ' || c === 'ى') out += i === 0 && c === 'إ' ? 'i' : 'a';
    else if (c === 'ة') out += 'a';
    else if (c === 'و') out += i === 0 || (!prevIsCons && next !== undefined) ? 'w' : 'u';
    else if (c === 'ي') out += i === 0 || (!prevIsCons && next !== undefined) ? 'y' : 'i';
    else out += CONSONANTS[c] ?? c;
  }
  const cap = out.startsWith('al-') ? 'al-' + capitalize(out.slice(3)) : capitalize(out);
  return cap.replace(/''+/gu, "'");
}

const capitalize = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

export function transliterate(name: string): string {
  return name
    .split(/\s+/u)
    .filter(Boolean)
    .map(word)
    .join(' ');
}

/** Sun letters assimilate the article in speech; exported for callers that want `ash-Sh…` forms. */
export const SUN_LETTERS: ReadonlySet<string> = SUN;
