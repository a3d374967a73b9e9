import { formatDateText } from '../lib/dates.js';
import type { Source } from '../model/types.js';
import type { Style } from './style.js';
import { idColumn, renderTable } from './table.js';
import { terminalSafe } from './terminalSafe.js';

/** One row of the register of sources: the source and how many facts cite it. */
export interface SourceRow {
  source: Source;
  factCount: number;
}

/**
 * The register of sources for a terminal: date, then the title with the publisher, kind and URL under it, the
 * number of facts citing it and the id; stacked blocks on narrow terminals. Every line fits `columns`.
 */
export function renderSourceTable(rows: readonly SourceRow[], columns: number, style: Style): string {
  const { chalk } = style;
  return renderTable(
    [
      {
        header: 'Date',
        cells: rows.map((r) => formatDateText(r.source.date)),
        paint: (l: string) => chalk.cyan(l),
      },
      {
        header: 'Source',
        cells: rows.map(({ source: s }) =>
          [s.title, `${s.publisher} · ${s.kind}`, s.url]
            .filter(Boolean)
            .map((t) => terminalSafe(t ?? ''))
            .join('\n'),
        ),
        flex: true,
      },
      { header: 'Facts', cells: rows.map((r) => String(r.factCount)) },
      idColumn(
        rows.map((r) => terminalSafe(r.source.id)),
        style,
      ),
    ],
    rows.length,
    columns,
    style,
  );
}
