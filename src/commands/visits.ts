import { Command, Option } from '@commander-js/extra-typings';
import { factFilter, parseFilterFlags, withFilters, type FilterSpec } from '../cli/filterOptions.js';
import { completeOption, withExamples } from '../cli/KztCommand.js';
import { collect } from '../cli/options.js';
import { withSort } from '../cli/sortOption.js';
import { outputOf, withOutput } from '../cli/outputOptions.js';
import { finish, type Runner } from '../cli/runner.js';
import type { CommandContext, Factory } from '../context.js';
import { ExitCode, UsageError, type ExitCodeValue } from '../errors.js';
import { emitRecords } from '../export/emitRecords.js';
import { factToJson, jsonView } from '../export/factToJson.js';
import { FACT_FIELDS, TABULAR_FACT_FIELDS } from '../export/fields.js';
import type { OutputOptions } from '../export/OutputOptions.js';
import type { FactBase } from '../factbase/FactBase.js';
import type { Fact } from '../model/types.js';
import { renderVisits } from '../render/visitsView.js';
import { chronological } from '../timeline/chronological.js';

/** Options of `kzt visits`. */
export interface VisitsOptions {
  /** People who travelled, as typed: ids, names or aliases in any language or script (all must be on the trip). */
  by: readonly string[];
  /** The country visited, as typed (id, name or alias). */
  host?: string;
  reverse: boolean;
  filter: FilterSpec;
  output: OutputOptions;
}

/** `kzt visits`: its flags, help and completion; the action parses them and hands them to `run`. */
export function visitsCommand(f: Factory, run: Runner<VisitsOptions> = runVisits) {
  const cmd = withOutput(
    withFilters(
      withSort(
        new Command('visits')
          .description(
            'every visit between the two countries in date order: who went where, the type and the occasion',
          )
          .addOption(
            new Option(
              '--by <person>',
              'only visits this person made: id, name or alias in any script (repeatable)',
            ).argParser(collect),
          )
          .addOption(
            new Option(
              '--host <country>',
              'only visits to this country: kazakhstan or turkiye, by any of its names',
            ),
          )
          .addOption(new Option('--reverse', 'newest first (short for --sort -date)').conflicts('sort')),
        ['date', '-date'],
        'date',
      ),
    ),
    FACT_FIELDS,
  ).action((opts) => {
    const ctx = f.context();
    const output = outputOf(opts, ctx.isTTY, FACT_FIELDS);
    finish(
      run(
        {
          by: opts.by ?? [],
          host: opts.host,
          reverse: opts.reverse === true || opts.sort === '-date',
          filter: parseFilterFlags(opts),
          output,
        },
        ctx,
      ),
    );
  });
  completeOption(cmd, '--by', {
    values: (s) => [...new Set(s.factBase().facts.flatMap((fact) => fact.visit?.by ?? []))].sort(),
    list: true,
  });
  completeOption(cmd, '--host', { values: () => ['kazakhstan', 'turkiye'] });
  return withExamples(
    cmd,
    'kzt visits',
    'kzt visits --by erdogan --host kazakhstan',
    'kzt visits --by Токаев --host Türkiye --from 2019',
    'kzt visits --host turkiye --format csv --fields date,text',
  );
}

/** The entity ids a name stands for, or a usage error with the closest names. */
function entityIds(fb: FactBase, name: string, what: string): string[] {
  const ids = fb.resolveEntity(name);
  if (ids.length > 0) return ids;
  const near = fb.closestEntities(name);
  throw new UsageError(
    `unknown ${what} "${name}"${near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : ''}`,
  );
}

/** Visits in date order, narrowed by who travelled, the host country and the usual filters; exit 1 when none. */
export function runVisits(options: VisitsOptions, ctx: CommandContext): ExitCodeValue {
  const fb = ctx.factBase();
  const tests: Array<(fact: Fact) => boolean> = [(fact) => fact.kind === 'visit' && fact.visit !== undefined];
  for (const name of options.by) {
    const ids = entityIds(fb, name, 'person');
    tests.push((fact) => (fact.visit?.by ?? []).some((id) => ids.includes(id)));
  }
  if (options.host !== undefined) {
    const host = entityIds(fb, options.host, 'country').find((id) => id === 'kazakhstan' || id === 'turkiye');
    if (!host) throw new UsageError(`--host "${options.host}" is neither Kazakhstan nor Türkiye`);
    tests.push((fact) => fact.visit?.host === host);
  }
  const filter = factFilter(options.filter, fb);
  if (filter) tests.push(filter);
  const facts = chronological(fb.facts.filter((fact) => tests.every((t) => t(fact))));
  if (options.reverse) facts.reverse();
  const view = jsonView(ctx.lang, options.output);
  emitRecords(facts, (fact) => factToJson(fact, fb, view), options.output, ctx, {
    table: () =>
      renderVisits(
        facts.map((fact) => fb.localised(fact, ctx.lang)),
        fb,
        ctx.columns,
        ctx.style,
        ctx.lang,
      ),
    plain: ['id', 'date', 'text'],
    tabular: TABULAR_FACT_FIELDS,
  });
  if (facts.length === 0) {
    ctx.stderr.write('kzt: no visits match\n');
    return ExitCode.notFound;
  }
  return ExitCode.ok;
}
