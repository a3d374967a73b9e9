import { Command, type Help } from 'commander';

const EXAMPLES = new WeakMap<Command, readonly string[]>();

/** The examples recorded for a command (for --help and the man page). */
export function examplesOf(cmd: Command): readonly string[] {
  return EXAMPLES.get(cmd) ?? [];
}

/**
 * A commander Command that carries examples a user can paste, shown in --help right after the usage and the
 * description, before the options, so that help leads with them. The man page is made from the same records.
 */
export class KztCommand extends Command {
  /** Records the examples of this command. */
  examples(...lines: string[]): this {
    EXAMPLES.set(this, lines);
    return this;
  }

  override createCommand(name?: string): KztCommand {
    return new KztCommand(name);
  }

  override createHelp(): Help {
    const help = super.createHelp();
    const format = help.formatHelp.bind(help);
    help.formatHelp = (cmd, helper) => {
      const text = format(cmd, helper);
      const lines = examplesOf(cmd);
      if (lines.length === 0) return text;
      const block = `Examples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
      const at = text.search(/\n(Arguments|Options|Commands):\n/);
      return at < 0 ? `${text}\n${block}` : `${text.slice(0, at + 1)}${block}${text.slice(at)}`;
    };
    return help;
  }
}
