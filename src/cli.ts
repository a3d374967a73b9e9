import { CommanderError } from 'commander';
import type { Context } from './context.js';
import { ExitCode, isKztError } from './errors.js';
import { BrokenPipe } from './io/FdWriter.js';
import { buildProgram, commanderExitCode, RUNNERS, type Runners } from './program.js';

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
  if (error instanceof CommanderError) return commanderExitCode(error);
  if (isKztError(error)) {
    tryWrite(ctx, `kzt: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  tryWrite(ctx, `kzt: internal error: ${message.split('\n')[0]} (set KZT_DEBUG=1 for details)\n`);
  if (ctx.env.KZT_DEBUG === '1' && error instanceof Error && error.stack) tryWrite(ctx, `${error.stack}\n`);
  return ExitCode.internal;
}

/** Runs kzt with user arguments (no "node" or script name) in a context; returns the exit code. Never throws. */
export function run(argv: readonly string[], ctx: Context, runners: Runners = RUNNERS): number {
  try {
    const { program, exitCode } = buildProgram(ctx, runners);
    program.parse([...argv], { from: 'user' });
    return exitCode();
  } catch (error) {
    return reportError(error, ctx);
  }
}
