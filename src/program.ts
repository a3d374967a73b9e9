import { Argument, Option, type Command, type CommanderError } from 'commander';
import { KztCommand } from './commands/KztCommand.js';
import type { CommandContext, Context } from './context.js';
import { delimiter } from 'node:path';
import { ExitCode, UsageError, type ExitCodeValue } from './errors.js';
import type { LoadOptions } from './data/loadFactBase.js';
import { DEFAULT_MAX_SIZE, parseSize } from './data/readInput.js';
import type { FactStore } from './model/FactStore.js';
import { runList, type ListOptions } from './commands/facts/list.js';
import { runSearch, type SearchOptions } from './commands/facts/search.js';
import { runShow, type ShowOptions } from './commands/facts/show.js';
import { collect, positiveInteger, year } from './commands/options.js';
import type { FilterFlags } from './commands/factFilter.js';
import { runAnniversaries, type AnniversariesOptions } from './commands/anniversaries.js';
import { runTimeline, type TimelineOptions } from './commands/timeline.js';
import { runValidate, type ValidateOptions } from './commands/validate.js';
import { runInfo, type InfoOptions } from './commands/info.js';
import { runCompletion, SHELLS, type Shell } from './commands/completion.js';
import { runComplete, type ValueSource } from './commands/complete.js';
import { decideColor, makeStyle, type ColorMode } from './render/style.js';
import { ANNIVERSARY_FIELDS, FACT_FIELDS, SEARCH_FIELDS } from './export/fields.js';
import { FORMATS, parseOutputOptions, type OutputFlags, type OutputOptions } from './export/OutputOptions.js';
import { VERSION } from './version.js';

/** The global options every command shares. */
interface GlobalFlags {
  color: ColorMode;
  data?: string[];
  bundled: boolean;
  override?: boolean;
  cache: boolean;
  maxSize?: string;
}

/** Turns the global flags and environment into load options: KZT_DATA files first, then --data files. */
function loadOptions(flags: GlobalFlags, env: Readonly<Record<string, string | undefined>>): LoadOptions {
  const fromEnv = (env.KZT_DATA ?? '').split(delimiter).filter(Boolean);
  const sizeText = flags.maxSize ?? env.KZT_MAX_SIZE;
  const maxSize = sizeText === undefined ? DEFAULT_MAX_SIZE : parseSize(sizeText);
  if (maxSize === undefined) {
    const from = flags.maxSize === undefined ? 'KZT_MAX_SIZE' : '--max-size';
    throw new UsageError(`${from} "${sizeText}" is not a size (want bytes or a number with K, M or G)`);
  }
  return {
    files: [...fromEnv, ...(flags.data ?? [])],
    bundled: flags.bundled,
    override: flags.override === true,
    cache: flags.cache,
    maxSize,
  };
}

/** The function behind each command; tests swap them for stubs to check argv → options alone. */
export interface Runners {
  search(options: SearchOptions, ctx: CommandContext): ExitCodeValue;
  show(options: ShowOptions, ctx: CommandContext): ExitCodeValue;
  list(options: ListOptions, ctx: CommandContext): ExitCodeValue;
  timeline(options: TimelineOptions, ctx: CommandContext): ExitCodeValue;
  anniversaries(options: AnniversariesOptions, ctx: CommandContext): ExitCodeValue;
  validate(options: ValidateOptions, ctx: CommandContext): ExitCodeValue;
  info(options: InfoOptions, ctx: CommandContext): ExitCodeValue;
  completion(options: { shell: Shell }, ctx: CommandContext): ExitCodeValue;
  complete(
    options: { program: Command; words: string[]; values: Record<string, ValueSource> },
    ctx: CommandContext,
  ): ExitCodeValue;
}

/** The real runners. */
export const RUNNERS: Runners = {
  search: runSearch,
  show: runShow,
  list: runList,
  timeline: runTimeline,
  anniversaries: runAnniversaries,
  validate: runValidate,
  info: runInfo,
  completion: runCompletion,
  complete: runComplete,
};

function addOutputOptions(cmd: Command, fields: readonly string[]): Command {
  return cmd
    .addOption(
      new Option(
        '--format <format>',
        'output format (default: table on a terminal, plain lines in a pipe)',
      ).choices(FORMATS),
    )
    .option('--json', 'short for --format json')
    .option('--fields <list>', `comma-separated fields to print, in order: ${fields.join(', ')}`);
}

