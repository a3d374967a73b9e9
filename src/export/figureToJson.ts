import { mustParsePeriod } from '../lib/periods.js';
import type { FactStore } from '../model/FactStore.js';
import type { Series, SeriesPoint, Target } from '../model/types.js';
import type { SourceJson } from './factToJson.js';

/** A point as printed: the stored fields, its first and last day, and its sources resolved. */
export interface PointJson extends Omit<SeriesPoint, 'sources'> {
  start: string;
  end: string;
  sources: SourceJson[];
}

/** A target as printed, with its sources resolved. */
export interface TargetJson extends Omit<Target, 'sources' | 'year'> {
  year: string | null;
  sources: SourceJson[];
}

/** A series as `kzt figures <series...> --json` prints it: its points and the targets that annotate it. */
export interface SeriesJson extends Omit<Series, 'points'> {
  points: PointJson[];
  targets: TargetJson[];
}

/** One point as a flat record for tables and spreadsheets, carrying its series' id, unit and statistics. */
export interface PointRecord extends PointJson, Pick<Series, 'unit' | 'statistics' | 'title'> {
  series: string;
  partial: boolean;
  lowConfidence: boolean;
}

/** A point with its days and resolved sources, optional fields only where the data has them. */
export function pointToJson(point: SeriesPoint, store: FactStore): PointJson {
  const period = mustParsePeriod(point.period);
  return {
    period: point.period,
    start: period.from,
    end: period.to,
    value: point.value,
    ...(point.qualifier !== undefined ? { qualifier: point.qualifier } : {}),
    ...(point.exports !== undefined ? { exports: point.exports } : {}),
    ...(point.imports !== undefined ? { imports: point.imports } : {}),
    ...(point.partial !== undefined ? { partial: point.partial } : {}),
    ...(point.lowConfidence !== undefined ? { lowConfidence: point.lowConfidence } : {}),
    sources: store.resolve(point.sources),
    status: point.status,
    ...(point.note !== undefined ? { note: point.note } : {}),
  };
}

/** A target with its sources resolved. */
export function targetToJson(target: Target, store: FactStore): TargetJson {
  return { ...target, year: target.year ?? null, sources: store.resolve(target.sources) };
}

/** A series with the given points and targets, as JSON prints it. */
export function seriesToJson(
  series: Series,
  points: readonly SeriesPoint[],
  targets: readonly Target[],
  store: FactStore,
): SeriesJson {
  return {
    id: series.id,
    title: series.title,
    unit: series.unit,
    statistics: series.statistics,
    ...(series.note !== undefined ? { note: series.note } : {}),
    points: points.map((p) => pointToJson(p, store)),
    targets: targets.map((t) => targetToJson(t, store)),
  };
}

/** A point as a flat record of POINT_FIELDS (flags always present, so a spreadsheet column is never blank). */
export function pointRecord(series: Series, point: SeriesPoint, store: FactStore): PointRecord {
  return {
    series: series.id,
    ...pointToJson(point, store),
    unit: series.unit,
    partial: point.partial === true,
    lowConfidence: point.lowConfidence === true,
    statistics: series.statistics,
    title: series.title,
  };
}
