import { Help, type CommandUnknownOpts } from '@commander-js/extra-typings';
import type { FactBase } from '../factbase/FactBase.js';

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

/** Help that leads with the examples: they come after usage and description, before arguments and options. */
export const HELP: Partial<Help> = {
  formatHelp(cmd, helper) {
    const text = Help.prototype.formatHelp.call(helper, cmd, helper);
    const lines = examplesOf(cmd);
    if (lines.length === 0) return text;
    const block = `Examples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
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
