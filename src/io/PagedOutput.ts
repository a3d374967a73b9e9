// The default import, not a named one: the bundle replaces the module with a stand-in that loads it on first use.
import childProcess from 'node:child_process';
import type { FdWriter } from './FdWriter.js';
import type { OutputStream } from './OutputStream.js';
import { DEFAULT_PAGER } from './pagerCommand.js';

/**
 * Standard output that can be held for a pager: until `hold()` it writes straight through; after it, it keeps
 * what is written, and `end()` runs the pager on it once the command is done (the whole output in one go, as a
 * command's output is complete long before a person has read a screen of it).
 */
export class PagedOutput implements OutputStream {
  private held: string[] | undefined;

  constructor(private readonly out: FdWriter) {}

  write(text: string): void {
    if (this.held) this.held.push(text);
    else this.out.write(text);
  }

  /** From now on, keep the output for the pager. */
  hold(): void {
    this.held ??= [];
  }

  /**
   * Writes out what is left: through the pager `command` when output was held, or directly. A pager that cannot
   * be started (less not installed, a command the shell does not find) gets the output written directly instead.
   */
  end(command: string | undefined, env: NodeJS.ProcessEnv): void {
    const text = this.held?.join('') ?? '';
    this.held = undefined;
    if (command === undefined || text === '' || !runPager(command, text, env)) this.out.write(text);
    this.out.flush();
  }
}

/** Runs the pager with the text on its standard input; false when it could not be started. */
function runPager(command: string, text: string, env: NodeJS.ProcessEnv): boolean {
  // Ctrl-C belongs to the pager while it runs (less uses it to stop a search): kzt must not die under it.
  const ignore = () => undefined;
  process.on('SIGINT', ignore);
  try {
    const options = {
      input: text,
      stdio: ['pipe', 'inherit', 'inherit'] as ['pipe', 'inherit', 'inherit'],
      // As git does: less and lv get their friendly options when the user has set none.
      env: { LESS: 'FRX', LV: '-c', ...env },
    };
    // The default runs without a shell, so that a missing less falls back quietly; the user's command is a shell
    // command line, as in git.
    const r =
      command === DEFAULT_PAGER
        ? childProcess.spawnSync('less', ['-FRX'], options)
        : childProcess.spawnSync(command, { ...options, shell: true });
    return r.error === undefined && r.status !== 127;
  } finally {
    process.off('SIGINT', ignore);
  }
}
