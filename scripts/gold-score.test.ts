import { describe, expect, it } from 'vitest';
import { prf, scoreEntities, type ScoredEntity } from './gold-score.ts';

const m = (start: number, end: number, type?: string) => ({ start, end, text: `${start}-${end}`, ...(type ? { type } : {}) });
const RUS = { country: 'RUS', sector: 'GOV' as const, org: null };
const RUS_MIL = { country: 'RUS', sector: 'MIL' as const, org: null };
const UN = { country: null, sector: 'IGO' as const, org: 'UN' };

describe('scoreEntities', () => {
  it('matches exact spans and types, leaves NOM out, and keys actors with folded sectors', () => {
    const gold: ScoredEntity[] = [
      { type: 'LOC', actor: RUS, mentions: [m(0, 5), m(10, 15), m(20, 28, 'ORG'), m(30, 40, 'NOM')] },
      { type: 'ORG', actor: UN, mentions: [m(50, 60)] },
    ];
    const sys: ScoredEntity[] = [
      { type: 'LOC', actor: RUS_MIL, mentions: [m(0, 5), m(10, 14)] },
      { type: 'ORG', actor: UN, mentions: [m(20, 28), m(50, 60)] },
      { type: 'NOM', actor: RUS, mentions: [m(30, 40)] },
    ];
    const s = scoreEntities(gold, sys);
    expect(s.mentions).toEqual({ tp: 3, fp: 1, fn: 1 });
    expect(prf(s.mentions).f).toBeCloseTo(0.75);
    // 0-5: RUS:STATE both (GOV and MIL fold); 20-28: RUS:STATE vs UN; 50-60: UN both.
    expect(s.actor).toEqual({ matched: 3, correct: 2, correctNoSector: 2 });
    expect(s.byType.get('ORG')).toEqual({ tp: 2, fp: 0, fn: 0 });
  });
});
