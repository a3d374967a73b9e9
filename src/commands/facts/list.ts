import { Command } from '@commander-js/extra-typings';
import { factFilter, parseFilterFlags, withFilters, type FilterSpec } from '../../cli/filterOptions.js';
import { withExamples } from '../../cli/KztCommand.js';
import { outputOf, withOutput } from '../../cli/outputOptions.js';
import { finish, type Runner } from '../../cli/runner.js';
import type { CommandContext, Factory } from '../../context.js';
import { ExitCode, type ExitCodeValue } from '../../errors.js';
import { emitRecords } from '../../export/emitRecords.js';
import { factToJson, jsonView } from '../../export/factToJson.js';
import { FACT_FIELDS, TABULAR_FACT_FIELDS } from '../../export/fields.js';
import type { OutputOptions } from '../../export/OutputOptions.js';
import { renderFactTable } from '../../render/factTable.js';

/** Options of `kzt facts list`. */
export interface ListOptions {
  filter: FilterSpec;
  output: OutputOptions;
}

/** `kzt facts list`: its flags, help and completion; the action parses them and hands them to `run`. */
export function listCommand(f: Factory, run: Runner<ListOptions> = runList) {
  const cmd = withOutput(
    withFilters(new Command('list').description('every fact, in file order, optionally filtered')),
    FACT_FIELDS,
  ).action((opts) => {
    const ctx = f.context();
    finish(run({ filter: parseFilterFlags(opts), output: outputOf(opts, ctx.isTTY, FACT_FIELDS) }, ctx));
  });
  return withExamples(
    cmd,
    'kzt facts list',
    'kzt facts list --tag hlscc',
    'kzt facts list --entity Эрдоган --from 2020',
    'kzt facts list --json > facts.json',
    'kzt facts list --format md --fields date,text,status',
  );
}

/** Every fact in file order, narrowed by the filter flags; exit 1 when none is left. */
export function runList(options: ListOptions, ctx: CommandContext): ExitCodeValue {
  const fb = ctx.factBase();
  const filter = factFilter(options.filter, fb);
  const facts = filter ? fb.facts.filter(filter) : fb.facts;
  const view = jsonView(ctx.lang, options.output);
  emitRecords(facts, (fact) => factToJson(fact, fb, view), options.output, ctx, {
    table: () =>
      renderFactTable(
        facts.map((fact) => ({ fact: fb.localised(fact, ctx.lang) })),
        ctx.columns,
        ctx.style,
        ctx.lang,
      ),
    plain: ['id', 'date', 'text'],
    tabular: TABULAR_FACT_FIELDS,
  });
  if (facts.length === 0) {
    ctx.stderr.write('kzt: no facts match the filters\n');
    return ExitCode.notFound;
  }
  return ExitCode.ok;
}
