import { Argument, Command, Option } from '@commander-js/extra-typings';
import { factFilter, parseFilterFlags, withFilters, type FilterSpec } from '../cli/filterOptions.js';
import { withExamples } from '../cli/KztCommand.js';
import { positiveInteger, year } from '../cli/options.js';
import { outputOf, withOutput } from '../cli/outputOptions.js';
import { finish, type Runner } from '../cli/runner.js';
import type { CommandContext, Factory } from '../context.js';
import { ExitCode, UsageError, type ExitCodeValue } from '../errors.js';
import { formatDateText, localDay } from '../lib/dates.js';
import { emitRecords } from '../export/emitRecords.js';
import { factToJson, jsonView } from '../export/factToJson.js';
import { ANNIVERSARY_FIELDS, TABULAR_FACT_FIELDS } from '../export/fields.js';
import type { OutputOptions } from '../export/OutputOptions.js';
import { anniversaryChunks } from '../render/anniversaryView.js';
import { labelsFor } from '../render/labels.js';
import { anniversariesIn, upcomingAnniversaries } from '../timeline/anniversaries.js';

/** How far ahead --upcoming looks without --days: a year, so that something is always ahead. */
const UPCOMING_DAYS = 365;

/** Options of `kzt anniversaries`. */
export interface AnniversariesOptions {
  /** The year to list; the current year (from the context's clock) when absent. */
  year?: number;
  /** Instead of a year: the anniversaries still ahead from today, within this many days. */
  upcomingDays?: number;
  filter: FilterSpec;
  output: OutputOptions;
}

/** `kzt anniversaries [year]`: its flags, help and completion; the action parses them and hands them to `run`. */
export function anniversariesCommand(f: Factory, run: Runner<AnniversariesOptions> = runAnniversaries) {
  const cmd = withOutput(
    withFilters(
      new Command('anniversaries')
        .description(
          'events whose 1st, 5th, 10th, 15th, ... anniversary falls in a year (or is still ahead), in calendar order',
        )
        .addArgument(new Argument('[year]', 'the year (default: this year)').argParser(year))
        .addOption(
          new Option('--upcoming', `the anniversaries still ahead from today (next ${UPCOMING_DAYS} days)`),
        )
        .addOption(
          new Option('--days <n>', 'with --upcoming: how many days ahead, today included')
            .argParser(positiveInteger)
            .implies({ upcoming: true }),
        ),
    ),
    ANNIVERSARY_FIELDS,
  ).action((y, opts) => {
    const ctx = f.context();
    const output = outputOf(opts, ctx.isTTY, ANNIVERSARY_FIELDS);
    if (opts.upcoming && y !== undefined)
      throw new UsageError(`give a year or --upcoming, not both (--upcoming starts today)`);
    const upcomingDays = opts.upcoming ? (opts.days ?? UPCOMING_DAYS) : undefined;
    finish(run({ year: y, upcomingDays, filter: parseFilterFlags(opts), output }, ctx));
  });
  return withExamples(
    cmd,
    'kzt anniversaries',
    'kzt anniversaries 2027',
    'kzt anniversaries --upcoming --days 30',
    'kzt anniversaries 2032 --entity nazarbayev --json',
  );
}

/**
 * Events whose 1st, 5th, 10th, 15th, ... anniversary falls in that year, or (--upcoming) those still ahead from
 * today; this year's list marks those already past. Exit 1 when there are none.
 */
export function runAnniversaries(options: AnniversariesOptions, ctx: CommandContext): ExitCodeValue {
  const fb = ctx.factBase();
  const today = localDay(ctx.now());
  const thisYear = ctx.now().getFullYear();
  const filter = factFilter(options.filter, fb);
  const facts = filter ? fb.facts.filter(filter) : fb.facts;
  const days = options.upcomingDays;
  const year = options.year ?? thisYear;
  const list = days === undefined ? anniversariesIn(facts, year) : upcomingAnniversaries(facts, today, days);
  const title =
    days === undefined
      ? labelsFor(ctx.lang).anniversariesIn(year)
      : `Anniversaries in the next ${days === 1 ? 'day' : `${days} days`}, from ${formatDateText(today)}`;
  const view = jsonView(ctx.lang, options.output);
  emitRecords(
    list,
    (a) => Object.assign(factToJson(a.fact, fb, view), { anniversary: { years: a.years, date: a.date } }),
    options.output,
    ctx,
    {
      table: () =>
        anniversaryChunks(
          title,
          list,
          ctx.columns,
          ctx.style,
          year === thisYear && !days ? today : undefined,
          ctx.lang,
          (fact) => fb.localised(fact, ctx.lang),
        ),
      plain: ['id', 'anniversaryDate', 'years', 'date', 'text'],
      tabular: ['id', 'anniversaryDate', 'years', ...TABULAR_FACT_FIELDS.slice(1)],
    },
  );
  if (list.length === 0) {
    ctx.stderr.write(
      days === undefined
        ? `kzt: no round anniversaries in ${year}\n`
        : `kzt: no round anniversaries in the next ${days} days\n`,
    );
    return ExitCode.notFound;
  }
  return ExitCode.ok;
}
