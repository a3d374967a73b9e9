import { monthName } from '../lib/dates.js';
import { extractDates } from './dateQuery.js';
import { queryForms, rawWords } from './languageTerms.js';
import { monthOf } from './monthWords.js';
import { isStopword } from './stopwords.js';
import { synonyms } from './synonyms.js';

/** One word of a query and the terms it may be searched as (its readings in each language, its English equivalents). */
export interface QueryTerm {
  word: string;
  alternatives: string[];
}

/**
 * Turns what a user typed into search terms: dates written in any of kzt's languages become the day or month
 * they name; every other word is read in each language its script allows (stemmed as that language's texts
 * are), stopwords of the four languages are dropped (unless nothing else is left), and Turkish, Russian and
 * Kazakh domain words and month names also search for the English the untranslated facts use.
 */
export function parseQuery(query: string): QueryTerm[] {
  const { terms: dates, rest } = extractDates(query);
  const words = [...new Set(rawWords(rest, 'en'))];
  const content = words.filter((w) => !isStopword(w));
  const kept = content.length > 0 || dates.length > 0 ? content : words;
  const out = new Map<string, QueryTerm>(dates.map((d) => [d, { word: d, alternatives: [d] }]));
  for (const raw of kept) {
    const forms = queryForms(raw);
    const word = forms[0];
    if (word === undefined || out.has(word)) continue;
    const english = forms.flatMap((f) => synonyms().get(f) ?? []);
    const month = monthOf(raw);
    const alternatives = [...forms, ...english, ...(month === undefined ? [] : [monthName(month)])];
    out.set(word, { word, alternatives: [...new Set(alternatives)] });
  }
  return [...out.values()];
}
