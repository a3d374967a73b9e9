import { stopwords } from './stopwords.js';
import { synonyms } from './synonyms.js';
import { tokenize } from './tokenize.js';

/** One word of a query and the spellings it may be searched as (itself, or its English equivalents). */
export interface QueryTerm {
  word: string;
  alternatives: string[];
}

/**
 * Turns what a user typed into search terms: folded and transliterated words, stopwords dropped (unless
 * nothing else is left), Turkish, Russian and Kazakh domain words mapped to the English the facts use.
 */
export function parseQuery(query: string): QueryTerm[] {
  const words = [...new Set(tokenize(query))];
  const stop = stopwords();
  const content = words.filter((w) => !stop.has(w));
  const kept = content.length > 0 ? content : words;
  return kept.map((word) => {
    const english = synonyms().get(word);
    return { word, alternatives: english ? [word, ...english] : [word] };
  });
}
