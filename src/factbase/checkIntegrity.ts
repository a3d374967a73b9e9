import { parseFactDate } from '../lib/dates.js';
import type { DataSet } from '../model/types.js';

/** One integrity problem: where (a JSON path) and what. */
export interface IntegrityProblem {
  path: Array<string | number>;
  message: string;
}

/** Ids that are already known from other files (bundled data, earlier --data files). */
export interface KnownIds {
  sources: ReadonlySet<string>;
  entities: ReadonlySet<string>;
}

const NONE: KnownIds = { sources: new Set(), entities: new Set() };

/**
 * Checks what a JSON Schema cannot: ids unique, every entity and source reference resolvable (here or in
 * `known`), dates real calendar dates with ordered intervals, and a source on every fact.
 * `base` is the path prefix of each collection in the file (["facts"] for the full form, [] for an array).
 */
export function checkIntegrity(
  data: DataSet,
  known: KnownIds = NONE,
  base: {
    facts: Array<string | number>;
    sources: Array<string | number>;
    entities: Array<string | number>;
  } = {
    facts: ['facts'],
    sources: ['sources'],
    entities: ['entities'],
  },
): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const unique = (items: Array<{ id: string }>, path: Array<string | number>, what: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        problems.push({ path: [...path, i, 'id'], message: `duplicate ${what} id "${item.id}"` });
      seen.add(item.id);
    });
    return seen;
  };
  const sourceIds = unique(data.sources, base.sources, 'source');
  const entityIds = unique(data.entities, base.entities, 'entity');
  unique(data.facts, base.facts, 'fact');

  data.sources.forEach((s, i) => {
    if (s.date !== null) {
      const d = parseFactDate(s.date);
      if (typeof d === 'string') problems.push({ path: [...base.sources, i, 'date'], message: d });
    }
  });
  data.facts.forEach((f, i) => {
    const at = [...base.facts, i];
    if (f.date !== null) {
      const d = parseFactDate(f.date);
      if (typeof d === 'string') problems.push({ path: [...at, 'date'], message: d });
    }
    if (f.sources.length === 0)
      problems.push({ path: [...at, 'sources'], message: `fact "${f.id}" cites no source` });
    f.sources.forEach((ref, j) => {
      const embedded = typeof ref.title === 'string' && typeof ref.publisher === 'string';
      if (!embedded && !sourceIds.has(ref.source) && !known.sources.has(ref.source)) {
        problems.push({ path: [...at, 'sources', j, 'source'], message: `unknown source "${ref.source}"` });
      }
      if (ref.date !== undefined && ref.date !== null && typeof parseFactDate(ref.date) === 'string') {
        problems.push({ path: [...at, 'sources', j, 'date'], message: `bad source date "${ref.date}"` });
      }
    });
    f.entities.forEach((e, j) => {
      if (!entityIds.has(e) && !known.entities.has(e)) {
        problems.push({ path: [...at, 'entities', j], message: `unknown entity "${e}"` });
      }
    });
    if (f.visit) {
      const visit = f.visit;
      (['by', 'places'] as const).forEach((key) =>
        visit[key].forEach((e, j) => {
          if (!entityIds.has(e) && !known.entities.has(e)) {
            problems.push({
              path: [...at, 'visit', key, j],
              message: `unknown entity "${e}" in visit.${key}`,
            });
          }
        }),
      );
    }
    if (f.status === 'disputed' && !f.note) {
      problems.push({
        path: [...at, 'note'],
        message: `disputed fact "${f.id}" needs a note saying who claims what`,
      });
    }
  });
  return problems;
}
