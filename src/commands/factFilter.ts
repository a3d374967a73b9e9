import Fuse from 'fuse.js';
import { UsageError } from '../errors.js';
import { mustParseFactDate, overlaps, parseBound } from '../lib/dates.js';
import type { FactStore } from '../model/FactStore.js';
import type { Fact } from '../model/types.js';

/** The filter flags as typed: --tag, --entity (repeatable), --from, --to. */
export interface FilterFlags {
  tag?: string[];
  entity?: string[];
  kind?: string[];
  from?: string;
  to?: string;
}

/** A parsed filter: a predicate over facts, or undefined when no filter flag was given. */
export type FactFilter = ((fact: Fact) => boolean) | undefined;

function didYouMean(options: string[]): string {
  return options.length > 0 ? ` (did you mean ${options.join(', ')}?)` : '';
}

/**
 * Turns filter flags into a predicate. Every flag narrows: a fact must carry all given tags, be of one of the
 * given kinds, mention all given entities (each named by id, name or any alias, in any script) and overlap the --from/--to range (inclusive;
 * a partial date such as "1992" counts when any part of it falls in range). Bad values are usage errors.
 */
export function parseFilter(flags: FilterFlags, store: FactStore): FactFilter {
  const tests: Array<(f: Fact) => boolean> = [];
  const tags = flags.tag ?? [];
  const knownTags = tags.length > 0 ? new Set(store.facts.flatMap((f) => f.tags)) : new Set<string>();
  for (const tag of tags) {
    if (!knownTags.has(tag)) {
      const near = new Fuse([...knownTags], { threshold: 0.4 }).search(tag, { limit: 3 }).map((h) => h.item);
      throw new UsageError(`unknown tag "${tag}"${didYouMean(near)}`);
    }
    tests.push((f) => f.tags.includes(tag));
  }
  if (flags.kind && flags.kind.length > 0) {
    const kinds = new Set(flags.kind);
    const known = new Set(store.facts.map((f) => f.kind));
    const unknown = [...kinds].find((k) => !known.has(k as Fact['kind']));
    if (unknown !== undefined)
      throw new UsageError(`unknown kind "${unknown}" (want one of ${[...known].sort().join(', ')})`);
    tests.push((f) => kinds.has(f.kind));
  }
  for (const name of flags.entity ?? []) {
    const ids = store.resolveEntity(name);
    if (ids.length === 0)
      throw new UsageError(`unknown entity "${name}"${didYouMean(store.closestEntities(name))}`);
    tests.push((f) => f.entities.some((e) => ids.includes(e)));
  }
  const bound = (text: string | undefined, side: 'from' | 'to'): string | undefined => {
    if (text === undefined) return undefined;
    const day = parseBound(text, side);
    if (day === undefined)
      throw new UsageError(`--${side} "${text}" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)`);
    return day;
  };
  const from = bound(flags.from, 'from');
  const to = bound(flags.to, 'to');
  if (from !== undefined && to !== undefined && from > to) {
    throw new UsageError(`--from ${flags.from} is after --to ${flags.to}`);
  }
  if (from !== undefined || to !== undefined) {
    tests.push((f) => f.date !== null && overlaps(mustParseFactDate(f.date), from, to));
  }
  return tests.length === 0 ? undefined : (f) => tests.every((t) => t(f));
}
