import { fold } from '../lib/fold.js';
import { KAZAKH_CASE } from './kazakhHyphenCase.js';
import { WORD_TABLES } from './wordTables.js';

/** An ordinal a query typed ("third", "3rd", "üçüncü", "третьем", "он үшінші"): its number and the words it took. */
export interface Ordinal {
  n: number;
  /** The words as typed (lower-case), joined by a space. */
  surface: string;
  /** Two words ("on üçüncü", "он үшінші", "twenty first"): the last of them alone is another ordinal. */
  compound: boolean;
  /** Where it stood among the other words: the number of them before it. */
  at: number;
}

/**
 * Ordinal words as each language writes them, by number: English, Turkish and Kazakh (matched folded, so that
 * Turkish typed without its letters and Kazakh typed with Russian ones count), and the Russian stems, which take
 * adjective endings. Turkish and Kazakh inflect by suffixes ("üçüncüsü", "сегізіншісі").
 */
const EN = `first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
  fifteenth sixteenth seventeenth eighteenth nineteenth twentieth`;
const TR = 'birinci ikinci üçüncü dördüncü beşinci altıncı yedinci sekizinci dokuzuncu onuncu';
const KK = 'бірінші екінші үшінші төртінші бесінші алтыншы жетінші сегізінші тоғызыншы оныншы';
export type OrdinalLanguage = 'en' | 'tr' | 'ru' | 'kk';
/**
 * The tens a unit ordinal of the same language follows in a compound ("on üçüncü", "он үшінші", "двадцать
 * первый", "twenty-first"), folded: the English "on" of "on third" is no ten.
 */
const TENS: Record<OrdinalLanguage, Record<string, number>> = {
  en: { twenty: 20, thirty: 30 },
  tr: { on: 10, yirmi: 20, otuz: 30 },
  ru: { dvadtsat: 20, tridtsat: 30 },
  kk: { on: 10, zhiyrma: 20, otyz: 30 },
};
const LATIN = /^\p{Script=Latin}/u;
const TENS_ORDINALS: Array<[string, number]> = [
  ['yirminci', 20],
  ['otuzuncu', 30],
  ['жиырмасыншы', 20],
  ['отызыншы', 30],
];
const RU = `перв втор трет четверт пят шест седьм восьм девят десят одиннадцат двенадцат тринадцат четырнадцат
  пятнадцат шестнадцат семнадцат восемнадцат девятнадцат двадцат`;
const RU_ENDINGS = 'ый ой ий ая ое ого ому ым ом ую ые ых ыми'.split(' ');
/** "третий" is the one Russian ordinal with soft endings. */
const RU_THIRD =
  'третий третья третье третьего третьему третьим третьем третью третьей третьи третьих третьими';
/** Words that say "first" without being the ordinal of one: Turkish "ilk", Kazakh "алғаш", "тұңғыш", Russian "впервые". */
const FIRST: Record<OrdinalLanguage, string> = {
  en: '',
  tr: 'ilk ilki ilkini ilkinde',
  ru: 'впервые',
  kk: 'алғаш алғашқы тұңғыш',
};
/** The longest suffix a Turkish or Kazakh ordinal takes in a query ("sekizincisinde", "үшіншісінде"). */
const SUFFIX = 6;

/** A number and the language whose ordinal word says it. */
export interface Reading {
  n: number;
  lang: OrdinalLanguage;
}

/** The ordinal words folded: whole words, and the Turkish and Kazakh stems that take suffixes. */
export interface OrdinalTables {
  exact: Record<string, Reading>;
  prefixes: Array<[string, Reading]>;
}

/**
 * Folds the lists above into the tables a query is read with. Folding some 320 words costs a search a few
 * milliseconds of start-up, so `npm run tables` does it once (WORD_TABLES.ordinals) and a test checks the result.
 */
export function computeOrdinalTables(): OrdinalTables {
  const exact: Record<string, Reading> = {};
  const words = (list: string) =>
    list
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '');
  words(EN).forEach((w, i) => (exact[w] = { n: i + 1, lang: 'en' }));
  words(RU).forEach((stem, i) => {
    for (const ending of RU_ENDINGS) exact[fold(stem + ending)] = { n: i + 1, lang: 'ru' };
  });
  for (const w of words(RU_THIRD)) exact[fold(w)] = { n: 3, lang: 'ru' };
  for (const [lang, list] of Object.entries(FIRST)) {
    for (const w of words(list)) exact[fold(w)] = { n: 1, lang: lang as OrdinalLanguage };
  }
  const prefixes: Array<[string, Reading]> = [
    ...words(TR).map((w, i): [string, Reading] => [fold(w), { n: i + 1, lang: 'tr' }]),
    ...words(KK).map((w, i): [string, Reading] => [fold(w), { n: i + 1, lang: 'kk' }]),
    ...TENS_ORDINALS.map(([w, n]): [string, Reading] => [fold(w), { n, lang: LATIN.test(w) ? 'tr' : 'kk' }]),
  ];
  return { exact, prefixes };
}

