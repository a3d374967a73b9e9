import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { completions } from '../cli/completions.js';
import { finish, type Runner } from '../cli/runner.js';
import type { CommandContext, Factory } from '../context.js';
import { terminalSafe } from '../render/terminalSafe.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';

/** Options of the hidden `kzt __complete`. */
export interface CompleteOptions {
  program: CommandUnknownOpts;
  words: string[];
}

/**
 * `kzt __complete -- <words so far> <current word>`, hidden: what the completion scripts call. It completes from
 * the very command tree it belongs to, so each command's own declarations are all there is to keep up to date.
 */
export function completeCommand(
  f: Factory,
  program: CommandUnknownOpts,
  run: Runner<CompleteOptions> = runComplete,
) {
  return new Command('__complete')
    .argument('[words...]')
    .action((words) => finish(run({ program, words }, f.context())));
}

/** Prints the candidates for shell completion, one per line. */
export function runComplete(options: CompleteOptions, ctx: CommandContext): ExitCodeValue {
  const list = completions(options.program, options.words, { factBase: () => ctx.factBase() });
  // The shell shows the candidates on the terminal: one per line, each through the sanitiser.
  ctx.stdout.write(list.map((c) => `${terminalSafe(c)}\n`).join(''));
  return ExitCode.ok;
}
