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
import { withSort } from '../../cli/sortOption.js';
import { dateKey, positionsInDateOrder } from '../../timeline/chronological.js';
import { factTableChunks, factTableLegend } from '../../render/factTable.js';

/** Options of `kzt facts list`. */
export interface ListOptions {
  sort: 'date' | '-date';
  filter: FilterSpec;
  output: OutputOptions;
}

/** `kzt facts list`: its flags, help and completion; the action parses them and hands them to `run`. */
export function listCommand(f: Factory, run: Runner<ListOptions> = runList) {
  const cmd = withOutput(
    withFilters(
      withSort(
        new Command('list').description('every fact, oldest first (undated last), optionally filtered'),
        ['date', '-date'],
        'date',
      ),
    ),
    FACT_FIELDS,
  ).action((opts) => {
    const ctx = f.context();
    const output = outputOf(opts, ctx.isTTY, FACT_FIELDS);
    finish(run({ sort: opts.sort, filter: parseFilterFlags(opts), output }, ctx));
  });
  return withExamples(
    cmd,
    'kzt facts list',
    'kzt facts list --tag hlscc',
    'kzt facts list --entity Эрдоган --from 2020',
    'kzt facts list --kind visit,agreement --sort -date',
    'kzt facts list --status disputed',
    'kzt facts list --json > facts.json',
    'kzt facts list --format md --fields date,text,status',
  );
}

/** Every fact in date order (undated last), narrowed by the filter flags; exit 1 when none is left. */
export function runList(options: ListOptions, ctx: CommandContext): ExitCodeValue {
  const fb = ctx.factBase();
  const filter = factFilter(options.filter, fb);
  // Sorted by the facts' dates alone, then printed one fact at a time: a list of a million facts never holds
  // them all (each is read once to sort and once to print).
  const docs: number[] = [];
  const keys: Array<{ key: string; id: string }> = [];
  let doc = 0;
  for (const fact of fb.each()) {
    if (!filter || filter(fact)) {
      docs.push(doc);
      keys.push({ key: dateKey(fact), id: fact.id });
    }
    doc++;
  }
  const order = positionsInDateOrder(keys, options.sort === '-date');
  const facts = (function* () {
    for (const i of order) yield fb.factAt(docs[i] as number);
  })();
  const view = jsonView(ctx.lang, options.output);
  const count = emitRecords(facts, (fact) => factToJson(fact, fb, view), options.output, ctx, {
    table: (shown) =>
      factTableChunks(
        shown.map((fact) => ({ fact: fb.localised(fact, ctx.lang) })),
        ctx.columns,
        ctx.style,
        ctx.lang,
      ),
    legend: (shown) => factTableLegend(shown, ctx.style),
    plain: ['id', 'date', 'text'],
    tabular: TABULAR_FACT_FIELDS,
  });
  if (count === 0) {
    ctx.stderr.write('kzt: no facts match the filters\n');
    return ExitCode.notFound;
  }
  return ExitCode.ok;
}
