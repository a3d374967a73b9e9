import { describe, expect, it } from 'vitest';
import {
  dateSpan,
  formatDateText,
  mustParseFactDate,
  overlaps,
  parseBound,
  parseFactDate,
} from '../../src/lib/dates.js';

describe('parseFactDate', () => {
  it.each([
    ['1992', { start: { year: 1992, precision: 'year' } }],
    ['1992-03', { start: { year: 1992, month: 3, precision: 'month' } }],
    ['1992-03-02', { start: { year: 1992, month: 3, day: 2, precision: 'day' } }],
    [
      '2022-10-12/2022-10-13',
      {
        start: { year: 2022, month: 10, day: 12, precision: 'day' },
        end: { year: 2022, month: 10, day: 13, precision: 'day' },
      },
    ],
  ])('parses %s at its own precision', (text, expected) => {
    expect(parseFactDate(text)).toEqual(expected);
  });

  it.each([
    ['1992-13', 'no month 13'],
    ['1992-02-30', 'not a day of the calendar'],
    ['2023-02-29', 'not a day of the calendar'],
    ['92', 'is not a date'],
    ['2022-10-13/2022-10-12', 'ends before it starts'],
    ['1992/1993/1994', 'more than one "/"'],
  ])('rejects %s', (text, message) => {
    expect(parseFactDate(text)).toContain(message);
  });

  it('accepts 29 February in a leap year', () => {
    expect(typeof parseFactDate('2024-02-29')).toBe('object');
  });
});

describe('formatDateText', () => {
  it.each([
    ['1992-03-02', '2 Mar 1992'],
    ['1992-10', 'Oct 1992'],
    ['1992', '1992'],
    ['2022-10-12/2022-10-13', '12–13 Oct 2022'],
    ['1992-04-29/1992-05-01', '29 Apr – 1 May 1992'],
    ['1997-12/1998-05', 'Dec 1997 – May 1998'],
    ['2014-08-27/2014-08-28', '27–28 Aug 2014'],
    ['1991/1993', '1991–1993'],
    [null, 'undated'],
  ])('formats %s as "%s"', (text, expected) => {
    expect(formatDateText(text)).toBe(expected);
  });
});

describe('ranges', () => {
  it('spans the whole of a partial date', () => {
    expect(dateSpan(mustParseFactDate('1992'))).toEqual({ from: '1992-01-01', to: '1992-12-31' });
    expect(dateSpan(mustParseFactDate('2024-02'))).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('reads --from and --to bounds inclusively at any precision', () => {
    expect(parseBound('2009', 'from')).toBe('2009-01-01');
    expect(parseBound('2009', 'to')).toBe('2009-12-31');
    expect(parseBound('2009-02', 'to')).toBe('2009-02-28');
    expect(parseBound('2009-10-22', 'to')).toBe('2009-10-22');
    expect(parseBound('next year', 'from')).toBeUndefined();
  });

  it('counts a partial date or interval that overlaps the range', () => {
    const in2009 = (d: string) => overlaps(mustParseFactDate(d), '2009-01-01', '2009-12-31');
    expect(in2009('2009')).toBe(true);
    expect(in2009('2009-10-22')).toBe(true);
    expect(in2009('2008-12-31')).toBe(false);
    expect(in2009('2010-01-01')).toBe(false);
    expect(in2009('2008/2010')).toBe(true);
    expect(overlaps(mustParseFactDate('1992-10'), '1992-10-31', undefined)).toBe(true);
    expect(overlaps(mustParseFactDate('1992-10'), '1992-11-01', undefined)).toBe(false);
  });
});
