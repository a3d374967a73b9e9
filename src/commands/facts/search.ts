import { Command, Option } from '@commander-js/extra-typings';
import { factFilter, parseFilterFlags, withFilters, type FilterSpec } from '../../cli/filterOptions.js';
import { withExamples } from '../../cli/KztCommand.js';
import { positiveInteger } from '../../cli/options.js';
import { outputOf, withOutput } from '../../cli/outputOptions.js';
import { finish, type Runner } from '../../cli/runner.js';
import { SORTS, withSort, type Sort } from '../../cli/sortOption.js';
import { nothingToSearch } from '../../cli/nothingToSearch.js';
import type { CommandContext, Factory } from '../../context.js';
import { ExitCode, type ExitCodeValue } from '../../errors.js';
import { emitRecords } from '../../export/emitRecords.js';
import { factToJson, jsonView } from '../../export/factToJson.js';
import { SEARCH_FIELDS, TABULAR_FACT_FIELDS } from '../../export/fields.js';
import type { OutputOptions } from '../../export/OutputOptions.js';
import type { FactHit, FactQuery } from '../../factbase/FactBase.js';
import { factTableChunks, factTableLegend } from '../../render/factTable.js';
import { quoted, quotedList } from '../../render/terminalSafe.js';
import { inDateOrder } from '../../timeline/chronological.js';

/** Options of `kzt facts search`. */
export interface SearchOptions {
  query: string;
  /** At most this many results; undefined with --all. */
  limit?: number;
  sort: Sort;
  filter: FilterSpec;
  output: OutputOptions;
}

/** `kzt facts search <query...>`: its flags, help and completion; the action parses them and hands them to `run`. */
export function searchCommand(f: Factory, run: Runner<SearchOptions> = runSearch) {
  const cmd = withOutput(
    withFilters(
      withSort(
        new Command('search')
          .description(
            'fuzzy search over text, notes, names and aliases (any language or script), tags and dates; best match first',
          )
          .argument('<query...>', 'words to search for')
          .addOption(
            new Option('-n, --limit <n>', 'show at most n results').argParser(positiveInteger).default(10),
          )
          .addOption(new Option('--all', 'show every match (no limit)').conflicts('limit')),
        SORTS,
        'relevance',
      ),
    ),
    SEARCH_FIELDS,
  ).action((words, opts) => {
    const ctx = f.context();
    const output = outputOf(opts, ctx.isTTY, SEARCH_FIELDS);
    const limit = opts.all ? undefined : opts.limit;
    const filter = parseFilterFlags(opts);
    finish(run({ query: words.join(' '), limit, sort: opts.sort, filter, output }, ctx));
  });
  return withExamples(
    cmd,
    'kzt facts search "strategic partnership"',
    'kzt facts search erdogan --limit 3',
    'kzt facts search "March 1992"',
    'kzt facts search council --all --sort date',
    'kzt facts search embassy --from 1992 --to 1992',
    "kzt facts search erdogan --json | jq -r '.[].id'",
    'kzt facts search visa --format csv --fields id,date,text > visa.csv',
  );
}

/** Hits in the order asked for, cut to the limit: best first, or by date with the best `limit` of every match. */
function ordered(hits: readonly FactHit[], sort: Sort, limit: number | undefined): FactHit[] {
  if (sort === 'relevance') return [...hits];
  const byFact = new Map(hits.map((h) => [h.fact, h]));
  const facts = inDateOrder(
    hits.map((h) => h.fact),
    sort === '-date',
  );
  return facts.slice(0, limit).flatMap((fact) => byFact.get(fact) ?? []);
}

/** Why nothing was found, on stderr: the words no fact contains, and close words that would find something. */
function reportMiss(query: string, filter: FactQuery['filter'], ctx: CommandContext): void {
  const miss = ctx.factBase().explainMiss(query, { filter });
  const notes = [
    // The facts state what some projects cost, never what a reader would pay
    ...(miss.scope ?? []).map((topic) =>
      topic === 'prices' ? 'kzt holds no prices, only what some projects cost' : `kzt holds no ${topic}`,
    ),
    ...(miss.unheld ?? []).map((phrase) => `no matching fact speaks of ${phrase}`),
    ...(miss.unknown.length > 0
      ? [`no fact has the word${miss.unknown.length === 1 ? '' : 's'} ${quotedList(miss.unknown)}`]
      : []),
    ...(miss.undated.length > 0 ? [`no fact is dated ${quotedList(miss.undated)}`] : []),
    ...(miss.suggestions.length > 0 ? [`did you mean ${quotedList(miss.suggestions)}?`] : []),
    ...(miss.fewer ? [`fewer words find facts: "${quoted(miss.fewer.join(' '))}"`] : []),
  ];
  const why = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  ctx.stderr.write(`kzt: no facts match "${quoted(query)}"${why}\n`);
}

/**
 * Ranked fuzzy matches, best first (or by date); exit 1 when nothing matches or the query has nothing to search
 * for. When the limit cuts the list, stderr says how many matched in all.
 */
export function runSearch(options: SearchOptions, ctx: CommandContext): ExitCodeValue {
  const view = jsonView(ctx.lang, options.output);
  const emit = (hits: readonly FactHit[]) => {
    emitRecords(
      hits,
      // Object.assign, not a spread: a spread would read `sources`, which is resolved only when printed.
      (h) =>
        Object.assign(factToJson(h.fact, ctx.factBase(), view), { score: Math.round(h.score * 1000) / 1000 }),
      options.output,
      ctx,
      {
        table: () =>
          factTableChunks(
            hits.map((h, i) => ({
              fact: ctx.factBase().localised(h.fact, ctx.lang),
              rank: i + 1,
              matched: h.matched,
            })),
            ctx.columns,
            ctx.style,
            ctx.lang,
          ),
        legend: () =>
          factTableLegend(
            hits.map((h) => h.fact),
            ctx.style,
          ),
        plain: ['id', 'score', 'date', 'text'],
        tabular: ['id', 'score', ...TABULAR_FACT_FIELDS.slice(1)],
      },
    );
  };
  if (nothingToSearch(options.query, ctx)) {
    emit([]);
    return ExitCode.notFound;
  }
  const fb = ctx.factBase();
  const filter = factFilter(options.filter, fb);
  const page = fb.searchPage(options.query, {
    filter,
    limit: options.sort === 'relevance' ? options.limit : undefined,
  });
  const hits = ordered(page.hits, options.sort, options.limit);
  emit(hits);
  if (hits.length === 0) {
    reportMiss(options.query, filter, ctx);
    return ExitCode.notFound;
  }
  const table = ctx.isTTY && options.output.format === 'table';
  const sources = table ? "; `kzt show <id>` gives a fact's sources" : '';
  if (hits.length < page.total) {
    ctx.stderr.write(
      `kzt: showing ${hits.length} of ${page.total} matches (--all shows every one)${sources}\n`,
    );
  } else if (table) {
    ctx.stderr.write(`kzt: ${hits.length === 1 ? '1 match' : `${hits.length} matches`}${sources}\n`);
  }
  return ExitCode.ok;
}
