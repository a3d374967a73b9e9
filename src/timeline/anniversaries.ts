import { dateSpan, daysInMonth, mustParseFactDate, type DatePoint } from '../lib/dates.js';
import type { Fact, FactKind } from '../model/types.js';

/** Kinds of fact whose anniversaries people mark: things that happened, not remarks or figures. */
export const ANNIVERSARY_KINDS: ReadonlySet<FactKind> = new Set(['event', 'agreement', 'visit']);

/** A fact whose round anniversary falls in the year asked for. */
export interface Anniversary {
  fact: Fact;
  /** How many years: 1, 5, 10, 15, ... */
  years: number;
  /** When it falls, at the fact's own precision: "2027-03-02", "2027-10" or "2027". */
  date: string;
  /** The same day as numbers, so that views never re-parse `date` (a clock in the year 10000 must not break). */
  point: DatePoint;
}

/** Whether an anniversary is round: the 1st, the 5th, and every 5th after. */
export function isRound(years: number): boolean {
  return years === 1 || (years >= 5 && years % 5 === 0);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function pointIn(year: number, p: DatePoint): DatePoint {
  if (p.month === undefined) return { year, precision: 'year' };
  if (p.day === undefined) return { year, month: p.month, precision: 'month' };
  // 29 February falls on 28 February in common years.
  return { year, month: p.month, day: Math.min(p.day, daysInMonth(year, p.month)), precision: 'day' };
}

function dateText(p: DatePoint): string {
  const parts = [String(p.year), p.month, p.day].filter((x) => x !== undefined);
  return parts.map((x) => (typeof x === 'number' ? pad(x) : x)).join('-');
}

/** Sort key within one year: calendar order, month-only dates at the start of their month, year-only last. */
function calendarKey(a: Anniversary): number {
  return a.point.month === undefined ? 99 * 100 : a.point.month * 100 + (a.point.day ?? 0);
}

/**
 * The round anniversaries that fall in `year` (counted from the start of a fact's date), in calendar order;
 * ties by the older event first, then by id.
 */
export function anniversariesIn(facts: readonly Fact[], year: number): Anniversary[] {
  const out: Anniversary[] = [];
  for (const fact of facts) {
    if (fact.date === null || !ANNIVERSARY_KINDS.has(fact.kind)) continue;
    const start = mustParseFactDate(fact.date).start;
    const years = year - start.year;
    if (years >= 1 && isRound(years)) {
      const point = pointIn(year, start);
      out.push({ fact, years, date: dateText(point), point });
    }
  }
  return out.sort(
    (a, b) => calendarKey(a) - calendarKey(b) || b.years - a.years || (a.fact.id < b.fact.id ? -1 : 1),
  );
}

/** The days an anniversary's date covers, as YYYY-MM-DD: one day, a whole month, or a whole year. */
export function anniversarySpan(a: Anniversary): { from: string; to: string } {
  return dateSpan({ start: a.point });
}

/** Whether an anniversary is over by `today` (YYYY-MM-DD): its last day is before it. */
export function isPast(a: Anniversary, today: string): boolean {
  return anniversarySpan(a).to < today;
}

/**
 * The round anniversaries still ahead from `today` (YYYY-MM-DD, counting today) within the next `days` days,
 * in calendar order; an anniversary known only to its month or year counts while any of its days is ahead.
 */
export function upcomingAnniversaries(facts: readonly Fact[], today: string, days: number): Anniversary[] {
  const end = new Date(Date.parse(`${today}T00:00:00Z`) + (days - 1) * 86_400_000).toISOString().slice(0, 10);
  const out: Anniversary[] = [];
  const yearOf = (day: string) => Number(day.slice(0, day.lastIndexOf('-', day.lastIndexOf('-') - 1)));
  for (let year = yearOf(today); year <= yearOf(end); year++) {
    for (const a of anniversariesIn(facts, year)) {
      const span = anniversarySpan(a);
      if (span.to >= today && span.from <= end) out.push(a);
    }
  }
  return out;
}
