import { Help, type CommandUnknownOpts } from '@commander-js/extra-typings';
import type { FactBase } from '../factbase/FactBase.js';
import { textWidth } from '../render/textWidth.js';
import { UsageError } from '../errors.js';
import { closest } from '../lib/closest.js';

/** Where completion candidates come from: fixed values or the fact base (opened only when asked). */
export interface CompletionSource {
  factBase(): FactBase;
}

/** How the value of an option or argument completes; `list` values are comma-separated (complete after a comma). */
export interface Completer {
  values: (source: CompletionSource) => readonly string[];
  list?: boolean;
}

/** What a command declares for help, the man page and completion, beside commander's own definition. */
interface CommandExtras {
  examples: readonly string[];
  options: Map<string, Completer>;
  args?: Completer;
  /** The subcommand that runs when none is named (`kzt sources` is `kzt sources list`). */
  defaultCommand?: CommandUnknownOpts;
  /** For a shortcut (`kzt search`): the command it stands for ("facts search"). */
  shortcutFor?: string;
}

const EXTRAS = new WeakMap<object, CommandExtras>();

function extras(cmd: object): CommandExtras {
  let e = EXTRAS.get(cmd);
  if (!e) {
    e = { examples: [], options: new Map() };
    EXTRAS.set(cmd, e);
  }
  return e;
}

/** The examples a command records (for --help and the man page). */
export function examplesOf(cmd: object): readonly string[] {
  return EXTRAS.get(cmd)?.examples ?? [];
}

/** The completer of an option (by its long name) of a command, if it declares one. */
export function optionCompleter(cmd: object, long: string): Completer | undefined {
  return EXTRAS.get(cmd)?.options.get(long);
}

/** The subcommand a command runs when none is named, if it has one. */
export function defaultCommandOf(cmd: object): CommandUnknownOpts | undefined {
  return EXTRAS.get(cmd)?.defaultCommand;
}

/** The completer of a command's arguments, if it declares one. */
export function argumentCompleter(cmd: object): Completer | undefined {
  return EXTRAS.get(cmd)?.args;
}

/** Records examples a user can paste; help shows them right after the description, before the options. */
export function withExamples<C extends object>(cmd: C, ...lines: string[]): C {
  extras(cmd).examples = lines;
  return cmd;
}

/** Declares how an option's value completes. */
export function completeOption<C extends object>(cmd: C, long: string, completer: Completer): C {
  extras(cmd).options.set(long, completer);
  return cmd;
}

/** Declares how a command's arguments complete. */
export function completeArguments<C extends object>(cmd: C, completer: Completer): C {
  extras(cmd).args = completer;
  return cmd;
}

