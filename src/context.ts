import type { LoadOptions } from './data/loadFactBase.js';
import type { OutputStream } from './io/OutputStream.js';
import type { FactStore } from './model/FactStore.js';
import type { Style } from './render/style.js';

/** Everything a command may use from the outside world; main.ts builds the real one, tests a fake. */
export interface Context {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Whether stdout is a terminal (tables and colour) or a pipe or file (plain lines). */
  readonly isTTY: boolean;
  /** Terminal width in columns. */
  readonly columns: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The current time (the clock is injected so that tests can fix "today"). */
  now(): Date;
  /** Reads standard input whole, stopping after `limit` bytes (for `--data -`). */
  readStdin(limit: number): Buffer;
  /** Loads the fact base: bundled data and user files, as the options say. */
  loadStore(options: LoadOptions): FactStore;
}

/** A Context plus what the command line decided once: colour, and which data to load. */
export interface CommandContext extends Context {
  readonly style: Style;
  /** The fact base for this run, loaded on first use. */
  store(): FactStore;
}
