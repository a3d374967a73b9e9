import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/fold.js';
import { scriptOf } from '../../src/search/languageTerms.js';
import { unmixScripts } from '../../src/search/unmixScripts.js';
import { APOSTROPHE_SUFFIX, dropApostropheSuffixes, wordRuns, words } from '../../src/search/tokenize.js';
import { runKzt } from '../helpers/fakeContext.js';

// The rule written out the plain way (whole-text NFKD, lower case, marks and format characters dropped, the final
// sigma as σ, as Unicode case folding has it), as the oracle for fold's faster form that normalises only the
// non-ASCII runs. Transliteration is left out of the comparison by folding only text without Cyrillic or the
// handful of special Latin letters.
const reference = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .replace(/ς/g, 'σ');
const special = /[\u0400-\u04ff\u0131\u0142\u0111\u00f8\u0127\u0167\u00df\u014b\u00e6\u0153\u00fe\u00f0]/u;

describe('Unicode in search', () => {
  it.each([
    ['ＥＲＤＯＧＡＮ', 'erdogan'],
    ['Ｔｏｋａｙｅｖ', 'tokayev'],
    ['Erdo\u200bgan', 'erdogan'],
    ['Erdo\u2060gan', 'erdogan'],
    ['Erdo\u00adgan', 'erdogan'],
    ['Erdo\ufeffgan', 'erdogan'],
    ['ﬁnal', 'final'],
    ['ℍ', 'h'],
    // A found counterexample: lower-casing a run alone ("\u0300𝞢") gave σ, the whole text ς.
    ['A\u0300𝞢', 'aσ'],
    ['ΟΔΟΣ', 'οδοσ'],
  ])('folds %s to %s (NFKD, format characters dropped)', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('folds every text as the plain rule does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        fc.pre(!special.test(reference(s)));
        expect(fold(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([['ＥＲＤＯＧＡＮ'], ['Erdo\u200bgan'], ['ERDO\u200dĞAN']])('finds Erdoğan for %j', (query) => {
    const plain = JSON.parse(runKzt(['facts', 'search', 'erdogan', '--json']).stdout) as Array<{
      id: string;
    }>;
    const r = runKzt(['facts', 'search', query, '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ id: string }>).map((f) => f.id)).toEqual(plain.map((f) => f.id));
  });
});

describe('a word typed in two scripts', () => {
  it.each([
    // the Kazakh "і" typed as the Latin "i", as on a keyboard without Kazakh letters
    ['ескерткiшi', 'ескерткіші'],
    ['кутkарушылар', 'куткарушылар'],
    // a Latin capital inside a Cyrillic word, and a Cyrillic "а" inside a Latin one
    ['TИКА', 'ТИКА'],
    ['Erdoğ\u0430n', 'Erdoğan'],
    // one script only, a letter with no lookalike, or as many letters of each: left as typed
    ['Erdoğan', 'Erdoğan'],
    ['Ердоған', 'Ердоған'],
    ['тzк', 'тzк'],
    ['abвг', 'abвг'],
  ])('reads %s as %s', (typed, expected) => {
    expect(unmixScripts(typed)).toBe(expected);
  });

  it('finds what the word in one script finds', () => {
    const ids = (query: string) =>
      (JSON.parse(runKzt(['facts', 'search', query, '--json']).stdout) as Array<{ id: string }>).map(
        (f) => f.id,
      );
    expect(ids('Ататүрк ескерткiшi Астана')).toEqual(ids('Ататүрк ескерткіші Астана'));
    expect(ids('Ататүрк ескерткiшi Астана')[0]).toBe('ataturk-monument-astana-2009');
  });
});

describe('words', () => {
  // The regular-expression definition, as the oracle for the one-pass scanner.
  const oracle = (text: string) =>
    [
      ...fold(text.replace(APOSTROPHE_SUFFIX, ''))
        .replace(/(\d)[,.](?=\d{3}(?!\d))/g, '$1')
        .matchAll(/[\p{L}\p{N}]+/gu),
    ]
      .map((m) => m[0])
      .filter((w) => w.length > 1 || /\d/.test(w));

  it('splits text as the regular expressions do, thousands separators, apostrophes and all', () => {
    const piece = fc.constantFrom(
      'a',
      'Ab',
      '1',
      '23',
      '4,000',
      '1.234.567',
      '12,3456',
      ',',
      '.',
      ' ',
      '-',
      "'",
      "'in",
      'x9',
      // Apostrophes of three kinds, suffixes of every length around the six-letter limit, letters that fold to
      // two (ß, щ), a letter outside the BMP, non-ASCII numbers, dashes and format characters.
      '’',
      'ʼ',
      "'nin",
      '’ıyla',
      "'abcdef",
      "'abcdefg",
      'ß',
      'щ',
      'Türkiye',
      'Қазақ',
      '𠀀',
      '١٢',
      '²',
      '—',
      '\u200b',
      '日本',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(words(text)).toEqual(oracle(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the ASCII shortcuts of query reading', () => {
  // ASCII text skips the Unicode classes of these regular expressions; each is held to the expression itself, on
  // ASCII text and on text with the letters, marks and apostrophes queries carry.
  const text = fc
    .array(
      fc.oneof(
        fc.string({ unit: 'binary-ascii', maxLength: 6 }),
        fc.constantFrom(
          'Türkiye',
          "Kazakistan'ın",
          'Қазақ',
          'казахстан',
          'é',
          'e\u0301',
          '’',
          'ʼ',
          "'",
          '١٢',
          '𠀀',
        ),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(''));

  it('wordRuns matches /[\\p{L}\\p{M}\\p{N}]+/gu', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(wordRuns(s)).toEqual(s.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
      }),
      { numRuns: 2000 },
    );
  });

  it('dropApostropheSuffixes matches APOSTROPHE_SUFFIX', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(dropApostropheSuffixes(s)).toBe(s.replace(APOSTROPHE_SUFFIX, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('scriptOf says Latin when a word has a Latin letter, else Cyrillic when it has a Cyrillic one', () => {
    const oracle = (w: string) =>
      /\p{Script=Latin}/u.test(w) ? 'latin' : /\p{Script=Cyrillic}/u.test(w) ? 'cyrillic' : undefined;
    fc.assert(
      fc.property(text, (s) => {
        expect(scriptOf(s)).toBe(oracle(s));
      }),
      { numRuns: 2000 },
    );
  });
});
