import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli.js';
import type { Context } from '../../src/context.js';
import { loadBundled } from '../../src/factbase/loadBundled.js';
import { FactBase } from '../../src/factbase/FactBase.js';
import { openFactBase } from '../../src/factbase/openFactBase.js';
import type { DataSet } from '../../src/model/types.js';

/** The repository's bundled data directory. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

let bundled: DataSet | undefined;
let bundledBase: FactBase | undefined;
/** The bundled data, parsed once per test file. */
export function bundledData(): DataSet {
  bundled ??= loadBundled(DATA_DIR);
  return bundled;
}

/** What a fake run printed and returned. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options for a fake terminal or pipe. */
export interface FakeOptions {
  tty?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
  now?: Date;
  data?: DataSet;
  stdin?: string;
}

/**
 * A Context whose streams are string buffers and whose terminal, environment and clock are given; `paged` says
 * whether the run asked for its output to go through a pager.
 */
export function fakeContext(options: FakeOptions = {}): {
  ctx: Context;
  out: () => string;
  err: () => string;
  paged: () => boolean;
} {
  let out = '';
  let err = '';
  let paged = false;
  const data = options.data ?? bundledData();
  const ctx: Context = {
    stdout: { write: (s) => void (out += s) },
    stderr: { write: (s) => void (err += s) },
    isTTY: options.tty ?? false,
    columns: options.columns ?? 80,
    env: options.env ?? {},
    now: () => options.now ?? new Date('2026-11-24T12:00:00Z'),
    readStdin: (limit) => Buffer.from(options.stdin ?? '').subarray(0, limit),
    openFactBase: (load) => {
      if (options.data && load.files.length === 0)
        return new FactBase(load.bundled ? data : { ...data, facts: [] });
      const open = () =>
        openFactBase(load, {
          dataDir: DATA_DIR,
          env: options.env ?? {},
          readStdin: (limit) => Buffer.from(options.stdin ?? '').subarray(0, limit),
        });
      // The plain bundled fact base is the same in every run: opened (read, checked, indexed) once per test file.
      if (load.files.length === 0 && load.bundled) return (bundledBase ??= open());
      return open();
    },
    page: () => void (paged = true),
  };
  return { ctx, out: () => out, err: () => err, paged: () => paged };
}

/** Runs kzt in a fake context and collects what it printed. */
export function runKzt(argv: string[], options: FakeOptions = {}): RunResult {
  const { ctx, out, err } = fakeContext(options);
  const code = run(argv, ctx);
  return { code, stdout: out(), stderr: err() };
}
