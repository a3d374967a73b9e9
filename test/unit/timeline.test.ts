import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataSet, Fact } from '../../src/model/types.js';
import { anniversariesIn, isRound } from '../../src/timeline/anniversaries.js';
import { chronological } from '../../src/timeline/chronological.js';
import { ordinal } from '../../src/render/anniversaryView.js';

const data = JSON.parse(
  readFileSync(new URL('../fixtures/timeline.json', import.meta.url), 'utf8'),
) as DataSet;
const ids = (facts: Fact[]) => facts.map((f) => f.id);

describe('chronological', () => {
  it('orders by start day, then coarser precision first, then earlier end, then id; leaves undated out', () => {
    expect(ids(chronological(data.facts))).toEqual([
      'c-year', // 1992 starts 1992-01-01, coarser than the day
      'd-first-of-year',
      'a-month', // 1992-03 starts 1992-03-01
      'b-day',
      'leap',
      'hostile',
      'said',
      'a-same-start', // same start as the interval, ends earlier
      'e-interval',
    ]);
  });

  it('does not depend on input order', () => {
    expect(ids(chronological([...data.facts].reverse()))).toEqual(ids(chronological(data.facts)));
  });
});

describe('anniversariesIn', () => {
  it('counts the 1st, 5th and every 5th after', () => {
    expect([1, 2, 4, 5, 6, 10, 15, 33, 35].filter(isRound)).toEqual([1, 5, 10, 15, 35]);
  });

  it('gives events, agreements and visits at their own precision, in calendar order', () => {
    const list = anniversariesIn(data.facts, 2027);
    expect(list.map((a) => [a.fact.id, a.years, a.date])).toEqual([
      ['d-first-of-year', 35, '2027-01-01'],
      ['a-month', 35, '2027-03'],
      ['b-day', 35, '2027-03-02'],
      ['a-same-start', 5, '2027-10-12'],
      ['e-interval', 5, '2027-10-12'],
      ['c-year', 35, '2027'],
    ]);
  });

  it('moves 29 February to 28 February in common years and keeps it in leap years', () => {
    expect(anniversariesIn(data.facts, 2009).find((a) => a.fact.id === 'leap')?.date).toBe('2009-02-28');
    expect(anniversariesIn(data.facts, 2024).find((a) => a.fact.id === 'leap')?.date).toBe('2024-02-29');
  });

  it('leaves out statements, undated facts and years before or at the first event', () => {
    expect(anniversariesIn(data.facts, 2022).map((a) => a.fact.id)).not.toContain('said');
    expect(anniversariesIn(data.facts, 1992)).toEqual([]);
    expect(anniversariesIn(data.facts, 1950)).toEqual([]);
    expect(anniversariesIn(data.facts, 1993).map((a) => a.fact.id)).toEqual([
      'd-first-of-year',
      'a-month',
      'b-day',
      'c-year',
    ]);
  });

  it('writes ordinals in English', () => {
    expect([1, 2, 3, 4, 5, 11, 12, 13, 21, 22, 23, 35, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '5th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '35th',
      '101st',
      '111th',
    ]);
  });
});
