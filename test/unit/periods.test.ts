import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/lib/periods.js';

describe('parsePeriod', () => {
  it.each([
    ['2019', '2019-01-01', '2019-12-31', '2019', true],
    ['2009-10', '2009-10-01', '2009-10-31', 'Oct 2009', false],
    ['2024-02', '2024-02-01', '2024-02-29', 'Feb 2024', false],
    ['2021-Q1', '2021-01-01', '2021-03-31', 'Q1 2021', false],
    ['2021-Q4', '2021-10-01', '2021-12-31', 'Q4 2021', false],
    ['2019-01/2019-09', '2019-01-01', '2019-09-30', 'Jan–Sep 2019', false],
    ['2019-01/2019-12', '2019-01-01', '2019-12-31', 'Jan–Dec 2019', true],
    ['2011/2013', '2011-01-01', '2013-12-31', '2011–2013', false],
    ['2023-01-01/2023-02-23', '2023-01-01', '2023-02-23', '1 Jan – 23 Feb 2023', false],
    ['2021-Q1/2021-Q2', '2021-01-01', '2021-06-30', 'Q1–Q2 2021', false],
    ['2010/2011-06', '2010-01-01', '2011-06-30', '2010 – Jun 2011', false],
  ])('%s covers %s to %s, reads "%s"', (text, from, to, label, wholeYear) => {
    expect(parsePeriod(text)).toEqual({ from, to, label, wholeYear });
  });

  it.each([
    ['2019-13', '"2019-13" has no month 13'],
    ['2019-02-30', '"2019-02-30" is not a day of the calendar'],
    ['2019-Q5', '"2019-Q5" is not a date (want YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn)'],
    ['2020/2019', 'period "2020/2019" ends before it starts'],
    ['2019/2020/2021', 'period "2019/2020/2021" has more than one "/"'],
  ])('rejects %s', (text, message) => {
    expect(parsePeriod(text)).toBe(message);
  });
});
