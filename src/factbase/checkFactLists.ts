import { LANGUAGES } from '../lib/language.js';
import type { FactLists } from '../model/types.js';

/** What a file of lists by fact and language holds: its items' names, how many per list, and a valid item. */
export interface FactListSpec {
  /** The bundled file (in data/). */
  file: string;
  /** The item, singular and plural ("keyword", "keywords"). */
  one: string;
  many: string;
  /** The most items of one list. */
  max: number;
  /** Whether an item is well formed, and what a well-formed one is (for the message). */
  valid: (item: string) => boolean;
  rule: string;
}

/**
 * Checks a file of lists by fact id and language (the search keywords, the questions a fact answers) against the
 * facts: an object of fact ids, each with a list per language of 1 to `spec.max` well-formed items. Returns the
 * table, or the problems found as messages.
 */
export function checkFactLists(
  json: unknown,
  factIds: ReadonlySet<string>,
  spec: FactListSpec,
): { table: FactLists; problems: string[] } {
  const problems: string[] = [];
  const facts = (json as { facts?: unknown } | null)?.facts;
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
    return { table: {}, problems: [`want an object with a "facts" object of ${spec.many} by fact id`] };
  }
  const languages: readonly string[] = LANGUAGES;
  for (const [id, byLanguage] of Object.entries(facts)) {
    if (!factIds.has(id)) problems.push(`${spec.many} of unknown fact "${id}"`);
    if (typeof byLanguage !== 'object' || byLanguage === null || Array.isArray(byLanguage)) {
      problems.push(`fact "${id}": want an object of ${spec.one} lists by language`);
      continue;
    }
    for (const [lang, list] of Object.entries(byLanguage)) {
      const at = `fact "${id}", ${lang}`;
      if (!languages.includes(lang))
        problems.push(`${at}: not a language of kzt (want ${LANGUAGES.join(', ')})`);
      if (!Array.isArray(list) || list.length === 0 || list.length > spec.max) {
        problems.push(`${at}: want a list of 1 to ${spec.max} ${spec.many}`);
        continue;
      }
      for (const item of list as unknown[]) {
        const ok = typeof item === 'string' && item.trim() === item && item.length > 0 && spec.valid(item);
        if (!ok) problems.push(`${at}: "${String(item)}" is not a ${spec.one} (${spec.rule})`);
      }
    }
  }
  return { table: facts as FactLists, problems };
}

/**
 * The facts' search keywords (data/keywords.json): up to 12 per language, each a short phrase of letters (no digits:
 * a keyword never carries a number or a date).
 */
export const KEYWORD_LISTS: FactListSpec = {
  file: 'keywords.json',
  one: 'keyword',
  many: 'keywords',
  max: 12,
  valid: (k) => k.length <= 40 && k.split(' ').length <= 3 && /^[\p{L}\p{M}' -]+$/u.test(k),
  rule: '1 to 3 words of letters',
};

/**
 * The questions each fact answers (data/questions.json): up to 8 per language, each one line of at most 200
 * characters and 20 words with single spaces between them, holding a letter and no control or format character.
 */
export const QUESTION_LISTS: FactListSpec = {
  file: 'questions.json',
  one: 'question',
  many: 'questions',
  max: 8,
  valid: (q) =>
    q.length <= 200 && /^\S+( \S+){0,19}$/u.test(q) && /\p{L}/u.test(q) && !/[\p{Cc}\p{Cf}]/u.test(q),
  rule: 'one line of 1 to 20 words',
};
