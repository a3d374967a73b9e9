import { Command, Option } from '@commander-js/extra-typings';
import { parseFilterFlags } from '../../cli/filterOptions.js';
import { completeOption, withExamples } from '../../cli/KztCommand.js';
import { repeatable } from '../../cli/options.js';
import { outputOf, withOutput } from '../../cli/outputOptions.js';
import { emitRegister } from '../../cli/emitRegister.js';
import { finish, type Runner } from '../../cli/runner.js';
import type { CommandContext, Factory } from '../../context.js';
import { UsageError, type ExitCodeValue } from '../../errors.js';
import { SOURCE_FIELDS } from '../../export/fields.js';
import type { OutputOptions } from '../../export/OutputOptions.js';
import { sourceToJson } from '../../export/sourceToJson.js';
import { closest } from '../../lib/closest.js';
import { mustParseFactDate, overlaps } from '../../lib/dates.js';
import { fold } from '../../lib/fold.js';
import { foldedWords, matchesWords } from '../../lib/matchesWords.js';
import { authorsOf } from '../../model/authorsOf.js';
import { factCounts } from '../../model/factCounts.js';
import type { Source } from '../../model/types.js';
import { renderSourceTable } from '../../render/sourceTable.js';
import { terminalSafe } from '../../render/terminalSafe.js';

/** Options of `kzt sources` (`kzt sources list`). */
export interface SourcesOptions {
  /** Words that must all occur in the title, publisher, authors or id (folded); empty for every source. */
  query: string;
  /** Publishers, any of which the source's must contain (folded). */
  publishers: readonly string[];
  /** The first day --from covers and the last day --to covers: sources whose date overlaps them. */
  from?: string;
  to?: string;
  output: OutputOptions;
}

/** `kzt sources [query...]`: its flags, help and completion; the action checks them and hands them to `run`. */
export function sourcesListCommand(f: Factory, run: Runner<SourcesOptions> = runSourcesList) {
  const cmd = withOutput(
    new Command('list')
      .description('the register of sources: title, publisher, date, kind, URL and how many facts cite each')
      .argument('[query...]', 'words to find in the title, publisher, authors or id')
      .addOption(
        new Option(
          '--publisher <name>',
          'only sources from this publisher (part of its name; repeatable: any)',
        ).argParser(repeatable),
      )
      .addOption(
        new Option('--from <year>', 'only sources published in or after this year (or month, or day)'),
      )
      .addOption(
        new Option('--to <year>', 'only sources published in or before this year (or month, or day)'),
      ),
    SOURCE_FIELDS,
  ).action((words, opts) => {
    const ctx = f.context();
    const { from, to } = parseFilterFlags({ from: opts.from, to: opts.to });
    const output = outputOf(opts, ctx.isTTY, SOURCE_FIELDS);
    finish(run({ query: words.join(' '), publishers: opts.publisher ?? [], from, to, output }, ctx));
  });
  completeOption(cmd, '--publisher', {
    values: (s) => [...new Set(s.factBase().sources.map((x) => x.publisher))].sort(),
  });
  return withExamples(
    cmd,
    'kzt sources',
    'kzt sources "daily sabah" --from 2022',
    'kzt sources --publisher Kazinform --json',
    'kzt sources --format csv --fields id,title,publisher,date,url > sources.csv',
  );
}

/** The test a source must pass: the query's words, any of the publishers, and the date range. */
function sourceFilter(options: SourcesOptions, sources: readonly Source[]): (s: Source) => boolean {
  const words = foldedWords(options.query);
  const publishers = options.publishers.map(fold);
  const known = [...new Set(sources.map((s) => s.publisher))];
  options.publishers.forEach((p, i) => {
    if (!known.some((k) => fold(k).includes(publishers[i] ?? ''))) {
      const near = closest(p, known).map((n) => terminalSafe(n));
      const hint = near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : '';
      throw new UsageError(`no publisher "${terminalSafe(p)}" in the register${hint}`);
    }
  });
  const { from, to } = options;
  return (s) =>
    matchesWords(words, [s.title, s.publisher, s.id, ...authorsOf(s)]) &&
    (publishers.length === 0 || publishers.some((p) => fold(s.publisher).includes(p))) &&
    (from === undefined && to === undefined
      ? true
      : s.date !== null && overlaps(mustParseFactDate(s.date), from, to));
}

/** The register of sources, in file order, narrowed by the query and filters; exit 1 when none is left. */
export function runSourcesList(options: SourcesOptions, ctx: CommandContext): ExitCodeValue {
  const fb = ctx.factBase();
  const counts = factCounts(fb.facts, (fact) => fact.sources.map((r) => r.source));
  const sources = fb.sources.filter(sourceFilter(options, fb.sources));
  const rows = sources.map((source) => ({ source, factCount: counts.get(source.id) ?? 0 }));
  return emitRegister(
    rows,
    (r) => sourceToJson(r.source, r.factCount),
    options.output,
    ctx,
    {
      table: () => renderSourceTable(rows, ctx.columns, ctx.style),
      plain: ['id', 'date', 'publisher', 'title'],
      tabular: SOURCE_FIELDS,
    },
    { one: 'source', many: 'sources', next: '`kzt sources show <id>` lists the facts that cite one' },
  );
}
