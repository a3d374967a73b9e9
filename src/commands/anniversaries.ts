import type { CommandContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import { factToJson } from '../export/factToJson.js';
import { renderAnniversaries } from '../render/anniversaryView.js';
import { renderFactLines } from '../render/factLines.js';
import { writeJson } from '../render/writeJson.js';
import { anniversariesIn } from '../timeline/anniversaries.js';
import { parseFilter, type FilterFlags } from './factFilter.js';

/** Options of `kzt anniversaries`. */
export interface AnniversariesOptions extends FilterFlags {
  /** The year to list; the current year (from the context's clock) when absent. */
  year?: number;
  json: boolean;
}

/** `kzt anniversaries [year]`: events whose 1st, 5th, 10th, 15th, ... anniversary falls in that year. */
export function runAnniversaries(options: AnniversariesOptions, ctx: CommandContext): ExitCodeValue {
  const store = ctx.store();
  const year = options.year ?? ctx.now().getFullYear();
  const filter = parseFilter(options, store);
  const list = anniversariesIn(filter ? store.facts.filter(filter) : store.facts, year);
  if (options.json) {
    writeJson(
      list.map((a) => ({ ...factToJson(a.fact, store), anniversary: { years: a.years, date: a.date } })),
      ctx,
    );
  } else if (list.length > 0 && ctx.isTTY) {
    ctx.stdout.write(renderAnniversaries(year, list, ctx.columns, ctx.style));
  } else {
    // Piped: the id, then when the anniversary falls and which one it is, then the fact's date and text.
    ctx.stdout.write(renderFactLines(list.map((a) => ({ fact: a.fact, extra: [a.date, String(a.years)] }))));
  }
  if (list.length === 0) {
    ctx.stderr.write(`kzt: no round anniversaries in ${year}\n`);
    return ExitCode.notFound;
  }
  return ExitCode.ok;
}
