import { firstDay, lastDay, mustParseFactDate, precisionRank } from '../lib/dates.js';
import type { Fact } from '../model/types.js';

/** A dated fact with its parsed sort keys. */
interface Keyed {
  fact: Fact;
  start: string;
  end: string;
  precision: number;
}

function keyed(fact: Fact & { date: string }): Keyed {
  const d = mustParseFactDate(fact.date);
  return {
    fact,
    start: firstDay(d.start),
    end: lastDay(d.end ?? d.start),
    precision: precisionRank(d.start.precision),
  };
}

/**
 * Timeline order, by when things happened: a date's first day (partial dates and intervals sort by their start),
 * then coarser precision before finer on the same day ("1992" before "1992-01-01"), then the earlier end, then id.
 * Undated facts have no place on a timeline and are left out.
 */
export function chronological(facts: readonly Fact[]): Fact[] {
  return facts
    .filter((f): f is Fact & { date: string } => f.date !== null)
    .map(keyed)
    .sort(
      (a, b) =>
        a.start.localeCompare(b.start) ||
        a.precision - b.precision ||
        a.end.localeCompare(b.end) ||
        (a.fact.id < b.fact.id ? -1 : a.fact.id > b.fact.id ? 1 : 0),
    )
    .map((k) => k.fact);
}

/** Facts in timeline order, then the undated ones in the order given: for lists that must leave none out. */
export function inDateOrder(facts: readonly Fact[]): Fact[] {
  return [...chronological(facts), ...facts.filter((f) => f.date === null)];
}
