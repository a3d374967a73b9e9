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
  /** The fact base, loaded on first use. */
  store(): FactStore;
}

/** A Context plus the presentation decided once from the command line (colour). */
export interface CommandContext extends Context {
  readonly style: Style;
}
