/** Fields of `kzt figures` without series: one record per series (JSON keys, and columns of the other formats). */
export const SERIES_FIELDS = ['id', 'title', 'unit', 'statistics', 'from', 'to', 'count', 'note'] as const;

/** Fields of `kzt figures <series...>`: one flat record per point, with its series' id, unit and statistics. */
export const POINT_FIELDS = [
  'series',
  'period',
  'start',
  'end',
  'value',
  'qualifier',
  'unit',
  'exports',
  'imports',
  'partial',
  'lowConfidence',
  'status',
  'sources',
  'note',
  'statistics',
  'title',
] as const;

/** Every field `kzt figures` knows, for help and completion (which of the two lists applies depends on the call). */
export const FIGURE_FIELDS = [...new Set<string>([...SERIES_FIELDS, ...POINT_FIELDS])];

/** Default columns of plain lines without series: the id first, so `cut -f1` gives ids. */
export const SERIES_PLAIN = ['id', 'statistics', 'unit', 'from', 'to', 'count', 'title'] as const;

/** Default columns of plain lines with series: what a script reads a series by. */
export const POINT_PLAIN = [
  'series',
  'period',
  'value',
  'qualifier',
  'unit',
  'partial',
  'status',
  'sources',
] as const;
