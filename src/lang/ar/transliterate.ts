/**
 * A best-effort Latin transliteration of Arabic names for people and places the knowledge base
 * does not know (رامي الشاعر → Rami al-Shaer). Arabic script does not write short vowels, so this
 * is a readable guess, not a standard romanization.
 */

import { normalizeString } from './normalize.ts';

const CONSONANTS: Readonly<Record<string, string>> = {
  ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
  ء: "'", ؤ: "'", ئ: "'", پ: 'p', چ: 'ch', ژ: 'zh', ڤ: 'v', گ: 'g',
};

const SUN = new Set('تثدذرزسشصضطظلن'.split(''));

/**
 * Common given names and name particles in their usual English spelling (the rules below cannot
 * guess the short vowels of محمد or عبدالله). Facts of usage, keyed by the normalized form.
 */
const USUAL: ReadonlyMap<string, string> = new Map(
  Object.entries({
    محمد: 'Muhammad', احمد: 'Ahmed', محمود: 'Mahmoud', مصطفي: 'Mustafa', علي: 'Ali', حسن: 'Hassan', حسين: 'Hussein',
    عبدالله: 'Abdullah', عبدالرحمن: 'Abdulrahman', عبدالعزيز: 'Abdulaziz', عبدالكريم: 'Abdulkarim', عبدالرحيم: 'Abdulrahim',
    عبدالحميد: 'Abdulhamid', عبدالمجيد: 'Abdulmajid', عبدالملك: 'Abdulmalik', عبدالسلام: 'Abdulsalam', عبدالفتاح: 'Abdel Fattah',
    عبداللطيف: 'Abdullatif', عبدالناصر: 'Abdel Nasser', عبدالقادر: 'Abdelkader', عبدالحكيم: 'Abdulhakim', عبدالباسط: 'Abdulbasit',
    عبدالهادي: 'Abdulhadi', عبدالوهاب: 'Abdulwahab', عبدالمنعم: 'Abdelmonem', عبدالحليم: 'Abdelhalim', عبدالجليل: 'Abdeljalil',
    عبدالغني: 'Abdulghani', عبدالرزاق: 'Abdulrazzaq', عبدالمهدي: 'Abdul-Mahdi', عبده: 'Abdo',
    خالد: 'Khalid', سعيد: 'Saeed', سعد: 'Saad', سعود: 'Saud', فيصل: 'Faisal', سلمان: 'Salman', عمر: 'Omar', عمرو: 'Amr',
    عثمان: 'Othman', يوسف: 'Yousef', ابراهيم: 'Ibrahim', اسماعيل: 'Ismail', جمال: 'Jamal', كمال: 'Kamal', طارق: 'Tariq',
    ناصر: 'Nasser', سامي: 'Sami', رامي: 'Rami', وليد: 'Walid', هشام: 'Hisham', ماجد: 'Majid', فهد: 'Fahd', سلطان: 'Sultan',
    تركي: 'Turki', نايف: 'Nayef', بندر: 'Bandar', مشاري: 'Mishari', منصور: 'Mansour', عادل: 'Adel', حمد: 'Hamad', حمود: 'Hamoud',
    صالح: 'Saleh', سليمان: 'Suleiman', يحيي: 'Yahya', زكريا: 'Zakaria', موسي: 'Musa', عيسي: 'Issa', جعفر: 'Jafar', حيدر: 'Haidar',
    عباس: 'Abbas', قاسم: 'Qasim', مهدي: 'Mahdi', رضا: 'Reza', بشار: 'Bashar', حافظ: 'Hafez', ماهر: 'Maher', رياض: 'Riyad',
    فاروق: 'Farouk', وائل: 'Wael', نبيل: 'Nabil', ايمن: 'Ayman', اسامة: 'Osama', ياسر: 'Yasser', زياد: 'Ziad', فراس: 'Firas',
    مازن: 'Mazen', باسل: 'Basel', عماد: 'Imad', غسان: 'Ghassan', سمير: 'Samir', منير: 'Munir', جورج: 'George', ميشال: 'Michel',
    الياس: 'Elias', فاطمة: 'Fatima', عائشة: 'Aisha', مريم: 'Maryam', زينب: 'Zainab', نور: 'Nour', سارة: 'Sara', ليلي: 'Layla',
    هند: 'Hind', رانيا: 'Rania', جمعة: 'Juma', عيد: 'Eid', بدر: 'Badr', انس: 'Anas', معاذ: 'Muadh', حمزة: 'Hamza', بلال: 'Bilal',
    عمار: 'Ammar', ياسين: 'Yassin', طه: 'Taha', ادريس: 'Idris', نجيب: 'Najib', حبيب: 'Habib', شريف: 'Sharif', رشيد: 'Rashid',
    راشد: 'Rashid', مبارك: 'Mubarak', محسن: 'Mohsen', حسني: 'Hosni', انور: 'Anwar', صدام: 'Saddam', معمر: 'Muammar', هادي: 'Hadi',
    قيس: 'Kais', نعيم: 'Naim', كريم: 'Karim', رحيم: 'Rahim', امين: 'Amin', مروان: 'Marwan', عدنان: 'Adnan', نزار: 'Nizar',
    هاني: 'Hani', ايهاب: 'Ihab', شادي: 'Shadi', فادي: 'Fadi', رائد: 'Raed', منذر: 'Munther', مامون: 'Mamoun',
    سهيل: 'Suhail', جميل: 'Jamil', عزيز: 'Aziz', لطفي: 'Lotfi', توفيق: 'Tawfiq', رفيق: 'Rafik', نجم: 'Najm', حازم: 'Hazem',
    غازي: 'Ghazi', فتحي: 'Fathi', صبري: 'Sabri', حمدي: 'Hamdi', مجدي: 'Magdi', رمضان: 'Ramadan', شعبان: 'Shaaban', حسام: 'Hussam',
    عصام: 'Issam', هيثم: 'Haitham', مهند: 'Muhannad', معتز: 'Moataz', ثامر: 'Thamer', متعب: 'Miteb', مقرن: 'Muqrin', نواف: 'Nawaf',
    الوليد: 'al-Waleed', تميم: 'Tamim', زايد: 'Zayed', خليفة: 'Khalifa', مكتوم: 'Maktoum', قابوس: 'Qaboos',
    بن: 'bin', ابن: 'ibn', بنت: 'bint', ابو: 'Abu', ابي: 'Abi', ام: 'Umm', ال: 'Al', عبد: 'Abd',
  }),
);

