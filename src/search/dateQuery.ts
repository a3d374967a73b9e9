import { daysInMonth } from '../lib/dates.js';
import { fold } from '../lib/fold.js';
import { inflectedMonthOf } from './monthWords.js';
import { dropApostropheSuffixes, THOUSANDS, wordRuns } from './tokenize.js';

/**
 * The index term of a calendar day or month. Facts carry these beside their year (see SearchIndex), so that a
 * date typed in a query finds the facts of that day or month; the "@" keeps them apart from any word.
 */
export function dayTerm(year: number, month: number, day?: number): string {
  const mm = String(month).padStart(2, '0');
  return day === undefined ? `@${year}-${mm}` : `@${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/** Whether a term is a day's or a month's (dayTerm). */
export const isDayTerm = (term: string): boolean => term.startsWith('@');

/** A day's or a month's term as a person reads it: "@1992-03" as 1992-03. */
export const dayOfTerm = (term: string): string => term.slice(1);

/** A query with the dates it names taken out: their terms, and the rest of its words. */
export interface DateQuery {
  terms: string[];
  rest: string;
}

/** Words that follow a year in a written date: "г.", "года", "году" (ru), "yılı", "yılında" (tr), "жылғы", "жылы", "ж." (kk). */
const YEAR_WORDS = 'г гг год года году yılı yılında жыл жылы жылғы жылдың ж';
let yearWords: ReadonlySet<string> | undefined;
/** Whether a word is one of YEAR_WORDS, folded as queries are (the set is folded on first use, not at start). */
const isYearWord = (word: string | undefined): boolean =>
  (yearWords ??= new Set(YEAR_WORDS.split(' ').map((w) => fold(w)))).has(fold(word ?? ''));
const ISO = /(?<![\d-])(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?![\d-])/g;
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/g;

const isYear = (w: string | undefined): number | undefined =>
  w !== undefined && /^[12]\d{3}$/.test(w) ? Number(w) : undefined;
const isDay = (w: string | undefined): number | undefined => {
  const m = w === undefined ? null : /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
  return m && Number(m[1]) >= 1 ? Number(m[1]) : undefined;
};
const monthAt = (w: string | undefined): number | undefined =>
  w === undefined || /\d/.test(w) ? undefined : inflectedMonthOf(w);

/** The term of a date when it is a real one (30 February is not), else undefined. */
function term(year: number, month: number, day?: number): string | undefined {
  if (month < 1 || month > 12) return undefined;
  if (day !== undefined && day > daysInMonth(year, month)) return undefined;
  return dayTerm(year, month, day);
}

/**
 * Finds the dates a query names, written as people write them in any of kzt's languages, and returns their
 * terms and the words left: "1992-03-02", "02.03.1992", "2 March 1992", "March 2, 1992", "2 Mart 1992",
 * "16 Aralık 1991", "2 марта 1992 г.", "1992 жылғы 2 наурыз", "12 Oct 2022" (a day); "March 1992",
 * "1992-03", "марта 1992", "1992 жылғы наурыз" (a month). A year alone stays a word: years are indexed as words.
 */
export function extractDates(query: string): DateQuery {
  const terms: string[] = [];
  const keep = (t: string | undefined, whole: string): string => {
    if (t === undefined) return whole;
    terms.push(t);
    return ' ';
  };
  const text = dropApostropheSuffixes(
    query
      .replace(ISO, (whole, y: string, m: string, d?: string) =>
        keep(term(Number(y), Number(m), d === undefined ? undefined : Number(d)), whole),
      )
      .replace(DOTTED, (whole, d: string, m: string, y: string) =>
        keep(term(Number(y), Number(m), Number(d)), whole),
      ),
  ).replace(THOUSANDS, '$1');
  const words = wordRuns(text.toLowerCase());
  const used = new Set<number>();
  const take = (from: number, count: number, t: string | undefined): boolean => {
    if (t === undefined) return false;
    let end = from + count;
    // The word for "year" after it ("г.", "года", "yılında", "жылғы") belongs to the date.
    if (isYearWord(words[end])) end++;
    for (let i = from; i < end; i++) used.add(i);
    terms.push(t);
    return true;
  };
  // Every date has its year in digits: a query without a digit has none to read, and skips the month tables.
  const hasDigit = /\d/.test(text);
  for (let i = 0; hasDigit && i < words.length; i++) {
    if (used.has(i)) continue;
    const [a, b, c, d] = [words[i], words[i + 1], words[i + 2], words[i + 3]];
    // Kazakh puts the year first: "1992 жылғы 2 наурыз", "1992 жылғы наурыз".
    const year = isYear(a);
    if (year !== undefined) {
      const skip = isYearWord(b) ? 1 : 0;
      const [x, y] = skip ? [c, d] : [b, c];
      const day = isDay(x);
      const month = day === undefined ? monthAt(x) : monthAt(y);
      if (day !== undefined && month !== undefined && take(i, 3 + skip, term(year, month, day))) continue;
      if (day === undefined && month !== undefined && take(i, 2 + skip, term(year, month))) continue;
      continue;
    }
    const dayFirst = isDay(a);
    if (dayFirst !== undefined) {
      const month = monthAt(b);
      const y = isYear(c);
      // A day that is not in the calendar ("30 February 2022") makes the three words no date at all.
      if (month !== undefined && y !== undefined && !take(i, 3, term(y, month, dayFirst))) i += 2;
      continue;
    }
    const month = monthAt(a);
    if (month === undefined) continue;
    const dayAfter = isDay(b);
    const yearAfter = isYear(dayAfter === undefined ? b : c);
    if (yearAfter === undefined) continue;
    if (dayAfter !== undefined) take(i, 3, term(yearAfter, month, dayAfter));
    else take(i, 2, term(yearAfter, month));
  }
  return { terms, rest: words.filter((_, i) => !used.has(i)).join(' ') };
}
