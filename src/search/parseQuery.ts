import { monthName } from '../lib/dates.js';
import { isAscii } from '../lib/fold.js';
import { ordinal } from '../lib/ordinal.js';
import { extractDates } from './dateQuery.js';
import { extractDecades, yearSpan } from './decades.js';
import { KINDS_OF, readFraming } from './framing.js';
import { derivedNames, PLAIN_TYPED, queryReadings, rawWords, termOf } from './languageTerms.js';
import { monthOf } from './monthWords.js';
import { englishOrdinal, readOrdinals, writeDigitOrdinals } from './ordinals.js';
import { dropHyphenCase } from './kazakhHyphenCase.js';
import { isOutOfScope, outOfScopePhrase, type OutOfScopeTopic } from './outOfScope.js';
import { isKazakhPastPredicate, isPastTenseVerb } from './pastTenseVerb.js';
import { isStopword, stopwordTermsOf } from './stopwords.js';
import { englishFor } from './synonyms.js';
import { isThirdCountry } from './thirdCountries.js';
import { stem } from './tokenize.js';
import { unmixScripts } from './unmixScripts.js';

const FORMAT = /\p{Cf}/gu;

/** One word of a query and the terms it may be searched as (its readings in each language, its English equivalents). */
export interface QueryTerm {
  /** The index term it stands for (or a date term such as "1992-03"). */
  word: string;
  /** The word as typed, lower-cased, for messages. */
  surface: string;
  alternatives: string[];
  /** Names the word is an adjective or demonym of ("қазақстандық": Қазақстан), matched a little less surely. */
  derived?: string[];
  /**
   * Other ways the facts write the same thing (an ordinal's "3rd" and "third"; a Turkish word typed without
   * Turkish letters, as the words it stands for: plainTurkishTerm): matched almost as surely as the word, and
   * setting its weight only where nothing of the word itself matches, so that "first" weighs as "first" does, not
   * as the rare "1st".
   */
  forms?: string[];
  /** Set on the kind a question's framing asks for: it ranks the facts that match the query, finds none alone. */
  framing?: true;
  /**
   * Set on a word typed with a capital letter that is not only the first of a sentence ("Проводили ли Казахстан и
   * Турция ..."), unless it is all in capitals ("TİKA ..."): most likely a name.
   */
  capitalized?: true;
  /**
   * Set on a Turkish or Russian verb in the past tense (isPastTenseVerb), or a Kazakh past participle that ends the
   * query (isKazakhPastPredicate), not typed with a capital: it weighs less in ranking (FactSearcher's
   * PAST_VERB_SHARE), not in whether a fact is found.
   */
  pastVerb?: true;
  /**
   * Set on a word that asks for what kzt does not hold (isOutOfScope: a fare, a hotel, the weather): where no fact
   * holds it either, the query finds nothing.
   */
  outOfScope?: true;
  /**
   * Set on a term for the practical question a query asks (outOfScopePhrase: opening hours, a flight's length),
   * then the query's one term: it finds nothing, whatever words the facts hold, and the message names the topic.
   * A price is asked with the query's other terms, and only a fact that states a cost answers it.
   */
  scope?: OutOfScopeTopic;
  /**
   * On an ordinal followed by a word it counts ("first summit", "ilk zirvesi"): the ordinal's number and that
   * word's term. A fact that holds the word, but not after the ordinal, ranks a little lower (ordinalPairs,
   * FactSearcher's PAIR_PENALTY).
   */
  counts?: { n: number; word: string };
  /**
   * Set on a word that names a country other than Kazakhstan and Türkiye (isThirdCountry): only a fact that names it
   * too answers the query.
   */
  thirdCountry?: true;
}

/**
 * The words of a text that were typed with a capital letter, as rawWords reads them; a sentence's first word only
 * when it has no lower-case letter, since a question's first word has a capital whatever it is.
 */