function word(raw: string): string {
  const w = normalizeString(raw.replace(/[\u064b-\u0652\u0670\u0640]/gu, ''));
  const usual = USUAL.get(w);
  if (usual) return usual;
  // Verbal nouns of forms VIII and X used as names, written with a bare alif: ابتسام → Ibtisam,
  // انتصار → Intisar, استقلال → Istiqlal.
  const cons = (ch: string): string => CONSONANTS[ch] ?? ch;
  if (/^ا/u.test(raw) && !w.startsWith('ال')) {
    const viii = /^ا([^اوي])([^اوي])([^اوي])ا([^اوي])$/u.exec(w);
    if (viii) return capitalize(`i${cons(viii[1]!)}${cons(viii[2]!)}i${cons(viii[3]!)}a${cons(viii[4]!)}`).replace(/''+/gu, "'");
    const x = /^است([^اوي])([^اوي])ا([^اوي])$/u.exec(w);
    if (x) return capitalize(`isti${cons(x[1]!)}${cons(x[2]!)}a${cons(x[3]!)}`);
  }
  let out = '';
  let body = w;
  // The article is written without hamza: أليخاندرو (Alejandro) is not al-Ykhandru.
  if (body.startsWith('ال') && body.length > 3 && !/^[أإآ]/u.test(raw)) {
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
  const words = name.split(/\s+/u).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // عبد + a name of God: Abd al-Aziz (عبد العزيز written apart), as one word when usual.
    if (w === 'عبد' && i + 1 < words.length) {
      const joined = USUAL.get(w + words[i + 1]!);
      out.push(joined ?? `Abd ${word(words[i + 1]!)}`);
      i++;
      continue;
    }
    out.push(word(w));
  }
  return out.join(' ');
}

/** Sun letters assimilate the article in speech; exported for callers that want `ash-Sh…` forms. */
export const SUN_LETTERS: ReadonlySet<string> = SUN;
