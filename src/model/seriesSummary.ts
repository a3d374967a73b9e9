import { mustParsePeriod } from '../lib/periods.js';
import type { LocalizedText, Series, SeriesPoint, Statistics } from './types.js';

/** A series in the list of `kzt figures` (and its JSON): what it is and how much of it there is. */
export interface SeriesSummary {
  id: string;
  title: LocalizedText;
  unit: string;
  statistics: Statistics;
  /** First and last year its points cover; null when it has none (in range). */
  from: number | null;
  to: number | null;
  /** How many points. */
  count: number;
  note?: string;
}

/** The summary of a series over some of its points (all, or those in --from/--to). */
export function seriesSummary(series: Series, points: readonly SeriesPoint[]): SeriesSummary {
  const periods = points.map((p) => mustParsePeriod(p.period));
  return {
    id: series.id,
    title: series.title,
    unit: series.unit,
    statistics: series.statistics,
    from: periods.length === 0 ? null : Math.min(...periods.map((p) => Number(p.from.slice(0, 4)))),
    to: periods.length === 0 ? null : Math.max(...periods.map((p) => Number(p.to.slice(0, 4)))),
    count: points.length,
    ...(series.note !== undefined ? { note: series.note } : {}),
  };
}
