import { fold } from '../lib/fold.js';
import { LANGUAGES, type Language } from '../lib/language.js';
import { scriptOf, termOf } from './languageTerms.js';
import { MONTHS } from './monthWords.js';
import { computeOrdinalTables, type OrdinalTables } from './ordinals.js';
import { foldPhrase, OUT_OF_SCOPE_PHRASES, OUT_OF_SCOPE_WORDS } from './outOfScope.js';
import { phraseWords, SET_PHRASES } from './setPhrases.js';
import { STOPWORDS } from './stopwords.js';
import { SYNONYM_PAIRS } from './synonyms.js';
import { THIRD_COUNTRY_BEGINNINGS, THIRD_COUNTRY_WORDS } from './thirdCountries.js';
import { tokenize } from './tokenize.js';

/**
 * The word lists of the search as a query reads them: the stopwords folded and stemmed, the month names and the
 * ordinal words folded, and the domain vocabulary keyed by each reading of its words (kzt's English reading of
 * every word, and each language's stemmer's term of its own words). Folding and stemming some 1,200 words (ICU
 * normalisation, Snowball) cost every search several milliseconds of start-up, so `npm run tables` works them out
 * once into wordTables.ts, and a test checks that file against this function.
 */
export interface WordTables {
  /**
   * Folded as typed, by the script they are written in (a query word is a stopword if it folds to one of its own
   * script's), and as index terms per language.
   */
  stopwords: { folded: { latin: string[]; cyrillic: string[] }; byLanguage: Record<Language, string[]> };
  months: Record<string, number>;
  synonyms: Record<Language, Record<string, string[]>>;
  /** The ordinal words folded (ordinals.ts). */
  ordinals: OrdinalTables;
  /** The words that ask for what kzt does not cover, folded (outOfScope.ts). */
  outOfScope: string[];
  /** The phrases of a practical question kzt never answers, by topic, each as its words folded (foldPhrase). */
  phrases: Record<string, string[][]>;
  /** Other countries' names folded: the beginnings their forms share, and whole words (thirdCountries.ts). */
  thirdCountries: { beginnings: string[]; words: string[] };
  /** The forms of each set phrase, as phraseWords writes a text (setPhrases.ts). */
  setPhrases: Record<string, string[]>;
}

const split = (list: string) => list.split(/\s+/).filter(Boolean);
const sorted = (words: Iterable<string>) => [...new Set(words)].sort();

/**
 * Builds the tables from the lists in stopwords.ts, monthWords.ts, synonyms.ts, ordinals.ts, outOfScope.ts,
 * thirdCountries.ts and setPhrases.ts.
 */
export function computeWordTables(): WordTables {
  const lists = Object.values(STOPWORDS).map(split);
  const synonyms = Object.fromEntries(LANGUAGES.map((l) => [l, new Map<string, Set<string>>()])) as Record<
    Language,
    Map<string, Set<string>>
  >;
  const add = (reading: Language, term: string | undefined, to: string) => {
    if (!term) return;
    const map = synonyms[reading];
    const set = map.get(term) ?? new Set<string>();
    for (const e of tokenize(to)) set.add(e);
    map.set(term, set);
  };
  for (const [lang, pairs] of Object.entries(SYNONYM_PAIRS) as Array<[Language, Array<[string, string]>]>)
    for (const [from, to] of pairs)
      for (const word of from.split(' ')) {
        add('en', tokenize(word)[0], to);
        add(lang, termOf(word, lang), to);
      }
  const foldedIn = (cyrillic: boolean) =>
    sorted(
      lists
        .flat()
        .filter((w) => (scriptOf(w) === 'cyrillic') === cyrillic)
        .map(fold),
    );
  return {
    stopwords: {
      folded: { latin: foldedIn(false), cyrillic: foldedIn(true) },
      byLanguage: Object.fromEntries(
        LANGUAGES.map((l) => [l, sorted(split(STOPWORDS[l]).flatMap((w) => tokenize(w)))]),
      ) as Record<Language, string[]>,
    },
    months: Object.fromEntries(
      MONTHS.flatMap((line, i) => line.split(' ').map((w): [string, number] => [fold(w), i + 1])).sort(
        ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0),
      ),
    ),
    synonyms: Object.fromEntries(
      LANGUAGES.map((l) => [
        l,
        Object.fromEntries(
          [...synonyms[l]]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([term, english]) => [term, [...english]]),
        ),
      ]),
    ) as Record<Language, Record<string, string[]>>,
    ordinals: computeOrdinalTables(),
    outOfScope: sorted(split(OUT_OF_SCOPE_WORDS).map(fold)),
    phrases: Object.fromEntries(
      Object.entries(OUT_OF_SCOPE_PHRASES).map(([topic, list]) => [topic, list.map(foldPhrase)]),
    ),
    thirdCountries: {
      beginnings: split(THIRD_COUNTRY_BEGINNINGS).map(fold),
      words: split(THIRD_COUNTRY_WORDS).map(fold),
    },
    setPhrases: Object.fromEntries(
      Object.entries(SET_PHRASES).map(([name, forms]) => [name, forms.map(phraseWords)]),
    ),
  };
}
