import { describe, expect, it } from 'vitest';
import { formatDateIn } from '../../src/lib/formatDate.js';
import { languageFromEnvironment, languageOfLocale } from '../../src/lib/language.js';

describe('choosing the language', () => {
  it('reads the language of a POSIX locale', () => {
    expect(
      [
        'tr_TR.UTF-8',
        'tr',
        'ru_RU.KOI8-R',
        'kk_KZ',
        'kk_KZ.UTF-8@latin',
        'en_GB.UTF-8',
        'C',
        'POSIX',
        'de_DE',
        '',
      ].map(languageOfLocale),
    ).toEqual(['tr', 'tr', 'ru', 'kk', 'kk', 'en', undefined, undefined, undefined, undefined]);
  });

  it('takes KZT_LANG, then LC_ALL, LC_MESSAGES and LANG, then English', () => {
    expect(languageFromEnvironment({ KZT_LANG: 'ru', LC_ALL: 'tr_TR.UTF-8' })).toBe('ru');
    expect(languageFromEnvironment({ KZT_LANG: 'KK' })).toBe('kk');
    expect(languageFromEnvironment({ LC_ALL: 'tr_TR.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('tr');
    expect(languageFromEnvironment({ LC_MESSAGES: 'kk_KZ.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('kk');
    expect(languageFromEnvironment({ LC_ALL: '', LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(languageFromEnvironment({ KZT_LANG: '', LANG: 'tr_TR.UTF-8' })).toBe('tr');
    expect(languageFromEnvironment({})).toBe('en');
  });

  it('falls back to English quietly for a locale kzt does not speak, even when a later variable names one', () => {
    // POSIX: the first locale variable that is set wins, so German here, which kzt does not speak.
    expect(languageFromEnvironment({ LC_ALL: 'de_DE.UTF-8', LANG: 'tr_TR.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LANG: 'C.UTF-8' })).toBe('en');
  });

  it('calls an unknown KZT_LANG an error', () => {
    expect(languageFromEnvironment({ KZT_LANG: 'de' })).toEqual({
      error: 'KZT_LANG "de" is not a language kzt speaks (want one of en, tr, ru, kk)',
    });
  });
});

describe('dates written as each language writes them', () => {
  const table: Array<[string, string, string, string, string]> = [
    // date, en, tr, ru, kk
    ['1992-03-02', '2 Mar 1992', '2 Mart 1992', '2 марта 1992 г.', '1992 жылғы 2 наурыз'],
    ['1992-03', 'Mar 1992', 'Mart 1992', 'март 1992 г.', '1992 жылғы наурыз'],
    ['1992', '1992', '1992', '1992 г.', '1992 жыл'],
    ['1991-12-16', '16 Dec 1991', '16 Aralık 1991', '16 декабря 1991 г.', '1991 жылғы 16 желтоқсан'],
    ['2009-10-22', '22 Oct 2009', '22 Ekim 2009', '22 октября 2009 г.', '2009 жылғы 22 қазан'],
    [
      '2022-10-12/2022-10-13',
      '12–13 Oct 2022',
      '12–13 Ekim 2022',
      '12–13 октября 2022 г.',
      '2022 жылғы 12–13 қазан',
    ],
    [
      '1992-04-29/1992-05-01',
      '29 Apr – 1 May 1992',
      '29 Nisan – 1 Mayıs 1992',
      '29 апреля – 1 мая 1992 г.',
      '1992 жылғы 29 сәуір – 1 мамыр',
    ],
    [
      '1997-12/1998-05',
      'Dec 1997 – May 1998',
      'Aralık 1997 – Mayıs 1998',
      'декабрь 1997 г. – май 1998 г.',
      '1997 жылғы желтоқсан – 1998 жылғы мамыр',
    ],
    ['2012/2014', '2012–2014', '2012–2014', '2012–2014 гг.', '2012–2014 жылдар'],
    ['2025-07', 'Jul 2025', 'Temmuz 2025', 'июль 2025 г.', '2025 жылғы шілде'],
    ['2021-02-28', '28 Feb 2021', '28 Şubat 2021', '28 февраля 2021 г.', '2021 жылғы 28 ақпан'],
  ];

  it.each(table)('%s', (date, en, tr, ru, kk) => {
    expect([en, tr, ru, kk]).toEqual((['en', 'tr', 'ru', 'kk'] as const).map((l) => formatDateIn(date, l)));
  });

  it('names an undated fact with the word it is given', () => {
    expect(formatDateIn(null, 'tr', 'tarihsiz')).toBe('tarihsiz');
  });
});
