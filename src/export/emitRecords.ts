import type { CommandContext } from '../context.js';
import { formatDateIn } from '../lib/formatDate.js';
import { renderTable } from '../render/table.js';
import { terminalSafe } from '../render/terminalSafe.js';
import { toCsv } from './csv.js';
import { cellText, project, type OutputRecord } from './fields.js';
import { markdownTable } from './markdownTable.js';
import { safeJson, writeJson } from './writeJson.js';
import type { OutputOptions } from './OutputOptions.js';

/** How one command presents its records where that differs between commands. */
export interface RecordViews {
  /** The human view for `--format table` without --fields (a table, a timeline, a detail page). */
  table: () => string;
  /** Default columns of plain lines (the id first, so `cut -f1` gives ids). */
  plain: readonly string[];
  /** Default columns of csv, tsv and md. */
  tabular: readonly string[];
  /** `show`: JSON is one object rather than an array. */
  single?: boolean;
  /**
   * What explains the human view (the legend of status marks), written to stderr after it: stdout keeps the
   * table alone, every line of it a table line.
   */
  legend?: () => string;
}

const FLEX = new Set(['text', 'note', 'sources']);

/** How plain lines colour a field's cell, or undefined when colour is off. */
function plainPaint(ctx: CommandContext): ((field: string, text: string) => string) | undefined {
  if (!ctx.style.color) return undefined;
  const { chalk } = ctx.style;
  return (field, text) => (field === 'id' ? chalk.yellow(text) : field === 'date' ? chalk.cyan(text) : text);
}

function oneLine(text: string): string {
  return terminalSafe(text).replace(/ {2,}/g, ' ');
}

/**
 * Prints records in the chosen format. The one place that knows every format, shared by every command:
 * JSON (array, or an object for `show`), NDJSON, RFC 4180 CSV, TSV and Markdown with a header row, plain
 * tab-separated lines without one, or a table. Text bound for a terminal is made terminal-safe; JSON escapes.
 */
export function emitRecords<T>(
  items: readonly T[],
  toRecord: (item: T) => OutputRecord,
  out: OutputOptions,
  ctx: CommandContext,
  views: RecordViews,
): void {
  const fields = out.fields;
  // Nothing to show a person; machine formats still print their empty form ([] or a header row).
  if (items.length === 0 && (out.format === 'table' || out.format === 'plain')) return;
  // The human view draws from the items themselves; records are made only for the formats that print them.
  if (out.format === 'table' && !fields) {
    ctx.stdout.write(views.table());
    if (views.legend) ctx.stderr.write(views.legend());
    return;
  }
  const records = items.map(toRecord);
  switch (out.format) {
    case 'json':
      writeJson(
        views.single ? project(records[0] ?? {}, fields) : records.map((r) => project(r, fields)),
        ctx,
      );
      return;
    case 'ndjson':
      ctx.stdout.write(records.map((r) => `${safeJson(project(r, fields))}\n`).join(''));
      return;
    case 'csv': {
      const cols = fields ?? views.tabular;
      ctx.stdout.write(toCsv([cols, ...records.map((r) => cols.map((f) => cellText(r, f)))]));
      return;
    }
    case 'tsv':
    case 'plain': {
      const cols = fields ?? (out.format === 'tsv' ? views.tabular : views.plain);
      // Plain lines take colour only when it is forced on for a pipe (--color always, FORCE_COLOR).
      const paint = out.format === 'plain' ? plainPaint(ctx) : undefined;
      const lines = records.map((r) =>
        cols.map((f) => (paint ? paint(f, oneLine(cellText(r, f))) : oneLine(cellText(r, f)))).join('\t'),
      );
      if (out.format === 'tsv') lines.unshift(cols.join('\t'));
      ctx.stdout.write(lines.map((l) => `${l}\n`).join(''));
      return;
    }
    case 'md': {
      const cols = fields ?? views.tabular;
      ctx.stdout.write(
        markdownTable(
          cols,
          records.map((r) => cols.map((f) => cellText(r, f))),
        ),
      );
      return;
    }
    case 'table': {
      const { chalk } = ctx.style;
      const columns = (fields ?? []).map((f) => ({
        header: f,
        cells: records.map((r) =>
          oneLine(f === 'date' ? formatDateIn(cellText(r, f) || null, ctx.lang) : cellText(r, f)),
        ),
        flex: FLEX.has(f),
        id: f === 'id',
        paint:
          f === 'id'
            ? (l: string) => chalk.yellow(l)
            : f === 'date'
              ? (l: string) => chalk.cyan(l)
              : undefined,
      }));
      ctx.stdout.write(renderTable(columns, records.length, ctx.columns, ctx.style));
    }
  }
}
