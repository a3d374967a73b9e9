import { CommanderError } from '@commander-js/extra-typings';
import type { Context } from './context.js';
import { ExitCode, isKztError, SilentExit } from './errors.js';
import { BrokenPipe } from './io/FdWriter.js';
import { buildProgram } from './program.js';
import { shortenQuotes, terminalSafe } from './render/terminalSafe.js';
import { IndexFormatError } from './search/SearchIndex.js';

/** Exit code for a CommanderError: help and version are successes, everything else a usage error. */
function commanderExitCode(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
  if (error.code === 'commander.help') return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  return ExitCode.usage;
}

/** Writes to stderr, ignoring a stderr that is itself gone. */
function tryWrite(ctx: Context, text: string): void {
  try {
    ctx.stderr.write(text);
  } catch {
    // nowhere left to report to
  }
}

/** Turns anything a run threw into its exit code, writing one "kzt:" line (a stack only with KZT_DEBUG=1). */
export function reportError(error: unknown, ctx: Context): number {
  if (error instanceof BrokenPipe) return ExitCode.ok;
  if (error instanceof SilentExit) return error.exitCode;
  if (error instanceof CommanderError) return commanderExitCode(error);
  // Messages quote file names, flag values and data: the one sanitiser makes them safe for a terminal, and a
  // quoted part of over 80 characters is cut.
  if (isKztError(error)) {
    tryWrite(ctx, `kzt: ${shortenQuotes(shortenQuotes(terminalSafe(error.message)), "'")}\n`);
    return error.exitCode;
  }
  if (error instanceof IndexFormatError) {
    // Only the prebuilt index of an installed kzt can get here (a cache entry is verified before it is read).
    tryWrite(
      ctx,
      `kzt: kzt's built search index is damaged (${terminalSafe(error.message)}): reinstall kzt, or run npm run build in a checkout\n`,
    );
    return ExitCode.internal;
  }
  const message = error instanceof Error ? error.message : String(error);
  tryWrite(
    ctx,
    `kzt: internal error: ${terminalSafe(message.split('\n')[0] ?? '')} (set KZT_DEBUG=1 for details)\n`,
  );
  if (ctx.env.KZT_DEBUG === '1' && error instanceof Error && error.stack) tryWrite(ctx, `${error.stack}\n`);
  return ExitCode.internal;
}

/** Runs kzt with user arguments (no "node" or script name) in a context; returns the exit code. Never throws. */
export function run(argv: readonly string[], ctx: Context): number {
  try {
    buildProgram(ctx).parse([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    return reportError(error, ctx);
  }
}
