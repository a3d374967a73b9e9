import Table from 'cli-table3';
import type { Style } from './style.js';
import { textWidth } from './textWidth.js';
import { hang, wrap, wrapId } from './wrap.js';

/** A column of a table: a header, one terminal-safe cell per row, and how to lay it out. */
export interface TableColumn {
  header: string;
  cells: readonly string[];
  /** Takes the width left over (long text); other columns take their natural width. */
  flex?: boolean;
  /** Wraps at hyphens (identifiers). */
  id?: boolean;
  /** Colours one line of a cell (applied after wrapping, so widths are unaffected). */
  paint?: (line: string, row: number) => string;
}

// cli-table3 colours borders and headers itself unless given empty styles; kzt colours through its own chalk so
// that --color never and NO_COLOR leave no escape code anywhere.
const NO_STYLE = { head: [], border: [], 'padding-left': 1, 'padding-right': 1 };
/** Below this many columns for a flexible column, tables are unreadable and rows are stacked instead. */
const MIN_FLEX = 20;
/** Rows per cli-table3 call: big tables are rendered in slices with fixed widths, so time grows with size only. */
const SLICE = 500;

function stacked(cols: readonly TableColumn[], rows: number, width: number, style: Style): string {
  const blocks: string[] = [];
  for (let r = 0; r < rows; r++) {
    const head = cols
      .filter((c) => !c.flex)
      .map((c) => c.cells[r] ?? '')
      .filter(Boolean)
      .join('  ');
    const lines = hang(head, width, 0, 2).map((l) => style.chalk.bold(l));
    for (const c of cols.filter((x) => x.flex)) {
      lines.push(...hang(c.cells[r] ?? '', width, 2, 2).map((l) => (c.paint ? c.paint(l, r) : l)));
    }
    blocks.push(`${lines.join('\n')}\n`);
  }
  return blocks.join('\n');
}

/**
 * Renders columns as a bordered table no wider than `width`: fixed columns at their natural width (identifiers
 * at most a quarter of it, wrapped at hyphens), flexible columns sharing the rest, text wrapped by words. When the
 * flexible columns would get fewer than 20 columns each, rows are stacked as blocks instead.
 */
export function renderTable(cols: readonly TableColumn[], rows: number, width: number, style: Style): string {
  const flexCount = cols.filter((c) => c.flex).length || 1;
  const natural = cols.map((c) =>
    Math.max(textWidth(c.header), ...c.cells.map((cell) => Math.max(...cell.split('\n').map(textWidth)))),
  );
  const chrome = cols.length + 1 + cols.length * 2;
  const widths = cols.map((c, i) => {
    const n = natural[i] ?? 1;
    if (c.flex) return 0;
    return c.id
      ? Math.min(n, Math.max(12, Math.floor(width / 4)))
      : Math.min(n, Math.max(10, Math.floor(width / 3)));
  });
  const room = width - chrome - widths.reduce((a, b) => a + b, 0);
  const flexWidth = Math.floor(room / flexCount);
  if (flexWidth < MIN_FLEX && cols.some((c) => c.flex)) return stacked(cols, rows, width, style);
  cols.forEach((c, i) => {
    if (c.flex) widths[i] = Math.max(1, Math.min(flexWidth, natural[i] ?? 1));
  });
  if (!cols.some((c) => c.flex) && room < 0) return stacked(cols, rows, width, style);

  const cell = (c: TableColumn, i: number, r: number): string => {
    const w = widths[i] ?? 1;
    const text = c.cells[r] ?? '';
    const lines = c.id ? wrapId(text, w) : wrap(text, w);
    return lines.map((l) => (c.paint ? c.paint(l, r) : l)).join('\n');
  };
  const out: string[] = [];
  let separator = '';
  for (let start = 0; start < rows || start === 0; start += SLICE) {
    const end = Math.min(rows, start + SLICE);
    const first = start === 0;
    const table = new Table({
      ...(first ? { head: cols.map((c) => style.chalk.bold(c.header)) } : {}),
      style: NO_STYLE,
      colWidths: widths.map((w) => w + 2),
      wordWrap: false,
    });
    for (let r = start; r < end; r++) table.push(cols.map((c, i) => cell(c, i, r)));
    const lines = table.toString().split('\n');
    if (first) separator = lines[2] ?? '';
    // Slices after the first continue the table: their top border becomes a row separator.
    if (!first) lines[0] = separator;
    if (end < rows) lines.pop();
    out.push(lines.join('\n'));
    if (rows === 0) break;
  }
  return `${out.join('\n')}\n`;
}
