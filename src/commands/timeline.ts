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
import { timelineChunks } from '../render/timelineView.js';
import { inDateOrder } from '../timeline/chronological.js';
import type { Fact } from '../model/types.js';
import { withSort } from '../cli/sortOption.js';
import { nothingToSearch } from '../cli/nothingToSearch.js';

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
      withSort(
        new Command('timeline')
          .description(
            'dated facts in the order they happened, grouped by year; disputed and single-source facts marked',
          )
          .argument('[query...]', 'keep only facts matching this fuzzy search (still in date order)')
          .addOption(new Option('--reverse', 'newest first (short for --sort -date)').conflicts('sort'))
          .addOption(new Option('-n, --limit <n>', 'show at most n facts').argParser(positiveInteger)),
        ['date', '-date'],
        'date',
      ),
    ),
    FACT_FIELDS,
  ).action((words, opts) => {
    const ctx = f.context();
    const output = outputOf(opts, ctx.isTTY, FACT_FIELDS);
    const query = words.length > 0 ? words.join(' ') : undefined;
    finish(
      run(
        {
          query,
          reverse: opts.reverse === true || opts.sort === '-date',
          limit: opts.limit,
          filter: parseFilterFlags(opts),
          output,
        },
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
  // A timeline is read in one language: its facts come without the other languages' texts and notes unless
  // --fields names them. With all four, Erdoğan's 60 facts came to 208 KB, too much for a shell variable passed
  // on as an argument (the 128 KiB limit).
  const view = options.output.fields
    ? jsonView(ctx.lang, options.output)
    : { lang: ctx.lang, everyLanguage: false };
  const emit = (facts: readonly Fact[]) =>
    emitRecords(facts, (fact) => factToJson(fact, ctx.factBase(), view), options.output, ctx, {
      table: () =>
        timelineChunks(facts, ctx.columns, ctx.style, ctx.lang, (fact) =>
          ctx.factBase().localised(fact, ctx.lang),
        ),
      plain: ['id', 'date', 'text'],
      tabular: TABULAR_FACT_FIELDS,
    });
  if (options.query !== undefined && nothingToSearch(options.query, ctx)) {
    emit([]);
    return ExitCode.notFound;
  }
  const fb = ctx.factBase();
  const filter = factFilter(options.filter, fb);
  const candidates =
    options.query === undefined
      ? fb.facts.filter((fact) => !filter || filter(fact))
      : fb.search(options.query, { filter }).map((h) => h.fact);
  const all = inDateOrder(
    candidates.filter((fact) => fact.date !== null),
    options.reverse,
  );
  const facts = options.limit === undefined ? all : all.slice(0, options.limit);
  emit(facts);
  if (facts.length === 0) {
    ctx.stderr.write('kzt: no dated facts match\n');
    return ExitCode.notFound;
  }
  if (facts.length < all.length) ctx.stderr.write(`kzt: showing ${facts.length} of ${all.length} facts\n`);
  return ExitCode.ok;
}
