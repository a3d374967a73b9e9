import { formatDateIn } from '../lib/formatDate.js';
import type { Language } from '../lib/language.js';
import type { Fact } from '../model/types.js';
import { MARKERS, markerLegend, markerOf } from './datedEntries.js';
import { highlight } from './highlight.js';
import { labelsFor } from './labels.js';
import type { Style } from './style.js';
import { idColumn, tableChunks } from './table.js';
import { terminalSafe } from './terminalSafe.js';

/** One table row: the fact, its rank when the table shows search results, and the words to highlight. */
export interface FactRow {
  fact: Fact;
  rank?: number;
  matched?: readonly string[];
}

/**
 * The default table of facts for a terminal: rank (search only), readable date, the timeline's mark for disputed
 * (!) and single-source (?) facts, the text wrapped to the room left (matched words highlighted), and the id,
 * never split; stacked blocks on narrow terminals (factTableLegend explains the marks). Every line fits `columns`,
 * unless an id is wider than the terminal.
 * Headings and dates are in `lang`, as the facts' texts already are.
 */
export function renderFactTable(
  rows: readonly FactRow[],
  columns: number,
  style: Style,
  lang: Language = 'en',
): string {
  return [...factTableChunks(rows, columns, style, lang)].join('');
}

/** The table of renderFactTable in pieces, each row's cells made only when they are measured or drawn. */
export function factTableChunks(
  rows: readonly FactRow[],
  columns: number,
  style: Style,
  lang: Language = 'en',
): Iterable<string> {
  const { chalk } = style;
  const fact = (i: number) => (rows[i] as FactRow).fact;
  const labels = labelsFor(lang);
  const ranked = rows.some((r) => r.rank !== undefined);
  const marked = rows.some((r) => r.fact.status !== 'corroborated');
  return tableChunks(
    [
      ...(ranked
        ? [
            {
              header: '#',
              cells: (i: number) => String(rows[i]?.rank ?? ''),
              paint: (l: string) => chalk.dim(l),
            },
          ]
        : []),
      {
        header: labels.date,
        cells: (i: number) => formatDateIn(fact(i).date, lang, labels.undated),
        paint: (l: string) => chalk.cyan(l),
      },
      ...(marked
        ? [
            {
              header: '',
              cells: (i: number) => MARKERS[fact(i).status].trim(),
              paint: (l: string, i: number) => (l === '' ? l : markerOf(rows[i]?.fact.status, style)),
            },
          ]
        : []),
      {
        header: labels.fact,
        cells: (i: number) => terminalSafe(fact(i).text),
        flex: true,
        paint: (l: string, i: number) => highlight(l, rows[i]?.matched ?? [], style, lang),
      },
      idColumn((i) => terminalSafe(fact(i).id), style, labels.id),
    ],
    rows.length,
    columns,
    style,
  );
}

/** The legend of the status marks for a table of these facts, or "" when none is marked. */
export function factTableLegend(facts: readonly Fact[], style: Style): string {
  return facts.some((f) => f.status !== 'corroborated') ? markerLegend(style) : '';
}
