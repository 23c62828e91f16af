import { describe, expect, it } from 'vitest';
import { normalizeDate } from './date.ts';

describe('normalizeDate', () => {
  const cases: [unknown, string | null][] = [
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-03-05T01:00:00Z', '2024-03-05'],
    ['2024-03-05 14:22:01', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['٢٠٢٤-٠٣-٠٥', '2024-03-05'],
    ['Tue, 05 Mar 2024 10:00:00 +0300', '2024-03-05'],
    ['Tue, 5 Mar 24 23:59:59 GMT', '2024-03-05'],
    ['05 March 2024', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    [1709632800, '2024-03-05'],
    [1709632800000, '2024-03-05'],
    ['1709632800', '2024-03-05'],
    ['2024-02-30', null],
    ['2024-13-01', null],
    ['31 Foo 2024', null],
    ['yesterday', null],
    ['', null],
    [null, null],
    [{}, null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      expect(normalizeDate(input)).toBe(expected);
    });
  }
});
