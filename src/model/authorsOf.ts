import type { Source } from './types.js';

/** A source's authors as a list of names (the data allows one name or several); empty when it names none. */
export function authorsOf(source: Pick<Source, 'author'>): string[] {
  const a = source.author;
  return a === undefined ? [] : typeof a === 'string' ? [a] : a;
}
