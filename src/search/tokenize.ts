import { fold } from '../lib/fold.js';

/** Words of folded text: letters and digits; apostrophes and hyphens split words. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Thousands separators inside numbers ("4,000", "4.000"), removed so that "4000" matches. */
export const THOUSANDS = /(\d)[,.](?=\d{3}(?!\d))/g;
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

/** Folded words of a text, unstemmed, in order; apostrophe suffixes and one-letter words are dropped. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(text.replace(APOSTROPHE_SUFFIX, '')).replace(THOUSANDS, '$1').matchAll(WORD)) {
    if (m[0].length > 1 || /\d/.test(m[0])) out.push(m[0]);
  }
  return out;
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
