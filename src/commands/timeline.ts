import { Command, Option } from '@commander-js/extra-typings';
import { factFilter, parseFilterFlags, withFilters, type FilterSpec } from '../cli/filterOptions.js';
import { withExamples } from '../cli/KztCommand.js';
import { positiveInteger } from '../cli/options.js';
import { outputOf, withOutput } from '../cli/outputOptions.js';
import { finish, type Runner } from '../cli/runner.js';
import type { CommandContext, Factory } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import { emitRecords } from '../export/emitRecords.js';
import { factToJson, jsonView } from '../export/factToJson.js';
import { FACT_FIELDS, TABULAR_FACT_FIELDS } from '../export/fields.js';
import type { OutputOptions } from '../export/OutputOptions.js';
import { renderTimeline } from '../render/timelineView.js';
import { chronological } from '../timeline/chronological.js';

/** Options of `kzt timeline`. */
export interface TimelineOptions {
  /** Keep only facts matching this fuzzy search (still shown in date order). */
  query?: string;
  reverse: boolean;
  limit?: number;
  filter: FilterSpec;
  output: OutputOptions;
}

/** `kzt timeline [query...]`: its flags, help and completion; the action parses them and hands them to `run`. */
export function timelineCommand(f: Factory, run: Runner<TimelineOptions> = runTimeline) {
  const cmd = withOutput(
    withFilters(
      new Command('timeline')
        .description(
          'dated facts in the order they happened, grouped by year; disputed and single-source facts marked',
        )
        .argument('[query...]', 'keep only facts matching this fuzzy search (still in date order)')
        .addOption(new Option('--reverse', 'newest first'))
        .addOption(new Option('-n, --limit <n>', 'show at most n facts').argParser(positiveInteger)),
    ),
    FACT_FIELDS,
  ).action((words, opts) => {
    const ctx = f.context();
    const output = outputOf(opts, ctx.isTTY, FACT_FIELDS);
    const query = words.length > 0 ? words.join(' ') : undefined;
    finish(
      run(
        { query, reverse: opts.reverse === true, limit: opts.limit, filter: parseFilterFlags(opts), output },
        ctx,
      ),
    );
  });
  return withExamples(
    cmd,
    'kzt timeline --from 2009',
    'kzt timeline --entity Erdoğan --to 2017',
    'kzt timeline hlscc',
    'kzt timeline --tag embassy --reverse',
  );
}

/** Dated facts in the order they happened, grouped by year; exit 1 when none matches. */
export function runTimeline(options: TimelineOptions, ctx: CommandContext): ExitCodeValue {
  const fb = ctx.factBase();
  const filter = factFilter(options.filter, fb);
  const candidates =
    options.query === undefined
      ? fb.facts.filter((fact) => !filter || filter(fact))
      : fb.search(options.query, { filter }).map((h) => h.fact);
  let facts = chronological(candidates);
  if (options.reverse) facts.reverse();
  if (options.limit !== undefined) facts = facts.slice(0, options.limit);
  const view = jsonView(ctx.lang, options.output);
  emitRecords(facts, (fact) => factToJson(fact, fb, view), options.output, ctx, {
    table: () =>
      renderTimeline(
        facts.map((fact) => fb.localised(fact, ctx.lang)),
        ctx.columns,
        ctx.style,
        ctx.lang,
      ),
    plain: ['id', 'date', 'text'],
    tabular: TABULAR_FACT_FIELDS,
  });
  if (facts.length === 0) {
    ctx.stderr.write('kzt: no dated facts match\n');
    return ExitCode.notFound;
  }
  return ExitCode.ok;
}
