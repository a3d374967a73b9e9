import { editDistance } from './editDistance.js';

/** Words longer than this get no suggestion: nobody mistypes a word that long, and it keeps look-ups bounded. */
const LONGEST = 64;

/** Typos a word of a given length may carry and still be recognised: 1 up to 4 letters, 2 up to 8, then 3. */
export function allowedTypos(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The candidates closest to a mistyped word, for every "did you mean" kzt prints (fact ids, entity names,
 * tags, search words): within the typos its length allows (or `max`), nearest first, ties in alphabetical order,
 * never the word itself. The edit distance stops early once it is out of reach, so a long word costs little;
 * `distance` may measure otherwise (search words count a slip on я or ю once, keystrokeDistance).
 */
export function closest(
  word: string,
  candidates: Iterable<string>,
  limit = 3,
  max = allowedTypos(word.length),
  distance: (a: string, b: string, max: number) => number = editDistance,
): string[] {
  if (word.length === 0 || word.length > LONGEST) return [];
  const found = new Map<string, number>();
  for (const c of candidates) {
    if (c === word || found.has(c)) continue;
    const d = distance(word, c, max);
    if (d <= max) found.set(c, d);
  }
  return [...found]
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([c]) => c);
}
