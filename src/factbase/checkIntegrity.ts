import { parseFactDate } from '../lib/dates.js';
import type { DataSet, Fact } from '../model/types.js';
import { checkFigures } from './checkFigures.js';
import {
  checkCitations,
  uniqueIds,
  type CollectionPaths,
  type IntegrityProblem,
  type IntegrityScope,
  type KnownIds,
} from './integrityScope.js';

export type { CollectionPaths, IntegrityProblem, IntegrityScope, KnownIds } from './integrityScope.js';

const NONE: KnownIds = { sources: new Set(), entities: new Set() };
const FULL: CollectionPaths = {
  facts: ['facts'],
  sources: ['sources'],
  entities: ['entities'],
  series: ['series'],
  targets: ['targets'],
};

/**
 * Checks a file's registers (sources, entities, figure series and targets): ids unique, source dates real, the
 * figures sound (checkFigures). Returns the scope its facts are then checked in: what they may cite, and where
 * problems go.
 */
export function checkRegisters(
  data: Omit<DataSet, 'facts'>,
  known: KnownIds = NONE,
  base: CollectionPaths = FULL,
): IntegrityScope {
  const problems: IntegrityProblem[] = [];
  const scope: IntegrityScope = {
    problems,
    sourceIds: uniqueIds(data.sources, base.sources, 'source', problems),
    entityIds: uniqueIds(data.entities, base.entities, 'entity', problems),
    seriesIds: uniqueIds(data.series ?? [], base.series, 'series', problems),
    known,
  };
  data.sources.forEach((s, i) => {
    if (s.date !== null) {
      const d = parseFactDate(s.date);
      if (typeof d === 'string') problems.push({ path: [...base.sources, i, 'date'], message: d });
    }
  });
  checkFigures({ ...data, facts: [] }, base, scope);
  return scope;
}

/**
 * Checks one schema-valid fact at JSON path `at`: a real calendar date, a source and resolvable citations,
 * resolvable entities, series and visit entities, a note on a disputed fact. Returns its problems.
 */
export function checkFact(f: Fact, scope: IntegrityScope, at: Array<string | number>): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const own: IntegrityScope = { ...scope, problems };
  const { known } = scope;
  if (f.date !== null) {
    const d = parseFactDate(f.date);
    if (typeof d === 'string') problems.push({ path: [...at, 'date'], message: d });
  }
  if (f.sources.length === 0)
    problems.push({ path: [...at, 'sources'], message: `fact "${f.id}" cites no source` });
  checkCitations(f.sources, at, own);
  f.entities.forEach((e, j) => {
    if (!scope.entityIds.has(e) && !known.entities.has(e)) {
      problems.push({ path: [...at, 'entities', j], message: `unknown entity "${e}"` });
    }
  });
  (f.series ?? []).forEach((s, j) => {
    if (!scope.seriesIds.has(s) && !known.series?.has(s)) {
      problems.push({ path: [...at, 'series', j], message: `unknown series "${s}"` });
    }
  });
  if (f.visit) {
    const visit = f.visit;
    (['by', 'places'] as const).forEach((key) =>
      visit[key].forEach((e, j) => {
        if (!scope.entityIds.has(e) && !known.entities.has(e)) {
          problems.push({ path: [...at, 'visit', key, j], message: `unknown entity "${e}" in visit.${key}` });
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
  return problems;
}

/**
 * Checks what a JSON Schema cannot: ids unique, every entity, source and series reference resolvable (here or
 * in `known`), dates real calendar dates with ordered intervals, a source on every fact, and (checkFigures) the
 * figure series and targets. `base` says where each collection sits in the file.
 */
export function checkIntegrity(
  data: DataSet,
  known: KnownIds = NONE,
  base: CollectionPaths = FULL,
): IntegrityProblem[] {
  const scope = checkRegisters(data, known, base);
  uniqueIds(data.facts, base.facts, 'fact', scope.problems);
  data.facts.forEach((f, i) => scope.problems.push(...checkFact(f, scope, [...base.facts, i])));
  return scope.problems;
}
