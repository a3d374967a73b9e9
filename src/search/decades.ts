import { APOSTROPHE } from './tokenize.js';

/** A span of years a query names as a decade or a part of one ("the early 1990s": 1990 to 1994), and as typed. */
export interface YearSpan {
  from: number;
  to: number;
  surface: string;
}

/** A query with the decades it names taken out: their spans, and the rest of it. */
export interface DecadeQuery {
  spans: YearSpan[];
  rest: string;
}

/** The query term of a span of years, written as kzt writes an interval ("1990/1999"). */
export const yearSpan = (from: number, to: number): string => `${from}/${to}`;
/** Whether a query term is a span of years (yearSpan). */
export const isYearSpan = (term: string): boolean => /^\d{4}\/\d{4}$/.test(term);
/** A span of years as a person reads it: "1990/1999" as 1990–1999. */
export const spanOfTerm = (term: string): string => term.replace('/', '–');

type Part = 'early' | 'mid' | 'late';

/**
 * The years of a decade a part of it covers. They overlap, as people's use of them does: 2003 is still "the early
 * 2000s" to many, and 1996 "the mid-1990s" to others "the late 1990s".
 */
const PARTS: Record<Part, readonly [number, number]> = { early: [0, 4], mid: [3, 7], late: [6, 9] };

/** The stem of a word for a part of a decade, in any of kzt's languages, as the part it names. */
const PART_WORDS: ReadonlyArray<[RegExp, Part]> = [
  [/^(?:early|baş|начал|бас)/u, 'early'],
  [/^(?:mid|orta|середин|орта)/u, 'mid'],
  [/^(?:late|son|конц|конец|соң|аяғ|аяқ)/u, 'late'],
];
const partOf = (word: string | undefined): Part | undefined =>
  word === undefined ? undefined : PART_WORDS.find(([re]) => re.test(word))?.[1];

/** Decades written in words: the eighties and the nineties, the two kzt's facts reach, in each language. */
const DECADE_WORDS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:eighties|seksenl|восьмидесят|сексенінші)/u, 1980],
  [/^(?:nineties|doksanl|девяност|тоқсаныншы)/u, 1990],
];

const NOT_AFTER = '(?<![\\p{L}\\p{N}.,\\-–‑/])';
const END = '(?![\\p{L}\\p{N}])';
/**
 * A decade in digits, the way each language writes it: "1990s", "'90s" (en); "1990'lar", "90'ların", "2000'li
 * yıllar" (tr); "1990-е", "90-х", "2000-х годов" (ru); "1990-жылдары", "90 жылдардың" (kk); or in words ("the
 * nineties", "doksanlarda", "девяностые", "тоқсаныншы жылдары"). A word for its part comes before it in English
 * and Russian ("early", "в начале") and after it in Turkish and Kazakh ("başında", "басында").
 */
const decadeSource = (): RegExp =>
  new RegExp(
    `${NOT_AFTER}(?:(early|mid|late)[\\s-]+|(?:в\\s+)?(начал\\p{L}*|середин\\p{L}*|конц\\p{L}*|конец)\\s+)?` +
      `(?:${APOSTROPHE}?(\\d{2}|\\d{4})(?:` +
      `${APOSTROPHE}?s` +
      `|${APOSTROPHE}?l(?:[ıi]\\s+y[ıi]ll[ae]r\\p{L}*|[ae]r\\p{L}*)` +
      `|[-–‑](?:е|х|ые|ых|ми)(?:\\s+(?:год\\p{L}*|гг\\.?))?` +
      `|[-–‑\\s]?жылдар\\p{L}*)` +
      `|(eighties|nineties|(?:seksen|doksan)l(?:[ıi]\\s+y[ıi]ll[ae]r|[ae]r)\\p{L}*|(?:восьмидесят|девяност)\\p{L}*` +
      `|(?:сексенінші|тоқсаныншы)\\s+жылдар\\p{L}*))` +
      `(?:\\s+((?:baş(?:ı|lar)|orta(?:sı|lar)|son(?:u|lar)|бас(?:ы|тар)|орта(?:сы|лар)|соң(?:ы|дар)|аяғ)\\p{L}*))?${END}`,
    'giu',
  );
let decade: RegExp | undefined;

/**
 * The first year of the decade a number written for one names, if it names one: it ends in 0, and two digits
 * stand for 2000 ("00") or for 1930 to 1990; "10" and "20" are too often other things ("10-е заседание", the
 * 10th meeting) to be read as a decade.
 */
function decadeOf(digits: string): number | undefined {
  const n = Number(digits);
  if (n % 10 !== 0) return undefined;
  if (digits.length === 4) return n >= 1000 ? n : undefined;
  if (n === 0) return 2000;
  return n >= 30 ? 1900 + n : undefined;
}

/**
 * Finds the decades a query names, in digits or in words, with a part of one where it says so ("early 1990s",
 * "в середине 90-х", "2000'lerin sonunda", "1990-жылдардың басында"), and returns their spans of years and the
 * rest of the query. A year alone ("1990") is no decade.
 */
export function extractDecades(query: string): DecadeQuery {
  // Every decade has a digit or one of the few words for one: a query with neither skips the pattern.
  if (!/\d|eight|nine|seksen|doksan|восьмид|девян|сексен|тоқсан/iu.test(query))
    return { spans: [], rest: query };
  const spans: YearSpan[] = [];
  // Compiled on first use: most queries name no decade.
  const rest = query.replace(
    (decade ??= decadeSource()),
    (
      whole: string,
      before?: string,
      beforeRu?: string,
      digits?: string,
      inWords?: string,
      after?: string,
    ) => {
      const lower = inWords?.toLowerCase();
      const start =
        digits !== undefined
          ? decadeOf(digits)
          : DECADE_WORDS.find(([re]) => lower !== undefined && re.test(lower))?.[1];
      if (start === undefined) return whole;
      const part = partOf((before ?? beforeRu ?? after)?.toLowerCase());
      const [a, b] = part === undefined ? [0, 9] : PARTS[part];
      spans.push({ from: start + a, to: start + b, surface: whole.trim().toLowerCase() });
      return ' ';
    },
  );
  return { spans, rest };
}
