import type { CommandContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import { emitRecords, type RecordViews } from '../export/emitRecords.js';
import type { OutputRecord } from '../export/fields.js';
import type { OutputOptions } from '../export/OutputOptions.js';

/** What a register calls its entries, and what to type next to see one. */
export interface RegisterWords {
  one: string;
  many: string;
  next: string;
}

/**
 * Prints a register (sources, entities) in the chosen format, then ends it: "no <things> match" and exit 1 when
 * it was empty; after a table on a terminal, how many there were and what to type next (on stderr, so that
 * stdout stays data).
 */
export function emitRegister<T>(
  rows: readonly T[],
  toRecord: (row: T) => OutputRecord,
  output: OutputOptions,
  ctx: CommandContext,
  views: RecordViews<T>,
  words: RegisterWords,
): ExitCodeValue {
  emitRecords(rows, toRecord, output, ctx, views);
  if (rows.length === 0) {
    ctx.stderr.write(`kzt: no ${words.many} match\n`);
    return ExitCode.notFound;
  }
  if (ctx.isTTY && output.format === 'table') {
    const n = rows.length === 1 ? `1 ${words.one}` : `${rows.length} ${words.many}`;
    ctx.stderr.write(`kzt: ${n}; ${words.next}\n`);
  }
  return ExitCode.ok;
}
