import { Command, Option, type CommanderError } from 'commander';
import type { CommandContext, Context } from './context.js';
import { ExitCode, type ExitCodeValue } from './errors.js';
import { runList, type ListOptions } from './commands/facts/list.js';
import { runSearch, type SearchOptions } from './commands/facts/search.js';
import { runShow, type ShowOptions } from './commands/facts/show.js';
import { collect, positiveInteger, year } from './commands/options.js';
import { runAnniversaries, type AnniversariesOptions } from './commands/anniversaries.js';
import { runTimeline, type TimelineOptions } from './commands/timeline.js';
import { decideColor, makeStyle, type ColorMode } from './render/style.js';
import { VERSION } from './version.js';

/** The function behind each command; tests swap them for stubs to check argv → options alone. */
export interface Runners {
  search(options: SearchOptions, ctx: CommandContext): ExitCodeValue;
  show(options: ShowOptions, ctx: CommandContext): ExitCodeValue;
  list(options: ListOptions, ctx: CommandContext): ExitCodeValue;
  timeline(options: TimelineOptions, ctx: CommandContext): ExitCodeValue;
  anniversaries(options: AnniversariesOptions, ctx: CommandContext): ExitCodeValue;
}

/** The real runners. */
export const RUNNERS: Runners = {
  search: runSearch,
  show: runShow,
  list: runList,
  timeline: runTimeline,
  anniversaries: runAnniversaries,
};

/** Help text listing examples a user can paste. */
function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
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
  const program = new Command('kzt');
  const withStyle = (): CommandContext => {
    const mode = program.opts<{ color: ColorMode }>().color;
    return { ...ctx, style: makeStyle(decideColor(mode, ctx.env, ctx.isTTY)) };
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
    .addHelpText(
      'after',
      examples(
        'kzt facts search "strategic partnership"',
        'kzt facts search Токаев',
        'kzt facts show diplomatic-relations-established',
        'kzt facts list --entity erdogan --from 2015',
      ),
    );

  const facts = program.command('facts').description('search, show and list the facts');

  facts
    .command('search')
    .description(
      'fuzzy search over text, names and aliases (any language or script), tags and dates; best match first',
    )
    .argument('<query...>', 'words to search for')
    .addOption(new Option('-n, --limit <n>', 'show at most n results').argParser(positiveInteger).default(10))
    .option('--json', 'print a JSON array of facts, each with a score (0–1, higher is better)')
    .addHelpText(
      'after',
      examples(
        'kzt facts search "strategic partnership"',
        'kzt facts search erdogan --limit 3',
        'kzt facts search embassy --from 1992 --to 1992',
        "kzt facts search erdogan --json | jq -r '.[].id'",
      ),
    );
  addFilterOptions(facts.commands[0] as Command).action(
    (words: string[], opts: Omit<SearchOptions, 'query'>) => {
      exitCode = runners.search({ ...opts, query: words.join(' '), json: opts.json === true }, withStyle());
    },
  );

  facts
    .command('show')
    .description('the whole fact: text, date, status, entities and every source')
    .argument('<id>', 'fact id, as printed by search and list')
    .option('--json', 'print the fact as a JSON object')
    .addHelpText(
      'after',
      examples(
        'kzt facts show diplomatic-relations-established',
        'kzt facts show first-diplomatic-mission-claim --json',
      ),
    )
    .action((id: string, opts: { json?: boolean }) => {
      exitCode = runners.show({ id, json: opts.json === true }, withStyle());
    });

  const list = facts
    .command('list')
    .description('every fact, in file order, optionally filtered')
    .option('--json', 'print a JSON array of facts')
    .addHelpText(
      'after',
      examples(
        'kzt facts list',
        'kzt facts list --tag hlscc',
        'kzt facts list --entity Эрдоган --from 2020',
        'kzt facts list --json > facts.json',
      ),
    );
  addFilterOptions(list).action((opts: ListOptions) => {
    exitCode = runners.list({ ...opts, json: opts.json === true }, withStyle());
  });

  const timeline = program
    .command('timeline')
    .description(
      'dated facts in the order they happened, grouped by year; disputed and single-source facts marked',
    )
    .argument('[query...]', 'keep only facts matching this fuzzy search (still in date order)')
    .option('--reverse', 'newest first')
    .addOption(new Option('-n, --limit <n>', 'show at most n facts').argParser(positiveInteger))
    .option('--json', 'print a JSON array of facts in timeline order')
    .addHelpText(
      'after',
      examples(
        'kzt timeline --from 2009',
        'kzt timeline --entity Erdoğan --to 2017',
        'kzt timeline hlscc',
        'kzt timeline --tag embassy --reverse',
      ),
    );
  addFilterOptions(timeline).action((words: string[], opts: Omit<TimelineOptions, 'query'>) => {
    const query = words.length > 0 ? words.join(' ') : undefined;
    exitCode = runners.timeline(
      { ...opts, query, reverse: opts.reverse === true, json: opts.json === true },
      withStyle(),
    );
  });

  const anniversaries = program
    .command('anniversaries')
    .description('events whose 1st, 5th, 10th, 15th, ... anniversary falls in a year, in calendar order')
    .argument('[year]', 'the year (default: this year)', year)
    .option('--json', 'print a JSON array of facts, each with anniversary: {years, date}')
    .addHelpText(
      'after',
      examples(
        'kzt anniversaries',
        'kzt anniversaries 2027',
        'kzt anniversaries 2032 --entity nazarbayev --json',
      ),
    );
  addFilterOptions(anniversaries).action(
    (y: number | undefined, opts: Omit<AnniversariesOptions, 'year'>) => {
      exitCode = runners.anniversaries({ ...opts, year: y, json: opts.json === true }, withStyle());
    },
  );

  return { program, exitCode: () => exitCode };
}

/** Exit code for a CommanderError: help and version are successes, everything else a usage error. */
export function commanderExitCode(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
  if (error.code === 'commander.help') return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  return ExitCode.usage;
}
