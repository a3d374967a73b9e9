import { fold, isAscii } from '../lib/fold.js';

/** Thousands separators inside numbers ("4,000", "4.000"), removed so that "4000" matches. */
export const THOUSANDS = /(\d)[,.](?=\d{3}(?!\d))/g;
/** The apostrophes a suffix may follow, as a pattern's character class (dropApostropheSuffixes', decades'). */
export const APOSTROPHE = "['’ʼ]";
/**
 * A suffix written after an apostrophe: Turkish puts case endings there on names ("Kazakistan'ın",
 * "Türkiye'nin", "Mart'ta"), English the possessive ("Türkiye's"). The word is the part before it.
 */
export const APOSTROPHE_SUFFIX = /(?<=[\p{L}\p{N}])['’ʼ]\p{L}{1,6}(?![\p{L}\p{N}])/gu;

/** English past forms the suffix rules cannot reach, as people ask ("what did Sapiyev say") and facts say ("said"). */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['said', 'say'],
  ['says', 'say'],
]);

/**
 * A light suffix stemmer: plurals ("visits", "treaties"), -ing and -ed forms and a final -e, so that "flying"
 * meets "fly" and "declared" meets "declare", plus a few irregular forms ("said" meets "say"). It runs on queries and data alike, so it only has to be
 * consistent, not linguistically right; short words, numbers and -ss/-us/-is endings are left alone.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, w.endsWith('eed') ? -1 : -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
/** Classifications of the non-ASCII code points met so far (a text has few distinct ones). */
const nonAsciiWord = new Map<number, boolean>();
const nonAsciiLetter = new Map<number, boolean>();
function classify(cache: Map<number, boolean>, re: RegExp, cp: number): boolean {
  let yes = cache.get(cp);
  if (yes === undefined) cache.set(cp, (yes = re.test(String.fromCodePoint(cp))));
  return yes;
}
/** Whether code point `cp` is a letter or number (\p{L}, \p{N}); ASCII letters of either case. */
function isWordPoint(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || isDigit(cp);
  return classify(nonAsciiWord, LETTER_OR_NUMBER, cp);
}
function isLetterPoint(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return classify(nonAsciiLetter, LETTER, cp);
}
/** The code point ending just before index `i` of `text`. */
function pointBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}
const APOSTROPHES = new RegExp(APOSTROPHE, 'g');

/**
 * The text with its apostrophe suffixes removed: exactly what `text.replace(APOSTROPHE_SUFFIX, '')` gives, by a
 * look at each apostrophe only (the regular expression, with its look-behind, cost indexing 100,000 facts 0.4 s,
 * and compiling its Unicode classes costs a query's start).
 */
export function dropApostropheSuffixes(text: string): string {
  let out = '';
  let from = 0;
  APOSTROPHES.lastIndex = 0;
  for (let m = APOSTROPHES.exec(text); m; m = APOSTROPHES.exec(text)) {
    const i = m.index;
    if (i < from || i === 0 || !isWordPoint(pointBefore(text, i))) continue;
    let j = i + 1;
    let letters = 0;
    while (j < text.length && letters <= 6) {
      const cp = text.codePointAt(j) as number;
      if (!isLetterPoint(cp)) break;
      letters++;
      j += cp > 0xffff ? 2 : 1;
    }
    if (letters === 0 || letters > 6 || (j < text.length && isWordPoint(text.codePointAt(j) as number)))
      continue;
    out += text.slice(from, i);
    from = j;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Words as written: letters (with their combining marks) and digits. */
const RAW_WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ASCII_WORD = /[A-Za-z0-9]+/g;

/**
 * The runs of letters (with their combining marks) and digits of a text, as written. ASCII text, most queries, is
 * read without RAW_WORD: compiling its Unicode classes is a millisecond of every start.
 */
export function wordRuns(text: string): string[] {
  return text.match(isAscii(text) ? ASCII_WORD : RAW_WORD) ?? [];
}

/**
 * The words of folded text, as THOUSANDS and runs of letters and numbers (/[\p{L}\p{N}]+/u) define them (a
 * property test holds the two to each other), in one pass over the characters: indexing 100,000 facts spends
 * much of its time here.
 */
function scanWords(text: string, out: string[]): string[] {
  const n = text.length;
  // The length of the word character at i (2 for a letter outside the BMP), 0 when it is none.
  const wordAt = (i: number): number => {
    const c = text.charCodeAt(i);
    if (c < 128) return (c >= 97 && c <= 122) || isDigit(c) || (c >= 65 && c <= 90) ? 1 : 0;
    const cp = text.codePointAt(i) as number;
    return isWordPoint(cp) ? (cp > 0xffff ? 2 : 1) : 0;
  };
  let i = 0;
  while (i < n) {
    let step: number;
    while (i < n && (step = wordAt(i)) === 0)
      i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
    if (i >= n) break;
    let word = '';
    let start = i;
    for (;;) {
      while (i < n && (step = wordAt(i)) > 0) i += step;
      // THOUSANDS: a comma or point between a digit and exactly three digits joins them.
      const sep = text.charCodeAt(i);
      const joins =
        (sep === 44 || sep === 46) &&
        isDigit(text.charCodeAt(i - 1)) &&
        isDigit(text.charCodeAt(i + 1)) &&
        isDigit(text.charCodeAt(i + 2)) &&
        isDigit(text.charCodeAt(i + 3)) &&
        !isDigit(text.charCodeAt(i + 4));
      if (!joins) break;
      word += text.slice(start, i);
      start = ++i;
    }
    word += text.slice(start, i);
    if (word.length > 1 || isDigit(word.charCodeAt(0))) out.push(word);
  }
  return out;
}

/** Folded words of a text, unstemmed, in order; apostrophe suffixes and one-letter words are dropped. */
export function words(text: string): string[] {
  return scanWords(fold(dropApostropheSuffixes(text)), []);
}

/** Folded, stemmed word tokens of a text, in order. */
export function tokenize(text: string): string[] {
  return words(text).map(stem);
}

/**
 * Tokens of a name: its words plus, for hyphenated or spaced compounds, the joined form, so that
 * "Nur-Sultan" is found by "nursultan" and "Alma-Ata" by "almaata".
 */
export function nameTokens(name: string): string[] {
  const list = tokenize(name);
  if (list.length > 1 && list.length <= 3) list.push(stem(words(name).join('')));
  return list;
}
