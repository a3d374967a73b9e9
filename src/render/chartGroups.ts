import { mustParsePeriod, type Period } from '../lib/periods.js';
import type { Series, SeriesPoint } from '../model/types.js';

/** A series chosen for display, with the points to show (all, or those in --from/--to). */
export interface SelectedSeries {
  series: Series;
  points: readonly SeriesPoint[];
}

/** One bar: a point of the series at `index` in the selection. */
export interface ChartBar {
  index: number;
  series: Series;
  point: SeriesPoint;
}

/** The bars of one period, side by side: every selected series that has a point for it. */
export interface ChartGroup {
  period: Period;
  bars: ChartBar[];
}

/**
 * Groups the points of series by period, in time order (by first day, then last day), so that where two
 * statistics give a figure for the same period both bars stand together. Each bar keeps its series' index in
 * the whole selection, which decides its shape and colour, also when `keep` leaves some series out.
 */
export function chartGroups(
  selection: readonly SelectedSeries[],
  keep: (series: Series) => boolean = () => true,
): ChartGroup[] {
  const groups = new Map<string, ChartGroup>();
  selection.forEach(({ series, points }, index) => {
    if (!keep(series)) return;
    for (const point of points) {
      const group = groups.get(point.period) ?? { period: mustParsePeriod(point.period), bars: [] };
      group.bars.push({ index, series, point });
      groups.set(point.period, group);
    }
  });
  return [...groups.values()].sort(
    (a, b) =>
      a.period.from.localeCompare(b.period.from) ||
      a.period.to.localeCompare(b.period.to) ||
      a.period.label.localeCompare(b.period.label),
  );
}
