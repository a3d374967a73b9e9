import type { SeriesSummary } from '../model/seriesSummary.js';
import { STATISTICS_NAME } from './figureStyle.js';
import type { Style } from './style.js';
import { renderTable } from './table.js';
import { terminalSafe } from './terminalSafe.js';

/** The table of `kzt figures` on a terminal: each series' id, title and unit, whose statistics, years, points. */
export function renderSeriesList(list: readonly SeriesSummary[], columns: number, style: Style): string {
  const { chalk } = style;
  const years = (s: SeriesSummary) =>
    s.from === null ? '–' : s.from === s.to ? String(s.from) : `${s.from}–${s.to ?? ''}`;
  return renderTable(
    [
      {
        header: 'Id',
        cells: list.map((s) => terminalSafe(s.id)),
        id: true,
        paint: (l) => chalk.yellow(l),
      },
      {
        header: 'Title · unit',
        cells: list.map((s) => terminalSafe(`${s.title.en} · ${s.unit}`)),
        flex: true,
      },
      { header: 'Stats', cells: list.map((s) => STATISTICS_NAME[s.statistics]) },
      { header: 'Years', cells: list.map(years) },
      { header: 'Points', cells: list.map((s) => String(s.count)) },
    ],
    list.length,
    columns,
    style,
  );
}
