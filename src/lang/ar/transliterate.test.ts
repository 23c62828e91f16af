import { describe, expect, it } from 'vitest';
import { transliterate } from './transliterate.ts';

describe('transliterate', () => {
  it('writes common given names and particles as English usually does', () => {
    expect(transliterate('محمد اسماعيل الزعبي')).toBe("Muhammad Ismail al-Za'bi");
    expect(transliterate('عبدالله بن احمد بقشان')).toBe('Abdullah bin Ahmed Baqshan');
    expect(transliterate('ال سعود')).toBe('Al Saud');
  });

  it('reads عبد written apart as one name', () => {
    expect(transliterate('عبد العزيز الحكيم')).toBe('Abdulaziz al-Hakim');
    expect(transliterate('عبد الستار')).toBe('Abd al-Satar');
  });

  it('guesses the rest letter by letter, with the article apart', () => {
    expect(transliterate('رامي الشاعر')).toBe("Rami al-Sha'r");
    expect(transliterate('الزعتري')).toBe("al-Za'tri");
    expect(transliterate('ابتسام جمعة')).toBe('Ibtisam Juma');
    expect(transliterate('انتصار')).toBe('Intisar');
    // A foreign name's أل… is not the article (written without hamza).
    expect(transliterate('أليخاندرو سابيلا')).toBe('Alikhandru Sabila');
  });
});
