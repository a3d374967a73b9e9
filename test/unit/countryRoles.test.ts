import { describe, expect, it } from 'vitest';
import { countryRoles } from '../../src/search/countryRoles.js';
import type { Language } from '../../src/lib/language.js';

// The roles as short names, for reading: "kazakhstan-owner" is the term `\0@kazakhstan-owner`.
const roles = (text: string, lang?: Language) =>
  countryRoles(text, lang)
    .map((t) => t.slice(2))
    .sort();

describe('countryRoles', () => {
  it.each([
    ['en', "Kazakhstan's first envoy to Türkiye was Kanat Saudabayev", ['kazakhstan-owner', 'turkiye-place']],
    ['en', "Argun Özpay, Türkiye's first ambassador to Kazakhstan", ['kazakhstan-place', 'turkiye-owner']],
    ['en', 'Turkish investors in Kazakhstan', ['kazakhstan-place']],
    ['tr', "Kazakistan'ın Türkiye'deki ilk büyükelçisi", ['kazakhstan-owner', 'turkiye-place']],
    ['tr', 'Türkiyenin Kazakistana gönderdiği büyükelçi', ['kazakhstan-place', 'turkiye-owner']],
    ['tr', "Türkiye'nin Kazakistan'daki yatırımları", ['kazakhstan-place', 'turkiye-owner']],
    ['ru', 'Первый посол Казахстана в Турции', ['kazakhstan-owner', 'turkiye-place']],
    ['ru', 'посольство Турции в Казахстане', ['kazakhstan-place', 'turkiye-owner']],
    ['ru', 'визит Назарбаева в Турцию', ['turkiye-place']],
    ['kk', 'Қазақстанның Түркиядағы елшілігі', ['kazakhstan-owner', 'turkiye-place']],
    ['kk', 'Түркияның Қазақстанға сапары', ['kazakhstan-place', 'turkiye-owner']],
    // Kazakh typed on a Russian keyboard
    ['kk', 'Туркиянын Казакстанга сапары', ['kazakhstan-place', 'turkiye-owner']],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(roles(text, lang)).toEqual(expected);
    // a query, whose language is not known, is read by every language's rules alike
    expect(roles(text)).toEqual(expected);
  });

  it('gives no role to a country named without one, nor to a word that only begins like it', () => {
    expect(roles('Kazakhstan and Türkiye signed a treaty', 'en')).toEqual([]);
    expect(roles('Kazakistan ve Türkiye anlaşma imzaladı', 'tr')).toEqual([]);
    expect(roles('Казахстан и Турция подписали договор', 'ru')).toEqual([]);
    expect(roles('Kazakhstani students in Turkeys', 'en')).toEqual([]);
  });

  it('reads a Russian genitive after a preposition as no owner: "из Казахстана" is where from', () => {
    expect(roles('туристы из Казахстана', 'ru')).toEqual([]);
    expect(roles('для Турции', 'ru')).toEqual([]);
  });

  it('reads each language only by its own rules when the language is known', () => {
    // "в Турции" is a Russian place, not an English one
    expect(roles('в Турции', 'en')).toEqual([]);
    expect(roles('в Турции', 'ru')).toEqual(['turkiye-place']);
  });

  it('reads a text whose letters are decomposed as it reads them composed', () => {
    expect(roles("Tu\u0308rkiye'nin Kazakistan'daki elçisi", 'tr')).toEqual([
      'kazakhstan-place',
      'turkiye-owner',
    ]);
  });

  it('takes a longer ending whole, and none that runs into a longer word', () => {
    expect(roles('Түркиядағы елшілік', 'kk')).toEqual(['turkiye-place']);
    expect(roles("Kazakistan'dakiler", 'tr')).toEqual([]);
  });

  it('lower-cases a Turkish text as Turkish', () => {
    expect(roles("KAZAKİSTAN'IN ANKARA BÜYÜKELÇİLİĞİ", 'tr')).toEqual(['kazakhstan-owner']);
  });
});