function capitalizedWords(text: string): Set<string> {
  // In ASCII text the Unicode classes are their ASCII letters, and need no Unicode tables compiled.
  const [lowerCase, capital] = isAscii(text)
    ? [/[a-z]/, /^[^A-Za-z0-9]*[A-Z]/]
    : [/\p{Ll}/u, /^[^\p{L}\p{N}]*\p{Lu}/u];
  const typed = text
    .split(/\s+/)
    .filter((w, i, all) => (i > 0 && !/[.!?]$/.test(all[i - 1] ?? '')) || !lowerCase.test(w))
    .filter((w) => capital.test(w));
  return new Set(rawWords(typed.join(' '), 'en'));
}

/**
 * A query word's readings in each language its script allows, the English first. A reading that is a stopword's
 * term in its own language is none: Turkish "çöküş" (collapse) read as the root "çök" would be the "çok" (very) of
 * every other text. Only in its own language: the Kazakh root "өт" of "өтті" (took place) stays, though it folds
 * as the Russian "от" (from) does. The first reading (the English) is the word itself and stays.
 */
function readingsOf(raw: string): string[] {
  return [
    ...new Set(
      queryReadings(raw)
        .filter(([lang, term], i) => i === 0 || !stopwordTermsOf(lang).has(term.replace(PLAIN_TYPED, '')))
        .map(([, term]) => term),
    ),
  ];
}

/** Two words of a query read as one: the word, and its readings. */
interface JoinedWord {
  raw: string;
  readings: string[];
}

/**
 * Where two words in a row of a query (its content words: stopwords and repeats left out) are one word of the facts
 * written apart, the word they make and its readings, by the place of the first: when the facts hold the two
 * written as one (`holds` it as typed, folded) and hold the second in none of its `readings`. "казахский центр
 * Аланя тогыз кумалак" is the centre with its "тогызкумалак" classes; "әуе компаниясы" (airline) stays two words,
 * which the facts hold.
 */
function joinedPairs(
  words: readonly string[],
  readings: ReadonlyArray<readonly string[]>,
  holds: (term: string) => boolean,
): Map<number, JoinedWord> {
  const out = new Map<number, JoinedWord>();
  for (let i = 0; i + 1 < words.length; i++) {
    const raw = `${words[i] ?? ''}${words[i + 1] ?? ''}`;
    if (/\d/.test(raw) || readings[i + 1]?.some(holds)) continue;
    const joined = readingsOf(raw);
    if (!holds(joined[0] ?? '')) continue;
    out.set(i, { raw, readings: joined });
    i++;
  }
  return out;
}

/**
 * Turns what a user typed into search terms: dates written in any of kzt's languages become the day or month
 * they name; the kind of fact a question's framing asks for ("how many": a figure) is searched for instead of
 * the framing words; every other word is read in each language its script allows (stemmed as that language's
 * texts are), stopwords of the four languages are dropped, and Turkish, Russian and Kazakh domain words and
 * month names also search for the English the untranslated facts use. A query of stopwords and punctuation only
 * gives no terms: there is nothing to search for.
 */
