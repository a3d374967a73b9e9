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
}

/** Whether an anniversary is round: the 1st, the 5th, and every 5th after. */
export function isRound(years: number): boolean {
  return years === 1 || (years >= 5 && years % 5 === 0);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function dateIn(year: number, p: DatePoint): string {
  if (p.month === undefined) return String(year);
  if (p.day === undefined) return `${year}-${pad(p.month)}`;
  // 29 February falls on 28 February in common years.
  return `${year}-${pad(p.month)}-${pad(Math.min(p.day, daysInMonth(year, p.month)))}`;
}

/** Sort key: calendar order, with month-only dates at the start of their month and year-only dates last. */
function calendarKey(a: Anniversary): string {
  return a.date.length === 4 ? `${a.date}-99` : a.date.padEnd(10, '-00');
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
    if (years >= 1 && isRound(years)) out.push({ fact, years, date: dateIn(year, start) });
  }
  return out.sort(
    (a, b) =>
      calendarKey(a).localeCompare(calendarKey(b)) || b.years - a.years || (a.fact.id < b.fact.id ? -1 : 1),
  );
}

/** The days an anniversary's date covers, as YYYY-MM-DD: one day, a whole month, or a whole year. */
export function anniversarySpan(a: Anniversary): { from: string; to: string } {
  return dateSpan(mustParseFactDate(a.date));
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
  for (let year = Number(today.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    for (const a of anniversariesIn(facts, year)) {
      const span = anniversarySpan(a);
      if (span.to >= today && span.from <= end) out.push(a);
    }
  }
  return out;
}
