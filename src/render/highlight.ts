import { stem } from '../search/tokenize.js';
import { fold } from '../lib/fold.js';
import type { Style } from './style.js';

/**
 * Marks, in one line of already terminal-safe text, the words whose folded, stemmed form is one of the matched
 * search terms. It runs after wrapping, so the marking never changes where lines break.
 */
export function highlight(line: string, terms: readonly string[], style: Style): string {
  if (!style.color || terms.length === 0) return line;
  const wanted = new Set(terms);
  return line.replace(/[\p{L}\p{N}]+/gu, (word) =>
    wanted.has(stem(fold(word).replace(/[^\p{L}\p{N}]/gu, ''))) ? style.chalk.bold.underline(word) : word,
  );
}