export function parseQuery(query: string, holds?: (term: string) => boolean): QueryTerm[] {
  // Compatibility forms (fullwidth "ＥＲＤＯＧＡＮ", ligatures) read as their plain letters, and format characters
  // such as a zero-width space inside a word are not there at all: "Erdo\u200bgan" is one word.
  // ASCII has neither: it is read as it is.
  const text = isAscii(query) ? query : unmixScripts(query.normalize('NFKC').replace(FORMAT, ''));
  // Decades first: "90-х" and "90-жылдары" are no ordinals.
  const decades = extractDecades(text);
  const { terms: dates, rest } = extractDates(dropHyphenCase(writeDigitOrdinals(decades.rest)));
  const { rest: words, ordinals } = readOrdinals(rawWords(rest, 'en'));
  const scope = outOfScopePhrase(words);
  if (scope !== undefined && scope !== 'prices')
    return [{ word: scope, surface: scope, alternatives: [], scope }];
  const framing = readFraming([...new Set(words)]);
  const content = framing.words.filter((w) => !isStopword(w));
  // The framing alone ("how many") asks nothing: without a content word, an ordinal or a date there is nothing to
  // search for.
  if (content.length === 0 && ordinals.length === 0 && dates.length === 0 && decades.spans.length === 0)
    return [];
  const out = new Map<string, QueryTerm>(dates.map((d) => [d, { word: d, surface: d, alternatives: [d] }]));
  // A decade, or a part of one, is each of its years: facts are indexed under theirs.
  for (const { from, to, surface } of decades.spans) {
    const years = Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
    out.set(yearSpan(from, to), { word: yearSpan(from, to), surface, alternatives: years });
  }
  const capitals = capitalizedWords(text);
  const last = content[content.length - 1];
  const contentReadings = content.map((w) => readingsOf(w));
  const joined = holds ? joinedPairs(content, contentReadings, holds) : new Map<number, JoinedWord>();
  for (let i = 0; i < content.length; i++) {
    let raw = content[i] as string;
    let all = contentReadings[i] ?? [];
    // Two words the facts write as one ("тогыз кумалак", "тоғызқұмалақ"): searched as the one word.
    const pair = joined.get(i);
    if (pair !== undefined) [raw, all, i] = [pair.raw, pair.readings, i + 1];
    // The reading as Turkish typed without Turkish letters is another form of the word: it finds the facts that
    // hold it, and weighs only where no reading of the word's own matches ("kazak" must not weigh as the few
    // words with Turkish letters that typed plainly read "kazak").
    const readings = all.filter((r) => !r.startsWith(PLAIN_TYPED));
    const plain = all.filter((r) => r.startsWith(PLAIN_TYPED));
    const word = readings[0];
    if (word === undefined || out.has(word)) continue;
    const english = englishFor(raw);
    const month = monthOf(raw);
    const alternatives = [...readings, ...english, ...(month === undefined ? [] : [monthName(month)])];
    const derived = derivedNames(raw).filter((d) => !alternatives.includes(d));
    out.set(word, {
      word,
      surface: raw,
      alternatives: [...new Set(alternatives)],
      ...(derived.length > 0 ? { derived } : {}),
      ...(plain.length > 0 ? { forms: plain } : {}),
      ...(isOutOfScope(raw) ? { outOfScope: true as const } : {}),
      ...(isThirdCountry(raw) ? { thirdCountry: true as const } : {}),
      ...(capitals.has(raw)
        ? { capitalized: true as const }
        : isPastTenseVerb(raw) || (raw === last && isKazakhPastPredicate(raw))
          ? { pastVerb: true as const }
          : {}),
    });
  }
  const bySurface = new Map([...out.values()].map((t) => [t.surface, t]));
  for (const { n, surface, compound, at } of ordinals) {
    // Searched as the English text writes it, in digits and in a word ("13th", "third"), and as typed, but for
    // the last word of a compound ("он үшінші" is not "үшінші", the third).
    const word = ordinal(n);
    const english = englishOrdinal(n);
    const own = compound ? [] : readingsOf(surface);
    const forms = [word, ...(english ? [termOf(english, 'en')] : [])].filter((f) => !own.includes(f));
    if (out.has(word)) continue;
    // The word it counts ("first summit", "бесінші отырысы"): the next of the query's words that is searched.
    const next = words.slice(at).find((w) => bySurface.has(w));
    const counts = next === undefined ? undefined : bySurface.get(next)?.word;
    out.set(word, {
      word,
      surface,
      alternatives: own.length > 0 ? own : forms,
      ...(own.length > 0 && forms.length > 0 ? { forms } : {}),
      ...(counts === undefined ? {} : { counts: { n, word: counts } }),
    });
  }
  const terms = [...out.values()];
  if (scope === 'prices') terms.push({ word: scope, surface: scope, alternatives: [], scope });
  if (framing.kind) {
    const alternatives = KINDS_OF[framing.kind].map(stem);
    terms.push({ word: stem(framing.kind), surface: framing.kind, alternatives, framing: true });
  }
  return terms;
}

/** The words a query searches for once dates are read and stopwords dropped; none: nothing to search for. */
export function queryWords(query: string): string[] {
  return parseQuery(query)
    .filter((t) => !t.framing)
    .map((t) => t.word);
}
