import { fold } from '../lib/fold.js';

/** Words of folded text: letters and digits; apostrophes and hyphens split words. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A light, language-neutral plural stemmer: "visits" → "visit", "treaties" → "treaty". It runs on queries and
 * data alike, so it only needs to be consistent; it leaves short words and -ss/-us/-is endings alone.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Folded, stemmed word tokens of a text, in order; one-letter tokens ("s" of "Türkiye's") are dropped. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(text).matchAll(WORD)) {
    const w = m[0];
    if (w.length > 1 || /\d/.test(w)) out.push(stem(w));
  }
  return out;
}

/**
 * Tokens of a name: its words plus, for hyphenated or spaced compounds, the joined form, so that
 * "Nur-Sultan" is found by "nursultan" and "Alma-Ata" by "almaata".
 */
export function nameTokens(name: string): string[] {
  const words = tokenize(name);
  if (words.length > 1 && words.length <= 3) words.push(words.join(''));
  return words;
}
