import { parseFactDate } from '../lib/dates.js';
import type { SourceRef } from '../model/types.js';

/** One integrity problem: where (a JSON path) and what. */
export interface IntegrityProblem {
  path: Array<string | number>;
  message: string;
}

/** Ids that are already known from other files (bundled data, earlier --data files). */
export interface KnownIds {
  sources: ReadonlySet<string>;
  entities: ReadonlySet<string>;
  /** Figure series ids (facts and targets may point to them); absent: none known. */
  series?: ReadonlySet<string>;
}

/** Where each collection sits in a file, as a JSON path prefix (["facts"] in the full form, [] for an array). */
export interface CollectionPaths {
  facts: Array<string | number>;
  sources: Array<string | number>;
  entities: Array<string | number>;
  series: Array<string | number>;
  targets: Array<string | number>;
}

/** The ids a file defines or may cite, and where problems go: what every part of the check shares. */
export interface IntegrityScope {
  problems: IntegrityProblem[];
  sourceIds: ReadonlySet<string>;
  entityIds: ReadonlySet<string>;
  seriesIds: ReadonlySet<string>;
  known: KnownIds;
}

/** Reports each id after its first in a collection; returns the set of ids. */
export function uniqueIds(
  items: ReadonlyArray<{ id: string }>,
  path: Array<string | number>,
  what: string,
  problems: IntegrityProblem[],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      problems.push({ path: [...path, i, 'id'], message: `duplicate ${what} id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}

/** Checks citations: each names a source of the register (or embeds one), with a real date if it gives one. */
export function checkCitations(
  refs: readonly SourceRef[],
  at: Array<string | number>,
  scope: IntegrityScope,
): void {
  refs.forEach((ref, j) => {
    const embedded = typeof ref.title === 'string' && typeof ref.publisher === 'string';
    if (!embedded && !scope.sourceIds.has(ref.source) && !scope.known.sources.has(ref.source)) {
      scope.problems.push({
        path: [...at, 'sources', j, 'source'],
        message: `unknown source "${ref.source}"`,
      });
    }
    if (ref.date !== undefined && ref.date !== null && typeof parseFactDate(ref.date) === 'string') {
      scope.problems.push({ path: [...at, 'sources', j, 'date'], message: `bad source date "${ref.date}"` });
    }
  });
}