function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--tag <tag>', 'only facts with this tag (repeatable: all must match)', collect)
    .option(
      '--entity <name>',
      'only facts naming this entity: id, name or alias in any script (repeatable)',
      collect,
    )
    .option(
      '--kind <kind>',
      'only facts of this kind: event, agreement, visit, statement, quote, figure (repeatable: any of them)',
      collect,
    )
    .option('--from <date>', 'only facts on or after this year, year-month or date (inclusive)')
    .option('--to <date>', 'only facts on or before this year, year-month or date (inclusive)');
}

/**
 * Builds the command tree: names, arguments, options and help. It does nothing else: each action turns
 * commander's raw values into typed options and hands them to a runner, whose exit code it records.
 */
export function buildProgram(
  ctx: Context,
  runners: Runners = RUNNERS,
): { program: Command; exitCode: () => number } {
  let exitCode: number = ExitCode.ok;
  const program = new KztCommand('kzt');
  let store: FactStore | undefined;
  const withStyle = (): CommandContext => {
    const global = program.opts<GlobalFlags>();
    const style = makeStyle(decideColor(global.color, ctx.env, ctx.isTTY));
    return { ...ctx, style, store: () => (store ??= ctx.loadStore(loadOptions(global, ctx.env))) };
  };

  program
    .description('Kazakhstan–Türkiye relations: an offline, cited fact base for the command line.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(
      new Option('--color <when>', 'colour output: auto, always or never')
        .choices(['auto', 'always', 'never'])
        .default('auto'),
    )
    .option(
      '--data <file>',
      'load a data file on top of the bundled facts (repeatable; - reads stdin)',
      collect,
    )
    .option('--no-bundled', 'use only the --data files (bundled sources and entities stay available to cite)')
    .option('--override', 'let later data files replace facts, sources and entities with the same id')
    .option('--no-cache', 'do not read or write the search index cache')
    .option(
      '--max-size <size>',
      `largest data file to read, e.g. 100M or 2G (default ${DEFAULT_MAX_SIZE / 1024 ** 2}M)`,
    )
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      // Commander's errors become one "kzt:" line, its suggestion joined on.
      outputError: (s, write) =>
        write(
          `kzt: ${s
            .replace(/^error: /, '')
            .replace(/\s*\n\s*/g, ' ')
            .trim()}\n`,
        ),
      getOutHelpWidth: () => ctx.columns,
      getErrHelpWidth: () => ctx.columns,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .exitOverride()
    .showSuggestionAfterError(true)
    .examples(
      'kzt facts search "strategic partnership"',
      'kzt facts search Токаев',
      'kzt facts show diplomatic-relations-established',
      'kzt timeline --from 2009',
      'kzt anniversaries 2027',
      'kzt --data my-notes.json facts search visa',
    );

  const output = (opts: OutputFlags, fields: readonly string[]): OutputOptions =>
    parseOutputOptions(opts, ctx.isTTY, fields);

  const facts = program
    .command('facts')
    .description('search, show and list the facts')
    .examples(
      'kzt facts search "strategic partnership"',
      'kzt facts show twenty-agreements-2022',
      'kzt facts list --tag hlscc',
    );

  const search = facts
    .command('search')
    .description(
      'fuzzy search over text, names and aliases (any language or script), tags and dates; best match first',
    )
    .argument('<query...>', 'words to search for')
    .addOption(new Option('-n, --limit <n>', 'show at most n results').argParser(positiveInteger).default(10))
    .examples(
      'kzt facts search "strategic partnership"',
      'kzt facts search erdogan --limit 3',
      'kzt facts search embassy --from 1992 --to 1992',
      "kzt facts search erdogan --json | jq -r '.[].id'",
      'kzt facts search visa --format csv --fields id,date,text > visa.csv',
    );
  addOutputOptions(addFilterOptions(search), SEARCH_FIELDS).action(
    (words: string[], opts: FilterFlags & OutputFlags & { limit: number }) => {
      const { format, json, fields, ...rest } = opts;
      const out = output({ format, json, fields }, SEARCH_FIELDS);
      exitCode = runners.search({ ...rest, query: words.join(' '), output: out }, withStyle());
    },
  );

  const show = facts
    .command('show')
    .description('the whole fact: text, date, status, entities and every source')
    .argument('<id>', 'fact id, as printed by search and list')
    .examples(
      'kzt facts show diplomatic-relations-established',
      'kzt facts show first-diplomatic-mission-claim --json',
    );
  addOutputOptions(show, FACT_FIELDS).action((id: string, opts: OutputFlags) => {
    exitCode = runners.show({ id, output: output(opts, FACT_FIELDS) }, withStyle());
  });

  const list = facts
    .command('list')
    .description('every fact, in file order, optionally filtered')
    .examples(
      'kzt facts list',
      'kzt facts list --tag hlscc',
      'kzt facts list --entity Эрдоган --from 2020',
      'kzt facts list --json > facts.json',
      'kzt facts list --format md --fields date,text,status',
    );
  addOutputOptions(addFilterOptions(list), FACT_FIELDS).action((opts: FilterFlags & OutputFlags) => {
    const { format, json, fields, ...rest } = opts;
    exitCode = runners.list({ ...rest, output: output({ format, json, fields }, FACT_FIELDS) }, withStyle());
  });

  const timeline = program
    .command('timeline')
    .description(
      'dated facts in the order they happened, grouped by year; disputed and single-source facts marked',
    )
    .argument('[query...]', 'keep only facts matching this fuzzy search (still in date order)')
    .option('--reverse', 'newest first')
    .addOption(new Option('-n, --limit <n>', 'show at most n facts').argParser(positiveInteger))
    .examples(
      'kzt timeline --from 2009',
      'kzt timeline --entity Erdoğan --to 2017',
      'kzt timeline hlscc',
      'kzt timeline --tag embassy --reverse',
    );
  addOutputOptions(addFilterOptions(timeline), FACT_FIELDS).action(
    (words: string[], opts: FilterFlags & OutputFlags & { reverse?: boolean; limit?: number }) => {
      const { format, json, fields, reverse, ...rest } = opts;
      const query = words.length > 0 ? words.join(' ') : undefined;
      const out = output({ format, json, fields }, FACT_FIELDS);
      exitCode = runners.timeline({ ...rest, query, reverse: reverse === true, output: out }, withStyle());
    },
  );

  const anniversaries = program
    .command('anniversaries')
    .description('events whose 1st, 5th, 10th, 15th, ... anniversary falls in a year, in calendar order')
    .argument('[year]', 'the year (default: this year)', year)
    .examples(
      'kzt anniversaries',
      'kzt anniversaries 2027',
      'kzt anniversaries 2032 --entity nazarbayev --json',
    );
  addOutputOptions(addFilterOptions(anniversaries), ANNIVERSARY_FIELDS).action(
    (y: number | undefined, opts: FilterFlags & OutputFlags) => {
      const { format, json, fields, ...rest } = opts;
      const out = output({ format, json, fields }, ANNIVERSARY_FIELDS);
      exitCode = runners.anniversaries({ ...rest, year: y, output: out }, withStyle());
    },
  );

  program
    .command('validate')
    .description(
      'check data files against the schema and integrity rules; every problem as file:line:col: message',
    )
    .argument('<file...>', 'data files to check (- reads stdin)')
    .examples('kzt validate my-facts.json', 'kzt facts list --json | kzt validate -')
    .action((files: string[]) => {
      const cmd = withStyle();
      exitCode = runners.validate(
        { files, maxSize: loadOptions(program.opts<GlobalFlags>(), ctx.env).maxSize },
        cmd,
      );
    });

  program
    .command('info')
    .description("kzt's version and the data it has loaded: counts, date range, files")
    .option('--json', 'print a JSON object')
    .examples('kzt info', 'kzt --data my-notes.json info --json')
    .action((opts: { json?: boolean }) => {
      exitCode = runners.info({ json: opts.json === true }, withStyle());
    });

  program
    .command('completion')
    .description('print a shell completion script (commands, options, fact ids, tags, entities)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .examples(
      'source <(kzt completion bash)      # in ~/.bashrc',
      'source <(kzt completion zsh)       # in ~/.zshrc',
      'kzt completion fish > ~/.config/fish/completions/kzt.fish',
    )
    .action((shell: Shell) => {
      exitCode = runners.completion({ shell }, withStyle());
    });

  // Called by the completion scripts: `kzt __complete -- <words so far> <current word>`.
  const values: Record<string, ValueSource> = {
    '--entity': 'entities',
    '--tag': 'tags',
    '--kind': 'kinds',
    '--format': FORMATS,
    '--fields': [...new Set([...SEARCH_FIELDS, ...ANNIVERSARY_FIELDS])],
    '--data': 'files',
  };
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .action((words: string[]) => {
      exitCode = runners.complete({ program, words, values }, withStyle());
    });

  return { program, exitCode: () => exitCode };
}

/** Exit code for a CommanderError: help and version are successes, everything else a usage error. */
export function commanderExitCode(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
  if (error.code === 'commander.help') return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  return ExitCode.usage;
}
