import type { CommandContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import type { OutputOptions } from '../export/OutputOptions.js';

/**
 * Ends a register's listing: "no <things> match" and exit 1 when it was empty; after a table on a terminal, how
 * many there were and what to type next (on stderr, so that stdout stays data).
 */
export function registerSummary(
  ctx: CommandContext,
  output: OutputOptions,
  count: number,
  noun: { one: string; many: string },
  next: string,
): ExitCodeValue {
  if (count === 0) {
    ctx.stderr.write(`kzt: no ${noun.many} match\n`);
    return ExitCode.notFound;
  }
  if (ctx.isTTY && output.format === 'table') {
    ctx.stderr.write(`kzt: ${count === 1 ? `1 ${noun.one}` : `${count} ${noun.many}`}; ${next}\n`);
  }
  return ExitCode.ok;
}
