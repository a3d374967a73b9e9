import { describe, expect, it } from 'vitest';
import { ordinalOf, readOrdinals, writeDigitOrdinals } from '../../src/search/ordinals.js';
import { parseQuery } from '../../src/search/parseQuery.js';

describe('ordinals typed in any of the four languages', () => {
  it.each([
    ['3rd', 3],
    ['third', 3],
    ['13th', 13],
    ['üçüncü', 3],
    ['ucuncusu', 3],
    ['sekizinci', 8],
    ['onuncu', 10],
    ['третьем', 3],
    ['третья', 3],
    ['пятый', 5],
    ['восьмого', 8],
    ['двенадцатое', 12],
    ['үшінші', 3],
    ['ушинши', 3],
    ['сегізіншісі', 8],
    ['оныншы', 10],
    ['ilk', 1],
    ['впервые', 1],
    ['тұңғыш', 1],
  ])('%s is the ordinal of %i', (word, n) => {
    expect(ordinalOf(word)).toBe(n);
  });

  it.each(['пять', 'восемь', 'вторник', 'ilke', 'three', 'üç', 'үш', '13', 'on'])(
    '%s is no ordinal',
    (word) => {
      expect(ordinalOf(word)).toBeUndefined();
    },
  );

  it('reads a ten and a unit of the same language as one ordinal, and leaves the other words', () => {
    const read = (words: string) => readOrdinals(words.split(' '));
    expect(read('on üçüncü toplantı')).toEqual({
      rest: ['toplantı'],
      ordinals: [{ n: 13, surface: 'on üçüncü', compound: true, at: 0 }],
    });
    expect(read('он үшінші отырыс').ordinals.map((o) => o.n)).toEqual([13]);
    expect(read('twenty first century').ordinals.map((o) => o.n)).toEqual([21]);
    expect(read('двадцать первый век').ordinals.map((o) => o.n)).toEqual([21]);
    // The English "on" is no ten; "third" stood after two of the other words.
    expect(read('meeting on third day')).toEqual({
      rest: ['meeting', 'on', 'day'],
      ordinals: [{ n: 3, surface: 'third', compound: false, at: 2 }],
    });
  });

  it('writes digit ordinals of Turkish, Russian and Kazakh in the English form, and leaves dates and ranges', () => {
    expect(writeDigitOrdinals("İstanbul'daki 11. Karma")).toBe("İstanbul'daki 11th Karma");
    expect(writeDigitOrdinals("11'inci toplantı")).toBe('11th toplantı');
    expect(writeDigitOrdinals('11-м заседании')).toBe('11th  заседании');
    expect(writeDigitOrdinals('11-отырысына')).toBe('11th отырысына');
    // a Kazakh case ending makes a number, not an ordinal: from 40 to 93, in 13
    // and so does a number of years ("25-летием", with the 25th anniversary)
    for (const text of [
      '40-тан 93-ке дейін',
      '7-ден 14-ке',
      '13-те',
      '21-ге',
      '2-нің',
      '25-летием',
      '30-жылдығы',
    ])
      expect(writeDigitOrdinals(text)).toBe(text);
    for (const text of ['02.03.1992', '2019-2021', 'COVID-19', 'in 1992. Then', 'Ту-154'])
      expect(writeDigitOrdinals(text)).toBe(text);
    expect(parseQuery('13-го сентября 2018').map((t) => t.word)).toEqual(['@2018-09-13']);
  });

  it('searches an ordinal as typed and in both of the forms the English text uses', () => {
    const ordinal = (query: string) => parseQuery(query).find((t) => /^\d+(st|nd|rd|th)$/.test(t.word));
    expect(ordinal('третьем заседании')).toMatchObject({
      word: '3rd',
      alternatives: ['tretem', 'tret'],
      forms: ['3rd', 'third'],
    });
    // A compound is not its last word: "он үшінші" (13th) is not "үшінші" (3rd).
    expect(ordinal('он үшінші отырысы')).toMatchObject({
      word: '13th',
      alternatives: ['13th', 'thirteenth'],
    });
    expect(ordinal('он үшінші отырысы')?.forms).toBeUndefined();
    expect(ordinal('11. Dönem Toplantısı')).toMatchObject({
      word: '11th',
      alternatives: ['11th'],
      forms: ['eleventh'],
    });
  });
});