/** Splits a command line into words, keeping quoted parts whole, so that an example wraps between arguments. */
function shellWords(line: string): string[] {
  return line.match(/(?:[^\s'"]+|'[^']*'|"[^"]*")+/g) ?? [];
}

/**
 * An example as lines of at most `width` columns: "  $ " and the command, continued after a backslash on lines
 * indented by six, so that what wraps can still be pasted into a shell.
 */
export function exampleLines(example: string, width: number): string[] {
  const lines: string[] = [];
  let line = '  $';
  let words = 0;
  for (const word of shellWords(example)) {
    // Room is kept for the backslash that continues the line.
    if (words > 0 && textWidth(line) + 1 + textWidth(word) + 2 > width) {
      lines.push(`${line} \\`);
      line = '     ';
      words = 0;
    }
    line += ` ${word}`;
    words++;
  }
  lines.push(line);
  return lines;
}

/** Below this many columns beside the terms, option and command descriptions go on lines of their own. */
const MIN_DESCRIPTION = 20;

/**
 * Help that leads with the examples: they come after usage and description, before arguments and options. It
 * wraps at the terminal's width, option descriptions too on a 60-column terminal (commander's own limit leaves
 * them unwrapped below 40 columns of description).
 */
export const HELP: Partial<Help> = {
  minWidthToWrap: MIN_DESCRIPTION,
  // Too narrow for descriptions beside the terms (a 40-column terminal): each description goes below its term.
  formatItem(term, termWidth, description, helper) {
    const width = helper.helpWidth ?? 80;
    if (description === '' || width - termWidth - 4 >= MIN_DESCRIPTION)
      return Help.prototype.formatItem.call(helper, term, termWidth, description, helper);
    const below = helper.boxWrap(description, width - 6).replace(/\n/g, '\n      ');
    return `  ${term}\n      ${below}`;
  },
  formatHelp(cmd, helper) {
    const width = helper.helpWidth ?? 80;
    const full = Help.prototype.formatHelp.call(helper, cmd, helper);
    // The usage line is the one line commander never wraps.
    const usageEnd = full.indexOf('\n');
    const text = `${helper.boxWrap(full.slice(0, usageEnd), width).replace(/\n/g, '\n       ')}${full.slice(usageEnd)}`;
    const lines = examplesOf(cmd);
    if (lines.length === 0) return text;
    const block = `Examples:\n${lines.flatMap((l) => exampleLines(l, width)).join('\n')}\n`;
    const at = text.search(/\n(Arguments|Options|Commands):\n/);
    return at < 0 ? `${text}\n${block}` : `${text.slice(0, at + 1)}${block}${text.slice(at)}`;
  },
};

function inherit(parent: CommandUnknownOpts, child: CommandUnknownOpts): void {
  child.copyInheritedSettings(parent);
  for (const grandchild of child.commands) inherit(child, grandchild);
}

/**
 * Adds a command under a parent, giving it (and its own subcommands) the parent's output, help and exit settings.
 * The default subcommand runs when the parent is given no subcommand name; its options and arguments follow the
 * parent's name directly (`kzt sources --json` is `kzt sources list --json`).
 */
export function adopt(
  parent: CommandUnknownOpts,
  child: CommandUnknownOpts,
  options?: { hidden?: boolean; isDefault?: boolean },
): void {
  inherit(parent, child);
  parent.addCommand(child, options);
  if (options?.isDefault) extras(parent).defaultCommand = child;
}

/** What a shortcut stands for ("facts search" for `kzt search`), or undefined for a command of its own. */
export function shortcutOf(cmd: object): string | undefined {
  return EXTRAS.get(cmd)?.shortcutFor;
}

/**
 * Makes a command, built by the very function that builds the longer one, a shortcut for it: `kzt search` for
 * `kzt facts search`. The parent's command list calls it "short for ..."; its own help is the longer one's.
 */
export function shortcut<C extends CommandUnknownOpts>(cmd: C, target: string): C {
  extras(cmd).shortcutFor = target;
  cmd.summary(`short for \`kzt ${target}\``);
  return cmd;
}

/** Every visible command below `cmd`, depth first, with its full name (["facts", "search"]). */
export function commandPaths(
  cmd: CommandUnknownOpts,
  prefix: string[] = [],
): Array<{ name: string[]; cmd: CommandUnknownOpts }> {
  return cmd
    .createHelp()
    .visibleCommands(cmd)
    .filter((c) => c.name() !== 'help')
    .flatMap((c) => {
      const name = [...prefix, c.name()];
      return [{ name, cmd: c }, ...commandPaths(c, name)];
    });
}

/**
 * The commands anywhere in the tree that an unknown command name may have meant, as full command lines: those
 * of that very name first (`kzt list` → `kzt facts list`), then those a few typos away, shorter ones first.
 */
export function suggestCommands(name: string, root: CommandUnknownOpts, limit = 3): string[] {
  const paths = commandPaths(root);
  const last = (p: { name: string[] }) => p.name[p.name.length - 1] ?? '';
  const near = new Set(closest(name, new Set(paths.map(last))));
  const rank = (p: { name: string[] }) => (last(p) === name ? 0 : 1);
  return paths
    .filter((p) => last(p) === name || near.has(last(p)))
    .sort((a, b) => rank(a) - rank(b) || a.name.length - b.name.length)
    .slice(0, limit)
    .map((p) => `kzt ${p.name.join(' ')}`);
}

/**
 * Makes a group of commands (the root, `facts`) print its help to stdout and succeed when run without a command,
 * and answer an unknown command with one line naming the closest commands of the whole tree.
 */
export function asGroup<C extends CommandUnknownOpts>(cmd: C): C {
  // An action of its own would turn off commander's implicit `help` command: it is turned back on.
  cmd
    .helpCommand(true)
    .allowExcessArguments()
    .action(() => {
      const [name] = cmd.args;
      if (name === undefined) {
        cmd.outputHelp();
        return;
      }
      let root: CommandUnknownOpts = cmd;
      while (root.parent) root = root.parent;
      const near = suggestCommands(name, root);
      const hint =
        near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : '; `kzt --help` lists the commands';
      throw new UsageError(`unknown command '${name}'${hint}`);
    });
  return cmd;
}
