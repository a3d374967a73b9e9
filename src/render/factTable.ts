import Table from 'cli-table3';
import { formatDateText } from '../lib/dates.js';
import type { Fact } from '../model/types.js';
import type { Style } from './style.js';
import { terminalSafe } from './terminalSafe.js';
import { textWidth } from './textWidth.js';
import { hang, wrap, wrapId } from './wrap.js';
import { highlight } from './highlight.js';

/** One table row: the fact, its rank when the table shows search results, and the words to highlight. */
export interface FactRow {
  fact: Fact;
  rank?: number;
  matched?: readonly string[];
}

// cli-table3 colours borders and headers itself unless given empty styles; kzt colours through its own chalk
// so that --color never and NO_COLOR leave no escape code anywhere.
const NO_STYLE = { head: [], border: [], 'padding-left': 1, 'padding-right': 1 };

/** Below this many columns for the text, a table is unreadable and facts are stacked instead. */
const MIN_TEXT = 20;

/**
 * Narrow terminals: one block per fact, a heading line (rank, date, id) and the text under it, indented.
 */
function renderFactCards(
  rows: readonly FactRow[],
  dates: readonly string[],
  columns: number,
  style: Style,
): string {
  const { chalk } = style;
  return rows
    .map((row, i) => {
      const head = [row.rank === undefined ? '' : `${row.rank}.`, dates[i] ?? '', terminalSafe(row.fact.id)]
        .filter(Boolean)
        .join('  ');
      const heading = hang(head, columns, 0, 2).map((l) => chalk.bold(l));
      const text = hang(terminalSafe(row.fact.text), columns, 2, 2).map((l) =>
        highlight(l, row.matched ?? [], style),
      );
      return `${[...heading, ...text].join('\n')}\n`;
    })
    .join('\n');
}

/**
 * A bordered table of facts for a terminal `columns` wide: rank (search only), readable date, the text wrapped
 * to the room left, and the id; stacked blocks when the terminal is too narrow. Every line fits in `columns`.
 */
export function renderFactTable(rows: readonly FactRow[], columns: number, style: Style): string {
  const { chalk } = style;
  const ranked = rows.some((r) => r.rank !== undefined);
  const dates = rows.map((r) => formatDateText(r.fact.date));
  const ids = rows.map((r) => terminalSafe(r.fact.id));
  const rankW = ranked ? Math.max(1, ...rows.map((r) => String(r.rank ?? '').length)) : 0;
  const dateW = Math.max(4, ...dates.map(textWidth));
  // Ids take at most a quarter of the width (they wrap at hyphens); the text gets the rest.
  let idW = Math.min(Math.max(2, ...ids.map(textWidth)), Math.max(12, Math.floor(columns / 4)));
  const cols = ranked ? 4 : 3;
  const chrome = cols + 1 + cols * 2; // borders plus one space of padding either side of each cell
  const fixed = () => chrome + (ranked ? rankW : 0) + dateW + idW;
  // Narrow terminals: give the id column less room (ids then wrap) before the text drops below 20 columns.
  idW = Math.max(8, Math.min(idW, columns - MIN_TEXT - (fixed() - idW)));
  const textW = columns - fixed();
  if (textW < MIN_TEXT) return renderFactCards(rows, dates, columns, style);
  const head = [...(ranked ? ['#'] : []), 'Date', 'Fact', 'Id'].map((h) => chalk.bold(h));
  const table = new Table({
    head,
    style: NO_STYLE,
    colWidths: [...(ranked ? [rankW + 2] : []), dateW + 2, textW + 2, idW + 2],
    wordWrap: false,
  });
  rows.forEach((row, i) => {
    const text = wrap(terminalSafe(row.fact.text), textW)
      .map((line) => highlight(line, row.matched ?? [], style))
      .join('\n');
    const id = wrapId(ids[i] ?? '', idW).join('\n');
    table.push([
      ...(ranked ? [chalk.dim(String(row.rank))] : []),
      chalk.cyan(dates[i] ?? ''),
      text,
      chalk.yellow(id),
    ]);
  });
  return `${table.toString()}\n`;
}
