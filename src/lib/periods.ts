import { dateSpan, mustParseFactDate, parseFactDate } from './dates.js';

/** The time a figure covers, parsed: its first and last day, and a short label for charts and tables. */
export interface Period {
  /** First day covered, YYYY-MM-DD (sortable as a string). */
  readonly from: string;
  /** Last day covered, YYYY-MM-DD. */
  readonly to: string;
  /** "2010", "Oct 2009", "Q1 2021", "Jan–Sep 2019", "2010–2011", "1 Jan – 23 Feb 2023". */
  readonly label: string;
  /** Whether it is exactly one calendar year. */
  readonly wholeYear: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** One end of a period: its span of days and how it reads, with and without its year. */
interface End {
  from: string;
  to: string;
  year: string;
  /** The part before the year ("Oct", "Q1", "1 Jan"), empty for a whole year. */
  within: string;
}

function parseEnd(text: string): End | string {
  const q = QUARTER.exec(text);
  const year = text.slice(0, 4);
  if (q) {
    const n = Number(q[2]);
    const first = String(n * 3 - 2).padStart(2, '0');
    const last = String(n * 3).padStart(2, '0');
    return { ...dateSpan(mustParseFactDate(`${year}-${first}/${year}-${last}`)), year, within: `Q${n}` };
  }
  const parsed = parseFactDate(text);
  if (typeof parsed === 'string')
    return parsed.replace(
      '(want YYYY, YYYY-MM or YYYY-MM-DD)',
      '(want YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn)',
    );
  if (parsed.end) return `"${text}" is not a period (want YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn)`;
  const { start } = parsed;
  const month = start.month === undefined ? '' : (MONTHS[start.month - 1] ?? '');
  const within = start.day === undefined ? month : `${start.day} ${month}`;
  return { ...dateSpan(parsed), year, within };
}

const both = (within: string, year: string): string => (within ? `${within} ${year}` : year);

/**
 * Parses a figure's period: a year, month, day or quarter (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn), or a range
 * START/END of those; returns an error message for anything else, a date that does not exist, or a range that
 * ends before it starts.
 */
export function parsePeriod(text: string): Period | string {
  const parts = text.split('/');
  if (parts.length > 2) return `period "${text}" has more than one "/"`;
  const start = parseEnd(parts[0] ?? '');
  if (typeof start === 'string') return start;
  if (parts.length === 1) {
    return {
      from: start.from,
      to: start.to,
      label: both(start.within, start.year),
      wholeYear: !start.within,
    };
  }
  const end = parseEnd(parts[1] ?? '');
  if (typeof end === 'string') return end;
  if (end.to < start.from) return `period "${text}" ends before it starts`;
  const wholeYear = start.from.endsWith('-01-01') && end.to === `${start.year}-12-31`;
  let label: string;
  if (start.year === end.year && start.within && end.within) {
    // "Jan–Sep 2019", "Q1–Q2 2021"; days need spaces to stay readable: "1 Jan – 23 Feb 2023".
    const dash = start.within.includes(' ') || end.within.includes(' ') ? ' – ' : '–';
    label = `${start.within}${dash}${end.within} ${end.year}`;
  } else if (!start.within && !end.within) {
    label = `${start.year}–${end.year}`;
  } else {
    label = `${both(start.within, start.year)} – ${both(end.within, end.year)}`;
  }
  return { from: start.from, to: end.to, label, wholeYear };
}

/** Like parsePeriod, for periods already validated by the loader. */
export function mustParsePeriod(text: string): Period {
  const parsed = parsePeriod(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}
