import { isatty } from 'node:tty';
import { run } from './cli.js';
import type { Context } from './context.js';
import { loadBundled } from './data/loadBundled.js';
import { FdWriter } from './io/FdWriter.js';
import { FactStore } from './model/FactStore.js';
import { reportError } from './cli.js';

/** Where the installed package keeps its files; bin/kzt.cjs knows the layout and passes it in. */
export interface Paths {
  dataDir: string;
}

function terminalColumns(env: NodeJS.ProcessEnv): number {
  const fromEnv = Number(env.COLUMNS);
  if (isatty(1)) return process.stdout.columns || (fromEnv > 0 ? fromEnv : 80);
  return fromEnv > 0 ? fromEnv : 80;
}

/**
 * The real entry point: builds the Context from the process (streams, terminal, environment, clock), runs
 * kzt and sets the exit code. The only place that touches `process`; nothing happens at import time.
 */
export function main(paths: Paths, argv: readonly string[] = process.argv.slice(2)): void {
  const stdout = new FdWriter(1, 'stdout');
  const stderr = new FdWriter(2, 'stderr');
  let store: FactStore | undefined;
  const ctx: Context = {
    stdout,
    stderr,
    isTTY: isatty(1),
    columns: terminalColumns(process.env),
    env: process.env,
    now: () => new Date(),
    store: () => (store ??= new FactStore(loadBundled(paths.dataDir))),
  };
  let code = run(argv, ctx);
  try {
    stdout.flush();
  } catch (error) {
    code = reportError(error, ctx);
  }
  try {
    stderr.flush();
  } catch {
    // stderr is gone too: nothing more to say
  }
  process.exitCode = code;
}
