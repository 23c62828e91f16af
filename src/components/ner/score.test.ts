import { describe, expect, it } from 'vitest';
import { bioToBilou, tagsOf, toBio, allowedTransitions } from './decode.ts';
import { chunks, scoreEntities } from './score.ts';

const t = (s: string): string[] => (s ? s.split(' ') : []);

describe('chunks (conlleval semantics)', () => {
  it.each([
    ['one entity', 'B-PERS I-PERS O', [[0, 2, 'PERS']]],
    ['two adjacent entities of one type', 'B-LOC B-LOC', [[0, 1, 'LOC'], [1, 2, 'LOC']]],
    ['I after O starts an entity', 'O I-ORG I-ORG O', [[1, 3, 'ORG']]],
    ['I of another type starts a new entity', 'B-ORG I-LOC', [[0, 1, 'ORG'], [1, 2, 'LOC']]],
    ['entity at the end', 'O O B-MISC I-MISC', [[2, 4, 'MISC']]],
    ['I at the start', 'I-PERS O', [[0, 1, 'PERS']]],
    ['BILOU', 'U-LOC B-PERS I-PERS L-PERS U-PERS', [[0, 1, 'LOC'], [1, 4, 'PERS'], [4, 5, 'PERS']]],
    ['nothing', 'O O', []],
  ])('%s', (_name, tags, expected) => {
    expect(chunks(t(tags)).map((c) => [c.start, c.end, c.type])).toEqual(expected);
  });
});

describe('scoreEntities', () => {
  it('counts exact span and type only', () => {
    const gold = [t('B-PERS I-PERS O B-LOC'), t('B-ORG I-ORG I-ORG O'), t('O B-MISC')];
    const pred = [t('B-PERS I-PERS O B-ORG'), t('B-ORG I-ORG O O'), t('O B-MISC')];
    const s = scoreEntities(gold, pred);
    // Right: بشار الأسد (PERS) and MISC; wrong type for LOC, wrong span for ORG.
    expect(s.overall.gold).toBe(4);
    expect(s.overall.predicted).toBe(4);
    expect(s.overall.correct).toBe(2);
    expect(s.overall.precision).toBeCloseTo(0.5);
    expect(s.overall.recall).toBeCloseTo(0.5);
    expect(s.overall.f1).toBeCloseTo(0.5);
    expect(s.byType.PERS).toMatchObject({ gold: 1, predicted: 1, correct: 1, f1: 1 });
    expect(s.byType.LOC).toMatchObject({ gold: 1, predicted: 0, correct: 0, precision: 0, recall: 0, f1: 0 });
    expect(s.byType.ORG).toMatchObject({ gold: 1, predicted: 2, correct: 0 });
    expect(s.byType.MISC!.f1).toBe(1);
    expect(s.tokenAccuracy).toBeCloseTo(8 / 10);
  });

  it('gives P, R and F1 from the counts', () => {
    const gold = [t('B-LOC O B-LOC O B-LOC')];
    const pred = [t('B-LOC O B-LOC O O')];
    const s = scoreEntities(gold, pred);
    expect(s.overall.precision).toBe(1);
    expect(s.overall.recall).toBeCloseTo(2 / 3);
    expect(s.overall.f1).toBeCloseTo(0.8);
  });

  it('refuses sentences of different lengths', () => {
    expect(() => scoreEntities([t('O O')], [t('O')])).toThrow(RangeError);
    expect(() => scoreEntities([t('O')], [])).toThrow(RangeError);
  });
});

describe('tag schemes', () => {
  it('rewrites BIO as BILOU and back', () => {
    const bio = t('B-PERS I-PERS I-PERS O B-LOC B-LOC I-LOC O I-ORG');
    const bilou = bioToBilou(bio);
    expect(bilou).toEqual(t('B-PERS I-PERS L-PERS O U-LOC B-LOC L-LOC O U-ORG'));
    expect(bilou.map(toBio)).toEqual(t('B-PERS I-PERS I-PERS O B-LOC B-LOC I-LOC O B-ORG'));
  });

  it('forbids O → I and type changes inside an entity', () => {
    const tags = tagsOf('BIO');
    const { allowed } = allowedTransitions('BIO', tags);
    const T = tags.length;
    const ok = (a: string | null, b: string): boolean => allowed[(a === null ? T : tags.indexOf(a)) * T + tags.indexOf(b)] === 1;
    expect(ok('O', 'I-PERS')).toBe(false);
    expect(ok(null, 'I-PERS')).toBe(false);
    expect(ok('B-PERS', 'I-PERS')).toBe(true);
    expect(ok('B-LOC', 'I-PERS')).toBe(false);
    expect(ok('I-PERS', 'B-PERS')).toBe(true);
  });
});
