import type { FactBase } from './factbase/FactBase.js';
import type { LoadOptions } from './factbase/openFactBase.js';
import type { OutputStream } from './io/OutputStream.js';
import type { Language } from './lib/language.js';
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
  /** Opens the fact base: bundled data and user files, as the options say. */
  openFactBase(options: LoadOptions): FactBase;
  /**
   * Asks for this run's stdout to go through the user's pager when the run ends; main.ts decides whether there
   * is one (KZT_PAGER, then PAGER, then less; none for "cat" or an empty value). Only called for a terminal.
   */
  page(): void;
}

/** A Context plus what the global options decided once: colour, and which data to load (opened on first use). */
export interface CommandContext extends Context {
  readonly style: Style;
  /** The language facts, dates and headings are printed in (--lang, KZT_LANG, the locale, else English). */
  readonly lang: Language;
  /** The largest data file to read (--max-size, KZT_MAX_SIZE). */
  readonly maxSize: number;
  /** The fact base for this run, opened on first use: a command that fails on its flags never reads data. */
  factBase(): FactBase;
}

/** What each command's definition is handed: the command context, made when its action runs. */
export interface Factory {
  context(): CommandContext;
}
