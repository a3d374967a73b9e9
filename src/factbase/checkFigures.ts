import { parseFactDate } from '../lib/dates.js';
import { parsePeriod } from '../lib/periods.js';
import type { DataSet } from '../model/types.js';
import { checkCitations, uniqueIds, type CollectionPaths, type IntegrityScope } from './integrityScope.js';

/**
 * Checks figure series and targets beyond the schema: every period a real period (calendar dates, ranges in
 * order), one point per period in a series, every point and target sourced from the register, a note on
 * disputed points, and the entities and series a target names resolvable.
 */
export function checkFigures(data: DataSet, base: CollectionPaths, scope: IntegrityScope): void {
  const { problems } = scope;
  (data.series ?? []).forEach((series, i) => {
    const seen = new Map<string, number>();
    series.points.forEach((point, j) => {
      const at = [...base.series, i, 'points', j];
      const period = parsePeriod(point.period);
      if (typeof period === 'string') problems.push({ path: [...at, 'period'], message: period });
      const before = seen.get(point.period);
      if (before !== undefined) {
        problems.push({
          path: [...at, 'period'],
          message: `series "${series.id}" has two points for ${point.period} (points ${before + 1} and ${j + 1})`,
        });
      } else seen.set(point.period, j);
      if (point.sources.length === 0)
        problems.push({ path: [...at, 'sources'], message: `a point of "${series.id}" cites no source` });
      checkCitations(point.sources, at, scope);
      if (point.status === 'disputed' && !point.note) {
        problems.push({
          path: [...at, 'note'],
          message: `disputed point ${point.period} of "${series.id}" needs a note saying who gives which figure`,
        });
      }
    });
  });
  const targets = data.targets ?? [];
  uniqueIds(targets, base.targets, 'target', problems);
  targets.forEach((target, i) => {
    const at = [...base.targets, i];
    const date = parseFactDate(target.announced);
    if (typeof date === 'string') problems.push({ path: [...at, 'announced'], message: date });
    checkCitations(target.sources, at, scope);
    target.by.forEach((e, j) => {
      if (!scope.entityIds.has(e) && !scope.known.entities.has(e))
        problems.push({ path: [...at, 'by', j], message: `unknown entity "${e}"` });
    });
    target.series.forEach((s, j) => {
      if (!scope.seriesIds.has(s) && !scope.known.series?.has(s))
        problems.push({ path: [...at, 'series', j], message: `unknown series "${s}"` });
    });
  });
}
