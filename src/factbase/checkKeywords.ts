import { LANGUAGES } from '../lib/language.js';
import type { KeywordTable } from '../model/types.js';

/** The most keywords of a fact in one language, and the most words and characters of one keyword. */
const MAX_KEYWORDS = 12;
const MAX_WORDS = 3;
const MAX_LENGTH = 40;

/**
 * Checks the search keywords file's content against the facts: an object of fact ids, each with lists of keywords
 * per language, every keyword a short phrase of letters (no digits: a keyword never carries a number or a date).
 * Returns the keyword table, or the first problems found as messages.
 */
export function checkKeywords(
  json: unknown,
  factIds: ReadonlySet<string>,
): { table: KeywordTable; problems: string[] } {
  const problems: string[] = [];
  const facts = (json as { facts?: unknown } | null)?.facts;
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
    return { table: {}, problems: ['want an object with a "facts" object of keywords by fact id'] };
  }
  const languages: readonly string[] = LANGUAGES;
  for (const [id, byLanguage] of Object.entries(facts)) {
    if (!factIds.has(id)) problems.push(`keywords of unknown fact "${id}"`);
    if (typeof byLanguage !== 'object' || byLanguage === null || Array.isArray(byLanguage)) {
      problems.push(`fact "${id}": want an object of keyword lists by language`);
      continue;
    }
    for (const [lang, list] of Object.entries(byLanguage)) {
      const at = `fact "${id}", ${lang}`;
      if (!languages.includes(lang))
        problems.push(`${at}: not a language of kzt (want ${LANGUAGES.join(', ')})`);
      if (!Array.isArray(list) || list.length === 0 || list.length > MAX_KEYWORDS) {
        problems.push(`${at}: want a list of 1 to ${MAX_KEYWORDS} keywords`);
        continue;
      }
      for (const k of list) {
        const ok =
          typeof k === 'string' &&
          k.trim() === k &&
          k.length > 0 &&
          k.length <= MAX_LENGTH &&
          k.split(' ').length <= MAX_WORDS &&
          /^[\p{L}\p{M}' -]+$/u.test(k);
        if (!ok) problems.push(`${at}: "${String(k)}" is not a keyword (1 to ${MAX_WORDS} words of letters)`);
      }
    }
  }
  return { table: facts as KeywordTable, problems };
}
