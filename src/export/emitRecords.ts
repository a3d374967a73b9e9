import type { CommandContext } from '../context.js';
import { formatDateIn } from '../lib/formatDate.js';
import { tableChunks } from '../render/table.js';
import { terminalSafe } from '../render/terminalSafe.js';
import { csvRow } from './csv.js';
import { cellText, project, type OutputRecord } from './fields.js';
import { markdownHeader, markdownRow } from './markdownTable.js';
import { safeJson } from './writeJson.js';
import type { OutputOptions } from './OutputOptions.js';

/** How one command presents its records where that differs between commands. */
export interface RecordViews<T> {
  /**
   * The human view for `--format table` without --fields (a table, a timeline, a detail page) of the items:
   * one string, or pieces written one after the other.
   */
  table: (items: readonly T[]) => string | Iterable<string>;
  /** Default columns of plain lines (the id first, so `cut -f1` gives ids). */
  plain: readonly string[];
  /** Default columns of csv, tsv and md. */
  tabular: readonly string[];
  /** `show`: JSON is one object rather than an array. */
  single?: boolean;
  /**
   * What explains the human view of the items (the legend of status marks), written to stderr after it: stdout
   * keeps the table alone, every line of it a table line.
   */
  legend?: (items: readonly T[]) => string;
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

/** A TSV cell for a file or pipe: the text exactly, but for the tabs and line breaks TSV cannot hold. */
function tsvCell(text: string): string {
  return text.replace(/[\t\n\r]/g, ' ');
}

/** Writes a JSON array one element at a time, laid out as JSON.stringify(array, null, indent) would. */
function jsonArray(records: Iterable<object>, ctx: CommandContext): void {
  const pretty = ctx.isTTY;
  let first = true;
  for (const r of records) {
    const json = pretty ? safeJson(r, 2).replace(/\n/g, '\n  ') : safeJson(r);
    ctx.stdout.write(`${first ? '[' : ','}${pretty ? '\n  ' : ''}${json}`);
    first = false;
  }
  ctx.stdout.write(first ? '[]\n' : `${pretty ? '\n' : ''}]\n`);
}

/** Each item's record, made as it is needed: a million facts are never all in memory as records. */
function* recordsOf<T>(items: Iterable<T>, toRecord: (item: T) => OutputRecord): Iterable<OutputRecord> {
  for (const item of items) yield toRecord(item);
}

/**
 * Prints records in the chosen format and returns how many there were. The one place that knows every format,
 * shared by every command: JSON (array, or an object for `show`), NDJSON, RFC 4180 CSV, TSV and Markdown with a
 * header row, plain tab-separated lines without one, or a table. Records are made and written one at a time, so
 * an export of any size streams out in 64 KiB chunks. Text bound for a terminal goes through the one sanitiser;
 * JSON escapes; CSV and TSV into a file or pipe keep the data's bytes exactly (TSV turning only tabs and line
 * breaks into spaces, which it cannot hold).
 */
export function emitRecords<T>(
  items: Iterable<T>,
  toRecord: (item: T) => OutputRecord,
  out: OutputOptions,
  ctx: CommandContext,
  views: RecordViews<T>,
): number {
  const fields = out.fields;
  let count = 0;
  const counted = function* (): Iterable<T> {
    for (const item of items) {
      count++;
      yield item;
    }
  };
  const records = recordsOf(counted(), toRecord);
  const cells = (r: OutputRecord, cols: readonly string[]) => cols.map((f) => cellText(r, f));
  switch (out.format) {
    case 'table': {
      if (!fields) {
        // The human view draws from the items themselves; nothing at all when there are none.
        const list = [...items];
        if (list.length === 0) return 0;
        const view = views.table(list);
        if (typeof view === 'string') ctx.stdout.write(view);
        else for (const chunk of view) ctx.stdout.write(chunk);
        if (views.legend) ctx.stderr.write(views.legend(list));
        return list.length;
      }
      const list = [...records];
      if (list.length === 0) return 0;
      const { chalk } = ctx.style;
      const columns = fields.map((f) => ({
        header: f,
        cells: list.map((r) =>
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
      for (const chunk of tableChunks(columns, list.length, ctx.columns, ctx.style)) ctx.stdout.write(chunk);
      return count;
    }
    case 'json':
      if (views.single) {
        for (const r of records) {
          ctx.stdout.write(`${safeJson(project(r, fields), ctx.isTTY ? 2 : undefined)}\n`);
          break;
        }
      } else {
        jsonArray(
          (function* () {
            for (const r of records) yield project(r, fields);
          })(),
          ctx,
        );
      }
      return count;
    case 'ndjson':
      for (const r of records) ctx.stdout.write(`${safeJson(project(r, fields))}\n`);
      return count;
    case 'csv': {
      const cols = fields ?? views.tabular;
      // On a terminal every cell goes through the sanitiser (line breaks kept: CSV quotes them).
      const cell = ctx.isTTY ? (text: string) => terminalSafe(text, true) : (text: string) => text;
      ctx.stdout.write(csvRow(cols));
      for (const r of records) ctx.stdout.write(csvRow(cells(r, cols).map(cell)));
      return count;
    }
    case 'tsv': {
      const cols = fields ?? views.tabular;
      const cell = ctx.isTTY ? oneLine : tsvCell;
      ctx.stdout.write(`${cols.join('\t')}\n`);
      for (const r of records) ctx.stdout.write(`${cells(r, cols).map(cell).join('\t')}\n`);
      return count;
    }
    case 'plain': {
      const cols = fields ?? views.plain;
      // Plain lines take colour only when it is forced on for a pipe (--color always, FORCE_COLOR).
      const paint = plainPaint(ctx);
      for (const r of records) {
        const line = cols.map((f) => (paint ? paint(f, oneLine(cellText(r, f))) : oneLine(cellText(r, f))));
        ctx.stdout.write(`${line.join('\t')}\n`);
      }
      return count;
    }
    case 'md': {
      const cols = fields ?? views.tabular;
      ctx.stdout.write(markdownHeader(cols));
      for (const r of records) ctx.stdout.write(markdownRow(cells(r, cols)));
      return count;
    }
  }
}
