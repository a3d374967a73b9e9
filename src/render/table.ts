import type { Style } from './style.js';
import { textWidth } from './textWidth.js';
import { hang, widestUnbreakable, wrap } from './wrap.js';

/** A column of a table: a header, one terminal-safe cell per row, and how to lay it out. */
export interface TableColumn {
  header: string;
  /** The cells, or how to make the cell of a row when it is needed (a million rows are never all in memory). */
  cells: readonly string[] | ((row: number) => string);
  /** Takes the width left over (long text); other columns take their natural width. */
  flex?: boolean;
  /** An identifier: never split across lines. Its own column at its natural width, or its own line. */
  id?: boolean;
  /** Colours one line of a cell (applied after wrapping, so widths are unaffected). */
  paint?: (line: string, row: number) => string;
}

/** The column of ids every table ends with: wrapped at hyphens, in yellow when colour is on. */
export function idColumn(
  ids: readonly string[] | ((row: number) => string),
  style: Style,
  header = 'Id',
): TableColumn {
  return { header, cells: ids, id: true, paint: (l) => style.chalk.yellow(l) };
}

/** Below this many columns for a flexible column, tables are unreadable and rows are stacked instead. */
const MIN_FLEX = 20;

/** Column widths, and whether the identifiers moved out of their column onto a line of the first flexible one. */
interface Layout {
  widths: number[];
  idsInText: boolean;
}

function cellOf(c: TableColumn, row: number): string {
  return typeof c.cells === 'function' ? c.cells(row) : (c.cells[row] ?? '');
}

/** A column's cells one at a time (made as they are reached when they are made on demand). */
function* cellsOf(c: TableColumn, rows: number): Generator<string> {
  for (let r = 0; r < rows; r++) yield cellOf(c, r);
}

function widestLine(texts: Iterable<string>, measure: (text: string) => number): number {
  // A loop, not Math.max(...cells): a spread of 100,000 values can overflow the stack.
  let n = 0;
  for (const text of texts) for (const line of text.split('\n')) n = Math.max(n, measure(line));
  return n;
}

/**
 * Fits the columns into `width`: identifiers at their natural width, other fixed columns at theirs (up to a
 * third of the width), flexible columns sharing the rest but never narrower than 20 columns, than the widest
 * URL or identifier in them, or than the identifiers. When that fails with the identifiers in a column of their own, they go on their own
 * line below the text; when it fails again, there is no table layout (rows are stacked).
 */
function fit(cols: readonly TableColumn[], rows: number, width: number): Layout | undefined {
  const natural = cols.map((c) => Math.max(textWidth(c.header), widestLine(cellsOf(c, rows), textWidth)));
  const unbreakable = cols.map((c) => (c.flex ? widestLine(cellsOf(c, rows), widestUnbreakable) : 0));
  const idWidth = Math.max(0, ...cols.map((c, i) => (c.id ? (natural[i] ?? 0) : 0)));
  const flexCount = cols.filter((c) => c.flex).length;
  const attempt = (idsInText: boolean): Layout | undefined => {
    const shown = cols.filter((c) => !(idsInText && c.id)).length;
    const widths = cols.map((c, i) => {
      const n = natural[i] ?? 1;
      if (c.flex || (idsInText && c.id)) return 0;
      return c.id ? n : Math.min(n, Math.max(10, Math.floor(width / 3)));
    });
    const room = width - (shown * 3 + 1) - widths.reduce((a, b) => a + b, 0);
    if (flexCount === 0) return room >= 0 ? { widths, idsInText } : undefined;
    const flexWidth = Math.floor(room / flexCount);
    // Beside an identifier column the text gets at least as much room as the identifiers; below the text, they
    // need that room in it.
    const need = Math.max(MIN_FLEX, ...unbreakable, idWidth);
    if (flexWidth < need) return undefined;
    cols.forEach((c, i) => {
      if (c.flex)
        widths[i] = Math.max(1, Math.min(flexWidth, Math.max(natural[i] ?? 1, idsInText ? idWidth : 0)));
    });
    return { widths, idsInText };
  };
  return attempt(false) ?? (flexCount > 0 && idWidth > 0 ? attempt(true) : undefined);
}

/** Parts of a line joined by two spaces while they fit; a part that does not fit starts a line (ids stay whole). */
function pack(parts: ReadonlyArray<{ text: string; id?: boolean }>, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (part.text === '') continue;
    if (line !== '' && textWidth(line) + 2 + textWidth(part.text) <= width) {
      line += `  ${part.text}`;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = part.id ? [part.text] : wrap(part.text, width);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line !== '') lines.push(line);
  return lines;
}

