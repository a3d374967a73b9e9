import { firstDay, lastDay, mustParseFactDate, precisionRank } from '../lib/dates.js';
import type { Fact } from '../model/types.js';

/** Sorts after every date key: undated facts come last. */
const UNDATED = '~';

/**
 * A fact's date as a string that sorts in timeline order: a date's first day (partial dates and intervals sort by
 * their start), then coarser precision before finer on the same day ("1992" before "1992-01-01"), then the
 * earlier end. Undated facts sort last.
 */
export function dateKey(fact: Fact): string {
  if (fact.date === null) return UNDATED;
  const d = mustParseFactDate(fact.date);
  return `${firstDay(d.start)} ${precisionRank(d.start.precision)} ${lastDay(d.end ?? d.start)}`;
}

/** What orders a fact in time: its date key and, for ties, its id. */
export interface DateOrderKey {
  key: string;
  id: string;
}

/**
 * The positions of facts in date order, oldest first (or newest first), ties by id, undated last either way,
 * from their keys alone: a list of a million facts is sorted without holding the facts.
 */
export function positionsInDateOrder(keys: readonly DateOrderKey[], newestFirst = false): Int32Array {
  const sign = newestFirst ? -1 : 1;
  return Int32Array.from(keys, (_, i) => i).sort((i, j) => {
    const a = keys[i] as DateOrderKey;
    const b = keys[j] as DateOrderKey;
    if ((a.key === UNDATED) !== (b.key === UNDATED)) return a.key === UNDATED ? 1 : -1;
    return sign * (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/**
 * Every fact in date order, oldest first (or newest first), ties by id; undated facts last either way. The key
 * of each fact is computed once, so a list of 100,000 facts sorts in well under a second.
 */
export function inDateOrder(facts: readonly Fact[], newestFirst = false): Fact[] {
  const order = positionsInDateOrder(
    facts.map((fact) => ({ key: dateKey(fact), id: fact.id })),
    newestFirst,
  );
  return Array.from(order, (i) => facts[i] as Fact);
}

/**
 * Timeline order, by when things happened (see dateKey), then id. Undated facts have no place on a timeline and
 * are left out.
 */
export function chronological(facts: readonly Fact[]): Fact[] {
  return inDateOrder(facts.filter((f) => f.date !== null));
}
