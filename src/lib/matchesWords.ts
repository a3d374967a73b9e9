import { fold } from './fold.js';

/** The folded words of a query: case, diacritics and script do not count ("Sabah", "sabah" and "Сабах" agree). */
export function foldedWords(query: string): string[] {
  return fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Whether every word of a query occurs, folded, in one of the texts, as a whole word or the start or middle of
 * one: the registers' filter, so "sabah 2022" finds a Daily Sabah report with 2022 in its id.
 */
export function matchesWords(words: readonly string[], texts: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = texts.map(fold).join('\n');
  return words.every((w) => haystack.includes(w));
}
