/**
 * The Kazakh case endings that a number or an abbreviation takes after a hyphen ("40-тан", from 40; "ЕҚЫҰ-ға", to
 * the OSCE; "ТМҰ-ның", of the OTS), as a pattern: the ending and no letter after it.
 */
export const KAZAKH_CASE =
  '(?:дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|да|де|та|те|дың|дің|тың|тің|ның|нің|ды|ді|ты|ті|ны|ні|мен|бен|пен)(?![\\p{L}])';

const AFTER_HYPHEN = new RegExp(`(?<=[\\p{L}\\p{N}])-${KAZAKH_CASE}`, 'gu');

/**
 * A query without the Kazakh case endings written after a hyphen ("АӨСШК-ге" → "АӨСШК"), as an apostrophe's
 * Turkish suffix goes ("Kazakistan'ın"): read as words of their own, "ге" or "ның" weighed as words no fact holds.
 */
export function dropHyphenCase(query: string): string {
  // Each ending is Cyrillic: a query without a hyphen skips the pattern.
  return query.includes('-') ? query.replace(AFTER_HYPHEN, '') : query;
}
