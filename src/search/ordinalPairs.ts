import { fold } from '../lib/fold.js';
import { ordinalOf } from './ordinals.js';
import { isStopword } from './stopwords.js';

/**
 * Begins the term of an ordinal and a word after it ("first summit": "\u00021>summit"). Such a term holds no word
 * of a text, has a digit and so is never a typo's target (TermExpander), and is looked up only as it is.
 */
const ORDINAL_PAIR = '\u0002';

/** The term of ordinal `n` followed by a word whose term is `term`. */
export function ordinalPairTerm(n: number, term: string): string {
  return `${ORDINAL_PAIR}${n}>${term}`;
}

/** The word of the pair an ordinal makes with "time" ("met for the third time"): it counts whatever is asked. */
export const ANY_WORD = '*';
/**
 * The words that make an ordinal count whatever the sentence is about ("for the third time", "ilk kez", "в первый
 * раз", "алғаш рет").
 */
const TIMES = new Set(['time', 'kez', 'defa', 'raz', 'ret']);
/**
 * How many words after an ordinal it may count, stopwords aside: "the fifth High-Level ... meeting" and "the fifth
 * session of the High-Level ..." both count a "fifth High-Level" council (counting the next word only lost a tuned
 * English question to that).
 */
const WINDOW = 2;

/** What pairing needs of a word: its ordinal number (0 for none), whether it is a stopword or a "time", its term. */
export interface PairReader<W> {
  ordinal(word: W): number;
  stop(word: W): boolean;
  time(word: W): boolean;
  term(word: W): string | undefined;
}

/**
 * The reader of words as strings: `termOf` gives a word's term in its language. Each word's ordinal reading is
 * remembered, since a text's every word is asked for one: make one reader per language and keep it.
 */
export function wordReader(termOf: (word: string) => string | undefined): PairReader<string> {
  const ordinals = new Map<string, number>();
  return {
    ordinal: (w) => {
      let n = ordinals.get(w);
      if (n === undefined) ordinals.set(w, (n = ordinalOf(w) ?? 0));
      return n;
    },
    stop: isStopword,
    time: isTime,
    term: termOf,
  };
}

/** Whether a word is one of the "time" words (TIMES). */
export function isTime(word: string): boolean {
  return TIMES.has(fold(word));
}

/**
 * The ordinal pairs of a text's words, in order: for each word that is an ordinal ("first", "birinci", "тұңғыш",
 * "13th"), its pair with each of the next WINDOW words that are no stopwords, up to another ordinal; with
 * ANY_WORD for a "time" word. "The Turkic Council's first summit" holds "1>summit"; "its first Secretary General"
 * does not. Generic in the word, so that an index can pass term numbers whose readings it keeps.
 */
export function ordinalPairs<W>(words: readonly W[], read: PairReader<W>): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    const n = read.ordinal(words[i] as W);
    if (n === 0) continue;
    for (let j = i + 1, taken = 0; taken < WINDOW && j < words.length; j++) {
      const next = words[j] as W;
      if (read.stop(next)) continue;
      if (read.ordinal(next) !== 0) break;
      const term = read.time(next) ? ANY_WORD : read.term(next);
      if (term !== undefined) out.push(ordinalPairTerm(n, term));
      taken++;
    }
  }
  return out;
}
