import { Argument, Command } from '@commander-js/extra-typings';
import { factFilter, parseFilterFlags, withFilters, type FilterSpec } from '../cli/filterOptions.js';
import { withExamples } from '../cli/KztCommand.js';
import { year } from '../cli/options.js';
import { outputOf, withOutput } from '../cli/outputOptions.js';
import { finish, type Runner } from '../cli/runner.js';
import type { CommandContext, Factory } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import { emitRecords } from '../export/emitRecords.js';
import { factToJson, jsonView } from '../export/factToJson.js';
import { ANNIVERSARY_FIELDS, TABULAR_FACT_FIELDS } from '../export/fields.js';
import type { OutputOptions } from '../export/OutputOptions.js';
import { renderAnniversaries } from '../render/anniversaryView.js';
import { anniversariesIn } from '../timeline/anniversaries.js';

/** Options of `kzt anniversaries`. */
export interface AnniversariesOptions {
  /** The year to list; the current year (from the context's clock) when absent. */
  year?: number;
  filter: FilterSpec;
  output: OutputOptions;
}

/** `kzt anniversaries [year]`: its flags, help and completion; the action parses them and hands them to `run`. */
export function anniversariesCommand(f: Factory, run: Runner<AnniversariesOptions> = runAnniversaries) {
  const cmd = withOutput(
    withFilters(
      new Command('anniversaries')
        .description('events whose 1st, 5th, 10th, 15th, ... anniversary falls in a year, in calendar order')
        .addArgument(new Argument('[year]', 'the year (default: this year)').argParser(year)),
    ),
    ANNIVERSARY_FIELDS,
  ).action((y, opts) => {
    const ctx = f.context();
    const output = outputOf(opts, ctx.isTTY, ANNIVERSARY_FIELDS);
    finish(run({ year: y, filter: parseFilterFlags(opts), output }, ctx));
  });
  return withExamples(
    cmd,
    'kzt anniversaries',
    'kzt anniversaries 2027',
    'kzt anniversaries 2032 --entity nazarbayev --json',
  );
}

/** Events whose 1st, 5th, 10th, 15th, ... anniversary falls in that year; exit 1 when there are none. */
export function runAnniversaries(options: AnniversariesOptions, ctx: CommandContext): ExitCodeValue {
  const fb = ctx.factBase();
  const year = options.year ?? ctx.now().getFullYear();
  const filter = factFilter(options.filter, fb);
  const list = anniversariesIn(filter ? fb.facts.filter(filter) : fb.facts, year);
  const view = jsonView(ctx.lang, options.output);
  emitRecords(
    list,
    (a) => ({ ...factToJson(a.fact, fb, view), anniversary: { years: a.years, date: a.date } }),
    options.output,
    ctx,
    {
      table: () =>
        renderAnniversaries(
          year,
          list.map((a) => ({ ...a, fact: fb.localised(a.fact, ctx.lang) })),
          ctx.columns,
          ctx.style,
          ctx.lang,
        ),
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
