import type { Command, Option } from 'commander';
import type { CommandContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';

/** What an option's value may be completed with. */
export type ValueSource = 'entities' | 'tags' | 'kinds' | 'files' | readonly string[];

/**
 * Candidates for the word being typed, given the words before it: subcommands, options (the command's and the
 * global ones), an option's values (entity ids for --entity, tags, kinds, formats, colours), or fact ids after
 * `facts show`. One per line; nothing where a file name is expected, so the shell completes files.
 */
export function completions(
  program: Command,
  words: readonly string[],
  values: Record<string, ValueSource>,
  ctx: CommandContext,
): string[] {
  const cur = words[words.length - 1] ?? '';
  const before = words.slice(0, -1);
  let cmd = program;
  const optionFor = (c: Command, flag: string): Option | undefined =>
    [...c.options, ...program.options].find((o) => o.long === flag || o.short === flag);
  let expecting: Option | undefined;
  for (const w of before) {
    if (expecting) {
      expecting = undefined;
      continue;
    }
    if (w.startsWith('-')) {
      const o = optionFor(cmd, w.split('=')[0] ?? w);
      if (o && (o.required || o.optional) && !w.includes('=')) expecting = o;
      continue;
    }
    const sub = cmd.commands.find((c) => c.name() === w);
    if (sub) cmd = sub;
  }
  const store = () => ctx.store();
  const source = expecting?.long ? values[expecting.long] : undefined;
  let candidates: readonly string[] = [];
  if (expecting) {
    if (source === 'entities') candidates = store().entities.map((e) => e.id);
    else if (source === 'tags') candidates = [...new Set(store().facts.flatMap((f) => f.tags))].sort();
    else if (source === 'kinds') candidates = [...new Set(store().facts.map((f) => f.kind))].sort();
    else if (Array.isArray(source)) candidates = source;
    else if (expecting.argChoices) candidates = expecting.argChoices;
  } else if (cur.startsWith('-')) {
    const help = cmd.createHelp();
    const global = cmd === program ? [] : help.visibleOptions(program);
    candidates = [...help.visibleOptions(cmd), ...global].flatMap((o) => (o.long ? [o.long] : []));
  } else if (cmd.commands.length > 0) {
    candidates = cmd
      .createHelp()
      .visibleCommands(cmd)
      .map((c) => c.name())
      .filter((name) => name !== 'help');
  } else if (cmd.name() === 'show' && cmd.parent?.name() === 'facts') {
    candidates = store().facts.map((f) => f.id);
  } else if (cmd.name() === 'completion') {
    candidates = ['bash', 'zsh', 'fish'];
  }
  return candidates.filter((c) => c.startsWith(cur));
}

/** `kzt __complete -- <words...>`: the candidates for shell completion scripts, one per line. */
export function runComplete(
  options: { program: Command; words: string[]; values: Record<string, ValueSource> },
  ctx: CommandContext,
): ExitCodeValue {
  const list = completions(options.program, options.words, options.values, ctx);
  ctx.stdout.write(list.map((c) => `${c}\n`).join(''));
  return ExitCode.ok;
}
