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

/** The column of ids every table ends with: wrapped at hyphens, in yellow when colour is on. */
export function idColumn(ids: readonly string[], style: Style, header = 'Id'): TableColumn {
  return { header, cells: ids, id: true, paint: (l) => style.chalk.yellow(l) };
}

/** Below this many columns for a flexible column, tables are unreadable and rows are stacked instead. */
const MIN_FLEX = 20;

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
  // A loop, not Math.max(...cells): a spread of 100,000 values can overflow the stack.
  const natural = cols.map((c) => {
    let n = textWidth(c.header);
    for (const cell of c.cells) for (const line of cell.split('\n')) n = Math.max(n, textWidth(line));
    return n;
  });
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

  const header = cols.map((c) => [style.chalk.bold(c.header)]);
  const body: string[][][] = [];
  for (let r = 0; r < rows; r++) {
    body.push(
      cols.map((c, i) => {
        const w = widths[i] ?? 1;
        const text = c.cells[r] ?? '';
        return (c.id ? wrapId(text, w) : wrap(text, w)).map((l) => (c.paint ? c.paint(l, r) : l));
      }),
    );
  }
  return drawTable(header, body, widths);
}

/**
 * Draws a bordered table of cells already wrapped to `widths` (content columns, without padding), the same way
 * for every size: each line padded by its true display width, in time linear in the table's size. (It draws what
 * cli-table3 draws for plain text, which a test holds it to; cli-table3 itself is not used, as it truncates
 * emoji cells and costs about 7 ms a row.)
 */
export function drawTable(header: string[][], body: string[][][], widths: readonly number[]): string {
  const rule = (left: string, mid: string, right: string) =>
    `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;
  const separator = rule('├', '┼', '┤');
  const out: string[] = [rule('┌', '┬', '┐')];
  const row = (cells: string[][]) => {
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      const parts = cells.map((lines, i) => {
        const line = lines[k] ?? '';
        return ` ${line}${' '.repeat(Math.max(0, (widths[i] ?? 0) - textWidth(line)))} `;
      });
      out.push(`│${parts.join('│')}│`);
    }
  };
  row(header);
  body.forEach((cells) => {
    out.push(separator);
    row(cells);
  });
  out.push(rule('└', '┴', '┘'));
  return `${out.join('\n')}\n`;
}
