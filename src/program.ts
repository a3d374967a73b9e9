import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { delimiter } from 'node:path';
import { adopt, asGroup, HELP, shortcut, withExamples } from './cli/KztCommand.js';
import { withGlobalOptions } from './cli/globalOptions.js';
import { maxSizeOf } from './cli/options.js';
import { anniversariesCommand } from './commands/anniversaries.js';
import { citeCommand } from './commands/cite.js';
import { completeCommand } from './commands/complete.js';
import { completionCommand } from './commands/completion.js';
import { entitiesCommand } from './commands/entities/index.js';
import { factsCommand } from './commands/facts/index.js';
import { figuresCommand } from './commands/figures.js';
import { searchCommand } from './commands/facts/search.js';
import { showCommand } from './commands/facts/show.js';
import { infoCommand } from './commands/info.js';
import { sourcesCommand } from './commands/sources/index.js';
import { timelineCommand } from './commands/timeline.js';
import { validateCommand } from './commands/validate.js';
import { visitsCommand } from './commands/visits.js';
import type { CommandContext, Context, Factory } from './context.js';
import { UsageError } from './errors.js';
import type { FactBase } from './factbase/FactBase.js';
import { languageFromEnvironment } from './lib/language.js';
import { decideColor, makeStyle } from './render/style.js';
import { shortenQuotes, terminalSafe } from './render/terminalSafe.js';
import { VERSION } from './version.js';

/** The root command: kzt's global options, output and error settings, and help that leads with examples. */
function rootCommand(ctx: Context) {
  const program = withGlobalOptions(new Command('kzt'))
    .description('Kazakhstan–Türkiye relations: an offline, cited fact base for the command line.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .configureHelp(HELP)
    .configureOutput({
      // Help is kzt's own text, but it names commands and values: it goes through the sanitiser like all else.
      writeOut: (s) => ctx.stdout.write(terminalSafe(s, true)),
      writeErr: (s) => ctx.stderr.write(terminalSafe(s, true)),
      // Commander's errors become one "kzt:" line, its suggestion joined on and in kzt's own words.
      outputError: (s, write) =>
        write(
          `kzt: ${shortenQuotes(
            terminalSafe(
              s
                .replace(/^error: /, '')
                .replace(/\s*\n\s*/g, ' ')
                .replace('(Did you mean', '(did you mean')
                .trim(),
            ),
            "'",
          )}\n`,
        ),
      getOutHelpWidth: () => ctx.columns,
      getErrHelpWidth: () => ctx.columns,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .exitOverride()
    .showSuggestionAfterError(true);
  return withExamples(
    asGroup(program),
    'kzt search "strategic partnership"',
    'kzt show diplomatic-relations-established',
    'kzt facts list --status disputed',
    'kzt facts search Токаев',
    'kzt facts show diplomatic-relations-established --lang tr',
    'kzt facts show diplomatic-relations-established',
    'kzt timeline --from 2009',
    'kzt anniversaries 2027',
    'kzt figures trade-kz trade-tr',
    'kzt --data my-notes.json facts search visa',
  );
}

/**
 * Builds the command tree: the root with its global options, and each command from its own module. The global
 * options are checked before any command runs (a bad --max-size or KZT_MAX_SIZE is a usage error whatever the
 * command); the fact base opens only when a command first asks for it.
 */
export function buildProgram(ctx: Context): CommandUnknownOpts {
  const program = rootCommand(ctx);
  let commandContext: CommandContext | undefined;
  program.hook('preAction', (_, action) => {
    const global = program.opts();
    // A command's output goes through the user's pager on a terminal; a group's help does not.
    if (global.pager && ctx.isTTY && action.commands.length === 0) ctx.page();
    const maxSize = maxSizeOf(global.maxSize, ctx.env);
    const lang = global.lang ?? languageFromEnvironment(ctx.env);
    if (typeof lang === 'object') throw new UsageError(lang.error);
    const files = [...(ctx.env.KZT_DATA ?? '').split(delimiter).filter(Boolean), ...(global.data ?? [])];
    let fb: FactBase | undefined;
    commandContext = {
      ...ctx,
      style: makeStyle(decideColor(global.color, ctx.env, ctx.isTTY)),
      lang,
      maxSize,
      factBase: () =>
        (fb ??= ctx.openFactBase({
          files,
          bundled: global.bundled,
          override: global.override === true,
          cache: global.cache,
          maxSize,
        })),
    };
  });
  const f: Factory = {
    context: () => {
      if (!commandContext) throw new Error('a command ran before the global options were read');
      return commandContext;
    },
  };
  const commands = [
    factsCommand(f),
    shortcut(searchCommand(f), 'facts search'),
    shortcut(showCommand(f), 'facts show'),
    timelineCommand(f),
    visitsCommand(f),
    anniversariesCommand(f),
    citeCommand(f),
    sourcesCommand(f),
    entitiesCommand(f),
    figuresCommand(f),
    validateCommand(f),
    infoCommand(f),
    completionCommand(f),
  ];
  for (const cmd of commands) adopt(program, cmd);
  adopt(program, completeCommand(f, program), { hidden: true });
  return program;
}
