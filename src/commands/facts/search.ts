import { Command, Option } from '@commander-js/extra-typings';
import { factFilter, parseFilterFlags, withFilters, type FilterSpec } from '../../cli/filterOptions.js';
import { withExamples } from '../../cli/KztCommand.js';
import { positiveInteger } from '../../cli/options.js';
import { outputOf, withOutput } from '../../cli/outputOptions.js';
import { finish, type Runner } from '../../cli/runner.js';
import type { CommandContext, Factory } from '../../context.js';
import { ExitCode, type ExitCodeValue } from '../../errors.js';
import { emitRecords } from '../../export/emitRecords.js';
import { factToJson, jsonView } from '../../export/factToJson.js';
import { SEARCH_FIELDS, TABULAR_FACT_FIELDS } from '../../export/fields.js';
import type { OutputOptions } from '../../export/OutputOptions.js';
import { renderFactTable } from '../../render/factTable.js';
import { terminalSafe } from '../../render/terminalSafe.js';

/** Options of `kzt facts search`. */
export interface SearchOptions {
  query: string;
  limit: number;
  filter: FilterSpec;
  output: OutputOptions;
}

/** `kzt facts search <query...>`: its flags, help and completion; the action parses them and hands them to `run`. */
export function searchCommand(f: Factory, run: Runner<SearchOptions> = runSearch) {
  const cmd = withOutput(
    withFilters(
      new Command('search')
        .description(
          'fuzzy search over text, names and aliases (any language or script), tags and dates; best match first',
        )
        .argument('<query...>', 'words to search for')
        .addOption(
          new Option('-n, --limit <n>', 'show at most n results').argParser(positiveInteger).default(10),
        ),
    ),
    SEARCH_FIELDS,
  ).action((words, opts) => {
    const ctx = f.context();
    const output = outputOf(opts, ctx.isTTY, SEARCH_FIELDS);
    finish(run({ query: words.join(' '), limit: opts.limit, filter: parseFilterFlags(opts), output }, ctx));
  });
  return withExamples(
    cmd,
    'kzt facts search "strategic partnership"',
    'kzt facts search erdogan --limit 3',
    'kzt facts search embassy --from 1992 --to 1992',
    "kzt facts search erdogan --json | jq -r '.[].id'",
    'kzt facts search visa --format csv --fields id,date,text > visa.csv',
  );
}

/** Ranked fuzzy matches, best first; exit 1 when nothing matches. */
export function runSearch(options: SearchOptions, ctx: CommandContext): ExitCodeValue {
  const fb = ctx.factBase();
  const filter = factFilter(options.filter, fb);
  const hits = fb.search(options.query, { limit: options.limit, filter });
  const view = jsonView(ctx.lang, options.output);
  emitRecords(
    hits,
    (h) => ({ ...factToJson(h.fact, fb, view), score: Math.round(h.score * 1000) / 1000 }),
    options.output,
    ctx,
    {
      table: () =>
        renderFactTable(
          hits.map((h, i) => ({ fact: fb.localised(h.fact, ctx.lang), rank: i + 1, matched: h.matched })),
          ctx.columns,
          ctx.style,
          ctx.lang,
        ),
      plain: ['id', 'score', 'date', 'text'],
      tabular: ['id', 'score', ...TABULAR_FACT_FIELDS.slice(1)],
    },
  );
  if (hits.length === 0) {
    const near = fb.suggest(options.query).map((w) => terminalSafe(w));
    const hint = near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : '';
    ctx.stderr.write(`kzt: no facts match "${terminalSafe(options.query)}"${hint}\n`);
    return ExitCode.notFound;
  }
  if (ctx.isTTY && options.output.format === 'table') {
    const n = hits.length === 1 ? '1 match' : `${hits.length} matches`;
    ctx.stderr.write(`kzt: ${n}; \`kzt facts show <id>\` gives a fact's sources\n`);
  }
  return ExitCode.ok;
}