function* stacked(
  cols: readonly TableColumn[],
  rows: number,
  width: number,
  style: Style,
): Generator<string> {
  for (let r = 0; r < rows; r++) {
    const head = cols.filter((c) => !c.flex).map((c) => ({ text: cellOf(c, r), id: c.id }));
    const lines = pack(head, width).map((l) => style.chalk.bold(l));
    for (const c of cols.filter((x) => x.flex)) {
      for (const l of hang(cellOf(c, r), width, 2, 2, true)) lines.push(c.paint ? c.paint(l, r) : l);
    }
    yield `${r > 0 ? '\n' : ''}${lines.join('\n')}\n`;
  }
}

/**
 * Renders columns as a bordered table no wider than `width`: fixed columns at their natural width, flexible
 * columns sharing the rest, text wrapped by words. Identifiers and URLs are never split: an identifier keeps a
 * column of its natural width, or moves to its own line below the text when that leaves too little room; when
 * even that does not fit, rows are stacked as blocks (an identifier or URL wider than the terminal then stands on
 * a line of its own, for the terminal to soft-wrap).
 */
export function renderTable(cols: readonly TableColumn[], rows: number, width: number, style: Style): string {
  return [...tableChunks(cols, rows, width, style)].join('');
}

/**
 * The table of renderTable in pieces to write one after the other: the widths are measured in a first pass
 * over the cells, then each row is made, wrapped and drawn when its turn comes, so a table of a million rows
 * never holds more than one row's lines.
 */
export function* tableChunks(
  cols: readonly TableColumn[],
  rows: number,
  width: number,
  style: Style,
): Generator<string> {
  const layout = fit(cols, rows, width);
  if (!layout) {
    yield* stacked(cols, rows, width, style);
    return;
  }
  const { widths, idsInText } = layout;
  const shown = cols.map((c, i) => ({ c, i })).filter(({ c }) => !(idsInText && c.id));
  const firstFlex = cols.findIndex((c) => c.flex);
  const ids = cols.filter((c) => c.id);
  const header = shown.map(({ c }) => [style.chalk.bold(c.header)]);
  function* body(): Generator<string[][]> {
    for (let r = 0; r < rows; r++) {
      yield shown.map(({ c, i }) => {
        const w = widths[i] ?? 1;
        const text = cellOf(c, r);
        const lines = (c.id ? [text] : wrap(text, w, c.flex)).map((l) => (c.paint ? c.paint(l, r) : l));
        if (idsInText && i === firstFlex) {
          for (const id of ids) lines.push(id.paint ? id.paint(cellOf(id, r), r) : cellOf(id, r));
        }
        return lines;
      });
    }
  }
  for (const line of drawLines(
    header,
    body(),
    shown.map(({ i }) => widths[i] ?? 1),
  ))
    yield `${line}\n`;
}

/**
 * Draws a bordered table of cells already wrapped to `widths` (content columns, without padding), the same way
 * for every size: each line padded by its true display width, in time linear in the table's size. (It draws what
 * cli-table3 draws for plain text, which a test holds it to; cli-table3 itself is not used, as it truncates
 * emoji cells and costs about 7 ms a row.)
 */
export function drawTable(header: string[][], body: Iterable<string[][]>, widths: readonly number[]): string {
  return `${[...drawLines(header, body, widths)].join('\n')}\n`;
}

/** The lines of drawTable, one at a time. */
function* drawLines(
  header: string[][],
  body: Iterable<string[][]>,
  widths: readonly number[],
): Generator<string> {
  const rule = (left: string, mid: string, right: string) =>
    `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;
  const separator = rule('├', '┼', '┤');
  function* row(cells: string[][]): Generator<string> {
    let height = 1;
    for (const c of cells) height = Math.max(height, c.length);
    for (let k = 0; k < height; k++) {
      const parts = cells.map((lines, i) => {
        const line = lines[k] ?? '';
        return ` ${line}${' '.repeat(Math.max(0, (widths[i] ?? 0) - textWidth(line)))} `;
      });
      yield `│${parts.join('│')}│`;
    }
  }
  yield rule('┌', '┬', '┐');
  yield* row(header);
  for (const cells of body) {
    yield separator;
    yield* row(cells);
  }
  yield rule('└', '┴', '┘');
}
