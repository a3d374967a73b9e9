/** Dates at their true precision: "1992", "1992-03", "1992-03-02", or an interval "START/END". */

export type Precision = 'year' | 'month' | 'day';

/** One end of a fact's date, as precise as the source allows. */
export interface DatePoint {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: Precision;
}

/** A parsed fact date: a single point, or an interval from start to end. */
export interface FactDate {
  readonly start: DatePoint;
  readonly end?: DatePoint;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether a year is a leap year of the proleptic Gregorian calendar (year 0 is one). */
function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month of a year (proleptic Gregorian). */
export function daysInMonth(year: number, month: number): number {
  // Arithmetic, not Date.UTC: that maps the years 0–99 to 1900–1999, so 0000-02-29 would not exist.
  return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

function parsePoint(text: string): DatePoint | string {
  const m = POINT.exec(text);
  if (!m) return `"${text}" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)`;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${text}" has no month ${m[2]}`;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return `"${text}" is not a day of the calendar`;
  return { year, month, day, precision: 'day' };
}

/** Parses a stored date or interval; returns an error message instead of throwing. */
export function parseFactDate(text: string): FactDate | string {
  const parts = text.split('/');
  if (parts.length > 2) return `"${text}" has more than one "/"`;
  const start = parsePoint(parts[0] ?? '');
  if (typeof start === 'string') return start;
  if (parts.length === 1) return { start };
  const end = parsePoint(parts[1] ?? '');
  if (typeof end === 'string') return end;
  if (lastDay(end) < firstDay(start)) return `interval "${text}" ends before it starts`;
  return { start, end };
}

/** Like parseFactDate, for dates already validated by the loader. */
export function mustParseFactDate(text: string): FactDate {
  const parsed = parseFactDate(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The first calendar day a point covers, as YYYY-MM-DD (sortable as a string). */
export function firstDay(p: DatePoint): string {
  return `${pad(p.year, 4)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** The last calendar day a point covers, as YYYY-MM-DD. */
export function lastDay(p: DatePoint): string {
  const month = p.month ?? 12;
  return `${pad(p.year, 4)}-${pad(month)}-${pad(p.day ?? daysInMonth(p.year, month))}`;
}

/** The whole span of days a date covers: [from, to], both YYYY-MM-DD. */
export function dateSpan(d: FactDate): { from: string; to: string } {
  return { from: firstDay(d.start), to: lastDay(d.end ?? d.start) };
}

/** Readable form of one date point at its precision: "2 Mar 1992", "Oct 1992", "1992" (any year, even 10000). */
export function formatPoint(p: DatePoint, withYear = true, withMonth = true): string {
  const parts: string[] = [];
  if (p.day !== undefined) parts.push(String(p.day));
  if (p.month !== undefined && withMonth) parts.push(MONTHS[p.month - 1] ?? '');
  if (withYear) parts.push(String(p.year));
  return parts.join(' ');
}

/** Readable form at the date's own precision: "2 Mar 1992", "Oct 1992", "1992", "12–13 Oct 2022". */
function formatFactDate(d: FactDate): string {
  const { start, end } = d;
  if (!end) return formatPoint(start);
  const sameYear = start.year === end.year;
  const samePrecision = start.precision === end.precision;
  if (samePrecision && sameYear && start.precision === 'day' && start.month === end.month) {
    return `${start.day}–${formatPoint(end)}`;
  }
  if (samePrecision && sameYear && start.precision !== 'year') {
    return `${formatPoint(start, false)} – ${formatPoint(end)}`;
  }
  if (samePrecision && start.precision === 'year') return `${start.year}–${end.year}`;
  return `${formatPoint(start)} – ${formatPoint(end)}`;
}

/** Formats a stored date string, or "undated" for null. */
export function formatDateText(text: string | null): string {
  return text === null ? 'undated' : formatFactDate(mustParseFactDate(text));
}

/** English month names, for indexing dates as words ("march 1992"). */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}

/**
 * Parses a --from/--to bound (year, year-month or date) into the first or last day it covers,
 * so that `--from 2009 --to 2009` keeps every fact that overlaps the year 2009.
 */
export function parseBound(text: string, side: 'from' | 'to'): string | undefined {
  const p = parsePoint(text.trim());
  if (typeof p === 'string') return undefined;
  return side === 'from' ? firstDay(p) : lastDay(p);
}

/** Whether a date's span overlaps the inclusive range [from, to] (either end open). */
export function overlaps(d: FactDate, from?: string, to?: string): boolean {
  const span = dateSpan(d);
  return (from === undefined || span.to >= from) && (to === undefined || span.from <= to);
}

/** Rank of a precision for ordering ties: coarser dates sort before finer ones on the same start day. */
export function precisionRank(p: Precision): number {
  return p === 'year' ? 0 : p === 'month' ? 1 : 2;
}

/** The calendar day of a moment on the local clock, as YYYY-MM-DD: what "today" means to the person asking. */
export function localDay(moment: Date): string {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
