import { Command, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { vi } from 'vitest';
import { reportError } from '../../src/cli.js';
import { adopt } from '../../src/cli/KztCommand.js';
import type { Runner } from '../../src/cli/runner.js';
import type { CommandContext, Factory } from '../../src/context.js';
import { makeStyle } from '../../src/render/style.js';
import { fakeContext } from './fakeContext.js';

/** What parsing argv through one command gave: the exit code, the options its run function received, the output. */
export interface Parsed<O> {
  code: number;
  options: O | undefined;
  stdout: string;
  stderr: string;
}

/**
 * Parses argv through one command's own definition, with a stub in place of its run function, under a bare
 * root that has kzt's output and error settings: argv → options, tested beside each command, without data.
 */
export function parseCommand<O>(
  make: (f: Factory, run: Runner<O>) => CommandUnknownOpts,
  argv: string[],
  tty = false,
): Parsed<O> {
  const { ctx, out, err } = fakeContext({ tty });
  const run = vi.fn<Runner<O>>(() => 0);
  const context: CommandContext = {
    ...ctx,
    style: makeStyle(false),
    lang: 'en',
    maxSize: 1024,
    factBase: () => {
      throw new Error('argv parsing must not open the fact base');
    },
  };
  const root = new Command('kzt')
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) =>
        write(
          `kzt: ${s
            .replace(/^error: /, '')
            .replace(/\s*\n\s*/g, ' ')
            .trim()}\n`,
        ),
    })
    .exitOverride();
  const cmd = make({ context: () => context }, run);
  adopt(root, cmd);
  let code = 0;
  try {
    root.parse([cmd.name(), ...argv], { from: 'user' });
  } catch (error) {
    code = reportError(error, ctx);
  }
  return { code, options: run.mock.calls[0]?.[0], stdout: out(), stderr: err() };
}
