import type { CommandContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import { emitRecords } from '../export/emitRecords.js';
import { factToJson } from '../export/factToJson.js';
import type { OutputOptions } from '../export/OutputOptions.js';
import { renderAnniversaries } from '../render/anniversaryView.js';
import { anniversariesIn } from '../timeline/anniversaries.js';
import { parseFilter, type FilterFlags } from './factFilter.js';
import { TABULAR_FACT_FIELDS } from '../export/fields.js';

/** Options of `kzt anniversaries`. */
export interface AnniversariesOptions extends FilterFlags {
  /** The year to list; the current year (from the context's clock) when absent. */
  year?: number;
  output: OutputOptions;
}

/** `kzt anniversaries [year]`: events whose 1st, 5th, 10th, 15th, ... anniversary falls in that year. */
export function runAnniversaries(options: AnniversariesOptions, ctx: CommandContext): ExitCodeValue {
  const store = ctx.store();
  const year = options.year ?? ctx.now().getFullYear();
  const filter = parseFilter(options, store);
  const list = anniversariesIn(filter ? store.facts.filter(filter) : store.facts, year);
  emitRecords(
    list.map((a) => ({ ...factToJson(a.fact, store), anniversary: { years: a.years, date: a.date } })),
    options.output,
    ctx,
    {
      table: () => renderAnniversaries(year, list, ctx.columns, ctx.style),
      plain: ['id', 'anniversaryDate', 'years', 'date', 'text'],
      tabular: ['id', 'anniversaryDate', 'years', ...TABULAR_FACT_FIELDS.slice(1)],
    },
  );
  if (list.length === 0) {
    ctx.stderr.write(`kzt: no round anniversaries in ${year}\n`);
    return ExitCode.notFound;
  }
  return ExitCode.ok;
}
