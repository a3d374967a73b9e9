import type { CommandContext } from '../context.js';
import { ExitCode, SilentExit, type ExitCodeValue } from '../errors.js';

/** A command's run function: typed options and a context in, the exit code out. Tests pass stubs. */
export type Runner<O> = (options: O, ctx: CommandContext) => ExitCodeValue;

/** Ends a commander action with a run's exit code: nothing for success, a silent exit otherwise. */
export function finish(code: ExitCodeValue): void {
  if (code !== ExitCode.ok) throw new SilentExit(code);
}
