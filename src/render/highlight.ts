import type { Language } from '../lib/language.js';
import { termOf } from '../search/languageTerms.js';
import type { Style } from './style.js';

/**
 * Marks, in one line of already terminal-safe text in a language, the words whose index term (as that language
 * stems it, or as English does for names) is one of the matched search terms. It runs after wrapping, so the
 * marking never changes where lines break.
 */
export function highlight(
  line: string,
  terms: readonly string[],
  style: Style,
  lang: Language = 'en',
): string {
  if (!style.color || terms.length === 0) return line;
  const wanted = new Set(terms);
  return line.replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => {
    const lower = (lang === 'tr' ? word.toLocaleLowerCase('tr') : word.toLowerCase()).normalize('NFC');
    return wanted.has(termOf(lower, lang)) || wanted.has(termOf(lower, 'en'))
      ? style.chalk.bold.underline(word)
      : word;
  });
}
