import { readFraming } from './framing.js';
import { extractDates } from './queryDates.js';
import { stopwords } from './stopwords.js';
import { synonyms } from './synonyms.js';
import { stem, words } from './tokenize.js';

/** One word of a query and the spellings it may be searched as (itself, or its English equivalents). */
export interface QueryTerm {
  /** The folded, stemmed word (or a date term such as "1992-03"). */
  word: string;
  /** The word as typed, folded but not stemmed, for messages. */
  surface: string;
  alternatives: string[];
  /** Set on the kind a question's framing asks for: it ranks the facts that match the query, finds none alone. */
  framing?: true;
}

/**
 * Turns what a user typed into search terms: dates as date terms ("1992-03-02", "1992-03"), the kind of fact a
 * question's framing asks for ("how many": a figure), then folded and transliterated words with stopwords dropped, Turkish, Russian and Kazakh domain words mapped to the English
 * the facts use. A query of stopwords and punctuation only gives no terms: there is nothing to search for.
 */
export function parseQuery(query: string): QueryTerm[] {
  const { dates, rest } = extractDates(query);
  const framing = readFraming(words(rest));
  const stop = stopwords();
  const content = new Map<string, string>();
  for (const surface of framing.words) {
    const word = stem(surface);
    if (!stop.has(word) && !content.has(word)) content.set(word, surface);
  }
  // The framing alone ("how many") asks nothing: without a content word or a date there is nothing to search for.
  if (content.size === 0 && dates.length === 0) return [];
  const terms: QueryTerm[] = [...dates.map((d): [string, string] => [d, d]), ...content].map(
    ([word, surface]) => {
      const english = synonyms().get(word);
      return { word, surface, alternatives: english ? [word, ...english] : [word] };
    },
  );
  if (framing.kind) {
    const kind = stem(framing.kind);
    terms.push({ word: kind, surface: framing.kind, alternatives: [kind], framing: true });
  }
  return terms;
}

/** The words a query searches for once dates are read and stopwords dropped; none: nothing to search for. */
export function queryWords(query: string): string[] {
  return parseQuery(query)
    .filter((t) => !t.framing)
    .map((t) => t.word);
}
