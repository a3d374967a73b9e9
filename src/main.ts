import { readSync } from 'node:fs';
import { reportError, run } from './cli.js';
import type { Context } from './context.js';
import { InputError } from './errors.js';
import { openFactBase } from './factbase/openFactBase.js';
import { readFailure } from './factbase/readTextFile.js';
import { FdWriter } from './io/FdWriter.js';
import { isTerminal } from './io/isTerminal.js';
import { PagedOutput } from './io/PagedOutput.js';
import { pagerCommand } from './io/pagerCommand.js';

/** Where the installed package keeps its files; bin/kzt.cjs knows the layout and passes it in. */
export interface Paths {
  /** The bundled data files (data/). */
  dataDir: string;
  /** The built CLI and its prebuilt data (dist/). */
  distDir: string;
}

function terminalColumns(env: NodeJS.ProcessEnv, isTTY: boolean): number {
  const fromEnv = Number(env.COLUMNS);
  if (isTTY) return process.stdout.columns || (fromEnv > 0 ? fromEnv : 80);
  return fromEnv > 0 ? fromEnv : 80;
}

/** Reads standard input until its end or just past `limit` bytes. */
function readStdin(limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EOF') break;
      if (code === 'EAGAIN') {
        // A non-blocking stdin with nothing to read yet: wait a moment rather than spin.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      throw new InputError(`<stdin>: cannot read: ${readFailure(error)}`);
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
    if (total >= limit) break;
  }
  return Buffer.concat(chunks);
}

/**
 * The real entry point: builds the Context from the process (streams, terminal, environment, clock, pager),
 * runs kzt, pages its output when asked, and sets the exit code. The only place that touches `process`; nothing happens at import time.
 */
export function main(paths: Paths, argv: readonly string[] = process.argv.slice(2)): void {
  const stdout = new PagedOutput(new FdWriter(1, 'stdout'));
  const stderr = new FdWriter(2, 'stderr');
  const pager = pagerCommand(process.env);
  const isTTY = isTerminal(1);
  const ctx: Context = {
    stdout,
    stderr,
    isTTY,
    columns: terminalColumns(process.env, isTTY),
    env: process.env,
    now: () => new Date(),
    readStdin,
    openFactBase: (options) =>
      openFactBase(options, { dataDir: paths.dataDir, distDir: paths.distDir, env: process.env, readStdin }),
    page: () => {
      if (pager !== undefined) stdout.hold();
    },
  };
  let code = run(argv, ctx);
  try {
    // Messages on stderr come after the pager has closed, so that they are not lost under it.
    stdout.end(pager, process.env);
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
