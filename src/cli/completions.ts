import type { CommandUnknownOpts, Option } from '@commander-js/extra-typings';
import {
  argumentCompleter,
  defaultCommandOf,
  optionCompleter,
  type Completer,
  type CompletionSource,
} from './KztCommand.js';

function optionFor(cmd: CommandUnknownOpts, program: CommandUnknownOpts, flag: string): Option | undefined {
  return [...cmd.options, ...program.options].find((o) => o.long === flag || o.short === flag);
}

/** An option's completer: the one its command declares, else the global one, else its fixed choices. */
function completerOf(
  cmd: CommandUnknownOpts,
  program: CommandUnknownOpts,
  option: Option,
): Completer | undefined {
  const long = option.long ?? '';
  const declared = optionCompleter(cmd, long) ?? optionCompleter(program, long);
  if (declared) return declared;
  const choices = option.argChoices;
  return choices ? { values: () => choices } : undefined;
}

/** Values for the word being typed; list values complete after the last comma, leaving out those already given. */
function valuesFor(completer: Completer, typed: string, source: CompletionSource): string[] {
  const cut = completer.list ? typed.lastIndexOf(',') + 1 : 0;
  const head = typed.slice(0, cut);
  const given = new Set(head.split(',').filter(Boolean));
  return completer
    .values(source)
    .filter((v) => !given.has(v))
    .map((v) => head + v)
    .filter((v) => v.startsWith(typed));
}

/**
 * Candidates for the word being typed, given the words before it: subcommands, the options of the command and
 * the global ones, an option's values as its command declares them (after a comma too, for lists), or the
 * command's arguments. One per line; nothing where a file name is expected, so the shell completes files.
 */
export function completions(
  program: CommandUnknownOpts,
  words: readonly string[],
  source: CompletionSource,
): string[] {
  const cur = words[words.length - 1] ?? '';
  let cmd = program;
  let expecting: Option | undefined;
  for (const w of words.slice(0, -1)) {
    if (expecting) {
      expecting = undefined;
      continue;
    }
    if (w.startsWith('-')) {
      const flag = w.split('=')[0] ?? w;
      // An option the command lacks belongs to its default subcommand, which then is the command being typed.
      const fallback = defaultCommandOf(cmd);
      if (!optionFor(cmd, program, flag) && fallback) cmd = fallback;
      const o = optionFor(cmd, program, flag);
      if (o && (o.required || o.optional) && !w.includes('=')) expecting = o;
      continue;
    }
    const sub = cmd.commands.find((c) => c.name() === w || c.aliases().includes(w));
    if (sub) cmd = sub;
    else cmd = defaultCommandOf(cmd) ?? cmd;
  }
  if (cur.startsWith('-')) cmd = defaultCommandOf(cmd) ?? cmd;
  if (expecting) {
    const completer = completerOf(cmd, program, expecting);
    return completer ? valuesFor(completer, cur, source) : [];
  }
  if (cur.startsWith('-') && cur.includes('=')) {
    const at = cur.indexOf('=');
    const o = optionFor(cmd, program, cur.slice(0, at));
    const completer = o && completerOf(cmd, program, o);
    return completer
      ? valuesFor(completer, cur.slice(at + 1), source).map((v) => `${cur.slice(0, at + 1)}${v}`)
      : [];
  }
  if (cur.startsWith('-')) {
    const help = cmd.createHelp();
    const global = cmd === program ? [] : help.visibleOptions(program);
    return [...help.visibleOptions(cmd), ...global]
      .flatMap((o) => (o.long ? [o.long] : []))
      .filter((c) => c.startsWith(cur));
  }
  if (cmd.commands.length > 0) {
    return cmd
      .createHelp()
      .visibleCommands(cmd)
      .map((c) => c.name())
      .filter((name) => name !== 'help' && name.startsWith(cur));
  }
  const choices = cmd.registeredArguments[0]?.argChoices;
  const args = argumentCompleter(cmd) ?? (choices ? { values: () => choices } : undefined);
  return args ? valuesFor(args, cur, source) : [];
}
