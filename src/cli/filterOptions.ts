import { Option, type Command, type OptionValues } from '@commander-js/extra-typings';
import { UsageError } from '../errors.js';
import type { FactBase } from '../factbase/FactBase.js';
import { closest } from '../lib/closest.js';
import { mustParseFactDate, overlaps, parseBound } from '../lib/dates.js';
import { FACT_KINDS, FACT_STATUSES, type Fact, type FactKind, type FactStatus } from '../model/types.js';
import { completeOption } from './KztCommand.js';
import { collect } from './options.js';

/** The filter flags, checked for form (dates, kinds, statuses) before any data is read. */
export interface FilterSpec {
  tags: readonly string[];
  entities: readonly string[];
  kinds: readonly FactKind[];
  statuses: readonly FactStatus[];
  /** The first day --from covers, and the last day --to covers (inclusive). */
  from?: string;
  to?: string;
}

/** The filter flags as commander gives them. */
export interface FilterFlags {
  tag?: string[];
  entity?: string[];
  kind?: string[];
  status?: string[];
  from?: string;
  to?: string;
}

/**
 * Adds the filter options every fact-listing command shares: --tag, --entity, --kind and --status (repeatable or
 * comma-separated) and --from/--to, each with its completion.
 */
export function withFilters<A extends unknown[], O extends OptionValues, G extends OptionValues>(
  cmd: Command<A, O, G>,
) {
  const out = cmd
    .addOption(
      new Option(
        '--tag <tag>',
        'only facts with this tag (repeatable or comma-separated: all must match)',
      ).argParser(collect),
    )
    .addOption(
      new Option(
        '--entity <name>',
        'only facts naming this entity: id, name or alias in any script (repeatable: all must match)',
      ).argParser(collect),
    )
    .addOption(
      new Option(
        '--kind <kind>',
        `only facts of this kind: ${FACT_KINDS.join(', ')} (comma-separated: any of them)`,
      ).argParser(collect),
    )
    .addOption(
      new Option(
        '--status <status>',
        `only facts with this status: ${FACT_STATUSES.join(', ')} (comma-separated: any)`,
      ).argParser(collect),
    )
    .addOption(
      new Option('--from <date>', 'only facts on or after this year, year-month or date (inclusive)'),
    )
    .addOption(
      new Option('--to <date>', 'only facts on or before this year, year-month or date (inclusive)'),
    );
  completeOption(out, '--tag', {
    values: (s) => [...new Set(s.factBase().facts.flatMap((f) => f.tags))].sort(),
    list: true,
  });
  completeOption(out, '--entity', { values: (s) => s.factBase().entities.map((e) => e.id), list: true });
  completeOption(out, '--kind', { values: () => FACT_KINDS, list: true });
  completeOption(out, '--status', { values: () => FACT_STATUSES, list: true });
  return out;
}

/** The values of a repeatable or comma-separated flag, each checked against its list ("did you mean" if not). */
export function oneOf<T extends string>(
  values: readonly string[] | undefined,
  valid: readonly T[],
  flag: string,
): T[] {
  const out: T[] = [];
  for (const v of values ?? []) {
    if (!(valid as readonly string[]).includes(v)) {
      const near = closest(v, valid);
      const hint = near.length > 0 ? `did you mean ${near.join(', ')}? ` : '';
      throw new UsageError(`unknown ${flag} "${v}" (${hint}want one of ${valid.join(', ')})`);
    }
    out.push(v as T);
  }
  return out;
}

/** Checks the filter flags' form: dates that parse and are in order, kinds and statuses of the schema. */
export function parseFilterFlags(flags: FilterFlags): FilterSpec {
  const bound = (text: string | undefined, side: 'from' | 'to'): string | undefined => {
    if (text === undefined) return undefined;
    const day = parseBound(text, side);
    if (day === undefined)
      throw new UsageError(`--${side} "${text}" is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)`);
    return day;
  };
  const from = bound(flags.from, 'from');
  const to = bound(flags.to, 'to');
  if (from !== undefined && to !== undefined && from > to)
    throw new UsageError(`--from ${flags.from} is after --to ${flags.to}`);
  return {
    tags: flags.tag ?? [],
    entities: flags.entity ?? [],
    kinds: oneOf(flags.kind, FACT_KINDS, 'kind'),
    statuses: oneOf(flags.status, FACT_STATUSES, 'status'),
    from,
    to,
  };
}

function didYouMean(options: readonly string[]): string {
  return options.length > 0 ? ` (did you mean ${options.join(', ')}?)` : '';
}

/**
 * Turns checked filter flags into a predicate over the fact base's facts, or undefined when no filter was
 * given. Every flag narrows: a fact must carry all given tags, name all given entities (each by id, name or any
 * alias, in any script), be of one of the given kinds and statuses, and overlap the --from/--to range (a
 * partial date such as "1992" counts when any part of it falls in range). A tag or entity the data does not
 * have is a usage error with the closest ones.
 */
export function factFilter(spec: FilterSpec, fb: FactBase): ((fact: Fact) => boolean) | undefined {
  const tests: Array<(f: Fact) => boolean> = [];
  if (spec.tags.length > 0) {
    const known = new Set(fb.facts.flatMap((f) => f.tags));
    for (const tag of spec.tags) {
      if (!known.has(tag)) throw new UsageError(`unknown tag "${tag}"${didYouMean(closest(tag, known))}`);
      tests.push((f) => f.tags.includes(tag));
    }
  }
  for (const name of spec.entities) {
    const ids = fb.resolveEntity(name);
    if (ids.length === 0)
      throw new UsageError(`unknown entity "${name}"${didYouMean(fb.closestEntities(name))}`);
    tests.push((f) => f.entities.some((e) => ids.includes(e)));
  }
  if (spec.kinds.length > 0) {
    const kinds = new Set<string>(spec.kinds);
    tests.push((f) => kinds.has(f.kind));
  }
  if (spec.statuses.length > 0) {
    const statuses = new Set<string>(spec.statuses);
    tests.push((f) => statuses.has(f.status));
  }
  const { from, to } = spec;
  if (from !== undefined || to !== undefined) {
    tests.push((f) => f.date !== null && overlaps(mustParseFactDate(f.date), from, to));
  }
  return tests.length === 0 ? undefined : (f) => tests.every((t) => t(f));
}
