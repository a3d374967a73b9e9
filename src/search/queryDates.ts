import { parseFactDate } from '../lib/dates.js';
import { words } from './tokenize.js';

/**
 * Month names as people write them in a query, full and abbreviated, folded as queries are. English only for
 * now: other languages add their own names here.
 */
const MONTH_WORDS: ReadonlyArray<readonly [number, string]> = [
  [1, 'january jan'],
  [2, 'february feb'],
  [3, 'march mar'],
  [4, 'april apr'],
  [5, 'may'],
  [6, 'june jun'],
  [7, 'july jul'],
  [8, 'august aug'],
  [9, 'september sep sept'],
  [10, 'october oct'],
  [11, 'november nov'],
  [12, 'december dec'],
];

let months: ReadonlyMap<string, number> | undefined;

function monthOf(word: string): number | undefined {
  months ??= new Map(
    MONTH_WORDS.flatMap(([n, names]) => names.split(' ').map((w): [string, number] => [w, n])),
  );
  return months.get(word);
}

/** ISO dates and months as typed ("1992-03-02", "1992-03"), not inside a longer run of digits and hyphens. */
const ISO = /(?<![\d-])(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])/g;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR = /^\d{4}$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The date term for a year, month and optional day, if that is a real calendar date. */
function dateTerm(year: string, month: number, day?: string): string | undefined {
  const text = `${year}-${pad(month)}${day === undefined ? '' : `-${pad(Number(day))}`}`;
  return typeof parseFactDate(text) === 'string' ? undefined : text;
}

/**
 * Finds the dates in a query, so that a day or a month is searched as that day or month rather than as loose
 * numbers: ISO forms ("1992-03-02", "1992-03") and a month name with a year, with or without a day ("March
 * 1992", "2 March 1992", "March 2, 1992"). Returns the dates as the index's date terms ("1992-03-02",
 * "1992-03") and the rest of the query as folded words. A month name without a year stays an ordinary word.
 */
export function extractDates(query: string): { dates: string[]; rest: string } {
  const dates: string[] = [];
  const withoutIso = query.replace(ISO, (iso: string) => {
    if (typeof parseFactDate(iso) === 'string') return iso;
    dates.push(iso);
    return ' ';
  });
  const list = words(withoutIso);
  const used = new Set<number>();
  list.forEach((word, i) => {
    const month = monthOf(word);
    if (month === undefined || used.has(i)) return;
    const before = DAY.exec(list[i - 1] ?? '');
    const after = DAY.exec(list[i + 1] ?? '');
    // "March 2, 1992": a day after the month, then the year; "2 March 1992" and "March 1992": the year next.
    const yearAt = after && YEAR.test(list[i + 2] ?? '') ? i + 2 : i + 1;
    const year = list[yearAt] ?? '';
    if (!YEAR.test(year)) return;
    const day = yearAt === i + 2 ? after?.[1] : before && !used.has(i - 1) ? before[1] : undefined;
    const term = dateTerm(year, month, day);
    if (term === undefined) return;
    dates.push(term);
    for (let k = day === undefined || yearAt === i + 2 ? i : i - 1; k <= yearAt; k++) used.add(k);
  });
  return { dates, rest: list.filter((_, i) => !used.has(i)).join(' ') };
}