/** "25-летие", "30-жылдығы": a number of years, which the texts write the same way ("25-летием"). */
const YEARS_OF = '(?:лет|жылд)';
/**
 * Ordinals written with digits the way Turkish, Russian and Kazakh write them, each turned into the English form
 * a query word can carry ("11. Dönem", "11'inci", "11-м", "13-го сентября", "11-отырысы" → "11th"): the words
 * are read after punctuation is gone, when "11." and "11-м" are only "11". A Kazakh case ending after the hyphen
 * is a number's, not an ordinal's ("40-тан 93-ке", from 40 to 93), and so is a number of years ("25-летием").
 */
const DIGIT_ORDINALS: Array<[RegExp, string]> = [
  [/(?<![\p{L}\p{N}.,])(\d{1,3})\.(?=\s+\p{L})/gu, '$1th'],
  [/(?<![\p{L}\p{N}])(\d{1,3})['’]?(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü)(?![\p{L}])/gu, '$1th'],
  [
    new RegExp(
      `(?<![\\p{L}\\p{N}])(\\d{1,3})-(?:(?:й|я|е|го|му|м|х|ми|ю|ое|ый|ий|ая|ого|ому|ом|ым|ых|ші|шы|інші|ыншы)(?![\\p{L}])|(?!${KAZAKH_CASE}|${YEARS_OF})(?=\\p{Script=Cyrillic}))`,
      'gu',
    ),
    '$1th ',
  ],
];

/** A query with its digit ordinals in the English form ("11. Dönem" → "11th Dönem"), before words are read. */
export function writeDigitOrdinals(query: string): string {
  // Each pattern needs a digit: a query without one skips compiling them.
  if (!/\d/.test(query)) return query;
  return DIGIT_ORDINALS.reduce((text, [pattern, to]) => text.replace(pattern, to), query);
}

/** A single word's ordinal: its number and the language of the word (English for "3rd"). */
function readOrdinal(word: string): Reading | undefined {
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(word);
  if (digits) return { n: Number(digits[1]), lang: 'en' };
  const folded = fold(word);
  const { exact, prefixes } = WORD_TABLES.ordinals;
  if (Object.hasOwn(exact, folded)) return exact[folded];
  for (const [prefix, reading] of prefixes) {
    if (folded.startsWith(prefix) && folded.length - prefix.length <= SUFFIX) return reading;
  }
  return undefined;
}

/** The number a single word is the ordinal of ("3rd", "third", "üçüncüsü", "третьем", "ушинши"), if it is one. */
export function ordinalOf(word: string): number | undefined {
  return readOrdinal(word)?.n;
}

/** The ordinal as an English word, for the numbers kzt's lists have one for ("third", "twentieth"). */
export function englishOrdinal(n: number): string | undefined {
  return EN.trim().split(/\s+/)[n - 1];
}

/**
 * Reads the ordinals of a query's words (lower-case, as typed), a tens word and a unit ordinal after it making one
 * ("on üçüncü", "он үшінші": 13). Returns the other words as they were, and the ordinals in the order typed. The
 * facts write an ordinal as a word below ten ("the third meeting", "üçüncü kez", "третье заседание", "үшінші
 * рет") and with digits above ("13th session", "13. Dönem", "13-м заседании", "13-отырысына"), so an ordinal is
 * searched in both of the English text's forms.
 */
export function readOrdinals(words: readonly string[]): { rest: string[]; ordinals: Ordinal[] } {
  const rest: string[] = [];
  const ordinals: Ordinal[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const reading = readOrdinal(word);
    if (reading === undefined) {
      rest.push(word);
      continue;
    }
    const before = words[i - 1];
    // A ten before a unit of its own language and script: "on üçüncü", "он үшінші", not "on third".
    const tens =
      before === undefined ||
      rest.at(-1) !== before ||
      reading.n >= 10 ||
      LATIN.test(before) !== LATIN.test(word)
        ? undefined
        : TENS[reading.lang][fold(before)];
    if (tens !== undefined) {
      rest.pop();
      ordinals.push({ n: tens + reading.n, surface: `${before} ${word}`, compound: true, at: rest.length });
    } else {
      ordinals.push({ n: reading.n, surface: word, compound: false, at: rest.length });
    }
  }
  return { rest, ordinals };
}
